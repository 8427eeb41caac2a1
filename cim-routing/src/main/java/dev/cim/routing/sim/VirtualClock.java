package dev.cim.routing.sim;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The simulator's clock: simulated seconds since a fixed epoch, advanced only by the simulator. Not thread-safe. */
final class VirtualClock extends Clock {

  /** Simulated time 0. */
  static final Instant EPOCH = Instant.parse("2026-01-05T00:00:00Z");
  private static final long EPOCH_MILLIS = EPOCH.toEpochMilli();

  private double seconds;

  void set(double s) {
    this.seconds = s;
  }

  @Override
  public long millis() {
    return EPOCH_MILLIS + (long) Math.floor(seconds * 1000.0);
  }

  @Override
  public Instant instant() {
    long nanos = (long) Math.floor(seconds * 1e9);
    return EPOCH.plusNanos(nanos);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
