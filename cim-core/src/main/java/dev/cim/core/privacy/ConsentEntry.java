package dev.cim.core.privacy;

import dev.cim.core.model.ContactPoint;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One entry of the consent ledger: at {@code recordedAt}, the owner of {@code contactPoint} opted in to or out of
 * contact for {@code purpose}, recorded through {@code source} (how: {@code "web-form"}, {@code "ivr"},
 * {@code "agent-verbal"}, ...). Entries are never changed; the latest one per contact point and purpose is the one in
 * force (see {@link dev.cim.core.spi.ConsentStore}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param contactPoint the contact point the consent is about; not null
 * @param purpose what contact it covers, e.g. {@code "marketing"}, {@code "service-updates"}: trimmed and lower-cased,
 *     1 to 64 characters of {@code a-z 0-9 _ - .} starting with a letter or digit; not null
 * @param status opted in or out; not null
 * @param recordedAt when it was given; not null
 * @param source how it was given, same rules as {@code purpose}; not null
 */
public record ConsentEntry(
    ContactPoint contactPoint, String purpose, ConsentStatus status, Instant recordedAt, String source) {

  /**
   * Validates and normalises the entry.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code purpose} or {@code source} is not a valid name
   */
  public ConsentEntry {
    Objects.requireNonNull(contactPoint, "contactPoint");
    purpose = name("purpose", purpose);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(recordedAt, "recordedAt");
    source = name("source", source);
  }

  /**
   * Normalises a purpose or source name: trimmed, lower-cased, 1 to 64 characters of {@code a-z 0-9 _ - .}, starting
   * with a letter or digit.
   *
   * @param field the field's name, for the message; not null
   * @param raw the name as given; not null
   * @return the normalised name
   * @throws NullPointerException if {@code raw} is null
   * @throws IllegalArgumentException if it is not a valid name
   */
  public static String name(String field, String raw) {
    Objects.requireNonNull(raw, field);
    String n = raw.strip().toLowerCase(Locale.ROOT);
    boolean ok = !n.isEmpty() && n.length() <= 64 && isLetterOrDigit(n.charAt(0));
    for (int i = 0; ok && i < n.length(); i++) {
      char c = n.charAt(i);
      ok = isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }
    if (!ok) {
      throw new IllegalArgumentException(field + " must be 1 to 64 characters of a-z, 0-9, '_', '-' and '.' "
          + "starting with a letter or digit, but was '" + (raw.length() > 70 ? raw.substring(0, 70) + "..." : raw)
          + "'");
    }
    return n;
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /**
   * Tells whether this entry allows contact.
   *
   * @return true if {@link ConsentStatus#OPTED_IN}
   */
  public boolean allows() {
    return status == ConsentStatus.OPTED_IN;
  }

  /** Returns the purpose, status, time and source, and the contact point's kind only (its value is personal data). */
  @Override
  public String toString() {
    return "ConsentEntry[" + contactPoint.kind() + ", purpose=" + purpose + ", " + status + " at " + recordedAt
        + " via " + source + "]";
  }
}
