package dev.cim.core.event;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.InteractionId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A supervisor joined an agent's conversation visibly (barge-in, an escalation): from now on the supervisor's
 * messages ({@link dev.cim.core.model.AuthorRole#SUPERVISOR}) are part of the customer-facing conversation. Raised by
 * {@link dev.cim.core.InteractionHub#bargeIn}.
 *
 * @param interactionId the interaction; not null
 * @param customerId its customer; not null
 * @param supervisorId the supervisor's id; 1 to 256 characters, not blank
 * @param agentId the agent who was handling the interaction, if any; not null
 * @param occurredAt when; not null
 * @since 0.1.0
 */
public record SupervisorBargedIn(InteractionId interactionId, CustomerId customerId, String supervisorId,
    Optional<AgentId> agentId, Instant occurredAt) implements CimEvent {
  /**
   * Validates the event.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the supervisor id is blank or longer than 256 characters
   */
  public SupervisorBargedIn {
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(supervisorId, "supervisorId");
    if (supervisorId.isBlank() || supervisorId.length() > 256) {
      throw new IllegalArgumentException("supervisorId must be 1 to 256 characters and not blank, but was '"
          + supervisorId + "'");
    }
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public void dispatchTo(CimListener listener) {
    listener.onSupervisorBargedIn(this);
  }
}
