package dev.cim.core.supervision;

import dev.cim.core.model.AgentId;
import java.time.Instant;
import java.util.Objects;

/**
 * What an agent actually started doing, and when: the agent is in {@code activity} from {@code at} until the agent's
 * next change. Fed by the host from its presence or telephony system.
 *
 * <p>Immutable and thread-safe.
 *
 * @param agentId the agent; not null
 * @param activity the activity started; not null
 * @param at when; not null
 * @since 0.1.0
 */
public record ActivityChange(AgentId agentId, Activity activity, Instant at) {
  /**
   * Validates the change.
   *
   * @throws NullPointerException if an argument is null
   */
  public ActivityChange {
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(at, "at");
  }
}
