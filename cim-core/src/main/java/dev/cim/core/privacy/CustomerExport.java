package dev.cim.core.privacy;

import dev.cim.core.model.Customer;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.Message;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything cim holds on one customer, for data portability; {@code InteractionHub.export} writes it as one JSON
 * document with {@link dev.cim.core.json.CustomerExportJson}. Supervisor whispers are not part of it: they are the
 * company's internal notes, not the customer's data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customer the customer, with contact points, attributes and consent flags; not null
 * @param consentLedger every consent entry of the customer's contact points, oldest first per contact point; not null
 * @param interactions every interaction of the customer, newest first, each with its messages; not null
 * @param exportedAt when the export was made; not null
 */
public record CustomerExport(Customer customer, List<ConsentEntry> consentLedger, List<InteractionRecord> interactions,
    Instant exportedAt) {
  /**
   * Validates and copies the arguments.
   *
   * @throws NullPointerException if an argument or element is null
   */
  public CustomerExport {
    Objects.requireNonNull(customer, "customer");
    consentLedger = List.copyOf(consentLedger);
    interactions = List.copyOf(interactions);
    Objects.requireNonNull(exportedAt, "exportedAt");
  }

  /**
   * One interaction and its messages.
   *
   * @param interaction the interaction, with its state history; not null
   * @param messages its messages visible to the customer, oldest first; not null
   */
  public record InteractionRecord(Interaction interaction, List<Message> messages) {
    /**
     * Validates and copies the arguments.
     *
     * @throws NullPointerException if an argument or element is null
     */
    public InteractionRecord {
      Objects.requireNonNull(interaction, "interaction");
      messages = List.copyOf(messages);
    }
  }
}
