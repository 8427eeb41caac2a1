package dev.cim.core.supervision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves only when told, for the supervision tests. Not thread-safe. */
final class VirtualClock extends Clock {
  private Instant now;

  VirtualClock(Instant start) {
    this.now = start;
  }

  Instant advance(Duration d) {
    now = now.plus(d);
    return now;
  }

  void set(Instant t) {
    now = t;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("VirtualClock is UTC only");
  }

  @Override
  public Instant instant() {
    return now;
  }
}
