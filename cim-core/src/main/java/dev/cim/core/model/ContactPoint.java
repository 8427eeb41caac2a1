package dev.cim.core.model;

import java.util.Objects;

/**
 * A way to reach a customer: a kind and a normalised value, such as a phone number in E.164 or a lower-cased email
 * address. Two contact points are equal when their kinds and normalised values are equal, so the same number written
 * two ways ({@code "+1 (415) 555-0100"} and {@code "+14155550100"}) is one contact point.
 *
 * <p>The canonical constructor normalises its value, and normalisation is idempotent: {@code new ContactPoint(k,
 * new ContactPoint(k, v).value())} equals {@code new ContactPoint(k, v)}. A phone number in national format needs a
 * default country calling code: use {@link #phone(String, String)} or a {@link ContactPointNormalizer}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the kind; not null
 * @param value the normalised value; not null
 */
public record ContactPoint(ContactPointKind kind, String value) {

  /**
   * Normalises the value for its kind.
   *
   * @throws NullPointerException if {@code kind} or {@code value} is null
   * @throws InvalidContactPointException if the value cannot be normalised for its kind
   */
  public ContactPoint {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    value = ContactPointNormalizer.DEFAULT.normalize(kind, value);
  }

  /**
   * Returns the contact point of the given kind and raw value.
   *
   * @param kind the kind; not null
   * @param rawValue the value as written; not null
   * @return the normalised contact point
   * @throws NullPointerException if an argument is null
   * @throws InvalidContactPointException if the value cannot be normalised for its kind
   */
  public static ContactPoint of(ContactPointKind kind, String rawValue) {
    return new ContactPoint(kind, rawValue);
  }

  /**
   * Returns a phone contact point from an international number ({@code +} or {@code 00} followed by the country
   * calling code).
   *
   * @param rawNumber the number as written, e.g. {@code "+44 20 7946 0018"}; not null
   * @return the contact point, its value in E.164
   * @throws NullPointerException if {@code rawNumber} is null
   * @throws InvalidContactPointException if the number is not a valid international number
   */
  public static ContactPoint phone(String rawNumber) {
    return new ContactPoint(ContactPointKind.PHONE, rawNumber);
  }

  /**
   * Returns a phone contact point from a number in international or national format.
   *
   * @param rawNumber the number as written, e.g. {@code "020 7946 0018"}; not null
   * @param defaultCountryCallingCode the calling code for numbers in national format, e.g. {@code "44"}; not null
   * @return the contact point, its value in E.164
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the calling code is not 1 to 3 digits
   * @throws InvalidContactPointException if the number is not valid
   */
  public static ContactPoint phone(String rawNumber, String defaultCountryCallingCode) {
    return ContactPointNormalizer.withDefaultCountryCallingCode(defaultCountryCallingCode).phone(rawNumber);
  }

  /**
   * Returns an email contact point.
   *
   * @param rawAddress the address as written; not null
   * @return the contact point, its value trimmed and lower-cased
   * @throws NullPointerException if {@code rawAddress} is null
   * @throws InvalidContactPointException if the address is not valid
   */
  public static ContactPoint email(String rawAddress) {
    return new ContactPoint(ContactPointKind.EMAIL, rawAddress);
  }

  /**
   * Returns the host's own identifier of a person as a contact point.
   *
   * @param id the identifier; not null
   * @return the contact point, its value trimmed with its case kept
   * @throws NullPointerException if {@code id} is null
   * @throws InvalidContactPointException if the identifier is blank or too long
   */
  public static ContactPoint externalId(String id) {
    return new ContactPoint(ContactPointKind.EXTERNAL_ID, id);
  }

  /**
   * Returns a channel handle, such as a social network user name.
   *
   * @param kind the handle's kind, e.g. {@code "twitter"}; not null
   * @param rawHandle the handle as written, e.g. {@code "@Ana_Lima"}; not null
   * @return the contact point, its value trimmed, without leading {@code @}s, lower-cased
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the kind's name is not valid
   * @throws InvalidContactPointException if the handle is blank or too long
   */
  public static ContactPoint handle(String kind, String rawHandle) {
    return new ContactPoint(ContactPointKind.of(kind), rawHandle);
  }

  /** Returns {@code kind:value}. */
  @Override
  public String toString() {
    return kind.name() + ":" + value;
  }
}
