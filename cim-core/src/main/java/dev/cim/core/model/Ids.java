package dev.cim.core.model;

import java.util.Locale;
import java.util.Objects;

/** Shared validation of identifier strings. Not API. */
final class Ids {
  /** The longest identifier accepted, in UTF-16 code units. */
  static final int MAX_LENGTH = 128;

  private Ids() {}

  static String check(String type, String value) {
    Objects.requireNonNull(value, type);
    if (value.isBlank()) {
      throw new IllegalArgumentException(type + " must not be blank, but was '" + value + "'");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s must be at most %d characters, but was %d characters: '%s...'",
          type, MAX_LENGTH, value.length(), value.substring(0, 32)));
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || isSpace(c)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s must not contain whitespace or control characters, but was '%s' (U+%04X at index %d)",
            type, value.replaceAll("\\p{Cntrl}", "?"), (int) c, i));
      }
    }
    return value;
  }

  /**
   * Normalises the name of an open value type (channel, contact point kind, skill): trimmed and lower-cased, then
   * 1 to 64 characters of {@code a-z 0-9 _ - .}, starting with a letter or digit.
   */
  static String name(String type, String raw) {
    Objects.requireNonNull(raw, type);
    String name = raw.strip().toLowerCase(Locale.ROOT);
    if (name.isEmpty() || name.length() > 64 || !isLetterOrDigit(name.charAt(0))) {
      throw new IllegalArgumentException(type + " must be 1 to 64 characters starting with a letter or digit, but was '"
          + raw + "'");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isLetterOrDigit(c) && c != '_' && c != '-' && c != '.') {
        throw new IllegalArgumentException(type + " may contain only a-z, 0-9, '_', '-' and '.', but was '" + raw + "'");
      }
    }
    return name;
  }

  /** True for every kind of space: whitespace, Unicode space separators (no-break spaces) and zero-width spaces. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\u200c'
        || c == '\u200d' || c == '\u2060' || c == '\ufeff';
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
