package dev.cim.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Hand-worked examples of business time. 2026-11-27 is a Friday. */
class BusinessCalendarTest {
  private static final ZoneId UTC = ZoneOffset.UTC;
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Monday to Friday 09:00-12:00 and 13:00-17:00 UTC (a lunch hour), Monday 2026-11-30 a holiday. */
  private static BusinessCalendar office() {
    return BusinessCalendar.builder(UTC)
        .weekdays(LocalTime.of(9, 0), LocalTime.of(12, 0))
        .weekdays(LocalTime.of(13, 0), LocalTime.of(17, 0))
        .closed(LocalDate.of(2026, 11, 30))
        .build();
  }

  private static Instant t(String iso) {
    return Instant.parse(iso);
  }

  @Test
  void add_withinOneInterval() {
    assertThat(office().add(t("2026-11-27T09:30:00Z"), Duration.ofMinutes(90))).isEqualTo(t("2026-11-27T11:00:00Z"));
  }

  @Test
  void add_acrossTheLunchHour_skipsIt() {
    // 11:30 + 1h: 30 min until 12:00, closed 12-13, 30 more min -> 13:30
    assertThat(office().add(t("2026-11-27T11:30:00Z"), Duration.ofHours(1))).isEqualTo(t("2026-11-27T13:30:00Z"));
  }

  @Test
  void add_exactlyToClosing_endsAtClosing() {
    assertThat(office().add(t("2026-11-27T13:00:00Z"), Duration.ofHours(4))).isEqualTo(t("2026-11-27T17:00:00Z"));
  }

  @Test
  void add_acrossAWeekendAndAHoliday() {
    // Friday 16:00 + 2h: 1h Friday, Saturday/Sunday closed, Monday 30th a holiday, 1h Tuesday from 09:00 -> 10:00
    assertThat(office().add(t("2026-11-27T16:00:00Z"), Duration.ofHours(2))).isEqualTo(t("2026-12-01T10:00:00Z"));
  }

  @Test
  void add_fromOutsideHours_startsCountingAtOpening() {
    // Saturday noon + 1h -> Tuesday 10:00 (Monday is the holiday)
    assertThat(office().add(t("2026-11-28T12:00:00Z"), Duration.ofHours(1))).isEqualTo(t("2026-12-01T10:00:00Z"));
  }

  @Test
  void add_severalDays() {
    // a working day has 7h; Thursday 09:00 + 15h = Thursday 7h + Friday 7h + 1h Tuesday -> Tuesday 10:00
    assertThat(office().add(t("2026-11-26T09:00:00Z"), Duration.ofHours(15))).isEqualTo(t("2026-12-01T10:00:00Z"));
  }

  @Test
  void add_zero_returnsTheStartEvenWhenClosed() {
    assertThat(office().add(t("2026-11-28T12:00:00Z"), Duration.ZERO)).isEqualTo(t("2026-11-28T12:00:00Z"));
  }

