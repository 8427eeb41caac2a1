package dev.cim.core.supervision;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One planned interval of an agent's schedule: an activity from {@code start} (inclusive) to {@code end} (exclusive).
 *
 * <p>Immutable and thread-safe.
 *
 * @param activity what the agent is scheduled to do; not null
 * @param start when it starts; not null
 * @param end when it ends, after {@code start}; not null
 * @since 0.1.0
 */
public record ScheduledActivity(Activity activity, Instant start, Instant end) {
  /**
   * Validates the interval.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public ScheduledActivity {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end of the scheduled " + activity + " must be after its start " + start
          + ", but was " + end);
    }
  }

  /**
   * Returns the planned length.
   *
   * @return {@code end - start}, positive
   */
  public Duration length() {
    return Duration.between(start, end);
  }
}
