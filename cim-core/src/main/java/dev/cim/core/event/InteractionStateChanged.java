package dev.cim.core.event;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An interaction moved from one state to another.
 *
 * @param interactionId the interaction; not null
 * @param customerId its customer; not null
 * @param channel its channel; not null
 * @param from the state it left; not null
 * @param to the state it entered; not null
 * @param agentId the agent assigned after the move, if any; not null
 * @param occurredAt when; not null
 */
public record InteractionStateChanged(InteractionId interactionId, CustomerId customerId, Channel channel,
    InteractionState from, InteractionState to, Optional<AgentId> agentId, Instant occurredAt) implements CimEvent {
  /**
   * Validates the event.
   *
   * @throws NullPointerException if an argument is null
   */
  public InteractionStateChanged {
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public void dispatchTo(CimListener listener) {
    listener.onInteractionStateChanged(this);
  }
}
