package dev.cim.core.analytics;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An average kept as a count and a whole-number total (milliseconds for durations, points for scores), so that two
 * computations can be compared exactly.
 *
 * <p>Immutable and thread-safe.
 *
 * @param count how many values, {@code >= 0}
 * @param total their sum
 * @since 0.1.0
 */
public record Mean(long count, long total) {
  /** No values. */
  public static final Mean NONE = new Mean(0, 0);

  /**
   * Validates the count.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public Mean {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, but was " + count);
    }
  }

  /**
   * Returns the mean.
   *
   * @return {@code total / count}, or empty when there are no values
   */
  public OptionalDouble value() {
    return count == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) total / count);
  }

  /**
   * Returns the mean of a mean of milliseconds as a duration, rounded down to the millisecond.
   *
   * @return the duration, or empty when there are no values
   */
  public Optional<Duration> duration() {
    return count == 0 ? Optional.empty() : Optional.of(Duration.ofMillis(Math.floorDiv(total, count)));
  }

  /**
   * Returns the mean of a mean of milliseconds in seconds, or a fallback.
   *
   * @param ifUndefined the value when there are no values
   * @return {@code total / count / 1000}, or {@code ifUndefined}
   */
  public double secondsOr(double ifUndefined) {
    return count == 0 ? ifUndefined : total / 1000.0 / count;
  }

  Mean plus(long value) {
    return new Mean(count + 1, total + value);
  }
}
