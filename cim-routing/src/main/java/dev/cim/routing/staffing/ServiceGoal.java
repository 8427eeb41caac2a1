package dev.cim.routing.staffing;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A staffing goal: either a service level (a share of contacts answered within a time, such as 80% in 20 s) or an
 * average speed of answer (ASA) not above a time.
 *
 * <p>Immutable and thread-safe. Create with {@link #serviceLevel(double, Duration)}, {@link #asa(Duration)} or
 * {@link #parse(String)}.
 *
 * @param kind which goal
 * @param fraction for {@link Kind#SERVICE_LEVEL}, the share to answer in time, strictly between 0 and 1; 0 for
 *     {@link Kind#ASA}
 * @param time the answer time (service level) or the highest ASA; positive; not null
 * @since 0.1.0
 */
public record ServiceGoal(Kind kind, double fraction, Duration time) {

  /** The kind of goal. */
  public enum Kind {
    /** A share of contacts answered within a time. */
    SERVICE_LEVEL,
    /** The average wait of answered contacts at most a time. */
    ASA
  }

  /**
   * Validates the goal.
   *
   * @throws NullPointerException if {@code kind} or {@code time} is null
   * @throws IllegalArgumentException if {@code fraction} or {@code time} is out of range for the kind
   */
  public ServiceGoal {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(time, "time");
    if (time.isNegative() || time.isZero()) {
      throw new IllegalArgumentException("goal time must be positive, but was " + time);
    }
    if (kind == Kind.SERVICE_LEVEL && !(fraction > 0 && fraction < 1)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "service-level fraction must be strictly between 0 and 1, but was %s", fraction));
    }
    if (kind == Kind.ASA && fraction != 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "fraction of an ASA goal must be 0, but was %s", fraction));
    }
  }

  /**
   * Returns a service-level goal.
   *
   * @param fraction the share answered within {@code within}, strictly between 0 and 1 (0.8 for 80%)
   * @param within the answer time; positive; not null
   * @return the goal
   * @throws NullPointerException if {@code within} is null
   * @throws IllegalArgumentException if a value is out of range
   */
  public static ServiceGoal serviceLevel(double fraction, Duration within) {
    return new ServiceGoal(Kind.SERVICE_LEVEL, fraction, within);
  }

  /**
   * Returns an ASA goal.
   *
   * @param maxAsa the highest acceptable average speed of answer; positive; not null
   * @return the goal
   * @throws NullPointerException if {@code maxAsa} is null
   * @throws IllegalArgumentException if {@code maxAsa} is not positive
   */
  public static ServiceGoal asa(Duration maxAsa) {
    return new ServiceGoal(Kind.ASA, 0, maxAsa);
  }

  /**
   * Parses {@code "80/20"} (80% within 20 seconds) or {@code "asa=30"} (ASA at most 30 seconds); the seconds may be
   * fractional.
   *
   * @param text the goal; not null
   * @return the goal
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text has neither form or a value is out of range; the message quotes it
   */
  public static ServiceGoal parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.trim().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("asa=")) {
        return asa(seconds(Double.parseDouble(t.substring(4))));
      }
      int slash = t.indexOf('/');
      if (slash > 0) {
        double percent = Double.parseDouble(t.substring(0, slash));
        double secs = Double.parseDouble(t.substring(slash + 1));
        return serviceLevel(percent / 100.0, seconds(secs));
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("target '" + text + "' is out of range: " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(
        "target must look like '80/20' (percent/seconds) or 'asa=30' (seconds), but was '" + text + "'");
  }

  private static Duration seconds(double s) {
    if (!(s > 0) || Double.isInfinite(s)) {
      throw new IllegalArgumentException("seconds must be finite and positive, but was " + s);
    }
    return Duration.ofNanos(Math.round(s * 1e9));
  }

  /**
   * Tells whether a service level and ASA meet this goal.
   *
   * @param serviceLevel the service level for {@link #time()}, 0 to 1
   * @param asaSeconds the average speed of answer in seconds
   * @return true if the goal is met
   */
  public boolean isMetBy(double serviceLevel, double asaSeconds) {
    return kind == Kind.SERVICE_LEVEL
        ? serviceLevel >= fraction
        : asaSeconds <= time.toNanos() / 1e9;
  }

  @Override
  public String toString() {
    double secs = time.toNanos() / 1e9;
    return kind == Kind.SERVICE_LEVEL
        ? String.format(Locale.ROOT, "%s%% in %ss", trim(fraction * 100), trim(secs))
        : String.format(Locale.ROOT, "ASA <= %ss", trim(secs));
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
