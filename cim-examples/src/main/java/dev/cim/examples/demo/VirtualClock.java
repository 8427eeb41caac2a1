package dev.cim.examples.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The demo's virtual time: a clock the simulation moves forward. Single-threaded use. */
final class VirtualClock extends Clock {
  private Instant now;

  VirtualClock(Instant start) {
    this.now = start;
  }

  void set(Instant t) {
    if (t.isBefore(now)) {
      throw new IllegalArgumentException("virtual time must not go back from " + now + ", but was set to " + t);
    }
    now = t;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the virtual clock is UTC only");
  }

  @Override
  public Instant instant() {
    return now;
  }
}
