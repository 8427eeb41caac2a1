package dev.cim.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of business time over random calendars in zones with daylight saving (including Lord Howe's 30-minute
 * shift), random holidays, and instants around the 2026 clock changes.
 */
class BusinessCalendarProperties {
  private static final Instant BASE = Instant.parse("2026-03-20T00:00:00Z");

  @Provide
  Arbitrary<BusinessCalendar> calendars() {
    Arbitrary<ZoneId> zones = Arbitraries.of("UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe")
        .map(ZoneId::of);
    // per weekday: zero to two intervals on a half-hour grid, built so they never overlap
    Arbitrary<List<Integer>> slots = Arbitraries.integers().between(0, 48).list().ofSize(4);
    Arbitrary<List<List<Integer>>> week = slots.list().ofSize(7);
    Arbitrary<List<Integer>> holidays = Arbitraries.integers().between(0, 240).list().ofMaxSize(20);
    return Combinators.combine(zones, week, holidays).as((zone, days, closed) -> {
      BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
      boolean any = false;
      for (int d = 0; d < 7; d++) {
        List<Integer> s = days.get(d).stream().sorted().toList();
        for (int k = 0; k < 4; k += 2) {
          if (s.get(k) < s.get(k + 1)) { // sorted, so the two intervals at most touch
            LocalTime start = LocalTime.MIDNIGHT.plusMinutes(30L * s.get(k));
            LocalTime end = LocalTime.MIDNIGHT.plusMinutes(30L * s.get(k + 1)); // 48 slots wrap to 24:00
            b.open(DayOfWeek.of(d + 1), start, end);
            any = true;
          }
        }
      }
      if (!any) {
        b.open(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(17, 0));
      }
      closed.forEach(n -> b.closed(LocalDate.of(2026, 3, 1).plusDays(n)));
      return b.build();
    });
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(0, 240L * 24 * 60).map(m -> BASE.plus(Duration.ofMinutes(m)));
  }

  /** Instants on the half-hour grid, where intervals open and close. */
  @Provide
  Arbitrary<Instant> boundaries() {
    return Arbitraries.longs().between(0, 240L * 48).map(k -> BASE.plus(Duration.ofMinutes(30 * k)));
  }

  @Provide
  Arbitrary<Duration> durations() {
    return Arbitraries.longs().between(0, 100L * 60).map(Duration::ofMinutes);
  }

  @Property(tries = 300)
  void addThenMeasure_roundTrips(@ForAll("calendars") BusinessCalendar cal, @ForAll("instants") Instant start,
      @ForAll("durations") Duration d) {
    Instant end = cal.add(start, d);
    assertThat(end).isAfterOrEqualTo(start);
    assertThat(cal.between(start, end)).isEqualTo(d);
  }

  @Property(tries = 300)
  void measureThenAdd_reachesTheEarliestInstantWithThatOpenTime(@ForAll("calendars") BusinessCalendar cal,
      @ForAll("instants") Instant start, @ForAll("boundaries") Instant y) {
    if (y.isBefore(start)) {
      return;
    }
    Duration open = cal.between(start, y);
    Instant reached = cal.add(start, open);
    assertThat(reached).isBeforeOrEqualTo(y);
    assertThat(cal.between(reached, y)).as("no open time is left between").isZero();
    if (!open.isZero()) {
      assertThat(cal.isOpen(reached.minusNanos(1))).isTrue();
    }
  }

  @Property(tries = 300)
  void add_isMonotonicInTheDuration(@ForAll("calendars") BusinessCalendar cal, @ForAll("instants") Instant start,
      @ForAll("durations") Duration a, @ForAll("durations") Duration b) {
    Duration small = a.compareTo(b) <= 0 ? a : b;
    Duration large = a.compareTo(b) <= 0 ? b : a;
    assertThat(cal.add(start, small)).isBeforeOrEqualTo(cal.add(start, large));
  }

  @Property(tries = 300)
  void add_positive_endsRightAfterOpenTime(@ForAll("calendars") BusinessCalendar cal,
      @ForAll("instants") Instant start, @ForAll("durations") Duration d) {
    if (!d.isZero()) {
      assertThat(cal.isOpen(cal.add(start, d).minusNanos(1))).isTrue();
    }
  }

  @Property(tries = 300)
  void between_isAdditiveAndAtMostElapsed(@ForAll("calendars") BusinessCalendar cal, @ForAll("instants") Instant x,
      @ForAll("instants") Instant y, @ForAll("instants") Instant z) {
    List<Instant> s = java.util.stream.Stream.of(x, y, z).sorted().toList();
    Duration ab = cal.between(s.get(0), s.get(1));
    Duration bc = cal.between(s.get(1), s.get(2));
    assertThat(cal.between(s.get(0), s.get(2))).isEqualTo(ab.plus(bc));
    assertThat(ab).isBetween(Duration.ZERO, Duration.between(s.get(0), s.get(1)));
    assertThat(cal.between(s.get(2), s.get(0))).isEqualTo(ab.plus(bc).negated());
  }
}
