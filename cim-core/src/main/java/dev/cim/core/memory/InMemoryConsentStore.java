package dev.cim.core.memory;

import dev.cim.core.model.ContactPoint;
import dev.cim.core.privacy.ConsentEntry;
import dev.cim.core.spi.ConsentStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The in-memory {@link ConsentStore}: rules CO-1 to CO-8. Keeps each contact point's ledger as a list in append order;
 * {@code history} sorts it stably by time.
 *
 * <p>Thread-safe: every method synchronises on the store, so each is atomic. Nothing is persisted.
 */
public final class InMemoryConsentStore implements ConsentStore {
  private final Map<ContactPoint, List<ConsentEntry>> ledgers = new HashMap<>();

  /** Creates an empty store. */
  public InMemoryConsentStore() {}

  @Override
  public synchronized ConsentEntry append(ConsentEntry entry) {
    Objects.requireNonNull(entry, "entry");
    ledgers.computeIfAbsent(entry.contactPoint(), cp -> new ArrayList<>()).add(entry);
    return entry;
  }

  @Override
  public synchronized Optional<ConsentEntry> current(ContactPoint contactPoint, String purpose) {
    Objects.requireNonNull(contactPoint, "contactPoint");
    String p = ConsentEntry.name("purpose", purpose);
    ConsentEntry best = null;
    for (ConsentEntry e : ledgers.getOrDefault(contactPoint, List.of())) {
      if (e.purpose().equals(p) && (best == null || !e.recordedAt().isBefore(best.recordedAt()))) {
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }

  @Override
  public synchronized List<ConsentEntry> history(ContactPoint contactPoint) {
    Objects.requireNonNull(contactPoint, "contactPoint");
    List<ConsentEntry> out = new ArrayList<>(ledgers.getOrDefault(contactPoint, List.of()));
    out.sort((a, b) -> a.recordedAt().compareTo(b.recordedAt())); // stable: append order for equal times
    return List.copyOf(out);
  }

  @Override
  public synchronized long erase(ContactPoint contactPoint) {
    Objects.requireNonNull(contactPoint, "contactPoint");
    List<ConsentEntry> removed = ledgers.remove(contactPoint);
    return removed == null ? 0 : removed.size();
  }

  @Override
  public String toString() {
    return "InMemoryConsentStore";
  }
}
