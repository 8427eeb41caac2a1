package dev.cim.routing.event;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.InteractionId;
import java.time.Instant;
import java.util.Objects;

/**
 * An offer was not answered in time; {@link TaskRequeued} follows, and the task is not offered to that agent again.
 *
 * <p>Immutable and thread-safe.
 *
 * @param taskId the task; not null
 * @param agentId the agent; not null
 * @param occurredAt when, from the engine clock; not null
 */
public record OfferTimedOut(InteractionId taskId, AgentId agentId, Instant occurredAt) implements RoutingEvent {

  /**
   * Validates the event.
   *
   * @throws NullPointerException if an argument is null
   */
  public OfferTimedOut {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public void dispatchTo(RoutingListener listener) {
    listener.onTimedOut(this);
  }
}
