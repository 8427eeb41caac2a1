package dev.cim.core.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a cursor-paginated query.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the item type
 * @param items the items of this page, in the query's order, at most the requested size; not null
 * @param nextCursor the cursor for the next page, empty when this is the last page; not null
 */
public record Page<T>(List<T> items, Optional<String> nextCursor) {
  /**
   * Copies the items.
   *
   * @throws NullPointerException if an argument or an item is null
   */
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(nextCursor, "nextCursor");
  }

  /**
   * Returns the last page: the given items and no next cursor.
   *
   * @param <T> the item type
   * @param items the items; not null
   * @return the page
   */
  public static <T> Page<T> last(List<T> items) {
    return new Page<>(items, Optional.empty());
  }

  /**
   * Tells whether there is a next page.
   *
   * @return true if {@link #nextCursor()} is present
   */
  public boolean hasNext() {
    return nextCursor.isPresent();
  }
}
