package dev.cim.core.model;

import java.util.UUID;

/**
 * The identifier of a agent: an opaque, non-blank string of at most 128 characters with no whitespace or control
 * characters.
 *
 * <p>Immutable and thread-safe; equal when the strings are equal (case-sensitive).
 *
 * @param value the identifier; not null
 */
public record AgentId(String value) implements Comparable<AgentId> {

  /**
   * Validates the identifier.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank, longer than 128 characters, or contains whitespace
   *     or control characters
   */
  public AgentId {
    Ids.check("agent id", value);
  }

  /**
   * Returns the identifier with the given value.
   *
   * @param value the identifier; not null
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid identifier
   */
  public static AgentId of(String value) {
    return new AgentId(value);
  }

  /**
   * Returns a new random identifier (a type 4 UUID).
   *
   * @return a fresh identifier, different from every other with overwhelming probability
   */
  public static AgentId random() {
    return new AgentId(UUID.randomUUID().toString());
  }

  /** Orders identifiers by their string value. */
  @Override
  public int compareTo(AgentId other) {
    return value.compareTo(other.value);
  }

  /** Returns the identifier itself. */
  @Override
  public String toString() {
    return value;
  }
}
