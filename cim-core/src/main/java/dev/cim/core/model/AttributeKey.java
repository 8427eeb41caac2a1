package dev.cim.core.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The typed key of a host's custom attribute on a customer, interaction, message or agent.
 *
 * <p>A key has a name and a value type. The value types are a closed set, so that attributes survive a JSON round
 * trip without deserialising arbitrary classes: {@link String}, {@link Boolean}, {@link Integer}, {@link Long},
 * {@link Double}, {@link BigDecimal}, {@link Instant} and {@link LocalDate}. Names follow the rules of
 * {@link Channel} names (lower case, 1 to 64 characters); prefix them with the host's name to avoid clashes
 * ({@code acme.loyalty_points}). The prefix {@code cim.} is reserved for cim's own attributes.
 *
 * <pre>{@code
 * static final AttributeKey<Long> LOYALTY_POINTS = AttributeKey.of("acme.loyalty_points", Long.class);
 * Customer c = customer.withAttributes(customer.attributes().with(LOYALTY_POINTS, 1200L));
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal when name and type are equal.
 *
 * @param <T> the value type
 * @param name the normalised name
 * @param type the value type, one of {@link #supportedTypes()}
 */
public record AttributeKey<T>(String name, Class<T> type) {
  private static final List<Class<?>> SUPPORTED = List.of(String.class, Boolean.class, Integer.class, Long.class,
      Double.class, BigDecimal.class, Instant.class, LocalDate.class);

  /**
   * Validates the key.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is not valid or the type is not supported
   */
  public AttributeKey {
    name = Ids.name("attribute name", name);
    Objects.requireNonNull(type, "type");
    if (!SUPPORTED.contains(type)) {
      throw new IllegalArgumentException("attribute '" + name + "' type must be one of " + supportedTypeNames()
          + ", but was " + type.getName());
    }
  }

  /**
   * Returns a key.
   *
   * @param <T> the value type
   * @param name the name; not null
   * @param type the value type; not null
   * @return the key
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is not valid or the type is not supported
   */
  public static <T> AttributeKey<T> of(String name, Class<T> type) {
    return new AttributeKey<>(name, type);
  }

  /**
   * Returns the supported value types.
   *
   * @return an immutable list of the eight supported types
   */
  public static List<Class<?>> supportedTypes() {
    return SUPPORTED;
  }

  /**
   * Casts a value to this key's type.
   *
   * @param value the value; not null
   * @return the value as a {@code T}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the value is not a {@code T}, or is a {@code Double} that is not finite
   */
  public T cast(Object value) {
    Objects.requireNonNull(value, "value");
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException("attribute '" + name + "' must be a " + type.getSimpleName() + ", but was a "
          + value.getClass().getSimpleName());
    }
    if (value instanceof Double d && !Double.isFinite(d)) {
      throw new IllegalArgumentException("attribute '" + name + "' must be a finite number, but was " + d);
    }
    return type.cast(value);
  }

  private static String supportedTypeNames() {
    StringBuilder sb = new StringBuilder();
    for (Class<?> c : SUPPORTED) {
      sb.append(sb.length() == 0 ? "" : ", ").append(c.getSimpleName());
    }
    return sb.toString();
  }

  /** Returns {@code name:Type}. */
  @Override
  public String toString() {
    return name + ":" + type.getSimpleName();
  }
}
