package dev.cim.core.event;

import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.Channel;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.MessageId;
import java.time.Instant;
import java.util.Objects;

/**
 * A message was stored. The event carries no text; a listener that needs it reads the message from the store.
 *
 * @param messageId the message; not null
 * @param interactionId its interaction; not null
 * @param customerId the interaction's customer; not null
 * @param channel the interaction's channel; not null
 * @param role who wrote it; not null
 * @param occurredAt when; not null
 */
public record MessageAdded(MessageId messageId, InteractionId interactionId, CustomerId customerId, Channel channel,
    AuthorRole role, Instant occurredAt) implements CimEvent {
  /**
   * Validates the event.
   *
   * @throws NullPointerException if an argument is null
   */
  public MessageAdded {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public void dispatchTo(CimListener listener) {
    listener.onMessageAdded(this);
  }
}
