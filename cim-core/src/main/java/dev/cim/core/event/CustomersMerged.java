package dev.cim.core.event;

import dev.cim.core.identity.MergeId;
import dev.cim.core.model.CustomerId;
import java.time.Instant;
import java.util.Objects;

/**
 * Two customers were merged: the merged-away customer's contact points, attributes and interactions (with their cases
 * and messages) now belong to the survivor, and the merged-away id resolves to the survivor.
 *
 * @param mergeId the merge, for {@code InteractionHub.unmerge} and the audit trail; not null
 * @param survivorId the customer that remains; not null
 * @param mergedAwayId the customer merged into it; not null
 * @param contactPoints how many contact points moved, {@code >= 0}
 * @param interactions how many interactions moved, {@code >= 0}
 * @param occurredAt when; not null
 * @since 0.1.0
 */
public record CustomersMerged(MergeId mergeId, CustomerId survivorId, CustomerId mergedAwayId, int contactPoints,
    int interactions, Instant occurredAt) implements CimEvent {
  /**
   * Validates the event.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a count is negative
   */
  public CustomersMerged {
    Objects.requireNonNull(mergeId, "mergeId");
    Objects.requireNonNull(survivorId, "survivorId");
    Objects.requireNonNull(mergedAwayId, "mergedAwayId");
    if (contactPoints < 0 || interactions < 0) {
      throw new IllegalArgumentException("merged counts must be >= 0, but were " + contactPoints + " and "
          + interactions);
    }
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public void dispatchTo(CimListener listener) {
    listener.onCustomersMerged(this);
  }
}
