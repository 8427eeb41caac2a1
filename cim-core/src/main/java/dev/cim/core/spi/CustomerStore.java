package dev.cim.core.spi;

import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import java.util.Optional;

/**
 * Stores customers; implemented by a host over its own database. cim ships
 * {@link dev.cim.core.memory.InMemoryCustomerStore}, and the {@code cim-tck} module checks any implementation against
 * the rules below (its test names cite them, e.g. {@code cs4_...}).
 *
 * <h2>Contract</h2>
 * <ol>
 *   <li><b>CS-1</b> {@link #findById} returns the stored customer with that id, or empty if there is none.
 *   <li><b>CS-2</b> {@link #create} stores a customer whose {@code version} is 0 and returns it with version 1; any
 *       other version is rejected with {@link IllegalArgumentException} and nothing is written (the version is checked
 *       before the id, so CS-3 applies only to version-0 customers).
 *   <li><b>CS-3</b> Creation is idempotent: creating a customer whose id is stored returns the stored customer
 *       unchanged if it equals the given one but for the version, and otherwise throws
 *       {@link DuplicateEntityException}, writing nothing.
 *   <li><b>CS-4</b> A contact point belongs to at most one customer: a {@code create} or {@code update} that would
 *       give a contact point of another stored customer to this one throws {@link ContactPointConflictException} and
 *       writes nothing. This holds under concurrent writers: of two concurrent creates or updates claiming one contact
 *       point, exactly one succeeds.
 *   <li><b>CS-5</b> {@link #findByContactPoint} returns the customer that holds the contact point now: after an update
 *       removes a contact point it no longer finds that customer, and it finds the customer by every contact point the
 *       update added.
 *   <li><b>CS-6</b> {@link #update} stores a customer whose {@code version} equals the stored version and returns it
 *       with the version plus one. A different version throws {@link VersionConflictException} with the expected
 *       (given) and actual (stored) versions and writes nothing; an id that is not stored throws
 *       {@link EntityNotFoundException}. Of N concurrent updates from the same version exactly one succeeds.
 *   <li><b>CS-7</b> {@link #erase} removes the customer and frees its contact points, so that neither
 *       {@code findById} nor {@code findByContactPoint} finds it and another customer may take the contact points;
 *       it returns true if the customer was stored and false otherwise (erasure is idempotent). Other customers are
 *       untouched.
 *   <li><b>CS-8</b> Stored customers are values: what a method returns does not change when the store changes later,
 *       and changing nothing the caller holds changes the store.
 *   <li><b>CS-9</b> Every method throws {@link NullPointerException} for a null argument, before any effect.
 *   <li><b>CS-10</b> All methods are safe to call from many threads at once; each is atomic.
 * </ol>
 * A failure of the backing storage is reported as {@link StoreException}.
 */
public interface CustomerStore {

  /**
   * Finds a customer by id (CS-1).
   *
   * @param id the id; not null
   * @return the stored customer, or empty
   * @throws NullPointerException if {@code id} is null
   * @throws StoreException if the storage fails
   */
  Optional<Customer> findById(CustomerId id);

  /**
   * Finds the customer that holds a contact point (CS-5).
   *
   * @param contactPoint the normalised contact point; not null
   * @return the customer holding it, or empty
   * @throws NullPointerException if {@code contactPoint} is null
   * @throws StoreException if the storage fails
   */
  Optional<Customer> findByContactPoint(ContactPoint contactPoint);

  /**
   * Stores a new customer (CS-2, CS-3, CS-4).
   *
   * @param customer the customer, version 0; not null
   * @return the stored customer, version 1 (or the equal customer already stored)
   * @throws NullPointerException if {@code customer} is null
   * @throws IllegalArgumentException if the version is not 0
   * @throws DuplicateEntityException if the id is stored with different content
   * @throws ContactPointConflictException if a contact point belongs to another customer
   * @throws StoreException if the storage fails
   */
  Customer create(Customer customer);

  /**
   * Replaces a stored customer (CS-4, CS-6).
   *
   * @param customer the changed customer, carrying the version it was read at; not null
   * @return the stored customer, its version one higher
   * @throws NullPointerException if {@code customer} is null
   * @throws VersionConflictException if the stored version differs
   * @throws EntityNotFoundException if the id is not stored
   * @throws ContactPointConflictException if a contact point belongs to another customer
   * @throws StoreException if the storage fails
   */
  Customer update(Customer customer);

  /**
   * Removes a customer and frees its contact points (CS-7).
   *
   * @param id the customer; not null
   * @return true if it was stored, false if there was nothing to remove
   * @throws NullPointerException if {@code id} is null
   * @throws StoreException if the storage fails
   */
  boolean erase(CustomerId id);
}
