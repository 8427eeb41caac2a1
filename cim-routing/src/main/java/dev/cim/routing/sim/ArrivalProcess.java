package dev.cim.routing.sim;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A Poisson arrival process whose rate is constant over each interval: rate {@code i} (contacts per hour) applies
 * from {@code i × interval} to {@code (i + 1) × interval} of simulated time, and the last rate holds after the last
 * interval (put a final 0 to stop arrivals). A single rate is a homogeneous Poisson process.
 *
 * <p>Immutable and thread-safe.
 *
 * @param interval the length of each interval; positive; not null
 * @param perHour the rate of each interval, contacts per hour, each finite and {@code >= 0}; not null, not empty
 * @since 0.1.0
 */
public record ArrivalProcess(Duration interval, List<Double> perHour) {

  /**
   * Validates and copies the arguments.
   *
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if {@code interval} is not positive, {@code perHour} is empty or a rate is
   *     negative or not finite
   */
  public ArrivalProcess {
    Objects.requireNonNull(interval, "interval");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive, but was " + interval);
    }
    perHour = List.copyOf(perHour);
    if (perHour.isEmpty()) {
      throw new IllegalArgumentException("perHour must list at least one rate, but was empty");
    }
    for (int i = 0; i < perHour.size(); i++) {
      double r = perHour.get(i);
      if (!(r >= 0) || Double.isInfinite(r)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "perHour[%d] must be finite and >= 0, but was %s", i, r));
      }
    }
  }

  /**
   * Returns a homogeneous Poisson process.
   *
   * @param perHour contacts per hour, finite and {@code >= 0}
   * @return the process
   * @throws IllegalArgumentException if {@code perHour} is out of range
   */
  public static ArrivalProcess poisson(double perHour) {
    return new ArrivalProcess(Duration.ofHours(1), List.of(perHour));
  }

  /**
   * Returns a process with one rate per interval.
   *
   * @param interval the interval length; positive; not null
   * @param perHour the rates, contacts per hour; not null, not empty
   * @return the process
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static ArrivalProcess piecewise(Duration interval, double... perHour) {
    Objects.requireNonNull(perHour, "perHour");
    return new ArrivalProcess(interval, java.util.Arrays.stream(perHour).boxed().toList());
  }

  /**
   * Returns the next arrival time after {@code now} (exact for a piecewise-constant rate: the exponential gap is
   * drawn again at each interval boundary, which memorylessness allows).
   *
   * @param nowSeconds the current time in seconds, {@code >= 0}
   * @param random the generator; not null
   * @return the next arrival in seconds, or {@link Double#POSITIVE_INFINITY} if no contact arrives any more
   */
  public double nextArrival(double nowSeconds, RandomGenerator random) {
    double len = interval.toNanos() / 1e9;
    double t = nowSeconds;
    int i = (int) Math.min(perHour.size() - 1, Math.floor(t / len));
    while (true) {
      double rate = perHour.get(i) / 3600.0;
      boolean last = i == perHour.size() - 1;
      double end = last ? Double.POSITIVE_INFINITY : (i + 1) * len;
      if (rate > 0) {
        double next = t - Math.log(1.0 - random.nextDouble()) / rate;
        if (next < end) {
          return next;
        }
      } else if (last) {
        return Double.POSITIVE_INFINITY;
      }
      t = Math.max(t, end);
      i++;
    }
  }
}
