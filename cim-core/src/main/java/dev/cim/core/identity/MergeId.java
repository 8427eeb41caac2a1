package dev.cim.core.identity;

import dev.cim.core.model.CustomerId;
import java.util.Objects;
import java.util.UUID;

/**
 * The identifier of a merge of two customers: an opaque, non-blank string of at most 128 characters with no
 * whitespace or control characters (the same rules as {@link CustomerId}).
 *
 * <p>Immutable and thread-safe; equal when the strings are equal.
 *
 * @param value the identifier; not null
 * @since 0.1.0
 */
public record MergeId(String value) implements Comparable<MergeId> {
  /**
   * Validates the identifier.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid identifier
   */
  public MergeId {
    Objects.requireNonNull(value, "merge id");
    try {
      CustomerId.of(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage().replace("customer id", "merge id"), e);
    }
  }

  /**
   * Returns the identifier with the given value.
   *
   * @param value the identifier; not null
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid identifier
   */
  public static MergeId of(String value) {
    return new MergeId(value);
  }

  /**
   * Returns a new random identifier (a type 4 UUID).
   *
   * @return a fresh identifier
   */
  public static MergeId random() {
    return new MergeId(UUID.randomUUID().toString());
  }

  /** Orders identifiers by their string value. */
  @Override
  public int compareTo(MergeId other) {
    return value.compareTo(other.value);
  }

  /** Returns the identifier itself. */
  @Override
  public String toString() {
    return value;
  }
}
