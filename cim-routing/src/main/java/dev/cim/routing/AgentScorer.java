package dev.cim.routing;

/**
 * A host-supplied way to rank eligible agents for a task (an in-process SPI: no network round trip).
 *
 * <p>The engine calls {@link #score} only for agents that are already eligible (skills, levels, capacity, presence,
 * wrap-up and queue checked), and offers the task to the highest score; ties go to the agent ready the longest.
 * Implementations run under the engine's lock: they must be fast, side-effect free, must not block and must not call
 * the engine. An exception thrown by a scorer is caught, logged at WARN and counts as the lowest score.
 */
@FunctionalInterface
public interface AgentScorer {

  /**
   * Scores an eligible agent for a task.
   *
   * @param task the task; not null
   * @param agent the agent, valid only during this call; not null
   * @return the score; higher is better; NaN counts as the lowest
   */
  double score(Task task, AgentView agent);
}
