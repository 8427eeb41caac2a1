package dev.cim.core.spi;

import dev.cim.core.model.CaseId;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.Message;
import java.util.List;
import java.util.Optional;

/**
 * Stores interactions and their messages; implemented by a host over its own database. cim ships
 * {@link dev.cim.core.memory.InMemoryInteractionStore}, and {@code cim-tck} checks any implementation against the rules
 * below (its test names cite them, e.g. {@code is5_...}).
 *
 * <h2>Contract</h2>
 * <ol>
 *   <li><b>IS-1</b> {@link #findById} returns the stored interaction with that id, or empty.
 *   <li><b>IS-2</b> {@link #create} stores an interaction whose {@code version} is 0 and returns it with version 1;
 *       any other version is rejected with {@link IllegalArgumentException}, writing nothing.
 *   <li><b>IS-3</b> Creation is idempotent: an id stored with equal content (but for the version) returns the stored
 *       interaction; with different content it throws {@link DuplicateEntityException}, writing nothing.
 *   <li><b>IS-4</b> {@link #update} stores an interaction whose version equals the stored one and returns it with the
 *       version plus one; a different version throws {@link VersionConflictException} with the expected and actual
 *       versions and writes nothing; an unknown id throws {@link EntityNotFoundException}. Of N concurrent updates
 *       from one version exactly one succeeds. An update may change anything but the id, including the customer
 *       (when customers are merged): {@link #findByCustomer}, {@link #findOpenByCustomer} and {@link #timeline} then
 *       find the interaction and its messages under the new customer only.
 *   <li><b>IS-5</b> {@link #findByCustomer} returns the customer's interactions on every channel, newest first
 *       (by {@code createdAt} descending, then id descending), every one exactly once across the pages. Paging is
 *       by keyset: an interaction created while a client pages appears at most once and never shifts the others.
 *   <li><b>IS-6</b> {@link #findOpenByCustomer} returns the customer's interactions that are not in a terminal state,
 *       newest first (by {@code createdAt} descending, then id descending).
 *   <li><b>IS-7</b> {@link #findByState} returns the interactions now in the given state, oldest first (by
 *       {@code createdAt} ascending, then id ascending), every one exactly once across the pages; an interaction that
 *       leaves the state while a client pages may be missed, and one that enters it may appear once.
 *   <li><b>IS-8</b> {@link #findByCase} returns every interaction of the case, on every channel, oldest first (by
 *       {@code createdAt} ascending, then id ascending).
 *   <li><b>IS-9</b> {@link #appendMessage} stores a message of a stored interaction; a message of an unknown
 *       interaction throws {@link EntityNotFoundException}. Appending is idempotent: a message id stored with equal
 *       content is accepted again without a second copy; with different content it throws
 *       {@link DuplicateEntityException}. Stored messages never change.
 *   <li><b>IS-10</b> {@link #findMessages} returns the messages of one interaction, oldest first (by {@code sentAt}
 *       ascending, then id ascending), every one exactly once across the pages.
 *   <li><b>IS-11</b> {@link #timeline} returns the messages of all the customer's interactions, on every channel,
 *       newest first (by {@code sentAt} descending, then id descending), every one exactly once across the pages;
 *       a message appended while a client pages appears at most once.
 *   <li><b>IS-12</b> {@link #eraseCustomer} removes every interaction of the customer and every message of those
 *       interactions, so that no method finds them any more, and returns how many of each it removed; a second call
 *       removes nothing and returns zeros. Other customers' interactions and messages are untouched.
 *   <li><b>IS-13</b> Returned values do not change when the store changes later.
 *   <li><b>IS-14</b> Every method throws {@link NullPointerException} for a null argument, before any effect; a
 *       cursor that this store did not issue for the same query throws {@link IllegalArgumentException}.
 *   <li><b>IS-15</b> All methods are safe to call from many threads at once; each is atomic.
 * </ol>
 * A failure of the backing storage is reported as {@link StoreException}.
 */
public interface InteractionStore {

  /**
   * Finds an interaction by id (IS-1).
   *
   * @param id the id; not null
   * @return the stored interaction, or empty
   * @throws NullPointerException if {@code id} is null
   * @throws StoreException if the storage fails
   */
  Optional<Interaction> findById(InteractionId id);

