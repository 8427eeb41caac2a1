package dev.cim.core.model;

/**
 * The kind of a {@link ContactPoint}: an open value type that decides how a value is normalised.
 *
 * <ul>
 *   <li>{@link #PHONE}: E.164 ({@code +} and 8 to 15 digits);
 *   <li>{@link #EMAIL}: trimmed and lower-cased, one {@code @} with text on both sides;
 *   <li>{@link #EXTERNAL_ID}: the host's own identifier of a person (a CRM account number): trimmed, case kept;
 *   <li>any other kind, made with {@link #of(String)}, is a channel handle ({@code whatsapp}, {@code twitter},
 *       {@code app_user}): trimmed, leading {@code @}s removed, lower-cased.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the normalised name: 1 to 64 characters of {@code a-z 0-9 _ - .}, starting with a letter or digit
 */
public record ContactPointKind(String name) implements Comparable<ContactPointKind> {
  /** A telephone number, normalised to E.164. */
  public static final ContactPointKind PHONE = new ContactPointKind("phone");
  /** An email address, normalised to lower case. */
  public static final ContactPointKind EMAIL = new ContactPointKind("email");
  /** The host's own identifier for a person, compared case-sensitively. */
  public static final ContactPointKind EXTERNAL_ID = new ContactPointKind("external_id");

  /**
   * Normalises and validates the name.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the normalised name is not valid
   */
  public ContactPointKind {
    name = Ids.name("contact point kind", name);
  }

  /**
   * Returns the kind with the given name; names other than {@code phone}, {@code email} and {@code external_id}
   * are channel handles.
   *
   * @param name the name, in any case; not null
   * @return the kind
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the name is not valid
   */
  public static ContactPointKind of(String name) {
    return new ContactPointKind(name);
  }

  /**
   * Tells whether this kind is a channel handle (neither phone, email nor external id).
   *
   * @return true for handles
   */
  public boolean isHandle() {
    return !equals(PHONE) && !equals(EMAIL) && !equals(EXTERNAL_ID);
  }

  /** Orders kinds by name. */
  @Override
  public int compareTo(ContactPointKind other) {
    return name.compareTo(other.name);
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
