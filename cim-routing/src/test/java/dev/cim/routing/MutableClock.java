package dev.cim.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand (virtual time); thread-safe. */
final class MutableClock extends Clock {
  private volatile Instant now;

  MutableClock(Instant start) {
    this.now = start;
  }

  static MutableClock start() {
    return new MutableClock(Instant.parse("2026-01-01T09:00:00Z"));
  }

  synchronized void advance(Duration d) {
    now = now.plus(d);
  }

  void advanceSeconds(long s) {
    advance(Duration.ofSeconds(s));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