  /**
   * Stores a new interaction (IS-2, IS-3).
   *
   * @param interaction the interaction, version 0; not null
   * @return the stored interaction, version 1 (or the equal one already stored)
   * @throws NullPointerException if {@code interaction} is null
   * @throws IllegalArgumentException if the version is not 0
   * @throws DuplicateEntityException if the id is stored with different content
   * @throws StoreException if the storage fails
   */
  Interaction create(Interaction interaction);

  /**
   * Replaces a stored interaction (IS-4).
   *
   * @param interaction the changed interaction, carrying the version it was read at; not null
   * @return the stored interaction, its version one higher
   * @throws NullPointerException if {@code interaction} is null
   * @throws VersionConflictException if the stored version differs
   * @throws EntityNotFoundException if the id is not stored
   * @throws StoreException if the storage fails
   */
  Interaction update(Interaction interaction);

  /**
   * Lists a customer's interactions, newest first (IS-5).
   *
   * @param customerId the customer; not null
   * @param page the page wanted; not null
   * @return the page
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the cursor was not issued by this store for this query
   * @throws StoreException if the storage fails
   */
  Page<Interaction> findByCustomer(CustomerId customerId, PageRequest page);

  /**
   * Lists a customer's open interactions, newest first (IS-6).
   *
   * @param customerId the customer; not null
   * @return the open interactions; not null, possibly empty
   * @throws NullPointerException if {@code customerId} is null
   * @throws StoreException if the storage fails
   */
  List<Interaction> findOpenByCustomer(CustomerId customerId);

  /**
   * Lists the interactions in a state, oldest first (IS-7).
   *
   * @param state the state; not null
   * @param page the page wanted; not null
   * @return the page
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the cursor was not issued by this store for this query
   * @throws StoreException if the storage fails
   */
  Page<Interaction> findByState(InteractionState state, PageRequest page);

  /**
   * Lists the interactions of a case, oldest first (IS-8).
   *
   * @param caseId the case; not null
   * @return the interactions; not null, possibly empty
   * @throws NullPointerException if {@code caseId} is null
   * @throws StoreException if the storage fails
   */
  List<Interaction> findByCase(CaseId caseId);

  /**
   * Appends a message to its interaction (IS-9).
   *
   * @param message the message; not null
   * @return the stored message (the equal one already stored, for a repeated append)
   * @throws NullPointerException if {@code message} is null
   * @throws EntityNotFoundException if its interaction is not stored
   * @throws DuplicateEntityException if its id is stored with different content
   * @throws StoreException if the storage fails
   */
  Message appendMessage(Message message);

  /**
   * Lists the messages of an interaction, oldest first (IS-10).
   *
   * @param interactionId the interaction; not null
   * @param page the page wanted; not null
   * @return the page; empty for an unknown interaction
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the cursor was not issued by this store for this query
   * @throws StoreException if the storage fails
   */
  Page<Message> findMessages(InteractionId interactionId, PageRequest page);

  /**
   * Lists the messages of all a customer's interactions, newest first (IS-11).
   *
   * @param customerId the customer; not null
   * @param page the page wanted; not null
   * @return the page
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the cursor was not issued by this store for this query
   * @throws StoreException if the storage fails
   */
  Page<Message> timeline(CustomerId customerId, PageRequest page);

  /**
   * Removes every interaction and message of a customer (IS-12).
   *
   * @param customerId the customer; not null
   * @return how many interactions and messages were removed
   * @throws NullPointerException if {@code customerId} is null
   * @throws StoreException if the storage fails
   */
  ErasedCount eraseCustomer(CustomerId customerId);

  /**
   * What {@link #eraseCustomer} removed.
   *
   * @param interactions how many interactions, {@code >= 0}
   * @param messages how many messages, {@code >= 0}
   */
  record ErasedCount(long interactions, long messages) {
    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public ErasedCount {
      if (interactions < 0 || messages < 0) {
        throw new IllegalArgumentException("erased counts must be >= 0, but were " + interactions + " interactions and "
            + messages + " messages");
      }
    }
  }
}
