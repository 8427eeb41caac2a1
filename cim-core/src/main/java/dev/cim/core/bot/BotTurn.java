package dev.cim.core.bot;

import dev.cim.core.model.Customer;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.Message;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Bot} is asked to answer: one customer message, in context.
 *
 * @param interaction the interaction, as stored (state NEW while the bot handles it); not null
 * @param customer the customer, as stored (for the segment and attributes); not null
 * @param message the customer's message, already stored; not null
 * @param conversation the interaction's messages so far, oldest first, including {@code message} and the bot's
 *     earlier replies; not null, copied
 * @since 0.1.0
 */
public record BotTurn(Interaction interaction, Customer customer, Message message, List<Message> conversation) {
  /**
   * Validates and copies.
   *
   * @throws NullPointerException if an argument or element is null
   */
  public BotTurn {
    Objects.requireNonNull(interaction, "interaction");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(message, "message");
    conversation = List.copyOf(conversation);
  }
}
