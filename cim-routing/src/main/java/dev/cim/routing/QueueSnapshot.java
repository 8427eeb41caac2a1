package dev.cim.routing;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A queue's figures at one moment.
 *
 * <p>Immutable and thread-safe.
 *
 * @param queue the queue; not null
 * @param waiting tasks waiting, {@code >= 0}
 * @param offered tasks offered and not yet answered, {@code >= 0}
 * @param oldestWait how long the oldest waiting task has waited (zero if none); not null
 * @param agentsAvailable agents serving the queue who are available, out of wrap-up and have free capacity on at
 *     least one channel, {@code >= 0}
 * @param answered tasks assigned from this queue so far, each counted once, at its first accept (a task transferred
 *     and accepted again is not counted again), {@code >= 0}
 * @param answeredInThreshold of those, assigned within the queue's service-level threshold, {@code >= 0}
 * @param abandonedAfterThreshold tasks never answered that were cancelled while waiting or while their offer rang,
 *     after the threshold, {@code >= 0}
 * @param serviceLevel {@code answeredInThreshold / (answered + abandonedAfterThreshold)}, empty before the first
 *     answer or abandonment; not null
 */
public record QueueSnapshot(String queue, int waiting, int offered, Duration oldestWait, int agentsAvailable,
    long answered, long answeredInThreshold, long abandonedAfterThreshold, OptionalDouble serviceLevel) {
  /**
   * Validates the snapshot.
   *
   * @throws NullPointerException if an argument is null
   */
  public QueueSnapshot {
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(oldestWait, "oldestWait");
    Objects.requireNonNull(serviceLevel, "serviceLevel");
  }
}
