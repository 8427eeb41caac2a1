package dev.cim.routing.event;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.InteractionId;
import dev.cim.routing.RequeueReason;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A task went back to waiting, keeping its original enqueue time (the hub moves the interaction back to QUEUED).
 *
 * <p>Immutable and thread-safe.
 *
 * @param taskId the task; not null
 * @param queue the queue it now waits in; not null
 * @param reason why; not null
 * @param previousAgent the agent it was offered or assigned to; not null
 * @param occurredAt when, from the engine clock; not null
 */
public record TaskRequeued(InteractionId taskId, String queue, RequeueReason reason, Optional<AgentId> previousAgent, Instant occurredAt) implements RoutingEvent {

  /**
   * Validates the event.
   *
   * @throws NullPointerException if an argument is null
   */
  public TaskRequeued {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(previousAgent, "previousAgent");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public void dispatchTo(RoutingListener listener) {
    listener.onRequeued(this);
  }
}
