package dev.cim.routing.sim;

import java.util.Objects;

/**
 * What happened to the contacts of one queue in one replication (contacts counted by the queue they arrived in).
 *
 * <p>Immutable and thread-safe.
 *
 * @param queue the queue; not null
 * @param offered contacts that arrived in the measured period, {@code >= 0}
 * @param answered contacts assigned to an agent
 * @param answeredInTime contacts assigned within the queue's service-level threshold
 * @param abandoned contacts whose customer gave up before being assigned
 * @param unanswered contacts still waiting when nothing else could happen (for example no agent left)
 * @param totalWaitSeconds sum of the waits of the answered contacts
 * @param thresholdSeconds the queue's service-level threshold in seconds
 * @since 0.1.0
 */
public record QueueResult(String queue, long offered, long answered, long answeredInTime, long abandoned,
    long unanswered, double totalWaitSeconds, double thresholdSeconds) {

  /**
   * Validates the result.
   *
   * @throws NullPointerException if {@code queue} is null
   * @throws IllegalArgumentException if the counts do not add up
   */
  public QueueResult {
    Objects.requireNonNull(queue, "queue");
    if (answered + abandoned + unanswered != offered || answeredInTime > answered || answeredInTime < 0
        || abandoned < 0 || unanswered < 0) {
      throw new IllegalArgumentException("counts of queue '" + queue + "' must add up (answered + abandoned + "
          + "unanswered = offered, answeredInTime <= answered), but were " + this);
    }
  }

  /**
   * Returns the service level: answered within the threshold / offered.
   *
   * @return 0 to 1; {@link Double#NaN} if nothing was offered
   */
  public double serviceLevel() {
    return offered == 0 ? Double.NaN : (double) answeredInTime / offered;
  }

  /**
   * Returns the average speed of answer: the mean wait of answered contacts.
   *
   * @return seconds; {@link Double#NaN} if nothing was answered
   */
  public double asaSeconds() {
    return answered == 0 ? Double.NaN : totalWaitSeconds / answered;
  }

  /**
   * Returns the abandonment rate: abandoned / offered.
   *
   * @return 0 to 1; {@link Double#NaN} if nothing was offered
   */
  public double abandonment() {
    return offered == 0 ? Double.NaN : (double) abandoned / offered;
  }

  QueueResult plus(QueueResult o, String name) {
    return new QueueResult(name, offered + o.offered, answered + o.answered, answeredInTime + o.answeredInTime,
        abandoned + o.abandoned, unanswered + o.unanswered, totalWaitSeconds + o.totalWaitSeconds,
        Math.max(thresholdSeconds, o.thresholdSeconds));
  }
}
