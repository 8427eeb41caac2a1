package dev.cim.routing;

/**
 * Why an agent was not chosen for a task.
 */
public enum PassReason {
  /** The agent lacks a required skill. */
  MISSING_SKILL,
  /** The agent has a required skill, below the (possibly relaxed) minimum level. */
  LEVEL_TOO_LOW,
  /** The agent does not handle the task's channel. */
  NO_CHANNEL,
  /** The agent does not serve the task's queue. */
  NOT_IN_QUEUE,
  /** The agent has no free capacity on the channel (limit or budget). */
  AT_CAPACITY,
  /** The agent is away. */
  AWAY,
  /** The agent is offline. */
  OFFLINE,
  /** The agent is in wrap-up after a task. */
  IN_WRAP_UP,
  /** The agent returned from a break and is paced: no further offer before the pacing interval has passed. */
  PACED,
  /** The agent rejected this task before, or let its offer time out. */
  REJECTED_BEFORE,
  /** The task is still reserved for its preferred agent. */
  RESERVED_FOR_PREFERRED_AGENT,
  /**
   * The agent is not known to the engine (never added, or removed). Given for a task's preferred agent, whose
   * reservation then does not hold.
   *
   * @since 0.1.0
   */
  UNKNOWN_AGENT,
  /**
   * The task has negative sentiment and the agent has just taken {@link RoutingConfig#negativeStreakCap()} such tasks
   * in a row, while another agent is eligible.
   *
   * @since 0.1.0
   */
  NEGATIVE_STREAK,
  /**
   * The host's {@link AgentScorer} ruled the agent out for the task: it returned {@link AgentScorer#NOT_ELIGIBLE}
   * (or NaN).
   *
   * @since 0.1.0
   */
  HOST_RULE,
  /** The agent was eligible, but another scored higher. */
  LOWER_SCORE
}
