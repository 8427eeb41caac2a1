package dev.cim.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves only when told: virtual time for tests. Thread-safe. */
public final class TestClock extends Clock {
  private final AtomicReference<Instant> now;

  /**
   * Starts the clock at an instant.
   *
   * @param start the first time it reads
   */
  public TestClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  /**
   * Moves the clock forward.
   *
   * @param d how far
   * @return the new time
   */
  public Instant advance(Duration d) {
    return now.updateAndGet(t -> t.plus(d));
  }

  /**
   * Sets the clock to an instant (forward or back).
   *
   * @param t the new time
   */
  public void set(Instant t) {
    now.set(t);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("TestClock is UTC only");
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
