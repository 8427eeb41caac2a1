package dev.cim.core.model;

import java.util.Locale;
import java.util.Objects;

/**
 * Normalises raw contact values into {@link ContactPoint}s, with a default country calling code for phone numbers
 * written in national format.
 *
 * <p>Phone numbers: spaces, dashes, dots, slashes and parentheses are dropped, as is an {@code (0)} written after an
 * international prefix ({@code +44 (0)20 ...}, {@code 0044 (0)20 ...}). An international number starts with {@code +} or {@code 00} (or
 * {@code 011} when the default calling code is {@code 1}). A national number gets the default calling code: for
 * {@code 1} (the North American plan) a leading {@code 1} is dropped and ten digits must remain; for every other code
 * a single leading trunk {@code 0} is dropped, except for Italy ({@code 39}), where it is part of the number. The
 * result is {@code +} and 7 to 15 digits, the first of them not {@code 0}.
 *
 * <p>Two national quirks that give one subscriber two spellings are rewritten to one canonical form, so that both
 * spellings are one contact point and resolve to one customer (since 0.1.0, issue #6):
 * <ul>
 *   <li>Brazil's mobile ninth digit: a number {@code +55 AA NNNN-NNNN} (a two-digit area code without a 0, and eight
 *       digits starting with 6 to 9, the old mobile ranges) gets the ninth digit, {@code +55 AA 9NNNN-NNNN}, as every
 *       Brazilian mobile number has had since 2016. Eight-digit numbers starting with 2 to 5 are landlines and stay.
 *   <li>Mexico's mobile {@code 1}: {@code +52 1} followed by ten digits (the prefix mobile numbers needed until 2019)
 *       is {@code +52} and the ten digits.
 * </ul>
 *
 * <p>Emails: trimmed and lower-cased; exactly one {@code @} with a local part of 1 to 64 characters and a domain of
 * 1 to 253 characters; no whitespace or control characters; at most 254 characters in all.
 *
 * <p>External ids: trimmed, case kept, 1 to 256 characters, no control characters. Handles: trimmed, leading
 * {@code @}s dropped, lower-cased, 1 to 256 characters, no whitespace or control characters.
 *
 * <p>Immutable and thread-safe.
 */
public final class ContactPointNormalizer {
  /** A normaliser without a default calling code: national phone numbers are rejected. */
  public static final ContactPointNormalizer DEFAULT = new ContactPointNormalizer(null);

  private static final int MAX_OTHER_LENGTH = 256;

  private final String defaultCallingCode;

  private ContactPointNormalizer(String defaultCallingCode) {
    this.defaultCallingCode = defaultCallingCode;
  }

  /**
   * Returns a normaliser that reads national phone numbers as numbers of the given country calling code.
   *
   * @param callingCode the country calling code, 1 to 3 digits not starting with 0, e.g. {@code "1"}, {@code "44"},
   *     {@code "55"}; a leading {@code +} is allowed; not null
   * @return the normaliser
   * @throws NullPointerException if {@code callingCode} is null
   * @throws IllegalArgumentException if {@code callingCode} is not 1 to 3 digits or starts with 0
   */
  public static ContactPointNormalizer withDefaultCountryCallingCode(String callingCode) {
    Objects.requireNonNull(callingCode, "callingCode");
    String code = callingCode.startsWith("+") ? callingCode.substring(1) : callingCode;
    if (!code.matches("[1-9][0-9]{0,2}")) {
      throw new IllegalArgumentException(
          "default country calling code must be 1 to 3 digits not starting with 0, but was '" + callingCode + "'");
    }
    return new ContactPointNormalizer(code);
  }

  /**
   * Returns the default country calling code, or an empty string when there is none.
   *
   * @return the digits of the code, or {@code ""}
   */
  public String defaultCountryCallingCode() {
    return defaultCallingCode == null ? "" : defaultCallingCode;
  }

  /**
   * Returns the contact point of the given kind and raw value.
   *
   * @param kind the kind; not null
   * @param rawValue the value as written; not null
   * @return the normalised contact point
   * @throws NullPointerException if an argument is null
   * @throws InvalidContactPointException if the value cannot be normalised
   */
  public ContactPoint of(ContactPointKind kind, String rawValue) {
    return new ContactPoint(kind, normalize(kind, rawValue));
  }

  /**
   * Returns a phone contact point, reading a national number with the default calling code.
   *
   * @param rawNumber the number as written; not null
   * @return the contact point, in E.164
   * @throws NullPointerException if {@code rawNumber} is null
   * @throws InvalidContactPointException if the number is not valid, or is national and there is no default code
   */
  public ContactPoint phone(String rawNumber) {
    return of(ContactPointKind.PHONE, rawNumber);
  }

  /**
   * Returns an email contact point.
   *
   * @param rawAddress the address as written; not null
   * @return the contact point
   * @throws NullPointerException if {@code rawAddress} is null
   * @throws InvalidContactPointException if the address is not valid
   */
  public ContactPoint email(String rawAddress) {
    return of(ContactPointKind.EMAIL, rawAddress);
  }

