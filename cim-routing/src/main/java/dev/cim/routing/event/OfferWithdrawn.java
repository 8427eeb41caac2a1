package dev.cim.routing.event;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.InteractionId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One of several open offers of a task (an offer fan-out, {@code RoutingConfig.offerFanOut()}) ended without that
 * agent answering: another agent accepted first, the agent went offline or was removed while other offers stayed
 * open, or the task was cancelled or transferred (then the event names every offered agent except the one reported
 * by {@link TaskCancelled} or {@link TaskRequeued}). The agent's capacity for the task is free again. A task offered
 * to a single agent never raises it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param taskId the task; not null
 * @param agentId the agent whose offer was withdrawn; not null
 * @param reason why; not null
 * @param acceptedBy the agent who accepted, for {@link Reason#ACCEPTED_BY_OTHER}; empty otherwise; not null
 * @param occurredAt when, from the engine clock; not null
 * @since 0.1.0
 */
public record OfferWithdrawn(InteractionId taskId, AgentId agentId, Reason reason, Optional<AgentId> acceptedBy,
    Instant occurredAt) implements RoutingEvent {

  /**
   * Validates the event.
   *
   * @throws NullPointerException if an argument is null
   */
  public OfferWithdrawn {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(acceptedBy, "acceptedBy");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public void dispatchTo(RoutingListener listener) {
    listener.onWithdrawn(this);
  }

  /** Why an offer was withdrawn. */
  public enum Reason {
    /** Another agent offered the same task accepted it first. */
    ACCEPTED_BY_OTHER,
    /** The agent went offline; the task's other offers stay open. */
    AGENT_OFFLINE,
    /** The agent was removed from the engine; the task's other offers stay open. */
    AGENT_REMOVED,
    /** The task was cancelled. */
    CANCELLED,
    /** The task was transferred to a queue or an agent. */
    TRANSFERRED
  }
}
