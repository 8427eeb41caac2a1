package dev.cim.core.model;

import java.util.UUID;

/**
 * The identifier of a customer: an opaque, non-blank string of at most 128 characters with no whitespace or control
 * characters.
 *
 * <p>Immutable and thread-safe; equal when the strings are equal (case-sensitive).
 *
 * @param value the identifier; not null
 */
public record CustomerId(String value) implements Comparable<CustomerId> {

  /**
   * Validates the identifier.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank, longer than 128 characters, or contains whitespace
   *     or control characters
   */
  public CustomerId {
    Ids.check("customer id", value);
  }

  /**
   * Returns the identifier with the given value.
   *
   * @param value the identifier; not null
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid identifier
   */
  public static CustomerId of(String value) {
    return new CustomerId(value);
  }

  /**
   * Returns a new random identifier (a type 4 UUID).
   *
   * @return a fresh identifier, different from every other with overwhelming probability
   */
  public static CustomerId random() {
    return new CustomerId(UUID.randomUUID().toString());
  }

  /** Orders identifiers by their string value. */
  @Override
  public int compareTo(CustomerId other) {
    return value.compareTo(other.value);
  }

  /** Returns the identifier itself. */
  @Override
  public String toString() {
    return value;
  }
}
