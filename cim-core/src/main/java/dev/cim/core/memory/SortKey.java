package dev.cim.core.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * The position of an item in a time-ordered index: its time, then its id as a tie-breaker. Not API.
 *
 * <p>Ordered by time ascending, then by id ascending ({@link String#compareTo}); the id makes every key unique, so a
 * keyset cursor (the key of the last item returned) is an exact position even if that item has since been removed.
 *
 * @param at the time; not null
 * @param id the item's id value; not null
 */
record SortKey(Instant at, String id) implements Comparable<SortKey> {
  private static final Comparator<SortKey> ORDER =
      Comparator.comparing(SortKey::at).thenComparing(SortKey::id);

  SortKey {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(id, "id");
  }

  @Override
  public int compareTo(SortKey other) {
    return ORDER.compare(this, other);
  }
}
