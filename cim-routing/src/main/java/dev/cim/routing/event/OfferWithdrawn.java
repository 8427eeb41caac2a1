package dev.cim.routing.event;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.InteractionId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An open offer of a task ended without that agent answering and without timing out: another agent offered the same
 * task (an offer fan-out, {@code RoutingConfig.offerFanOut()}) accepted first, the agent went offline or was removed,
 * or the task was cancelled or transferred. The agent's capacity for the task is free again. With the agent's own
 * {@link OfferAccepted}, {@link OfferRejected} and {@link OfferTimedOut} it is the fourth and last way an offer ends,
 * so a host stops an agent's ringing on exactly these four events.
 *
 * <p>It is raised for every open offer, a task offered to a single agent (the primary) included. Order: on a cancel,
 * one event per offered agent, the primary first, then the others in offer order, then {@link TaskCancelled} (whose
 * agent is the primary); on a transfer, the same, then {@link TaskRequeued}, then any new {@link TaskOffered}; when the
 * agent goes offline or is removed, its event comes before the task's {@link TaskRequeued} if it held the last open
 * offer, and alone otherwise; on an accept, {@link OfferAccepted} and {@link TaskAssigned} come first, then one event
 * per other offered agent. Cancelling or transferring an assigned task raises none (no offer is open).
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
    /** The agent went offline; the task's other offers, if any, stay open, else the task is requeued. */
    AGENT_OFFLINE,
    /** The agent was removed from the engine; the task's other offers, if any, stay open, else it is requeued. */
    AGENT_REMOVED,
    /** The task was cancelled. */
    CANCELLED,
    /** The task was transferred to a queue or an agent. */
    TRANSFERRED
  }
}
