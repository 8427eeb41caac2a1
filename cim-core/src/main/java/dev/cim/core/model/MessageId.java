package dev.cim.core.model;

import java.util.UUID;

/**
 * The identifier of a message: an opaque, non-blank string of at most 128 characters with no whitespace or control
 * characters.
 *
 * <p>Immutable and thread-safe; equal when the strings are equal (case-sensitive).
 *
 * @param value the identifier; not null
 */
public record MessageId(String value) implements Comparable<MessageId> {

  /**
   * Validates the identifier.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank, longer than 128 characters, or contains whitespace
   *     or control characters
   */
  public MessageId {
    Ids.check("message id", value);
  }

  /**
   * Returns the identifier with the given value.
   *
   * @param value the identifier; not null
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid identifier
   */
  public static MessageId of(String value) {
    return new MessageId(value);
  }

  /**
   * Returns a new random identifier (a type 4 UUID).
   *
   * @return a fresh identifier, different from every other with overwhelming probability
   */
  public static MessageId random() {
    return new MessageId(UUID.randomUUID().toString());
  }

  /** Orders identifiers by their string value. */
  @Override
  public int compareTo(MessageId other) {
    return value.compareTo(other.value);
  }

  /** Returns the identifier itself. */
  @Override
  public String toString() {
    return value;
  }
}
