package dev.cim.core.event;

import dev.cim.core.identity.MergeId;
import dev.cim.core.model.CustomerId;
import java.time.Instant;
import java.util.Objects;

/**
 * A merge was undone: the merged-away customer exists again with its contact points and the interactions it had
 * before the merge; what was added to the survivor after the merge stays with the survivor.
 *
 * @param mergeId the merge undone; not null
 * @param survivorId the customer that had absorbed the other; not null
 * @param restoredId the customer restored; not null
 * @param interactions how many interactions moved back, {@code >= 0}
 * @param occurredAt when; not null
 * @since 0.1.0
 */
public record CustomersUnmerged(MergeId mergeId, CustomerId survivorId, CustomerId restoredId, int interactions,
    Instant occurredAt) implements CimEvent {
  /**
   * Validates the event.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the count is negative
   */
  public CustomersUnmerged {
    Objects.requireNonNull(mergeId, "mergeId");
    Objects.requireNonNull(survivorId, "survivorId");
    Objects.requireNonNull(restoredId, "restoredId");
    if (interactions < 0) {
      throw new IllegalArgumentException("interactions must be >= 0, but was " + interactions);
    }
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public void dispatchTo(CimListener listener) {
    listener.onCustomersUnmerged(this);
  }
}
