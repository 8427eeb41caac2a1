package dev.cim.core.privacy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Masks personal data in free text: email addresses, payment card numbers, phone numbers and the host's own patterns,
 * each replaced by a stable token ({@code [email]}, {@code [card]}, {@code [phone]}, {@code [name-of-pattern]}).
 *
 * <pre>{@code
 * Redactor r = Redactor.builder().pattern("order", "ORD-\\d{8}").build();
 * r.redact("Card 4111 1111 1111 1111, mail ana@example.com, order ORD-12345678");
 * // "Card [card], mail [email], order [order]"
 * }</pre>
 *
 * <h2>What is masked</h2>
 * The passes run in this order, each on the previous one's output:
 * <ol>
 *   <li><b>Email</b>: a maximal run of the characters {@code A-Z a-z 0-9 . _ % + - @} is masked whole when it holds an
 *       address, that is an {@code @} with a character of the run before it and after it a domain: labels of
 *       {@code A-Z a-z 0-9 -} separated by single dots, ending in a dot and at least two letters. Dots that end the
 *       run (a full stop) are kept.
 *   <li><b>Host patterns</b>, in the order they were added: every character inside a match of the
 *       {@linkplain SafePattern safe pattern} is masked; consecutive masked characters become one token. A match never
 *       spans an existing token.
 *   <li><b>Card</b>: a maximal run of ASCII digits, with at most one space or dash between two digits, of 13 to 19
 *       digits that passes the Luhn check. Longer or shorter runs, and runs failing the check, are kept.
 *   <li><b>Phone</b>: a maximal run of ASCII digits that may start with {@code +} or {@code (} and has groups of at
 *       most two of {@code space - . ( )} between digits, not touching a letter or {@code _}, with 10 to 15 digits,
 *       or 7 to 15 digits when it starts with {@code +}. Local numbers of fewer than 10 digits without {@code +} are
 *       kept (they cannot be told from dates, amounts and references).
 * </ol>
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li>Linear time: every pass is one left-to-right scan (host patterns: {@code O(length x pattern size)}), so no
 *       input, however hostile, makes redaction slow.
 *   <li>Idempotent: {@code redact(redact(x)).equals(redact(x))}. Tokens contain no digit and no {@code @}, and act as
 *       barriers, so masking never creates a new match.
 *   <li>No email address (as defined above) and no Luhn-valid card number of 13 to 19 digits (as defined above) is
 *       left in the output.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class Redactor {
  /** The token name of email addresses. */
  public static final String EMAIL = "email";
  /** The token name of phone numbers. */
  public static final String PHONE = "phone";
  /** The token name of payment card numbers. */
  public static final String CARD = "card";

  private static final Redactor DEFAULTS = new Redactor(List.of());

  private final List<SafePattern> patterns;
  private final Set<String> names;

  private Redactor(List<SafePattern> patterns) {
    this.patterns = List.copyOf(patterns);
    Set<String> n = new LinkedHashSet<>(List.of(EMAIL, PHONE, CARD));
    patterns.forEach(p -> n.add(p.name()));
    this.names = Set.copyOf(n);
  }

  /**
   * Returns a redactor with the built-in detectors only (email, card, phone).
   *
   * @return the redactor; not null
   */
  public static Redactor defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder, to add the host's own patterns to the built-in detectors.
   *
   * @return a new builder; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the token names this redactor writes: the built-in ones and the host's pattern names.
   *
   * @return an immutable set; not null
   */
  public Set<String> tokenNames() {
    return names;
  }

  /**
   * Masks the text (see the class documentation).
   *
   * @param text the text; not null
   * @return the masked text; the same content if nothing was found
   * @throws NullPointerException if {@code text} is null
   */
  public String redact(String text) {
    Objects.requireNonNull(text, "text");
    String s = maskEmails(text);
    for (SafePattern p : patterns) {
      s = maskPattern(s, p);
    }
    s = maskCards(s);
    return maskPhones(s);
  }

  // ------------------------------------------------------------------------------------------------ email

  private static boolean isEmailChar(char c) {
    return isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '@';
  }

  private static boolean isLabelChar(char c) {
    return isAsciiLetterOrDigit(c) || c == '-';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || isDigit(c);
  }

  private static String maskEmails(String s) {
    if (s.indexOf('@') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    int n = s.length();
    while (i < n) {
      if (!isEmailChar(s.charAt(i))) {
        out.append(s.charAt(i++));
        continue;
      }
      int end = i;
      while (end < n && isEmailChar(s.charAt(end))) {
        end++;
      }
      if (holdsEmail(s, i, end)) {
        int keep = end;
        while (s.charAt(keep - 1) == '.') {
          keep--; // a sentence's full stop after the address stays
        }
        out.append('[').append(EMAIL).append(']').append(s, keep, end);
      } else {
        out.append(s, i, end);
      }
      i = end;
    }
    return out.toString();
  }

  /** True if the run {@code s[from, to)} of email characters holds an address. Each '@' scans only to the next. */
  private static boolean holdsEmail(String s, int from, int to) {
    for (int at = from; at < to; at++) {
      if (s.charAt(at) != '@' || at == from || s.charAt(at - 1) == '@') {
        continue;
      }
      int j = at + 1;
      if (j >= to || !isLabelChar(s.charAt(j))) {
        continue;
      }
      for (; j < to; j++) {
        char c = s.charAt(j);
        if (isLabelChar(c)) {
          continue;
        }
        if (c != '.' || s.charAt(j - 1) == '.') {
          break;
        }
        if (j + 2 < to && isAsciiLetter(s.charAt(j + 1)) && isAsciiLetter(s.charAt(j + 2))) {
          return true;
        }
      }
    }
    return false;
  }

  // ------------------------------------------------------------------------------------------------ host patterns

  private String maskPattern(String s, SafePattern p) {
    int n = s.length();
    boolean[] covered = new boolean[n];
    int segment = 0;
    int i = 0;
    while (i < n) {
      int tokenEnd = s.charAt(i) == '[' ? tokenEnd(s, i) : -1;
      if (tokenEnd > 0) {
        p.cover(s, segment, i, covered);
        i = tokenEnd;
        segment = i;
      } else {
        i++;
      }
    }
    p.cover(s, segment, n, covered);
    StringBuilder out = null;
    for (int k = 0; k < n; k++) {
      if (covered[k]) {
        if (out == null) {
          out = new StringBuilder(n).append(s, 0, k);
        }
        if (k == 0 || !covered[k - 1]) {
          out.append('[').append(p.name()).append(']');
        }
      } else if (out != null) {
        out.append(s.charAt(k));
      }
    }
    return out == null ? s : out.toString();
  }

  /** Returns the end of the token that starts at {@code i} (a '['), or -1 if none of this redactor's tokens does. */
  private int tokenEnd(String s, int i) {
    int j = i + 1;
    while (j < s.length() && j - i <= Builder.MAX_NAME_LENGTH + 1 && isNameChar(s.charAt(j))) {
      j++;
    }
    if (j < s.length() && s.charAt(j) == ']' && j > i + 1 && names.contains(s.substring(i + 1, j))) {
      return j + 1;
    }
    return -1;
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || c == '-';
  }

  // ------------------------------------------------------------------------------------------------ cards

  private static String maskCards(String s) {
    Splicer out = new Splicer(s);
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (!isDigit(s.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      int digits = 0;
      while (true) {
        if (end < n && isDigit(s.charAt(end))) {
          end++;
          digits++;
        } else if (end + 1 < n && (s.charAt(end) == ' ' || s.charAt(end) == '-') && isDigit(s.charAt(end + 1))) {
          end++;
        } else {
          break;
        }
      }
      if (digits >= 13 && digits <= 19 && luhn(s, i, end)) {
        out.mask(i, end, CARD);
      }
      i = end;
    }
    return out.result();
  }

  /** The Luhn check over the digits of {@code s[from, to)}, ignoring other characters. */
  static boolean luhn(CharSequence s, int from, int to) {
    int sum = 0;
    boolean twice = false;
    for (int k = to - 1; k >= from; k--) {
      char c = s.charAt(k);
      if (!isDigit(c)) {
        continue;
      }
      int d = c - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  // ------------------------------------------------------------------------------------------------ phones

  private static boolean isPhoneSeparator(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')';
  }

  private static boolean touchesWord(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static String maskPhones(String s) {
    Splicer out = new Splicer(s);
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      boolean opener = (c == '+' || c == '(') && i + 1 < n && isDigit(s.charAt(i + 1));
      if (!isDigit(c) && !opener) {
        i++;
        continue;
      }
      int end = opener ? i + 1 : i;
      int digits = 0;
      while (true) {
        if (end < n && isDigit(s.charAt(end))) {
          end++;
          digits++;
        } else if (end + 1 < n && isPhoneSeparator(s.charAt(end)) && isDigit(s.charAt(end + 1))) {
          end++;
        } else if (end + 2 < n && isPhoneSeparator(s.charAt(end)) && isPhoneSeparator(s.charAt(end + 1))
            && isDigit(s.charAt(end + 2))) {
          end += 2;
        } else {
          break;
        }
      }
      boolean plus = c == '+';
      boolean isolated = (i == 0 || !touchesWord(s.charAt(i - 1))) && (end == n || !touchesWord(s.charAt(end)));
      if (isolated && digits <= 15 && (digits >= 10 || (plus && digits >= 7))) {
        out.mask(i, end, PHONE);
      }
      i = end;
    }
    return out.result();
  }

  @Override
  public String toString() {
    return "Redactor" + names;
  }

  /** Copies a text, replacing ranges (given left to right) by tokens; copies nothing until the first one. */
  private static final class Splicer {
    private final String s;
    private StringBuilder out;
    private int copied;

    Splicer(String s) {
      this.s = s;
    }

    void mask(int from, int to, String name) {
      if (out == null) {
        out = new StringBuilder(s.length());
      }
      out.append(s, copied, from).append('[').append(name).append(']');
      copied = to;
    }

    String result() {
      return out == null ? s : out.append(s, copied, s.length()).toString();
    }
  }

  /**
   * Builds a {@link Redactor}. Not thread-safe; the redactor it builds is.
   */
  public static final class Builder {
    /** The longest pattern name. */
    public static final int MAX_NAME_LENGTH = 32;

    private final List<SafePattern> patterns = new ArrayList<>();
    private final Set<String> names = new LinkedHashSet<>(List.of(EMAIL, PHONE, CARD));

    private Builder() {}

    /**
     * Adds a host pattern; its matches become {@code [name]}.
     *
     * @param name the token name: 1 to {@value #MAX_NAME_LENGTH} characters of {@code a-z} and {@code -}, starting
     *     with a letter, not a built-in name or one already added; not null
     * @param regex the pattern, in the {@linkplain SafePattern safe subset}; not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is not valid or already used
     * @throws UnsafePatternException if the pattern is outside the safe subset or malformed
     */
    public Builder pattern(String name, String regex) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(regex, "regex");
      if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || !(name.charAt(0) >= 'a' && name.charAt(0) <= 'z')
          || !name.chars().allMatch(c -> isNameChar((char) c))) {
        throw new IllegalArgumentException("pattern name must be 1 to " + MAX_NAME_LENGTH
            + " characters of a-z and '-', starting with a letter, but was '" + name + "'");
      }
      if (names.contains(name)) {
        throw new IllegalArgumentException("pattern name must be unique and not a built-in one, but was '" + name
            + "'");
      }
      if (regex.isEmpty()) {
        throw new IllegalArgumentException("regex of pattern '" + name + "' must not be empty, but was ''");
      }
      patterns.add(SafePattern.compile(name, regex));
      names.add(name);
      return this;
    }

    /**
     * Builds the redactor.
     *
     * @return the redactor; not null
     */
    public Redactor build() {
      return new Redactor(patterns);
    }
  }
}
