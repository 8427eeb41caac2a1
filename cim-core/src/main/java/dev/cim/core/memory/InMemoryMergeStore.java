package dev.cim.core.memory;

import dev.cim.core.identity.MergeId;
import dev.cim.core.identity.MergeRecord;
import dev.cim.core.model.CustomerId;
import dev.cim.core.spi.DuplicateEntityException;
import dev.cim.core.spi.MergeStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The reference {@link MergeStore}: merge records and aliases in memory. It implements every rule MS-1 to MS-12 and
 * passes the cim-tck kit. Records are immutable, so the stored instance is returned as is (MS-10). Nothing is
 * persisted.
 *
 * <p>Thread-safe: every method is {@code synchronized} on the store, so each is atomic (MS-12); a write that throws
 * has changed nothing. Lists are linear scans, which suits the small number of merges a customer base has.
 *
 * @since 0.1.0
 */
public final class InMemoryMergeStore implements MergeStore {
  private static final String TYPE = "merge";
  private static final Comparator<MergeRecord> OLDEST_FIRST =
      Comparator.comparing(MergeRecord::createdAt).thenComparing(MergeRecord::id);

  private final Map<MergeId, MergeRecord> records = new HashMap<>();
  private final Map<CustomerId, CustomerId> aliases = new HashMap<>();

  /** Creates an empty store. */
  public InMemoryMergeStore() {}

  @Override
  public synchronized MergeRecord create(MergeRecord record) {
    Objects.requireNonNull(record, "record");
    Versions.requireNew(TYPE, record.id(), record.version());
    MergeRecord stored = records.get(record.id());
    if (stored != null) {
      if (stored.withVersion(0).equals(record)) {
        return stored;
      }
      throw new DuplicateEntityException(TYPE, record.id().value());
    }
    MergeRecord created = record.withVersion(1);
    records.put(record.id(), created);
    return created;
  }

  @Override
  public synchronized Optional<MergeRecord> findById(MergeId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(records.get(id));
  }

  @Override
  public synchronized MergeRecord update(MergeRecord record) {
    Objects.requireNonNull(record, "record");
    MergeRecord stored = records.get(record.id());
    Versions.requireCurrent(TYPE, record.id().value(), stored == null ? null : stored.version(), record.version());
    MergeRecord updated = record.withVersion(record.version() + 1);
    records.put(record.id(), updated);
    return updated;
  }

  @Override
  public synchronized List<MergeRecord> findByCustomer(CustomerId customerId) {
    Objects.requireNonNull(customerId, "customerId");
    return select(r -> r.mentions(customerId));
  }

  @Override
  public synchronized List<MergeRecord> findUnfinished() {
    return select(r -> r.status().isUnfinished());
  }

  private List<MergeRecord> select(Predicate<MergeRecord> p) {
    List<MergeRecord> out = new ArrayList<>();
    for (MergeRecord r : records.values()) {
      if (p.test(r)) {
        out.add(r);
      }
    }
    out.sort(OLDEST_FIRST);
    return List.copyOf(out);
  }

  @Override
  public synchronized void putAlias(CustomerId alias, CustomerId target) {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(target, "target");
    if (alias.equals(target)) {
      throw new IllegalArgumentException("alias must differ from its target, but both were '" + alias + "'");
    }
    if (resolveAlias(target).equals(alias)) {
      throw new IllegalArgumentException("alias '" + alias + "' -> '" + target + "' must not close a cycle, but '"
          + target + "' resolves to '" + alias + "'");
    }
    aliases.put(alias, target);
  }

  @Override
  public synchronized CustomerId resolveAlias(CustomerId id) {
    Objects.requireNonNull(id, "id");
    CustomerId current = id;
    for (CustomerId next = aliases.get(current); next != null; next = aliases.get(current)) {
      current = next;
    }
    return current;
  }

  @Override
  public synchronized boolean removeAlias(CustomerId alias) {
    Objects.requireNonNull(alias, "alias");
    return aliases.remove(alias) != null;
  }

  @Override
  public synchronized long eraseCustomer(CustomerId customerId) {
    Objects.requireNonNull(customerId, "customerId");
    long removed = 0;
    for (Iterator<MergeRecord> it = records.values().iterator(); it.hasNext(); ) {
      if (it.next().mentions(customerId)) {
        it.remove();
        removed++;
      }
    }
    for (Iterator<Map.Entry<CustomerId, CustomerId>> it = aliases.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<CustomerId, CustomerId> e = it.next();
      if (e.getKey().equals(customerId) || e.getValue().equals(customerId)) {
        it.remove();
        removed++;
      }
    }
    return removed;
  }
}
