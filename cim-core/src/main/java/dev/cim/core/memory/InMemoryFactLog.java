package dev.cim.core.memory;

import dev.cim.core.analytics.Fact;
import dev.cim.core.analytics.FactLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The reference {@link FactLog}: facts in memory, sorted by time then sequence. It keeps everything appended for the
 * life of the process; a host that reports over long periods implements the SPI over its own storage.
 *
 * <p>Thread-safe: appends and reads are serialised by one lock; a read copies its window.
 *
 * @since 0.1.0
 */
public final class InMemoryFactLog implements FactLog {
  private record Key(Instant at, long sequence) {}

  private static final Comparator<Key> ORDER = Comparator.comparing(Key::at).thenComparingLong(Key::sequence);

  private final TreeMap<Key, Fact> facts = new TreeMap<>(ORDER);
  private long lastSequence;

  /** Creates an empty log. */
  public InMemoryFactLog() {}

  @Override
  public synchronized Fact append(Fact fact) {
    Objects.requireNonNull(fact, "fact");
    Fact stored = fact.withSequence(lastSequence + 1);
    lastSequence++;
    facts.put(new Key(stored.at(), stored.sequence()), stored);
    return stored;
  }

  @Override
  public synchronized List<Fact> read(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to, but was " + from + " after " + to);
    }
    return List.copyOf(new ArrayList<>(facts.subMap(new Key(from, Long.MIN_VALUE), new Key(to, Long.MIN_VALUE))
        .values()));
  }

  @Override
  public synchronized long size() {
    return facts.size();
  }
}
