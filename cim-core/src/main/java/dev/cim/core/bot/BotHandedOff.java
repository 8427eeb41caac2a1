package dev.cim.core.bot;

import dev.cim.core.event.CimEvent;
import dev.cim.core.model.Channel;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.InteractionId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A bot handed an interaction off to a human; the interaction is now QUEUED. Listeners receive it through
 * {@link dev.cim.core.event.CimListener#onOtherEvent}. It carries no message text: the reason is the bot's reason
 * (which a bot should keep a short code) or {@link BotKeys#REASON_FAILED} / {@link BotKeys#REASON_TIMEOUT}. Its JSON
 * type name is {@code bot_handed_off} ({@link dev.cim.core.json.CimJacksonModule}).
 *
 * @param interactionId the interaction; not null
 * @param customerId its customer; not null
 * @param channel its channel; not null
 * @param policy the name of the bot policy; not null
 * @param reason why; not null
 * @param topic the topic the bot recognised; not null
 * @param occurredAt when, from the hub's clock; not null
 * @since 0.1.0
 */
public record BotHandedOff(InteractionId interactionId, CustomerId customerId, Channel channel, String policy,
    String reason, Optional<String> topic, Instant occurredAt) implements CimEvent {
  /**
   * Validates the event.
   *
   * @throws NullPointerException if an argument is null
   */
  public BotHandedOff {
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
