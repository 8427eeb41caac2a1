package dev.cim.routing.event;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.InteractionId;
import dev.cim.routing.TaskStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A task was withdrawn (the customer left); any capacity it held is free.
 *
 * <p>Immutable and thread-safe.
 *
 * @param taskId the task; not null
 * @param previousStatus its status before; not null
 * @param agentId the agent it was offered or assigned to, if any; not null
 * @param occurredAt when, from the engine clock; not null
 */
public record TaskCancelled(InteractionId taskId, TaskStatus previousStatus, Optional<AgentId> agentId, Instant occurredAt) implements RoutingEvent {

  /**
   * Validates the event.
   *
   * @throws NullPointerException if an argument is null
   */
  public TaskCancelled {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(previousStatus, "previousStatus");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public void dispatchTo(RoutingListener listener) {
    listener.onCancelled(this);
  }
}
