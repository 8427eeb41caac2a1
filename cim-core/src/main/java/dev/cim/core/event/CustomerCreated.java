package dev.cim.core.event;

import dev.cim.core.model.Channel;
import dev.cim.core.model.CustomerId;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer was created because a contact came from a contact point no customer had.
 *
 * @param customerId the new customer; not null
 * @param channel the channel of the first contact; not null
 * @param occurredAt when; not null
 */
public record CustomerCreated(CustomerId customerId, Channel channel, Instant occurredAt) implements CimEvent {
  /**
   * Validates the event.
   *
   * @throws NullPointerException if an argument is null
   */
  public CustomerCreated {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public void dispatchTo(CimListener listener) {
    listener.onCustomerCreated(this);
  }
}
