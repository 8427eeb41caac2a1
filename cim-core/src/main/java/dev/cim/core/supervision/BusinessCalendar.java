package dev.cim.core.supervision;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A working-hours calendar: the open intervals of each day of the week in one time zone, minus closed dates
 * (holidays). It measures business time, the time during which the calendar is open, and adds business time to an
 * instant; SLA targets ({@link SlaPolicy}) are measured with it.
 *
 * <pre>{@code
 * BusinessCalendar cal = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
 *     .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))      // Monday to Friday, 09:00 to 17:00
 *     .closed(LocalDate.of(2026, 12, 25))
 *     .build();
 * Instant due = cal.add(receivedAt, Duration.ofHours(4));        // four business hours later
 * }</pre>
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>An open interval is a half-open range {@code [start, end)} of local wall-clock times of one day;
 *       {@link LocalTime#MIDNIGHT} as the end means the end of the day (24:00). A day's intervals may touch but not
 *       overlap.
 *   <li>Local times become instants with {@link ZonedDateTime#of}'s rules: a time in a daylight-saving gap moves
 *       forward by the length of the gap, an ambiguous time (in an overlap) takes the earlier offset. Business time
 *       is elapsed (physical) time, so a day on which the clocks go forward has one business hour less in an interval
 *       that spans the change, and a day on which they go back has one more.
 *   <li>A closed date has no open time at all, whatever its weekday.
 *   <li>{@code between(a, c) == between(a, b) + between(b, c)} for {@code a <= b <= c};
 *       {@code between(s, add(s, d)) == d}; both are monotonic.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BusinessCalendar {
  /** How many consecutive days without open time {@link #add} walks through before giving up. */
  static final int MAX_CLOSED_DAYS = 366 * 2;

  private final ZoneId zone;
  private final Map<DayOfWeek, List<LocalTime[]>> hours;
  private final Set<LocalDate> closed;

  private BusinessCalendar(Builder b) {
    this.zone = b.zone;
    Map<DayOfWeek, List<LocalTime[]>> h = new EnumMap<>(DayOfWeek.class);
    b.hours.forEach((day, list) -> h.put(day, List.copyOf(list)));
    this.hours = h;
    this.closed = Set.copyOf(b.closed);
  }

  /**
   * Returns a builder for a calendar in the given zone, with no open hours yet.
   *
   * @param zone the zone whose wall-clock times the open intervals are in; not null
   * @return a new builder
   * @throws NullPointerException if {@code zone} is null
   */
  public static Builder builder(ZoneId zone) {
    return new Builder(Objects.requireNonNull(zone, "zone"));
  }

  /**
   * Returns a calendar that is always open (24 hours a day, 7 days a week), in which business time equals elapsed
   * time.
   *
   * @param zone the zone; not null
   * @return the calendar
   * @throws NullPointerException if {@code zone} is null
   */
  public static BusinessCalendar always(ZoneId zone) {
    Builder b = builder(zone);
    for (DayOfWeek d : DayOfWeek.values()) {
      b.open(d, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }
    return b.build();
  }

  /**
   * Returns the zone of the calendar.
   *
   * @return the zone; not null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Tells whether the calendar is open at an instant.
   *
   * @param at the instant; not null
   * @return true if {@code at} lies in an open interval
   * @throws NullPointerException if {@code at} is null
   */
  public boolean isOpen(Instant at) {
    Objects.requireNonNull(at, "at");
    LocalDate date = LocalDate.ofInstant(at, zone);
    for (LocalDate d = date.minusDays(1); !d.isAfter(date.plusDays(1)); d = d.plusDays(1)) {
      for (Instant[] iv : openIntervals(d)) {
        if (!at.isBefore(iv[0]) && at.isBefore(iv[1])) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns the instant at which {@code businessTime} of open time has elapsed after {@code start}. Adding zero
   * returns {@code start} itself, even when the calendar is closed then; adding a positive duration returns an
   * instant inside or at the end of an open interval.
   *
   * @param start where to count from; not null
   * @param businessTime how much open time to count, not negative; not null
   * @return the instant; not before {@code start}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code businessTime} is negative
   * @throws IllegalStateException if the calendar has no open time for {@value #MAX_CLOSED_DAYS} consecutive days on
   *     the way (for example, when every open weekday is listed as closed)
   */
  public Instant add(Instant start, Duration businessTime) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(businessTime, "businessTime");
    if (businessTime.isNegative()) {
      throw new IllegalArgumentException("businessTime must not be negative, but was " + businessTime);
    }
    if (businessTime.isZero()) {
      return start;
    }
    Duration remaining = businessTime;
    int daysWithoutOpenTime = 0;
    for (LocalDate d = LocalDate.ofInstant(start, zone).minusDays(1); ; d = d.plusDays(1)) {
      boolean anyOpen = false;
      for (Instant[] iv : openIntervals(d)) {
        anyOpen = true;
        if (!iv[1].isAfter(start)) {
          continue;
        }
        Instant from = iv[0].isAfter(start) ? iv[0] : start;
        Duration available = Duration.between(from, iv[1]);
        if (remaining.compareTo(available) <= 0) {
          return from.plus(remaining);
        }
        remaining = remaining.minus(available);
      }
      daysWithoutOpenTime = anyOpen ? 0 : daysWithoutOpenTime + 1;
      if (daysWithoutOpenTime > MAX_CLOSED_DAYS) {
        throw new IllegalStateException("calendar has no open time for " + MAX_CLOSED_DAYS + " days after " + d
            .minusDays(MAX_CLOSED_DAYS) + "; cannot add " + businessTime + " to " + start);
      }
    }
  }

  /**
   * Returns the open time between two instants: how long the calendar is open in {@code [from, to)}. If {@code to}
   * is before {@code from}, the result is the negated open time of {@code [to, from)}.
   *
   * @param from the start; not null
   * @param to the end; not null
   * @return the business time; zero if equal
   * @throws NullPointerException if an argument is null
   */
  public Duration between(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      return between(to, from).negated();
    }
    Duration total = Duration.ZERO;
    LocalDate last = LocalDate.ofInstant(to, zone).plusDays(1);
    for (LocalDate d = LocalDate.ofInstant(from, zone).minusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
      for (Instant[] iv : openIntervals(d)) {
        Instant s = iv[0].isAfter(from) ? iv[0] : from;
        Instant e = iv[1].isBefore(to) ? iv[1] : to;
        if (e.isAfter(s)) {
          total = total.plus(Duration.between(s, e));
        }
      }
    }
    return total;
  }

  /** The open intervals of a date as instants, in order; empty on a closed date. */
  private List<Instant[]> openIntervals(LocalDate date) {
    if (closed.contains(date)) {
      return List.of();
    }
    List<LocalTime[]> local = hours.getOrDefault(date.getDayOfWeek(), List.of());
    List<Instant[]> out = new ArrayList<>(local.size());
    for (LocalTime[] iv : local) {
      Instant s = ZonedDateTime.of(date, iv[0], zone).toInstant();
      Instant e = iv[1].equals(LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay(zone).toInstant()
          : ZonedDateTime.of(date, iv[1], zone).toInstant();
      if (e.isAfter(s)) {
        out.add(new Instant[] {s, e});
      }
    }
    return out;
  }

  /** Returns the zone, the open hours and the number of closed dates. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("BusinessCalendar[zone=").append(zone).append(", hours={");
    hours.forEach((day, list) -> {
      sb.append(day).append('=');
      list.forEach(iv -> sb.append(iv[0]).append('-').append(iv[1].equals(LocalTime.MIDNIGHT) ? "24:00" : iv[1])
          .append(' '));
    });
    return sb.append("}, closedDates=").append(closed.size()).append(']').toString();
  }

  /**
   * Builds a {@link BusinessCalendar}. Every setter validates its argument and leaves the builder unchanged when it
   * throws. Not thread-safe.
   */
  public static final class Builder {
    private final ZoneId zone;
    private final Map<DayOfWeek, List<LocalTime[]>> hours = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> closed = new TreeSet<>();

    private Builder(ZoneId zone) {
      this.zone = zone;
    }

    /**
     * Adds an open interval {@code [start, end)} to a day of the week.
     *
     * @param day the day; not null
     * @param start the opening time; not null
     * @param end the closing time, after {@code start}, or {@link LocalTime#MIDNIGHT} for the end of the day; not
     *     null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code end} is not after {@code start}, or the interval overlaps one
     *     already added for that day
     */
    public Builder open(DayOfWeek day, LocalTime start, LocalTime end) {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
        throw new IllegalArgumentException("end of the open interval on " + day + " must be after its start "
            + start + " (or 00:00 for the end of the day), but was " + end);
      }
      List<LocalTime[]> list = hours.computeIfAbsent(day, k -> new ArrayList<>());
      for (LocalTime[] iv : list) {
        if (startsBeforeEndOf(start, iv[1]) && startsBeforeEndOf(iv[0], end)) {
          throw new IllegalArgumentException("open interval " + start + "-" + end + " on " + day
              + " must not overlap " + iv[0] + "-" + iv[1] + ", but does");
        }
      }
      list.add(new LocalTime[] {start, end});
      list.sort(Comparator.comparing(iv -> iv[0]));
      return this;
    }

    private static boolean startsBeforeEndOf(LocalTime start, LocalTime end) {
      return end.equals(LocalTime.MIDNIGHT) || start.isBefore(end);
    }

    /**
     * Adds the same open interval to Monday through Friday.
     *
     * @param start the opening time; not null
     * @param end the closing time (see {@link #open}); not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as {@link #open}; then no day is changed
     */
    public Builder weekdays(LocalTime start, LocalTime end) {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Builder probe = new Builder(zone);
      for (DayOfWeek d : DayOfWeek.values()) {
        if (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
          hours.getOrDefault(d, List.of()).forEach(iv -> probe.open(d, iv[0], iv[1]));
          probe.open(d, start, end);
        }
      }
      probe.hours.forEach(hours::put);
      return this;
    }

    /**
     * Closes a whole date (a holiday), whatever its weekday's hours.
     *
     * @param date the date; not null
     * @return this builder
     * @throws NullPointerException if {@code date} is null
     */
    public Builder closed(LocalDate date) {
      closed.add(Objects.requireNonNull(date, "date"));
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @return the calendar
     * @throws IllegalStateException if no open interval was added
     */
    public BusinessCalendar build() {
      if (hours.isEmpty()) {
        throw new IllegalStateException("calendar must have at least one open interval, but has none");
      }
      return new BusinessCalendar(this);
    }
  }
}
