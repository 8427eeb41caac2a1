package dev.cim.core.privacy;

import dev.cim.core.model.CustomerId;

/**
 * A store outside the hub's own (a merge log, a fact log, the host's own tables) that joins the erasure of a customer;
 * registered with {@code InteractionHub.builder().erasureParticipant(...)}. The hub calls every participant on each
 * {@code erase}, before it removes the customer itself, so that a failed erasure can be retried and completes.
 *
 * <p>Implementations must be thread-safe and idempotent: a second call for the same customer removes nothing and
 * returns 0. They must remove everything that identifies the customer; pseudonymised, content-free facts (times,
 * channel, queue, outcome) may stay.
 */
public interface ErasureParticipant {
  /**
   * Returns the name under which the receipt lists what this participant removed: 1 to 64 characters of
   * {@code a-z 0-9 _ - .}, unique among the hub's participants and not one of the hub's own store names
   * ({@link ErasureReceipt#CUSTOMERS}, {@link ErasureReceipt#INTERACTIONS}, {@link ErasureReceipt#MESSAGES},
   * {@link ErasureReceipt#CONSENTS}, {@link ErasureReceipt#MERGES}).
   *
   * @return the name; not null, constant
   */
  String name();

  /**
   * Removes everything this participant holds on the customer.
   *
   * @param customerId the customer being erased; not null
   * @return how many records were removed, {@code >= 0}
   * @throws RuntimeException if the removal fails; the erasure then fails and can be retried
   */
  long eraseCustomer(CustomerId customerId);
}
