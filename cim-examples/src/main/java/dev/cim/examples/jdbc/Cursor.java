package dev.cim.examples.jdbc;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

/**
 * The opaque page cursors of the JDBC stores: URL-safe Base64 (no padding) of {@code tag \n epochSecond \n nano \n id}
 * for time-ordered queries, or {@code tag \n id} for id-ordered ones. The tag names the query and its parameter (for
 * example {@code "is5\ncustomer-42"}), so a cursor of one query is rejected by another. A cursor is the keyset of the
 * last item returned, never an offset.
 *
 * @param at the time of the last item returned, null for id-ordered queries
 * @param id the id of the last item returned; not null
 */
record Cursor(Instant at, String id) {
  private static final int MAX_SHOWN = 64;

  /** Encodes a time-and-id position. */
  static String encode(String tag, Instant at, String id) {
    return raw(tag + "\n" + at.getEpochSecond() + "\n" + at.getNano() + "\n" + id);
  }

  /** Encodes an id-only position. */
  static String encode(String tag, String id) {
    return raw(tag + "\n" + id);
  }

  private static String raw(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a time-and-id position, or throws IllegalArgumentException naming the query and quoting the cursor. */
  static Cursor decodeKey(String tag, String cursor, String query) {
    String[] parts = body(tag, cursor, query).split("\n", -1);
    if (parts.length != 3 || parts[2].isEmpty()) {
      throw notIssued(cursor, query);
    }
    try {
      int nanos = Integer.parseInt(parts[1]);
      if (nanos < 0 || nanos > 999_999_999) {
        throw notIssued(cursor, query);
      }
      return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), nanos), parts[2]);
    } catch (NumberFormatException | DateTimeException e) {
      throw notIssued(cursor, query);
    }
  }

  /** Decodes an id-only position. */
  static Cursor decodeId(String tag, String cursor, String query) {
    String id = body(tag, cursor, query);
    if (id.isEmpty() || id.indexOf('\n') >= 0) {
      throw notIssued(cursor, query);
    }
    return new Cursor(null, id);
  }

  private static String body(String tag, String cursor, String query) {
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