  @Test
  void add_negative_throwsNamingTheValue() {
    assertThatThrownBy(() -> office().add(t("2026-11-27T09:00:00Z"), Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("businessTime must not be negative, but was PT-1M");
  }

  @Test
  void between_acrossTheWeekendAndHoliday() {
    assertThat(office().between(t("2026-11-27T16:00:00Z"), t("2026-12-01T10:00:00Z"))).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void between_wholeWeek_isFourWorkingDays() {
    // Monday 30th is a holiday: Tuesday to Friday, 4 x 7h
    assertThat(office().between(t("2026-11-30T00:00:00Z"), t("2026-12-07T00:00:00Z")))
        .isEqualTo(Duration.ofHours(28));
  }

  @Test
  void between_reversed_isNegated() {
    assertThat(office().between(t("2026-12-01T10:00:00Z"), t("2026-11-27T16:00:00Z")))
        .isEqualTo(Duration.ofHours(-2));
  }

  @Test
  void isOpen_followsIntervalsHalfOpen() {
    BusinessCalendar cal = office();
    assertThat(cal.isOpen(t("2026-11-27T09:00:00Z"))).isTrue();
    assertThat(cal.isOpen(t("2026-11-27T12:00:00Z"))).isFalse();
    assertThat(cal.isOpen(t("2026-11-27T16:59:59Z"))).isTrue();
    assertThat(cal.isOpen(t("2026-11-27T17:00:00Z"))).isFalse();
    assertThat(cal.isOpen(t("2026-11-30T10:00:00Z"))).as("holiday").isFalse();
  }

  @Test
  void springForward_dayIsAnHourShorter() {
    // Berlin, Sunday 2026-03-29: 02:00 CET jumps to 03:00 CEST. Open 01:00-04:00 local = 00:00Z-02:00Z: 2 real hours.
    BusinessCalendar cal = BusinessCalendar.builder(BERLIN).open(DayOfWeek.SUNDAY, LocalTime.of(1, 0),
        LocalTime.of(4, 0)).build();
    assertThat(cal.between(t("2026-03-28T00:00:00Z"), t("2026-03-30T00:00:00Z"))).isEqualTo(Duration.ofHours(2));
    assertThat(cal.add(t("2026-03-29T00:00:00Z"), Duration.ofMinutes(90))).isEqualTo(t("2026-03-29T01:30:00Z"));
    // the third hour falls on the next Sunday, 2026-04-05, 01:00 CEST = 23:00Z on the 4th
    assertThat(cal.add(t("2026-03-29T00:00:00Z"), Duration.ofHours(3))).isEqualTo(t("2026-04-05T00:00:00Z"));
  }

  @Test
  void fallBack_dayIsAnHourLonger() {
    // Berlin, Sunday 2026-10-25: 03:00 CEST falls back to 02:00 CET. 01:00 CEST = 23:00Z (24th), 04:00 CET = 03:00Z.
    BusinessCalendar cal = BusinessCalendar.builder(BERLIN).open(DayOfWeek.SUNDAY, LocalTime.of(1, 0),
        LocalTime.of(4, 0)).build();
    assertThat(cal.between(t("2026-10-24T00:00:00Z"), t("2026-10-26T00:00:00Z"))).isEqualTo(Duration.ofHours(4));
    assertThat(cal.add(t("2026-10-24T12:00:00Z"), Duration.ofHours(4))).isEqualTo(t("2026-10-25T03:00:00Z"));
  }

  @Test
  void openUntilMidnight_coversTheDaysEnd() {
    BusinessCalendar cal = BusinessCalendar.builder(UTC).open(DayOfWeek.FRIDAY, LocalTime.of(22, 0),
        LocalTime.MIDNIGHT).open(DayOfWeek.SATURDAY, LocalTime.MIDNIGHT, LocalTime.of(2, 0)).build();
    assertThat(cal.add(t("2026-11-27T23:00:00Z"), Duration.ofHours(2))).isEqualTo(t("2026-11-28T01:00:00Z"));
    assertThat(cal.between(t("2026-11-27T00:00:00Z"), t("2026-11-29T00:00:00Z"))).isEqualTo(Duration.ofHours(4));
  }

  @Test
  void always_businessTimeIsElapsedTime() {
    BusinessCalendar cal = BusinessCalendar.always(BERLIN);
    Instant s = t("2026-03-28T20:00:00Z");
    assertThat(cal.add(s, Duration.ofHours(30))).isEqualTo(s.plus(Duration.ofHours(30)));
    assertThat(cal.between(s, s.plus(Duration.ofDays(3)))).isEqualTo(Duration.ofDays(3));
  }

  @Test
  void add_noOpenTimeForYears_throws() {
    BusinessCalendar.Builder b = BusinessCalendar.builder(UTC).open(DayOfWeek.MONDAY, LocalTime.of(9, 0),
        LocalTime.of(10, 0));
    for (LocalDate d = LocalDate.of(2026, 11, 30); d.isBefore(LocalDate.of(2029, 1, 1)); d = d.plusWeeks(1)) {
      b.closed(d);
    }
    BusinessCalendar cal = b.build();
    assertThatThrownBy(() -> cal.add(t("2026-11-28T00:00:00Z"), Duration.ofMinutes(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no open time for " + BusinessCalendar.MAX_CLOSED_DAYS + " days");
  }

  @Test
  void builder_overlappingIntervals_throwsAndKeepsTheDay() {
    BusinessCalendar.Builder b = BusinessCalendar.builder(UTC).open(DayOfWeek.MONDAY, LocalTime.of(9, 0),
        LocalTime.of(12, 0));
    assertThatThrownBy(() -> b.open(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(13, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("11:00-13:00 on MONDAY must not overlap 09:00-12:00");
    assertThatThrownBy(() -> b.weekdays(LocalTime.of(8, 0), LocalTime.of(10, 0)))
        .isInstanceOf(IllegalArgumentException.class);
    BusinessCalendar cal = b.build();
    assertThat(cal.between(t("2026-11-30T00:00:00Z"), t("2026-12-05T00:00:00Z"))).isEqualTo(Duration.ofHours(3));
  }

  @Test
  void builder_touchingIntervals_areAllowed() {
    BusinessCalendar cal = BusinessCalendar.builder(UTC).open(DayOfWeek.MONDAY, LocalTime.of(9, 0),
        LocalTime.of(12, 0)).open(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(13, 0)).build();
    assertThat(cal.add(t("2026-11-30T11:00:00Z"), Duration.ofMinutes(90))).isEqualTo(t("2026-11-30T12:30:00Z"));
  }

  @Test
  void builder_endNotAfterStart_throws() {
    assertThatThrownBy(() -> BusinessCalendar.builder(UTC).open(DayOfWeek.MONDAY, LocalTime.of(9, 0),
        LocalTime.of(9, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be after its start 09:00")
        .hasMessageContaining("but was 09:00");
  }

  @Test
  void build_withoutOpenHours_throws() {
    assertThatThrownBy(() -> BusinessCalendar.builder(UTC).closed(LocalDate.of(2026, 1, 1)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least one open interval");
  }
}
