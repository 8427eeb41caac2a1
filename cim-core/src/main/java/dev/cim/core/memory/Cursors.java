package dev.cim.core.memory;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Encodes and decodes the opaque page cursors of the in-memory stores. Not API.
 *
 * <p>A cursor is the URL-safe Base64 (no padding) of {@code tag \n epochSecond \n nano \n id}, or of
 * {@code tag \n id} for queries ordered by id only. The tag names the query and its parameter (for example
 * {@code "is5\ncustomer-42"}), so a cursor of one query is rejected by another. Identifiers never contain whitespace,
 * so a line feed separates the parts unambiguously; a tag may itself contain one line feed (query name and
 * parameter), which the decoder accounts for by counting parts from the end.
 */
final class Cursors {
  private static final int MAX_SHOWN = 64;

  private Cursors() {}

  /** Encodes a time-and-id position. */
  static String encode(String tag, SortKey key) {
    return encodeRaw(tag + "\n" + key.at().getEpochSecond() + "\n" + key.at().getNano() + "\n" + key.id());
  }

  /** Encodes an id-only position. */
  static String encode(String tag, String id) {
    return encodeRaw(tag + "\n" + id);
  }

  private static String encodeRaw(String raw) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Decodes a time-and-id position.
   *
   * @param tag the tag of the query being asked
   * @param cursor the cursor the caller passed
   * @param query a description of the query, for the message
   * @throws IllegalArgumentException if the cursor was not issued for this query
   */
  static SortKey decodeKey(String tag, String cursor, String query) {
    String rest = body(tag, cursor, query);
    String[] parts = rest.split("\n", -1);
    if (parts.length != 3 || parts[2].isEmpty()) {
      throw notIssued(cursor, query);
    }
    try {
      long seconds = Long.parseLong(parts[0]);
      int nanos = Integer.parseInt(parts[1]);
      if (nanos < 0 || nanos > 999_999_999) {
        throw notIssued(cursor, query);
      }
      return new SortKey(Instant.ofEpochSecond(seconds, nanos), parts[2]);
    } catch (NumberFormatException | DateTimeException e) {
      throw notIssued(cursor, query);
    }
  }

  /**
   * Decodes an id-only position.
   *
   * @param tag the tag of the query being asked
   * @param cursor the cursor the caller passed
   * @param query a description of the query, for the message
   * @param parser makes the id from its string
   * @throws IllegalArgumentException if the cursor was not issued for this query
   */
  static <T> T decodeId(String tag, String cursor, String query, Function<String, T> parser) {
    String id = body(tag, cursor, query);
    if (id.isEmpty() || id.indexOf('\n') >= 0) {
      throw notIssued(cursor, query);
    }
    try {
      return parser.apply(id);
    } catch (IllegalArgumentException e) {
      throw notIssued(cursor, query);
    }
  }

  private static String body(String tag, String cursor, String query) {
    Objects.requireNonNull(cursor, "cursor");
    String raw;
    try {
      raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw notIssued(cursor, query);
    }
    String prefix = tag + "\n";
    if (!raw.startsWith(prefix)) {
      throw notIssued(cursor, query);
    }
    return raw.substring(prefix.length());
  }

  private static IllegalArgumentException notIssued(String cursor, String query) {
    String shown = cursor.length() > MAX_SHOWN ? cursor.substring(0, MAX_SHOWN) + "..." : cursor;
    return new IllegalArgumentException(String.format(Locale.ROOT,
        "cursor must be one this store issued for %s, but was '%s'", query, shown));
  }
}
