package dev.cim.core.spi;

import dev.cim.core.identity.MergeId;
import dev.cim.core.identity.MergeRecord;
import dev.cim.core.model.CustomerId;
import java.util.List;
import java.util.Optional;

/**
 * Stores the journal of customer merges and the aliases that let a merged-away customer id keep resolving to its
 * survivor; implemented by a host over its own database. cim ships {@link dev.cim.core.memory.InMemoryMergeStore},
 * and {@code cim-tck}'s {@code MergeStoreContract} checks any implementation against the rules below (its test names
 * cite them, e.g. {@code ms6_...}).
 *
 * <h2>Contract</h2>
 * <ol>
 *   <li><b>MS-1</b> {@link #create} stores a record whose {@code version} is 0 and returns it with version 1; any other
 *       version is rejected with {@link IllegalArgumentException}, writing nothing. Creation is idempotent: an id
 *       stored with equal content (but for the version) returns the stored record; with different content it throws
 *       {@link DuplicateEntityException}, writing nothing.
 *   <li><b>MS-2</b> {@link #findById} returns the stored record with that id, or empty.
 *   <li><b>MS-3</b> {@link #update} stores a record whose version equals the stored one and returns it with the version
 *       plus one; a different version throws {@link VersionConflictException} with the expected and actual versions
 *       and writes nothing; an unknown id throws {@link EntityNotFoundException}.
 *   <li><b>MS-4</b> {@link #findByCustomer} returns every record naming the customer as survivor or as merged away,
 *       oldest first (by {@code createdAt}, then id).
 *   <li><b>MS-5</b> {@link #findUnfinished} returns every record whose status is
 *       {@linkplain MergeRecord.Status#isUnfinished() unfinished}, oldest first (by {@code createdAt}, then id).
 *   <li><b>MS-6</b> {@link #putAlias} records that one customer id now stands for another, replacing an earlier alias
 *       of the same id; an alias to itself, or one that would close a cycle, throws {@link IllegalArgumentException}
 *       and writes nothing.
 *   <li><b>MS-7</b> {@link #resolveAlias} follows the aliases to the end: the id itself when it is no alias, else the
 *       id its chain of aliases ends at.
 *   <li><b>MS-8</b> {@link #removeAlias} removes the alias of an id and returns true, or returns false if it had none;
 *       aliases to that id are untouched.
 *   <li><b>MS-9</b> {@link #eraseCustomer} removes every record naming the customer and every alias from or to it, and
 *       returns how many records and aliases it removed; a second call returns 0. Nothing else is touched.
 *   <li><b>MS-10</b> Stored records are values: what a method returns does not change when the store changes later.
 *   <li><b>MS-11</b> Every method throws {@link NullPointerException} for a null argument, before any effect.
 *   <li><b>MS-12</b> All methods are safe to call from many threads at once; each is atomic. Of N concurrent updates
 *       from one version exactly one succeeds.
 * </ol>
 * A failure of the backing storage is reported as {@link StoreException}.
 *
 * @since 0.1.0
 */
public interface MergeStore {

  /**
   * Stores a new merge record (MS-1).
   *
   * @param record the record, version 0; not null
   * @return the stored record, version 1 (or the equal one already stored)
   * @throws NullPointerException if {@code record} is null
   * @throws IllegalArgumentException if the version is not 0
   * @throws DuplicateEntityException if the id is stored with different content
   * @throws StoreException if the storage fails
   */
  MergeRecord create(MergeRecord record);

  /**
   * Finds a merge record (MS-2).
   *
   * @param id the id; not null
   * @return the stored record, or empty
   * @throws NullPointerException if {@code id} is null
   * @throws StoreException if the storage fails
   */
  Optional<MergeRecord> findById(MergeId id);

  /**
   * Replaces a stored record (MS-3).
   *
   * @param record the changed record, carrying the version it was read at; not null
   * @return the stored record, its version one higher
   * @throws NullPointerException if {@code record} is null
   * @throws VersionConflictException if the stored version differs
   * @throws EntityNotFoundException if the id is not stored
   * @throws StoreException if the storage fails
   */
  MergeRecord update(MergeRecord record);

  /**
   * Lists the records naming a customer, oldest first (MS-4).
   *
   * @param customerId the customer; not null
   * @return the records; not null, possibly empty
   * @throws NullPointerException if {@code customerId} is null
   * @throws StoreException if the storage fails
   */
  List<MergeRecord> findByCustomer(CustomerId customerId);

  /**
   * Lists the unfinished records, oldest first (MS-5).
   *
   * @return the records; not null, possibly empty
   * @throws StoreException if the storage fails
   */
  List<MergeRecord> findUnfinished();

  /**
   * Makes one customer id an alias of another (MS-6).
   *
   * @param alias the id that stands for another; not null
   * @param target the id it stands for; not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code alias} equals {@code target} or the alias would close a cycle
   * @throws StoreException if the storage fails
   */
  void putAlias(CustomerId alias, CustomerId target);

  /**
   * Follows the aliases of an id to the end (MS-7).
   *
   * @param id the id; not null
   * @return the id it resolves to, itself when it is no alias; not null
   * @throws NullPointerException if {@code id} is null
   * @throws StoreException if the storage fails
   */
  CustomerId resolveAlias(CustomerId id);

  /**
   * Removes the alias of an id (MS-8).
   *
   * @param alias the id; not null
   * @return true if it had an alias
   * @throws NullPointerException if {@code alias} is null
   * @throws StoreException if the storage fails
   */
  boolean removeAlias(CustomerId alias);

  /**
   * Removes every record and alias naming a customer (MS-9); for erasure.
   *
   * @param customerId the customer; not null
   * @return how many records and aliases were removed, {@code >= 0}
   * @throws NullPointerException if {@code customerId} is null
   * @throws StoreException if the storage fails
   */
  long eraseCustomer(CustomerId customerId);
}
