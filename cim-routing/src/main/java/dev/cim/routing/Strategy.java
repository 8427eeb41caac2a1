package dev.cim.routing;

/**
 * How the engine chooses among the eligible agents for a task. Preferred skills are scored first: an agent's
 * preferred-skill score (the sum of weight times level over the task's preferred skills) wins, and the strategy breaks
 * ties. A host-supplied {@link AgentScorer} replaces all of this when configured.
 */
public enum Strategy {
  /**
   * The agent who has been ready for the task's channel the longest: since they last became free on it or were last
   * offered a task on it (for single-capacity channels, exactly the idle time).
   */
  LONGEST_IDLE,
  /** The agent with the highest sum of levels over the task's required skills (the most expert). */
  BEST_SKILL_MATCH,
  /** The agent using the smallest share of their capacity budget. */
  LEAST_OCCUPIED,
  /** Agents in turn, in the order they were added, skipping those not eligible. */
  ROUND_ROBIN
}
