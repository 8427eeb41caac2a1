package dev.cim.routing;

import dev.cim.core.model.AgentId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A task as the engine holds it at one moment.
 *
 * <p>Immutable and thread-safe.
 *
 * @param task the task as submitted (with any later priority or requirement change); not null
 * @param status where it stands; not null
 * @param queue the queue it waits in (or last waited in); not null
 * @param enqueuedAt when it first entered a queue, kept across requeues and overflow; not null
 * @param agent the agent it is offered or assigned to; not null
 * @param excludedAgents agents who rejected it or let its offer time out; not null
 * @param lastDecision the last routing decision about it, if any; not null
 * @param offeredTo every agent with an open offer for it, {@code agent} first (several with an offer fan-out);
 *     empty unless {@link TaskStatus#OFFERED}; not null (since 0.1.0)
 */
public record TaskSnapshot(Task task, TaskStatus status, String queue, Instant enqueuedAt, Optional<AgentId> agent,
    Set<AgentId> excludedAgents, Optional<Decision> lastDecision, List<AgentId> offeredTo) {
  /**
   * Validates and copies the arguments.
   *
   * @throws NullPointerException if an argument is null
   */
  public TaskSnapshot {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(enqueuedAt, "enqueuedAt");
    Objects.requireNonNull(agent, "agent");
    excludedAgents = Set.copyOf(excludedAgents);
    Objects.requireNonNull(lastDecision, "lastDecision");
    offeredTo = List.copyOf(offeredTo);
  }

  /**
   * Creates a snapshot whose open offer, if any, is to {@code agent} alone (the constructor before
   * {@code offeredTo}).
   *
   * @param task the task; not null
   * @param status where it stands; not null
   * @param queue its queue; not null
   * @param enqueuedAt when it first entered a queue; not null
   * @param agent the agent it is offered or assigned to; not null
   * @param excludedAgents agents who rejected it or let its offer time out; not null
   * @param lastDecision the last routing decision about it; not null
   * @throws NullPointerException if an argument is null
   */
  public TaskSnapshot(Task task, TaskStatus status, String queue, Instant enqueuedAt, Optional<AgentId> agent,
      Set<AgentId> excludedAgents, Optional<Decision> lastDecision) {
    this(task, status, queue, enqueuedAt, agent, excludedAgents, lastDecision,
        status == TaskStatus.OFFERED ? agent.map(List::of).orElse(List.of()) : List.of());
  }
}
