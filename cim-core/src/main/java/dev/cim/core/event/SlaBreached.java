package dev.cim.core.event;

import dev.cim.core.model.CustomerId;
import dev.cim.core.model.InteractionId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An interaction missed one target of its service-level agreement: raised once per miss by
 * {@link dev.cim.core.supervision.SlaMonitor}, when the deadline has passed without the response or resolution it
 * waited for.
 *
 * @param interactionId the interaction; not null
 * @param customerId its customer; not null
 * @param policy the name of the applied {@link dev.cim.core.supervision.SlaPolicy}; 1 to 256 characters, not blank
 * @param target which target was missed; not null
 * @param targetTime the target, in business time; positive; not null
 * @param startedAt when the clock of this target started (interaction opened, or the customer's message that waits
 *     for a next response); not null
 * @param deadline when the target was due, {@code targetTime} of business time after {@code startedAt}; not before
 *     {@code startedAt}; not null
 * @param occurredAt when the miss was detected, after {@code deadline}; not null
 * @since 0.1.0
 */
public record SlaBreached(InteractionId interactionId, CustomerId customerId, String policy, Target target,
    Duration targetTime, Instant startedAt, Instant deadline, Instant occurredAt) implements CimEvent {

  /** The targets of an SLA policy. */
  public enum Target {
    /** The first agent response after the interaction opened. */
    FIRST_RESPONSE,
    /** An agent response to a customer message that came after an earlier response. */
    NEXT_RESPONSE,
    /** The interaction reaching RESOLVED. */
    RESOLUTION
  }

  /**
   * Validates the event.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the policy name is blank or too long, the target time is not positive, or
   *     the deadline is before the start
   */
  public SlaBreached {
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(policy, "policy");
    if (policy.isBlank() || policy.length() > 256) {
      throw new IllegalArgumentException("policy must be 1 to 256 characters and not blank, but was '" + policy
          + "'");
    }
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(targetTime, "targetTime");
    if (targetTime.isNegative() || targetTime.isZero()) {
      throw new IllegalArgumentException("targetTime must be positive, but was " + targetTime);
    }
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(deadline, "deadline");
    if (deadline.isBefore(startedAt)) {
      throw new IllegalArgumentException("deadline must not be before startedAt " + startedAt + ", but was "
          + deadline);
    }
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public void dispatchTo(CimListener listener) {
    listener.onSlaBreached(this);
  }
}
