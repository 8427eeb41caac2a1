package dev.cim.core.event;

import dev.cim.core.model.CustomerId;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer and everything that belongs to them were erased (right to be forgotten).
 *
 * @param customerId the erased customer's former id; not null
 * @param interactions how many interactions were removed, {@code >= 0}
 * @param messages how many messages were removed, {@code >= 0}
 * @param occurredAt when; not null
 */
public record CustomerErased(CustomerId customerId, long interactions, long messages, Instant occurredAt)
    implements CimEvent {
  /**
   * Validates the event.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a count is negative
   */
  public CustomerErased {
    Objects.requireNonNull(customerId, "customerId");
    if (interactions < 0 || messages < 0) {
      throw new IllegalArgumentException("erased counts must be >= 0, but were " + interactions + " and " + messages);
    }
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public void dispatchTo(CimListener listener) {
    listener.onCustomerErased(this);
  }
}
