package dev.cim.core.supervision;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Schedule adherence and conformance of one agent or a team over a window, with the times they come from.
 *
 * <ul>
 *   <li><b>Adherence</b> = {@code inAdherence / scheduled}: the share of the scheduled time in which the agent did the
 *       scheduled activity (or one that satisfies it). In [0, 1].
 *   <li><b>Conformance</b> = {@code worked / scheduledWork}: time actually worked over time scheduled to work, whenever
 *       it was worked. May exceed 1 (overtime).
 * </ul>
 * A team's figures are the sums of its agents' times, so the ratios weigh each agent by scheduled time.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scheduled the scheduled time in the window; not negative; not null
 * @param inAdherence the part of {@code scheduled} spent as scheduled; between zero and {@code scheduled}; not null
 * @param scheduledWork the scheduled time in work activities; between zero and {@code scheduled}; not null
 * @param worked the time actually spent in work activities in the window; not negative; not null
 * @since 0.1.0
 */
public record AdherenceFigures(Duration scheduled, Duration inAdherence, Duration scheduledWork, Duration worked) {
  /** Figures of nothing: all times zero. */
  public static final AdherenceFigures ZERO = new AdherenceFigures(Duration.ZERO, Duration.ZERO, Duration.ZERO,
      Duration.ZERO);

  /**
   * Validates the figures.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a time is negative, or {@code inAdherence} or {@code scheduledWork} exceeds
   *     {@code scheduled}
   */
  public AdherenceFigures {
    Objects.requireNonNull(scheduled, "scheduled");
    Objects.requireNonNull(inAdherence, "inAdherence");
    Objects.requireNonNull(scheduledWork, "scheduledWork");
    Objects.requireNonNull(worked, "worked");
    for (Duration d : new Duration[] {scheduled, inAdherence, scheduledWork, worked}) {
      if (d.isNegative()) {
        throw new IllegalArgumentException("adherence times must not be negative, but were " + scheduled + ", "
            + inAdherence + ", " + scheduledWork + ", " + worked);
      }
    }
    if (inAdherence.compareTo(scheduled) > 0 || scheduledWork.compareTo(scheduled) > 0) {
      throw new IllegalArgumentException("inAdherence and scheduledWork must not exceed scheduled " + scheduled
          + ", but were " + inAdherence + " and " + scheduledWork);
    }
  }

  /**
   * Returns the adherence, {@code inAdherence / scheduled}.
   *
   * @return the share in [0, 1], or empty if nothing was scheduled
   */
  public OptionalDouble adherence() {
    return ratio(inAdherence, scheduled);
  }

  /**
   * Returns the conformance, {@code worked / scheduledWork}.
   *
   * @return the ratio, {@code >= 0}, or empty if no work was scheduled
   */
  public OptionalDouble conformance() {
    return ratio(worked, scheduledWork);
  }

  private static OptionalDouble ratio(Duration a, Duration b) {
    return b.isZero() ? OptionalDouble.empty() : OptionalDouble.of(seconds(a) / seconds(b));
  }

  private static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }

  /**
   * Returns the sums of these and other figures' times.
   *
   * @param other the other figures; not null
   * @return the sums
   * @throws NullPointerException if {@code other} is null
   */
  public AdherenceFigures plus(AdherenceFigures other) {
    Objects.requireNonNull(other, "other");
    return new AdherenceFigures(scheduled.plus(other.scheduled), inAdherence.plus(other.inAdherence),
        scheduledWork.plus(other.scheduledWork), worked.plus(other.worked));
  }
}
