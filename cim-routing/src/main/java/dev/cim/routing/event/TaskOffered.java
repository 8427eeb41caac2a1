package dev.cim.routing.event;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.InteractionId;
import dev.cim.routing.Decision;
import java.time.Instant;
import java.util.Objects;

/**
 * A task was offered to an agent (the hub moves the interaction to OFFERED). With auto-accept, {@link OfferAccepted} and {@link TaskAssigned} follow at once.
 *
 * <p>Immutable and thread-safe.
 *
 * @param taskId the task; not null
 * @param agentId the agent; not null
 * @param expiresAt when the offer times out; not null
 * @param decision why this agent; not null
 * @param occurredAt when, from the engine clock; not null
 */
public record TaskOffered(InteractionId taskId, AgentId agentId, Instant expiresAt, Decision decision, Instant occurredAt) implements RoutingEvent {

  /**
   * Validates the event.
   *
   * @throws NullPointerException if an argument is null
   */
  public TaskOffered {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(decision, "decision");
  }

  @Override
  public void dispatchTo(RoutingListener listener) {
    listener.onOffered(this);
  }
}
