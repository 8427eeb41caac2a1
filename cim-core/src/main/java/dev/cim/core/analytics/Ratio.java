package dev.cim.core.analytics;

import java.util.OptionalDouble;

/**
 * A share: {@code numerator / denominator}, kept as whole counts so that two computations can be compared exactly.
 *
 * <p>Immutable and thread-safe.
 *
 * @param numerator the part, {@code >= 0}
 * @param denominator the whole, {@code >= 0}; the share is undefined when it is 0
 * @since 0.1.0
 */
public record Ratio(long numerator, long denominator) {
  /** The empty share, 0 of 0. */
  public static final Ratio NONE = new Ratio(0, 0);

  /**
   * Validates the counts.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public Ratio {
    if (numerator < 0 || denominator < 0) {
      throw new IllegalArgumentException("ratio counts must be >= 0, but were " + numerator + "/" + denominator);
    }
  }

  /**
   * Returns the share.
   *
   * @return {@code numerator / denominator}, or empty when the denominator is 0
   */
  public OptionalDouble value() {
    return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
  }

  /**
   * Returns the share in percent, or a fallback.
   *
   * @param ifUndefined the value to return when the denominator is 0
   * @return {@code 100 * numerator / denominator}, or {@code ifUndefined}
   */
  public double percentOr(double ifUndefined) {
    return denominator == 0 ? ifUndefined : 100.0 * numerator / denominator;
  }
}
