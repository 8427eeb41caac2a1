package dev.cim.core.supervision;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.InteractionId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An alert to supervisors from {@link SupervisorMonitor}: what kind of trouble, why in words with the figures, and
 * what it is about (an interaction, an agent or a queue). It carries no message text and no personal data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the kind of condition; not null
 * @param reason why, with the figures (e.g. {@code "waited 95s in queue 'billing', over the 60s limit"}); not blank
 * @param interactionId the interaction it is about, if any; not null
 * @param agentId the agent it is about, if any; not null
 * @param queue the queue it is about, if any; not null
 * @param at when the condition was detected; not null
 * @since 0.1.0
 */
public record SupervisorAlert(Kind kind, String reason, Optional<InteractionId> interactionId,
    Optional<AgentId> agentId, Optional<String> queue, Instant at) {

  /** The conditions supervisors are alerted to. */
  public enum Kind {
    /** A conversation turned negative (from a {@code SentimentAlert}, such as cim-sentiment raises). */
    NEGATIVE_SENTIMENT,
    /** SLA at risk: a task has waited for an agent longer than the limit. */
    LONG_WAIT,
    /** SLA at risk: a queue's service level in the current interval is below its target. */
    SERVICE_LEVEL_LOW,
    /** A customer has been on hold longer than the limit. */
    LONG_HOLD,
    /** An agent has been in one activity (idle, on a break, ...) longer than that activity's limit. */
    AGENT_STATE_TOO_LONG,
    /** An interaction missed an SLA target (from a {@code SlaBreached}). */
    SLA_BREACHED
  }

  /**
   * Validates the alert.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the reason is blank
   */
  public SupervisorAlert {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank, but was '" + reason + "'");
    }
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(at, "at");
  }
}
