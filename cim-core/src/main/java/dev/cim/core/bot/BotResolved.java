package dev.cim.core.bot;

import dev.cim.core.event.CimEvent;
import dev.cim.core.model.Channel;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.InteractionId;
import java.time.Instant;
import java.util.Objects;

/**
 * A bot resolved an interaction without a human (it is contained); the interaction is now RESOLVED. Listeners
 * receive it through {@link dev.cim.core.event.CimListener#onOtherEvent}, before the state-change event. Its JSON
 * type name is {@code bot_resolved} ({@link dev.cim.core.json.CimJacksonModule}).
 *
 * @param interactionId the interaction; not null
 * @param customerId its customer; not null
 * @param channel its channel; not null
 * @param policy the name of the bot policy; not null
 * @param occurredAt when, from the hub's clock; not null
 * @since 0.1.0
 */
public record BotResolved(InteractionId interactionId, CustomerId customerId, Channel channel, String policy,
    Instant occurredAt) implements CimEvent {
  /**
   * Validates the event.
   *
   * @throws NullPointerException if an argument is null
   */
  public BotResolved {
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
