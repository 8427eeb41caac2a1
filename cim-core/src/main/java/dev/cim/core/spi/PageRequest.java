package dev.cim.core.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * A request for one page of a cursor-paginated query: how many items at most, and where to continue.
 *
 * <p>The first page has no cursor; each next page uses the {@link Page#nextCursor()} of the page before. Cursors are
 * opaque strings that only the store that issued them understands; they hold the position (keyset) of the last item
 * returned, not an offset, so that items inserted while a client pages do not shift what it sees.
 *
 * <p>Immutable and thread-safe.
 *
 * @param size the most items the page may hold, 1 to {@link #MAX_SIZE}
 * @param cursor where to continue, empty for the first page; not null
 */
public record PageRequest(int size, Optional<String> cursor) {
  /** The largest page size. */
  public static final int MAX_SIZE = 1000;

  /**
   * Validates the request.
   *
   * @throws NullPointerException if {@code cursor} is null
   * @throws IllegalArgumentException if {@code size} is not between 1 and {@link #MAX_SIZE}, or the cursor is blank
   */
  public PageRequest {
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page size must be between 1 and " + MAX_SIZE + ", but was " + size);
    }
    Objects.requireNonNull(cursor, "cursor");
    cursor.ifPresent(c -> {
      if (c.isBlank()) {
        throw new IllegalArgumentException("page cursor must not be blank, but was '" + c + "'");
      }
    });
  }

  /**
   * Returns a request for the first page.
   *
   * @param size the most items, 1 to {@link #MAX_SIZE}
   * @return the request
   * @throws IllegalArgumentException if {@code size} is out of range
   */
  public static PageRequest first(int size) {
    return new PageRequest(size, Optional.empty());
  }

  /**
   * Returns a request for the page after the given cursor.
   *
   * @param size the most items, 1 to {@link #MAX_SIZE}
   * @param cursor the cursor of the page before; not null
   * @return the request
   * @throws NullPointerException if {@code cursor} is null
   * @throws IllegalArgumentException if {@code size} is out of range or the cursor is blank
   */
  public static PageRequest after(int size, String cursor) {
    return new PageRequest(size, Optional.of(cursor));
  }
}
