package dev.cim.sentiment;

/**
 * The sentiment state of a conversation at one moment. Immutable.
 *
 * @param messages how many messages were tracked
 * @param lastScore the last message's score in [-1, 1] (0 before any message)
 * @param smoothed the exponentially weighted mean of the scores, in [-1, 1]
 * @param trend the smoothed change of {@code smoothed} per message, in [-1, 1]: below 0 worsening
 * @param alerting whether an alert was raised and no recovery since (in {@link SentimentAnalyzer}: also across an
 *     expired or evicted tracker of the same interaction; always false for an agents' tracker, which never alerts)
 */
public record ConversationSnapshot(int messages, double lastScore, double smoothed, double trend,
    boolean alerting) {
  /**
   * Validates.
   *
   * @throws IllegalArgumentException if messages is negative or a score outside [-1, 1]
   */
  public ConversationSnapshot {
    if (messages < 0) {
      throw new IllegalArgumentException("messages must be >= 0, but was " + messages);
    }
    check("lastScore", lastScore);
    check("smoothed", smoothed);
    check("trend", trend);
  }

  private static void check(String field, double v) {
    if (!(v >= -1.0 && v <= 1.0)) {
      throw new IllegalArgumentException(field + " must be in [-1, 1], but was " + v);
    }
  }
}
