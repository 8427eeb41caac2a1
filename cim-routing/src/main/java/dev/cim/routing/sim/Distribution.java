package dev.cim.routing.sim;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A distribution of durations (handle times, patience, answer delays): exponential, lognormal or fixed.
 *
 * <p>Immutable and thread-safe; {@link #sampleSeconds(RandomGenerator)} uses only the generator passed in.
 *
 * @param kind the family; not null
 * @param meanSeconds the mean in seconds; finite, {@code > 0} ({@code >= 0} for {@link Kind#FIXED})
 * @param sdSeconds the standard deviation in seconds for {@link Kind#LOGNORMAL} ({@code > 0}); 0 otherwise
 * @since 0.1.0
 */
public record Distribution(Kind kind, double meanSeconds, double sdSeconds) {

  /** The family of a distribution. */
  public enum Kind {
    /** Exponential with the given mean (memoryless, as Erlang C and A assume). */
    EXPONENTIAL,
    /** Lognormal with the given mean and standard deviation. */
    LOGNORMAL,
    /** Always the mean. */
    FIXED
  }

  /**
   * Validates the parameters.
   *
   * @throws NullPointerException if {@code kind} is null
   * @throws IllegalArgumentException if a parameter is out of range for the kind (the message names it and its value)
   */
  public Distribution {
    Objects.requireNonNull(kind, "kind");
    boolean meanOk = Double.isFinite(meanSeconds) && (kind == Kind.FIXED ? meanSeconds >= 0 : meanSeconds > 0);
    if (!meanOk) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "mean of a %s distribution must be finite and %s, but was %s s", kind.name().toLowerCase(Locale.ROOT),
          kind == Kind.FIXED ? ">= 0" : "> 0", meanSeconds));
    }
    if (kind == Kind.LOGNORMAL ? !(sdSeconds > 0 && Double.isFinite(sdSeconds)) : sdSeconds != 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "sd of a %s distribution must be %s, but was %s s", kind.name().toLowerCase(Locale.ROOT),
          kind == Kind.LOGNORMAL ? "finite and > 0" : "0", sdSeconds));
    }
  }

  /**
   * Returns an exponential distribution.
   *
   * @param mean the mean; positive; not null
   * @return the distribution
   * @throws NullPointerException if {@code mean} is null
   * @throws IllegalArgumentException if {@code mean} is not positive
   */
  public static Distribution exponential(Duration mean) {
    return new Distribution(Kind.EXPONENTIAL, seconds(mean, "mean"), 0);
  }

  /**
   * Returns a lognormal distribution with a mean and a standard deviation (not the parameters of the underlying
   * normal).
   *
   * @param mean the mean; positive; not null
   * @param sd the standard deviation; positive; not null
   * @return the distribution
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is not positive
   */
  public static Distribution lognormal(Duration mean, Duration sd) {
    return new Distribution(Kind.LOGNORMAL, seconds(mean, "mean"), seconds(sd, "sd"));
  }

  /**
   * Returns a distribution that is always one value.
   *
   * @param value the value; zero or positive; not null
   * @return the distribution
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public static Distribution fixed(Duration value) {
    return new Distribution(Kind.FIXED, seconds(value, "value"), 0);
  }

  private static double seconds(Duration d, String field) {
    Objects.requireNonNull(d, field);
    return d.toNanos() / 1e9;
  }

  /**
   * Draws one value.
   *
   * @param random the generator; not null
   * @return a value in seconds, {@code >= 0}
   * @throws NullPointerException if {@code random} is null
   */
  public double sampleSeconds(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    switch (kind) {
      case EXPONENTIAL:
        return -meanSeconds * Math.log(1.0 - random.nextDouble());
      case LOGNORMAL:
        double cv2 = (sdSeconds / meanSeconds) * (sdSeconds / meanSeconds);
        double sigma2 = Math.log1p(cv2);
        double mu = Math.log(meanSeconds) - sigma2 / 2;
        return Math.exp(mu + Math.sqrt(sigma2) * random.nextGaussian());
      default:
        return meanSeconds;
    }
  }

  @Override
  public String toString() {
    String k = kind.name().toLowerCase(Locale.ROOT);
    return kind == Kind.LOGNORMAL
        ? String.format(Locale.ROOT, "%s(mean %ss, sd %ss)", k, meanSeconds, sdSeconds)
        : String.format(Locale.ROOT, "%s(%ss)", k, meanSeconds);
  }
}
