package dev.cim.core.event;

import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.InteractionId;
import java.time.Instant;
import java.util.Objects;

/**
 * An interaction was opened.
 *
 * @param interactionId the interaction; not null
 * @param customerId its customer; not null
 * @param channel its channel; not null
 * @param caseId its case; not null
 * @param continuesCase true if it joined an existing case (a contact about the same matter, possibly on another
 *     channel), false if it opened a new case
 * @param occurredAt when; not null
 */
public record InteractionOpened(InteractionId interactionId, CustomerId customerId, Channel channel, CaseId caseId,
    boolean continuesCase, Instant occurredAt) implements CimEvent {
  /**
   * Validates the event.
   *
   * @throws NullPointerException if an argument is null
   */
  public InteractionOpened {
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public void dispatchTo(CimListener listener) {
    listener.onInteractionOpened(this);
  }
}
