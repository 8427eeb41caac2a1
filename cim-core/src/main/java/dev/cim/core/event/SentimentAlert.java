package dev.cim.core.event;

import dev.cim.core.model.CustomerId;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.MessageId;
import java.time.Instant;
import java.util.Objects;

/**
 * A conversation turned negative: raised by a {@link dev.cim.core.MessageAnalyzer} (such as cim-sentiment's tracker)
 * and delivered to supervisors' listeners. A tracker raises it once, and not again until a
 * {@link SentimentRecovered} for the same interaction.
 *
 * @param interactionId the interaction; not null
 * @param customerId its customer; not null
 * @param messageId the message that tipped it; not null
 * @param messageScore that message's score, in [-1, 1]
 * @param trendScore the conversation's smoothed score, in [-1, 1]
 * @param reason why, in words without message text (e.g. {@code "smoothed score -0.42 below -0.35"}); not null
 * @param occurredAt when; not null
 */
public record SentimentAlert(InteractionId interactionId, CustomerId customerId, MessageId messageId,
    double messageScore, double trendScore, String reason, Instant occurredAt) implements CimEvent {
  /**
   * Validates the event.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a score is outside [-1, 1]
   */
  public SentimentAlert {
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(messageId, "messageId");
    checkScore("messageScore", messageScore);
    checkScore("trendScore", trendScore);
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  static void checkScore(String field, double score) {
    if (!(score >= -1.0 && score <= 1.0)) {
      throw new IllegalArgumentException(field + " must be in [-1, 1], but was " + score);
    }
  }

  @Override
  public void dispatchTo(CimListener listener) {
    listener.onSentimentAlert(this);
  }
}
