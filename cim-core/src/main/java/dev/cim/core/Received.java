package dev.cim.core;

import dev.cim.core.model.Customer;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.Message;
import java.util.List;
import java.util.Objects;

/**
 * What {@link InteractionHub#receive} did with an inbound contact.
 *
 * @param customer the customer it was resolved to, as stored; not null
 * @param interaction the interaction it was recorded on, as stored after the message; not null
 * @param message the stored message; not null
 * @param customerCreated true if the contact point was new and a customer was created
 * @param interactionOpened true if a new interaction was opened, false if an open one was continued
 * @param caseContinued true if the new interaction joined an existing case (a repeat contact about the same matter)
 * @param botReplies what a bot said in reply, stored as BOT messages, for the host to deliver to the customer; empty
 *     if no bot handled the message (see {@code InteractionHub.Builder#bots}); not null, copied
 */
public record Received(Customer customer, Interaction interaction, Message message, boolean customerCreated,
    boolean interactionOpened, boolean caseContinued, List<Message> botReplies) {
  /**
   * Validates the result.
   *
   * @throws NullPointerException if an argument is null
   */
  public Received {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(interaction, "interaction");
    Objects.requireNonNull(message, "message");
    botReplies = List.copyOf(botReplies);
  }

  /**
   * A result without bot replies.
   *
   * @param customer the customer; not null
   * @param interaction the interaction; not null
   * @param message the stored message; not null
   * @param customerCreated true if a customer was created
   * @param interactionOpened true if an interaction was opened
   * @param caseContinued true if the new interaction joined an existing case
   * @throws NullPointerException if an argument is null
   */
  public Received(Customer customer, Interaction interaction, Message message, boolean customerCreated,
      boolean interactionOpened, boolean caseContinued) {
    this(customer, interaction, message, customerCreated, interactionOpened, caseContinued, List.of());
  }
}
