package dev.cim.routing.staffing;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Offered traffic: how often contacts arrive and how long one takes to handle (talk plus wrap-up).
 *
 * <p>Immutable and thread-safe.
 *
 * @param arrivalsPerSecond mean arrival rate, finite and {@code >= 0}
 * @param handleSeconds mean handle time in seconds, finite and {@code > 0}
 * @since 0.1.0
 */
public record Traffic(double arrivalsPerSecond, double handleSeconds) {

  /**
   * Validates the values.
   *
   * @throws IllegalArgumentException if a value is out of range (the message names the field and the value)
   */
  public Traffic {
    if (!(arrivalsPerSecond >= 0) || Double.isInfinite(arrivalsPerSecond)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "arrivalsPerSecond must be finite and >= 0, but was %s", arrivalsPerSecond));
    }
    if (!(handleSeconds > 0) || Double.isInfinite(handleSeconds)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "handleSeconds must be finite and > 0, but was %s", handleSeconds));
    }
  }

  /**
   * Returns the traffic of a number of contacts per hour with a mean handle time.
   *
   * @param callsPerHour contacts per hour, finite and {@code >= 0}
   * @param aht mean handle time; positive; not null
   * @return the traffic
   * @throws NullPointerException if {@code aht} is null
   * @throws IllegalArgumentException if a value is out of range
   */
  public static Traffic perHour(double callsPerHour, Duration aht) {
    Objects.requireNonNull(aht, "aht");
    if (!(callsPerHour >= 0) || Double.isInfinite(callsPerHour)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "callsPerHour must be finite and >= 0, but was %s", callsPerHour));
    }
    if (aht.isNegative() || aht.isZero()) {
      throw new IllegalArgumentException("aht must be positive, but was " + aht);
    }
    return new Traffic(callsPerHour / 3600.0, aht.toNanos() / 1e9);
  }

  /**
   * Returns the offered load in Erlangs: arrival rate times mean handle time.
   *
   * @return the load, {@code >= 0}
   */
  public double erlangs() {
    return arrivalsPerSecond * handleSeconds;
  }
}
