package dev.cim.routing.event;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.InteractionId;
import java.time.Instant;
import java.util.Objects;

/**
 * A task now belongs to an agent, who holds capacity for it until it completes (the hub makes the interaction ACTIVE with that agent).
 *
 * <p>Immutable and thread-safe.
 *
 * @param taskId the task; not null
 * @param agentId the agent; not null
 * @param occurredAt when, from the engine clock; not null
 */
public record TaskAssigned(InteractionId taskId, AgentId agentId, Instant occurredAt) implements RoutingEvent {

  /**
   * Validates the event.
   *
   * @throws NullPointerException if an argument is null
   */
  public TaskAssigned {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public void dispatchTo(RoutingListener listener) {
    listener.onAssigned(this);
  }
}
