package dev.cim.core.analytics;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Virtual time for a hub in the analytics tests: starts at {@link Facts#T0}, moves only when told. Not thread-safe. */
final class StepClock extends Clock {
  private Instant now = Facts.T0;

  void advance(long seconds) {
    now = now.plusSeconds(seconds);
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
