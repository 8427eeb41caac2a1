package dev.cim.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.cim.core.spi.Page;
import dev.cim.core.spi.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Assertions shared by the contract classes, usable in an integrator's own tests too. Every assertion takes a
 * description that names the rule and the SPI method ({@code "CS-6 update: a stale version throws"}), and every
 * failure message starts with it.
 *
 * <p>Stateless and thread-safe.
 */
public final class CimAssertions {
  /** The most pages {@link #readAll} follows before it decides that the cursors never end. */
  public static final int MAX_PAGES = 10_000;

  private CimAssertions() {}

  /**
   * Runs {@code call} and asserts that it throws an exception of the given type.
   *
   * @param <T> the exception type
   * @param description the rule and method checked, e.g. {@code "CS-6 update: a stale version throws"}; not null
   * @param type the expected type; not null
   * @param call the call; not null
   * @return the exception thrown, for further checks; never null
   * @throws AssertionError naming {@code description} if nothing or something else is thrown
   * @throws NullPointerException if an argument is null
   */
  public static <T extends Throwable> T assertThrows(String description, Class<T> type, ThrowingCallable call) {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(call, "call");
    Throwable thrown = null;
    try {
      call.call();
    } catch (Throwable t) {
      thrown = t;
    }
    if (thrown == null) {
      fail("[" + description + "] expected " + type.getName() + " to be thrown, but the call returned normally");
    }
    assertThat(thrown).as(description).isInstanceOf(type);
    return type.cast(thrown);
  }

  /**
   * Follows a paginated query from its first page to its last and returns every item in order. Asserts that no page
   * holds more items than asked for and that the cursors end within {@link #MAX_PAGES} pages.
   *
   * @param <T> the item type
   * @param description the rule and method checked, e.g. {@code "IS-5 findByCustomer"}; not null
   * @param pageSize the page size, 1 to {@link PageRequest#MAX_SIZE}
   * @param query runs the query for one page request; not null
   * @return every item of every page, in the order returned; never null
   * @throws AssertionError naming {@code description} if a page is too large or the cursors never end
   * @throws NullPointerException if an argument is null, or the query returns null
   */
  public static <T> List<T> readAll(String description, int pageSize, Function<PageRequest, Page<T>> query) {
    return readPages(description, pageSize, query).stream().flatMap(p -> p.items().stream()).toList();
  }

  /**
   * Follows a paginated query from its first page to its last and returns the pages, checking as {@link #readAll}.
   *
   * @param <T> the item type
   * @param description the rule and method checked; not null
   * @param pageSize the page size, 1 to {@link PageRequest#MAX_SIZE}
   * @param query runs the query for one page request; not null
   * @return every page, in order; never null
   * @throws AssertionError naming {@code description} if a page is too large or the cursors never end
   * @throws NullPointerException if an argument is null, or the query returns null
   */
  public static <T> List<Page<T>> readPages(String description, int pageSize,
      Function<PageRequest, Page<T>> query) {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(query, "query");
    List<Page<T>> pages = new ArrayList<>();
    PageRequest request = PageRequest.first(pageSize);
    while (true) {
      Page<T> page = Objects.requireNonNull(query.apply(request), "query returned a null page");
      assertThat(page.items().size())
          .as("%s: page %d holds at most the requested %d items", description, pages.size() + 1, pageSize)
          .isLessThanOrEqualTo(pageSize);
      pages.add(page);
      if (page.nextCursor().isEmpty()) {
        return pages;
      }
      if (pages.size() >= MAX_PAGES) {
        fail("[" + description + "] the cursors did not end after " + MAX_PAGES + " pages of size " + pageSize);
      }
      request = PageRequest.after(pageSize, page.nextCursor().get());
    }
  }
}
