package dev.cim.core.event;

import dev.cim.core.model.CustomerId;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.MessageId;
import java.time.Instant;
import java.util.Objects;

/**
 * A conversation that had turned negative (a {@link SentimentAlert}) came back above the recovery threshold.
 *
 * @param interactionId the interaction; not null
 * @param customerId its customer; not null
 * @param messageId the message that brought it back; not null
 * @param trendScore the conversation's smoothed score, in [-1, 1]
 * @param occurredAt when; not null
 */
public record SentimentRecovered(InteractionId interactionId, CustomerId customerId, MessageId messageId,
    double trendScore, Instant occurredAt) implements CimEvent {
  /**
   * Validates the event.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the score is outside [-1, 1]
   */
  public SentimentRecovered {
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(messageId, "messageId");
    SentimentAlert.checkScore("trendScore", trendScore);
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public void dispatchTo(CimListener listener) {
    listener.onSentimentRecovered(this);
  }
}
