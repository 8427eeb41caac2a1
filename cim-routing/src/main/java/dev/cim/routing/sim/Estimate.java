package dev.cim.routing.sim;

import java.util.Locale;
import java.util.Objects;

/**
 * A mean over independent replications with a t-based confidence interval: {@code mean ± t(1 - (1 - c)/2, n - 1) ·
 * s / √n}, where {@code s} is the sample standard deviation. Replications whose value is undefined ({@code NaN}, for
 * example the ASA of a run that answered nothing) are left out.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mean the sample mean; {@code NaN} if no replication had a value
 * @param halfWidth half the width of the interval; {@code NaN} with fewer than 2 values
 * @param n the number of values used
 * @param confidence the confidence level, for example 0.95
 * @since 0.1.0
 */
public record Estimate(double mean, double halfWidth, int n, double confidence) {

  /**
   * Returns the estimate of a sample.
   *
   * @param values one value per replication; not null
   * @param confidence the confidence level, strictly between 0 and 1
   * @return the estimate; never null
   * @throws NullPointerException if {@code values} is null
   * @throws IllegalArgumentException if {@code confidence} is out of range
   */
  public static Estimate of(double[] values, double confidence) {
    Objects.requireNonNull(values, "values");
    checkConfidence(confidence);
    int n = 0;
    double sum = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        n++;
        sum += v;
      }
    }
    if (n == 0) {
      return new Estimate(Double.NaN, Double.NaN, 0, confidence);
    }
    double mean = sum / n;
    if (n == 1) {
      return new Estimate(mean, Double.NaN, 1, confidence);
    }
    double ss = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        ss += (v - mean) * (v - mean);
      }
    }
    double sd = Math.sqrt(ss / (n - 1));
    return new Estimate(mean, StudentT.quantile(1 - (1 - confidence) / 2, n - 1) * sd / Math.sqrt(n), n, confidence);
  }

  static void checkConfidence(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "confidence must be strictly between 0 and 1, but was %s", confidence));
    }
  }

  /**
   * Returns the lower end of the interval.
   *
   * @return {@code mean - halfWidth}
   */
  public double low() {
    return mean - halfWidth;
  }

  /**
   * Returns the upper end of the interval.
   *
   * @return {@code mean + halfWidth}
   */
  public double high() {
    return mean + halfWidth;
  }

  /**
   * Tells whether a value lies in the interval (ends included).
   *
   * @param value the value
   * @return true if {@code low() <= value <= high()}; false if the interval is undefined
   */
  public boolean contains(double value) {
    return value >= low() && value <= high();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.4f ± %.4f (n=%d, %.0f%%)", mean, halfWidth, n, confidence * 100);
  }
}
