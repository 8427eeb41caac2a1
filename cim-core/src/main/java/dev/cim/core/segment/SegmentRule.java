package dev.cim.core.segment;

import dev.cim.core.model.AttributeKey;
import dev.cim.core.model.Customer;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A rule that tells whether a customer belongs to a segment. Immutable and thread-safe if its condition is.
 *
 * @param description what the rule checks, for explanations (e.g. {@code "segment = gold"}); not blank
 * @param condition the check; must be thread-safe, fast, and not throw; not null
 * @since 0.1.0
 */
public record SegmentRule(String description, Predicate<Customer> condition) {
  /**
   * Validates the rule.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the description is blank
   */
  public SegmentRule {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(condition, "condition");
    if (description.isBlank()) {
      throw new IllegalArgumentException("description must not be blank, but was '" + description + "'");
    }
  }

  /**
   * Matches customers whose {@link Customer#segment()} equals a value, ignoring case and surrounding spaces.
   *
   * @param value the segment value, e.g. {@code "gold"}; not null
   * @return the rule
   * @throws NullPointerException if {@code value} is null
   */
  public static SegmentRule segmentIs(String value) {
    String v = Objects.requireNonNull(value, "value").strip().toLowerCase(Locale.ROOT);
    return new SegmentRule("segment = " + v,
        c -> c.segment().map(s -> s.strip().toLowerCase(Locale.ROOT).equals(v)).orElse(false));
  }

  /**
   * Matches customers with an attribute whose value satisfies a test; customers without it do not match.
   *
   * @param <T> the attribute's type
   * @param key the attribute; not null
   * @param description what the test checks, e.g. {@code "lifetime-value >= 10000"}; not blank
   * @param test the test on the value; not null
   * @return the rule
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the description is blank
   */
  public static <T> SegmentRule attribute(AttributeKey<T> key, String description, Predicate<? super T> test) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(test, "test");
    return new SegmentRule(description, c -> c.attributes().get(key).map(test::test).orElse(false));
  }

  /**
   * Matches every customer (a catch-all last rule).
   *
   * @return the rule
   */
  public static SegmentRule always() {
    return new SegmentRule("any customer", c -> true);
  }

  /**
   * Tells whether a customer matches.
   *
   * @param customer the customer; not null
   * @return true if it matches
   * @throws NullPointerException if {@code customer} is null
   */
  public boolean matches(Customer customer) {
    return condition.test(Objects.requireNonNull(customer, "customer"));
  }
}
