package dev.cim.core.spi;

import dev.cim.core.model.ContactPoint;
import dev.cim.core.privacy.ConsentEntry;
import java.util.List;
import java.util.Optional;

/**
 * Stores the consent ledger: for each contact point and purpose, every opt-in and opt-out with when and how it was
 * given; implemented by a host over its own database. cim ships {@link dev.cim.core.memory.InMemoryConsentStore}, and
 * {@code cim-tck} checks any implementation against the rules below (its test names cite them, e.g.
 * {@code co2_...}).
 *
 * <h2>Contract</h2>
 * <ol>
 *   <li><b>CO-1</b> {@link #append} stores an entry and returns it unchanged; the ledger is append-only: an entry is
 *       never changed or dropped by a later append, and appending an entry equal to a stored one stores a second
 *       entry (the ledger records events, not states).
 *   <li><b>CO-2</b> {@link #current} returns the entry in force for a contact point and purpose: the one with the
 *       latest {@code recordedAt}, and among entries with the same latest time the one appended last; empty if the
 *       contact point has no entry for the purpose.
 *   <li><b>CO-3</b> {@link #history} returns every entry of a contact point, all purposes, ordered by
 *       {@code recordedAt} ascending and, for equal times, in append order; the full history, never only the latest.
 *   <li><b>CO-4</b> Contact points and purposes are independent: an entry for one contact point (or purpose) changes
 *       neither {@code current} nor {@code history} of another. Contact points are compared as values (kind and
 *       normalised value), purposes after normalisation.
 *   <li><b>CO-5</b> {@link #erase} removes every entry of a contact point, so that neither {@code current} nor
 *       {@code history} finds them, and returns how many it removed; a second call returns 0. Other contact points'
 *       entries are untouched. Entries appended after an erase form a new history.
 *   <li><b>CO-6</b> Returned values do not change when the store changes later.
 *   <li><b>CO-7</b> Every method throws {@link NullPointerException} for a null argument, before any effect.
 *   <li><b>CO-8</b> All methods are safe to call from many threads at once; each is atomic, and of concurrent
 *       appends none is lost.
 * </ol>
 * A failure of the backing storage is reported as {@link StoreException}.
 */
public interface ConsentStore {

  /**
   * Appends an entry to the ledger (CO-1).
   *
   * @param entry the entry; not null
   * @return the stored entry, equal to the given one
   * @throws NullPointerException if {@code entry} is null
   * @throws StoreException if the storage fails
   */
  ConsentEntry append(ConsentEntry entry);

  /**
   * Returns the entry in force for a contact point and purpose (CO-2).
   *
   * @param contactPoint the contact point; not null
   * @param purpose the purpose, normalised as {@link ConsentEntry#name} does; not null
   * @return the latest entry, or empty if there is none
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the purpose is not a valid name
   * @throws StoreException if the storage fails
   */
  Optional<ConsentEntry> current(ContactPoint contactPoint, String purpose);

  /**
   * Returns every entry of a contact point, oldest first (CO-3).
   *
   * @param contactPoint the contact point; not null
   * @return the entries; not null, possibly empty
   * @throws NullPointerException if {@code contactPoint} is null
   * @throws StoreException if the storage fails
   */
  List<ConsentEntry> history(ContactPoint contactPoint);

  /**
   * Removes every entry of a contact point (CO-5), for erasure.
   *
   * @param contactPoint the contact point; not null
   * @return how many entries were removed, {@code >= 0}
   * @throws NullPointerException if {@code contactPoint} is null
   * @throws StoreException if the storage fails
   */
  long erase(ContactPoint contactPoint);
}
