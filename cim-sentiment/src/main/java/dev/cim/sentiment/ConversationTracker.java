package dev.cim.sentiment;

import java.util.Locale;
import java.util.Objects;

/**
 * Follows the sentiment of one conversation: an exponentially weighted mean of message scores, its trend, and
 * whether the conversation is in the alerted state. It alerts once when the conversation turns negative and not
 * again before it has recovered (see {@link TrackerConfig} for the rules).
 *
 * <p>Used by {@link SentimentAnalyzer}, one per interaction; usable alone. Thread-safe: {@link #observe} is
 * synchronized.
 */
public final class ConversationTracker {
  private final TrackerConfig config;
  /** False for a tracker that follows a score only and never alerts (the analyser's agent side). */
  private final boolean alerts;
  private int messages;
  private double last;
  private double smoothed;
  private double trend;
  private boolean alerting;

  /**
   * Creates a tracker with no messages yet.
   *
   * @param config the settings; not null
   */
  public ConversationTracker(TrackerConfig config) {
    this(config, true, false);
  }

  /**
   * Creates a tracker with no messages yet.
   *
   * @param config the settings; not null
   * @param alerts false for a tracker that never alerts (its snapshots are never {@code alerting})
   * @param alerting whether it starts in the alerted state (the interaction's previous tracker had alerted and was
   *     dropped before a recovery): its first transition can then only be a recovery
   */
  ConversationTracker(TrackerConfig config, boolean alerts, boolean alerting) {
    this.config = Objects.requireNonNull(config, "config");
    this.alerts = alerts;
    this.alerting = alerts && alerting;
  }

  /** What a message changed. */
  public enum Transition {
    /** Nothing to report. */
    NONE,
    /** The conversation turned negative. */
    ALERT,
    /** The conversation came back after an alert. */
    RECOVERED
  }

  /**
   * The state after a message.
   *
   * @param transition what changed; not null
   * @param snapshot the state after the message; not null
   * @param reason why, in words without message text; empty for {@link Transition#NONE}; not null
   */
  public record Observation(Transition transition, ConversationSnapshot snapshot, String reason) {
    /**
     * Validates.
     *
     * @throws NullPointerException if an argument is null
     */
    public Observation {
      Objects.requireNonNull(transition, "transition");
      Objects.requireNonNull(snapshot, "snapshot");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Adds a message's score.
   *
   * @param score the message's compound score in [-1, 1]; NaN is taken as 0
   * @return the transition and the new state; not null
   * @throws IllegalArgumentException if the score is outside [-1, 1]; the tracker is then unchanged
   */
  public synchronized Observation observe(double score) {
    if (Double.isNaN(score)) {
      score = 0.0;
    }
    if (!(score >= -1.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [-1, 1], but was " + score);
    }
    double prev = smoothed;
    double a = config.smoothing();
    if (messages == 0) {
      smoothed = score;
      trend = 0.0;
    } else {
      smoothed = clamp(a * score + (1 - a) * prev);
      trend = clamp(a * (smoothed - prev) + (1 - a) * trend);
    }
    messages++;
    last = score;
    Transition t = Transition.NONE;
    String reason = "";
    if (!alerts) {
      // follows the score only
    } else if (!alerting) {
      boolean drop = messages > 1 && score <= config.alertThreshold() && prev - score >= config.dropThreshold();
      if (drop) {
        alerting = true;
        t = Transition.ALERT;
        reason = String.format(Locale.ROOT, "sharp drop: message score %.2f is %.2f below smoothed score %.2f",
            score, prev - score, prev);
        smoothed = Math.min(smoothed, score); // the conversation has turned: recovery starts from here
      } else if (messages >= config.minMessages() && smoothed <= config.alertThreshold()) {
        alerting = true;
        t = Transition.ALERT;
        reason = String.format(Locale.ROOT, "smoothed score %.2f at or below %.2f", smoothed,
            config.alertThreshold());
      }
    } else if (smoothed >= config.recoveryThreshold()) {
      alerting = false;
      t = Transition.RECOVERED;
      reason = String.format(Locale.ROOT, "smoothed score %.2f at or above %.2f", smoothed,
          config.recoveryThreshold());
    }
    return new Observation(t, snapshotLocked(), reason);
  }

  /**
   * Returns the current state.
   *
   * @return a snapshot; not null
   */
  public synchronized ConversationSnapshot snapshot() {
    return snapshotLocked();
  }

  private ConversationSnapshot snapshotLocked() {
    return new ConversationSnapshot(messages, last, smoothed, trend, alerting);
  }

  private static double clamp(double d) {
    return d < -1.0 ? -1.0 : d > 1.0 ? 1.0 : d;
  }

  @Override
  public synchronized String toString() {
    return "ConversationTracker" + snapshotLocked();
  }
}
