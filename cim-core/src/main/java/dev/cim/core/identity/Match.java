package dev.cim.core.identity;

import dev.cim.core.model.Customer;
import java.util.Objects;

/**
 * A customer matched by an {@link IdentityResolver}: who, by which rule, on which evidence, and how confidently.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customer the matched customer as stored when matched; not null
 * @param rule the name of the rule that matched; not null
 * @param evidence the observed contact point that matched; not null
 * @param confidence the rule's weight times the evidence's confidence, in (0, 1]
 * @since 0.1.0
 */
public record Match(Customer customer, String rule, ObservedContactPoint evidence, double confidence) {
  /**
   * Validates the match.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the confidence is not in (0, 1]
   */
  public Match {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(evidence, "evidence");
    if (!(confidence > 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1], but was " + confidence);
    }
  }

  /** Returns the customer id, rule, evidence kind and confidence, but no contact point value. */
  @Override
  public String toString() {
    return "Match[customer=" + customer.id() + ", rule=" + rule + ", evidence=" + evidence + ", confidence="
        + confidence + "]";
  }
}