  /**
   * Normalises a raw value for its kind.
   *
   * @param kind the kind; not null
   * @param rawValue the value as written; not null
   * @return the normalised value
   * @throws NullPointerException if an argument is null
   * @throws InvalidContactPointException if the value cannot be normalised
   */
  public String normalize(ContactPointKind kind, String rawValue) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rawValue, "rawValue");
    if (kind.equals(ContactPointKind.PHONE)) {
      return normalizePhone(rawValue);
    }
    if (kind.equals(ContactPointKind.EMAIL)) {
      return normalizeEmail(rawValue);
    }
    if (kind.equals(ContactPointKind.EXTERNAL_ID)) {
      String id = rawValue.strip();
      checkOther(kind, rawValue, id, false);
      return id;
    }
    String handle = rawValue.strip();
    int at = 0;
    while (at < handle.length() && handle.charAt(at) == '@') {
      at++;
    }
    handle = handle.substring(at);
    handle = handle.toLowerCase(Locale.ROOT);
    checkOther(kind, rawValue, handle, true);
    return handle;
  }

  private static void checkOther(ContactPointKind kind, String raw, String value, boolean noWhitespace) {
    if (value.isEmpty()) {
      throw new InvalidContactPointException(kind, raw, "must not be blank");
    }
    if (value.length() > MAX_OTHER_LENGTH) {
      throw new InvalidContactPointException(kind, abbreviate(raw),
          "must be at most " + MAX_OTHER_LENGTH + " characters, but was " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || (noWhitespace && Character.isWhitespace(c))) {
        throw new InvalidContactPointException(kind, raw,
            String.format(Locale.ROOT, "must not contain %s, but has U+%04X at index %d",
                noWhitespace ? "whitespace or control characters" : "control characters", (int) c, i));
      }
    }
  }

  private String normalizePhone(String raw) {
    ContactPointKind kind = ContactPointKind.PHONE;
    if (raw.length() > 64) {
      throw new InvalidContactPointException(kind, abbreviate(raw), "must be at most 64 characters as written");
    }
    String s = raw.strip();
    boolean plus = s.startsWith("+");
    if (plus) {
      s = s.substring(1);
    }
    String compact = s.replaceAll("[ .\\-/\u00a0]", "");
    if (plus || compact.startsWith("00") || ("1".equals(defaultCallingCode) && compact.startsWith("011"))) {
      s = s.replace("(0)", ""); // the trunk 0 some write after an international prefix: +44 (0)20 ...
    }
    StringBuilder digits = new StringBuilder(16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/' || c == '\u00a0') {
        continue;
      } else {
        throw new InvalidContactPointException(kind, raw,
            "may contain only digits, a leading '+' and the separators ' -./()', but has '" + c + "'");
      }
    }
    String number;
    if (plus) {
      number = digits.toString();
    } else if (digits.length() > 2 && digits.charAt(0) == '0' && digits.charAt(1) == '0') {
      number = digits.substring(2);
    } else if ("1".equals(defaultCallingCode) && digits.length() > 3 && digits.indexOf("011") == 0) {
      number = digits.substring(3);
    } else if (defaultCallingCode == null) {
      throw new InvalidContactPointException(kind, raw,
          "is in national format (no '+' or '00'), and no default country calling code is configured");
    } else {
      number = national(raw, digits.toString());
    }
    number = canonicalMobile(number);
    if (number.length() < 7 || number.length() > 15) {
      throw new InvalidContactPointException(kind, raw,
          "must have 7 to 15 digits including the country calling code, but has " + number.length());
    }
    if (number.charAt(0) == '0') {
      throw new InvalidContactPointException(kind, raw, "country calling code must not start with 0");
    }
    return "+" + number;
  }

  /** Rewrites the national quirks described in the class documentation; other numbers are returned unchanged. */
  private static String canonicalMobile(String number) {
    if (number.length() == 12 && number.startsWith("55") && number.charAt(2) != '0' && number.charAt(3) != '0'
        && number.charAt(4) >= '6') {
      return number.substring(0, 4) + "9" + number.substring(4);
    }
    if (number.length() == 13 && number.startsWith("521")) {
      return "52" + number.substring(3);
    }
    return number;
  }

  private String national(String raw, String digits) {
    if ("1".equals(defaultCallingCode)) {
      String n = digits.length() == 11 && digits.charAt(0) == '1' ? digits.substring(1) : digits;
      if (n.length() != 10) {
        throw new InvalidContactPointException(ContactPointKind.PHONE, raw,
            "a national number of the North American plan must have 10 digits, but has " + n.length());
      }
      return "1" + n;
    }
    String n = digits;
    if (!"39".equals(defaultCallingCode) && n.startsWith("0")) {
      n = n.substring(1);
    }
    if (n.isEmpty()) {
      throw new InvalidContactPointException(ContactPointKind.PHONE, raw, "has no digits");
    }
    return defaultCallingCode + n;
  }

  private static String normalizeEmail(String raw) {
    ContactPointKind kind = ContactPointKind.EMAIL;
    String s = raw.strip().toLowerCase(Locale.ROOT);
    if (s.length() > 254) {
      throw new InvalidContactPointException(kind, abbreviate(raw),
          "must be at most 254 characters, but was " + s.length());
    }
    int at = s.indexOf('@');
    if (at < 0 || at != s.lastIndexOf('@')) {
      throw new InvalidContactPointException(kind, raw, "must contain exactly one '@'");
    }
    if (at == 0 || at > 64) {
      throw new InvalidContactPointException(kind, raw, "local part must be 1 to 64 characters, but was " + at);
    }
    int domainLength = s.length() - at - 1;
    if (domainLength == 0 || s.endsWith(".") || s.charAt(at + 1) == '.') {
      throw new InvalidContactPointException(kind, raw, "domain must not be empty or start or end with '.'");
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '<' || c == '>' || c == ',' || c == ';') {
        throw new InvalidContactPointException(kind, raw,
            String.format(Locale.ROOT, "must not contain whitespace, control characters or <>,; but has U+%04X",
                (int) c));
      }
    }
    return s;
  }

  private static String abbreviate(String raw) {
    return raw.length() <= 40 ? raw : raw.substring(0, 40) + "...";
  }

  /** Returns a description naming the default calling code. */
  @Override
  public String toString() {
    return "ContactPointNormalizer[defaultCountryCallingCode=" + defaultCountryCallingCode() + "]";
  }
}
