package dev.cim.routing;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.InteractionId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link RoutingEngine#restore(RecoverySnapshot)} rebuilds: agents with their presence, tasks assigned to them,
 * and waiting tasks with their original enqueue times. A host builds it after a restart from its own stored state:
 *
 * <pre>{@code
 * RecoverySnapshot.Builder b = RecoverySnapshot.builder();
 * for (Agent stored : agentStore.findAll()) b.agent(AgentProfile.from(stored), presenceOf(stored));
 * for (Interaction i : interactionStore.findByState(ACTIVE)) b.assigned(taskFor(i), i.agent().orElseThrow());
 * for (Interaction i : interactionStore.findByState(QUEUED)) b.waiting(taskFor(i));  // enqueuedAt = first QUEUED
 * engine.restore(b.build());
 * }</pre>
 *
 * <p>Immutable and thread-safe; the builder is not thread-safe.
 *
 * @param agents the agents, each id once; not null
 * @param assigned the tasks held by an agent (as if accepted), each task id once across both lists; not null
 * @param waiting the tasks waiting for an agent, each with its {@link Task#enqueuedAt()} if known; not null
 * @since 0.1.0
 */
public record RecoverySnapshot(List<AgentEntry> agents, List<Assignment> assigned, List<Task> waiting) {

  /**
   * Validates and copies the lists.
   *
   * @throws NullPointerException if a list or an element is null
   * @throws DuplicateAgentException if an agent id appears twice
   * @throws DuplicateTaskException if a task id appears twice
   */
  public RecoverySnapshot {
    agents = List.copyOf(agents);
    assigned = List.copyOf(assigned);
    waiting = List.copyOf(waiting);
    Set<AgentId> agentIds = new HashSet<>();
    for (AgentEntry a : agents) {
      if (!agentIds.add(a.profile().id())) {
        throw new DuplicateAgentException(a.profile().id(),
            "agent '" + a.profile().id() + "' must appear once in a recovery snapshot, but appears twice");
      }
    }
    Set<InteractionId> taskIds = new HashSet<>();
    List<Task> all = new ArrayList<>(waiting);
    assigned.forEach(x -> all.add(x.task()));
    for (Task t : all) {
      if (!taskIds.add(t.id())) {
        throw new DuplicateTaskException(t.id(),
            "task '" + t.id() + "' must appear once in a recovery snapshot, but appears twice");
      }
    }
  }

  /**
   * Starts an empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An agent and its presence.
   *
   * @param profile the agent; not null
   * @param presence its presence; not null
   */
  public record AgentEntry(AgentProfile profile, Presence presence) {
    /**
     * Validates the entry.
     *
     * @throws NullPointerException if an argument is null
     */
    public AgentEntry {
      Objects.requireNonNull(profile, "profile");
      Objects.requireNonNull(presence, "presence");
    }
  }

  /**
   * A task an agent holds.
   *
   * @param task the task; not null
   * @param agentId the agent; not null
   */
  public record Assignment(Task task, AgentId agentId) {
    /**
     * Validates the entry.
     *
     * @throws NullPointerException if an argument is null
     */
    public Assignment {
      Objects.requireNonNull(task, "task");
      Objects.requireNonNull(agentId, "agentId");
    }
  }

  /** Builds a {@link RecoverySnapshot}; not thread-safe. */
  public static final class Builder {
    private final List<AgentEntry> agents = new ArrayList<>();
    private final List<Assignment> assigned = new ArrayList<>();
    private final List<Task> waiting = new ArrayList<>();

    private Builder() {}

    /**
     * Adds an agent.
     *
     * @param profile the agent; not null
     * @param presence its presence; not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder agent(AgentProfile profile, Presence presence) {
      agents.add(new AgentEntry(profile, presence));
      return this;
    }

    /**
     * Adds a task an agent holds.
     *
     * @param task the task; not null
     * @param agentId the agent; not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder assigned(Task task, AgentId agentId) {
      assigned.add(new Assignment(task, agentId));
      return this;
    }

    /**
     * Adds a waiting task.
     *
     * @param task the task, with its {@link Task#enqueuedAt()} if known; not null
     * @return this builder
     * @throws NullPointerException if {@code task} is null
     */
    public Builder waiting(Task task) {
      waiting.add(Objects.requireNonNull(task, "task"));
      return this;
    }

    /**
     * Builds the snapshot.
     *
     * @return the snapshot
     * @throws DuplicateAgentException if an agent was added twice
     * @throws DuplicateTaskException if a task was added twice
     */
    public RecoverySnapshot build() {
      return new RecoverySnapshot(agents, assigned, waiting);
    }
  }
}
