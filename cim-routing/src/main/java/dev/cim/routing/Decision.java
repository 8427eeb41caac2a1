package dev.cim.routing;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.InteractionId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The explanation of one routing decision: who was chosen, with what score, who else was considered and why each
 * other agent was passed over.
 *
 * <p>Decisions made as a task arrives or at a tick consider the agents ready for the task's channel that hold every
 * one of its required skills at the minimum level or above, after relaxation (the engine's index), longest idle first;
 * with the longest-idle strategy they stop at the first one the task's other rules (queue, earlier rejection,
 * reservation) accept. An agent outside that set lacks a skill or level, is not available, is in wrap-up or at
 * capacity, and is counted in {@link #notIndexed()} rather than listed. {@link
 * RoutingEngine#explain(InteractionId)} lists every agent instead. Decisions made because an agent became ready
 * ({@link Trigger#AGENT_READY}) consider that agent only: the task was already waiting, so no other ready agent was
 * eligible for it. The lists hold at most {@link RoutingConfig#explanationLimit()} entries each.
 *
 * <p>Immutable and thread-safe.
 *
 * @param taskId the task; not null
 * @param trigger what caused the decision; not null
 * @param decidedAt when; not null
 * @param chosen the chosen agent, empty if no agent was eligible; not null
 * @param score the chosen agent's score (NaN if none was chosen)
 * @param candidates eligible agents with their scores, best first, the chosen one included; not null
 * @param passedOver agents that were considered and not chosen, with the reason; first, while its preferred-agent
 *     wait would run, the task's preferred agent if the reservation did not hold, with why they can never take it
 *     (for example {@link PassReason#UNKNOWN_AGENT} or {@link PassReason#OFFLINE}; see
 *     {@link Task.Builder#preferredAgent}); not null
 * @param considered how many agents were examined
 * @param notIndexed how many agents were not examined because the index excluded them
 * @param offeredTo every agent the task was offered to at once, the chosen one first (more than one with an offer
 *     fan-out, {@link RoutingConfig#offerFanOut()}); empty if none was chosen; not null (since 0.1.0)
 * @param priorityReason why the task has its priority, from {@link Task#priorityReason()} (e.g. {@code "priority 8
 *     because segment GOLD"}), shown at the end of {@link #summary()}; not null (since 0.1.0)
 */
public record Decision(InteractionId taskId, Trigger trigger, Instant decidedAt, Optional<AgentId> chosen,
    double score, List<Candidate> candidates, List<PassedOver> passedOver, int considered, int notIndexed,
    List<AgentId> offeredTo, Optional<String> priorityReason) {

  /**
   * Validates and copies the arguments.
   *
   * @throws NullPointerException if an argument or element is null
   */
  public Decision {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(decidedAt, "decidedAt");
    Objects.requireNonNull(chosen, "chosen");
    candidates = List.copyOf(candidates);
    passedOver = List.copyOf(passedOver);
    offeredTo = List.copyOf(offeredTo);
    Objects.requireNonNull(priorityReason, "priorityReason");
    if (!offeredTo.isEmpty() && !chosen.equals(Optional.of(offeredTo.get(0)))) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "offeredTo must start with the chosen agent %s, but was %s", chosen, offeredTo));
    }
  }

  /**
   * Creates a decision without a priority reason (the constructor before {@code priorityReason}).
   *
   * @param taskId the task; not null
   * @param trigger what caused the decision; not null
   * @param decidedAt when; not null
   * @param chosen the chosen agent, if any; not null
   * @param score the chosen agent's score
   * @param candidates eligible agents with their scores; not null
   * @param passedOver agents not chosen, with the reason; not null
   * @param considered how many agents were examined
   * @param notIndexed how many agents the index excluded
   * @param offeredTo the agents offered the task at once, the chosen one first; not null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if {@code offeredTo} does not start with the chosen agent
   */
  public Decision(InteractionId taskId, Trigger trigger, Instant decidedAt, Optional<AgentId> chosen, double score,
      List<Candidate> candidates, List<PassedOver> passedOver, int considered, int notIndexed,
      List<AgentId> offeredTo) {
    this(taskId, trigger, decidedAt, chosen, score, candidates, passedOver, considered, notIndexed, offeredTo,
        Optional.empty());
  }

  /**
   * Creates a decision that offers the task to the chosen agent only (the constructor before {@code offeredTo}).
   *
   * @param taskId the task; not null
   * @param trigger what caused the decision; not null
   * @param decidedAt when; not null
   * @param chosen the chosen agent, if any; not null
   * @param score the chosen agent's score
   * @param candidates eligible agents with their scores; not null
   * @param passedOver agents not chosen, with the reason; not null
   * @param considered how many agents were examined
   * @param notIndexed how many agents the index excluded
   * @throws NullPointerException if an argument or element is null
   */
  public Decision(InteractionId taskId, Trigger trigger, Instant decidedAt, Optional<AgentId> chosen, double score,
      List<Candidate> candidates, List<PassedOver> passedOver, int considered, int notIndexed) {
    this(taskId, trigger, decidedAt, chosen, score, candidates, passedOver, considered, notIndexed,
        chosen.map(List::of).orElse(List.of()));
  }

  /**
   * Returns the reason an agent was passed over, if it was listed.
   *
   * @param agent the agent; not null
   * @return the reason, empty if the agent was chosen or not listed
   */
  public Optional<PassReason> reasonFor(AgentId agent) {
    Objects.requireNonNull(agent, "agent");
    return passedOver.stream().filter(p -> p.agentId().equals(agent)).map(PassedOver::reason).findFirst();
  }

  /**
   * Returns a one-line human-readable summary (ids and reasons, no personal data).
   *
   * @return the summary; not null
   */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "task '%s' (%s): ", taskId, trigger));
    if (chosen.isPresent()) {
      sb.append(String.format(Locale.ROOT, "chose '%s' with score %.3f", chosen.get(), score));
      if (offeredTo.size() > 1) {
        sb.append(String.format(Locale.ROOT, ", offered at once to %s", offeredTo));
      }
    } else {
      sb.append("no eligible agent");
    }
    sb.append(String.format(Locale.ROOT, "; %d considered, %d not indexed", considered, notIndexed));
    for (PassedOver p : passedOver) {
      sb.append(String.format(Locale.ROOT, "; '%s': %s", p.agentId(), p.reason()));
    }
    priorityReason.ifPresent(r -> sb.append("; ").append(r));
    return sb.toString();
  }

  /** What caused a decision. */
  public enum Trigger {
    /** A task was submitted, requeued or transferred. */
    TASK_ARRIVED,
    /** An agent became ready (available, freed capacity, wrap-up over). */
    AGENT_READY,
    /** A tick: a relaxation step, a preferred-agent wait or an overflow came due. */
    TICK,
    /** An on-demand explanation ({@link RoutingEngine#explain(InteractionId)}); nothing was offered. */
    EXPLAIN,
    /**
     * A batch round at a tick ({@link RoutingConfig#batchMode()}): the pair came out of an optimal assignment of
     * the waiting tasks to the ready agents.
     *
     * @since 0.1.0
     */
    BATCH
  }

  /**
   * An eligible agent and its score.
   *
   * @param agentId the agent; not null
   * @param score the score; higher is better
   */
  public record Candidate(AgentId agentId, double score) {
    /**
     * Validates the candidate.
     *
     * @throws NullPointerException if {@code agentId} is null
     */
    public Candidate {
      Objects.requireNonNull(agentId, "agentId");
    }
  }

  /**
   * An agent not chosen, and why.
   *
   * @param agentId the agent; not null
   * @param reason why; not null
   */
  public record PassedOver(AgentId agentId, PassReason reason) {
    /**
     * Validates the entry.
     *
     * @throws NullPointerException if an argument is null
     */
    public PassedOver {
      Objects.requireNonNull(agentId, "agentId");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
