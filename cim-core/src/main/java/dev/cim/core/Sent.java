package dev.cim.core;

import dev.cim.core.model.Customer;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.Message;
import dev.cim.core.privacy.ConsentEntry;
import java.util.Objects;

/**
 * What {@link InteractionHub#sendOutbound} stored.
 *
 * @param customer the customer the contact point belongs to (created if it was new); not null
 * @param interaction the new outbound interaction; not null
 * @param message the stored first message; not null
 * @param consent the opt-in entry that allowed the contact; not null
 */
public record Sent(Customer customer, Interaction interaction, Message message, ConsentEntry consent) {
  /**
   * Validates the result.
   *
   * @throws NullPointerException if an argument is null
   */
  public Sent {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(interaction, "interaction");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(consent, "consent");
  }
}
