package dev.cim.core.memory;

import dev.cim.core.spi.Page;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.function.Function;

/** Keyset pagination over a sorted index. Not API. */
final class Paging {
  private Paging() {}

  /**
   * Reads one page from an index already in the query's order.
   *
   * @param <K> the key type
   * @param <T> the item type
   * @param ordered the index, in the order the query returns items (a descending view for newest-first queries)
   * @param after the key of the last item of the page before, or null for the first page
   * @param size the most items
   * @param item maps a key to its item
   * @param cursorOf encodes the key of a page's last item as the next cursor
   * @return the page; a next cursor only when more items follow
   */
  static <K, T> Page<T> page(NavigableSet<K> ordered, K after, int size, Function<K, T> item,
      Function<K, String> cursorOf) {
    NavigableSet<K> rest = after == null ? ordered : ordered.tailSet(after, false);
    List<T> items = new ArrayList<>(Math.min(size, 64));
    Iterator<K> it = rest.iterator();
    K last = null;
    while (items.size() < size && it.hasNext()) {
      last = it.next();
      items.add(item.apply(last));
    }
    Optional<String> next = it.hasNext() ? Optional.of(cursorOf.apply(last)) : Optional.empty();
    return new Page<>(items, next);
  }
}
