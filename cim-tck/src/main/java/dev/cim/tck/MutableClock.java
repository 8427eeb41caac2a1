package dev.cim.tck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} for tests whose time moves only when told to: virtual time, so that tests never sleep.
 *
 * <pre>{@code
 * MutableClock clock = MutableClock.at(Instant.parse("2026-01-01T00:00:00Z"));
 * Instant t0 = clock.instant();
 * clock.advance(Duration.ofSeconds(5));   // clock.instant() is now t0 + 5 s
 * }</pre>
 *
 * <p>Thread-safe: the time is held atomically, so concurrent readers see either the time before or after an
 * {@link #advance} or {@link #set}.
 */
public final class MutableClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * Returns a clock in UTC standing at the given time.
   *
   * @param start the time; not null
   * @return the clock
   * @throws NullPointerException if {@code start} is null
   */
  public static MutableClock at(Instant start) {
    return new MutableClock(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  /**
   * Moves the time forward.
   *
   * @param amount how far, not negative; not null
   * @return the new time
   * @throws NullPointerException if {@code amount} is null
   * @throws IllegalArgumentException if {@code amount} is negative
   */
  public Instant advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must not be negative, but was " + amount);
    }
    return now.updateAndGet(t -> t.plus(amount));
  }

  /**
   * Moves the time forward by whole seconds.
   *
   * @param seconds how many, {@code >= 0}
   * @return the new time
   * @throws IllegalArgumentException if {@code seconds} is negative
   */
  public Instant advanceSeconds(long seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("seconds must be >= 0, but was " + seconds);
    }
    return advance(Duration.ofSeconds(seconds));
  }

  /**
   * Sets the time, forward or backward.
   *
   * @param time the new time; not null
   * @throws NullPointerException if {@code time} is null
   */
  public void set(Instant time) {
    now.set(Objects.requireNonNull(time, "time"));
  }

  /**
   * Returns the current virtual time.
   *
   * @return the time; never null
   */
  @Override
  public Instant instant() {
    return now.get();
  }

  /**
   * Returns the zone.
   *
   * @return the zone; never null
   */
  @Override
  public ZoneId getZone() {
    return zone;
  }

  /**
   * Returns a clock with another zone that shares this clock's time: advancing either moves both.
   *
   * @param newZone the zone; not null
   * @return the clock
   * @throws NullPointerException if {@code newZone} is null
   */
  @Override
  public Clock withZone(ZoneId newZone) {
    return new MutableClock(now, Objects.requireNonNull(newZone, "newZone"));
  }

  /** Returns the time and zone, for test output. */
  @Override
  public String toString() {
    return "MutableClock[" + now.get() + ", " + zone + "]";
  }
}
