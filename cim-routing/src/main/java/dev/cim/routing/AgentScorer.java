package dev.cim.routing;

/**
 * A host-supplied way to rank eligible agents for a task, and to rule agents out (an in-process SPI: no network
 * round trip).
 *
 * <p>The engine calls {@link #score} only for agents that are already eligible by its own rules (skills, levels,
 * capacity, presence, wrap-up, pacing, queue, earlier rejection and reservation checked). The rules:
 * <ol>
 *   <li>Any other score ranks ({@link Double#POSITIVE_INFINITY} included, as the highest): the task is offered to the
 *       highest score (after the preferred-skill score); ties go to the agent ready the longest.</li>
 *   <li>{@link #NOT_ELIGIBLE} ({@link Double#NEGATIVE_INFINITY}) rules the agent out for this task: they are passed
 *       over with {@link PassReason#HOST_RULE} and never offered it, whichever side starts the match (a new or
 *       requeued task looking for agents, a freed agent looking for waiting tasks, or a batch round). If no other
 *       agent qualifies, the task keeps waiting (nothing is lost) and is matched again on the usual triggers (an agent
 *       becoming ready, updated or freed; a due timer such as a relaxation step).</li>
 *   <li>NaN is treated as {@link #NOT_ELIGIBLE}: an undefined score never ranks.</li>
 *   <li>An exception thrown by a scorer is caught, logged at WARN (exception class, task and agent ids only) and counts
 *       as the lowest finite score ({@code -Double.MAX_VALUE}): a failing scorer never leaves a task waiting by itself.
 *       A host that wants a failure to exclude the agent catches it and returns {@link #NOT_ELIGIBLE}.</li>
 *   <li>Scores may change over time; the engine asks again at each decision and does not cache them. A host whose
 *       rule changes without any routing event (an agent's licence granted, say) makes the engine look again for that
 *       agent by passing its profile to {@link RoutingEngine#updateAgent} again.</li>
 *   <li>A task reserved for a preferred agent (a transfer to an agent, a preferred agent on the task) is not offered to
 *       that agent while the scorer rules them out; it keeps waiting for them until the reservation ends.</li>
 * </ol>
 *
 * <p>Implementations run under the engine's lock: they must be fast, side-effect free, must not block and must not
 * call the engine.
 */
@FunctionalInterface
public interface AgentScorer {

  /**
   * The score that rules an agent out for a task ({@link Double#NEGATIVE_INFINITY}); see rule 2 above.
   *
   * @since 0.1.0
   */
  double NOT_ELIGIBLE = Double.NEGATIVE_INFINITY;

  /**
   * Scores an eligible agent for a task.
   *
   * @param task the task; not null
   * @param agent the agent, valid only during this call; not null
   * @return the score; higher is better; {@link #NOT_ELIGIBLE} or NaN rules the agent out for this task
   */
  double score(Task task, AgentView agent);
}
