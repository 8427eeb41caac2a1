package dev.cim.core.identity;

import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.ContactPointKind;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule of an {@link IdentityResolver}: match a customer by an observed contact point of one kind (or of any
 * channel-handle kind), with a weight that caps the confidence of what it matches.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the rule's name, reported in {@link Match#rule()}; 1 to 64 characters, not blank; not null
 * @param kind the contact point kind it matches; empty to match every channel handle kind
 *     ({@link ContactPointKind#isHandle()}); not null
 * @param weight the confidence of a match by this rule from certain evidence, in (0, 1]
 * @since 0.1.0
 */
public record MatchRule(String name, Optional<ContactPointKind> kind, double weight) {
  /**
   * Validates the rule.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank or longer than 64 characters, or the weight is not in (0, 1]
   */
  public MatchRule {
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || name.length() > 64) {
      throw new IllegalArgumentException("name of a match rule must be 1 to 64 characters and not blank, but was '"
          + name + "'");
    }
    Objects.requireNonNull(kind, "kind");
    if (!(weight > 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight of match rule '" + name + "' must be in (0, 1], but was " + weight);
    }
  }

  /**
   * Returns a rule matching contact points of one kind.
   *
   * @param name the name; not null
   * @param kind the kind; not null
   * @param weight the weight, in (0, 1]
   * @return the rule
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name or weight is not valid
   */
  public static MatchRule of(String name, ContactPointKind kind, double weight) {
    return new MatchRule(name, Optional.of(Objects.requireNonNull(kind, "kind")), weight);
  }

  /**
   * Returns a rule matching every channel handle kind (whatsapp, twitter, ...).
   *
   * @param name the name; not null
   * @param weight the weight, in (0, 1]
   * @return the rule
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the name or weight is not valid
   */
  public static MatchRule anyHandle(String name, double weight) {
    return new MatchRule(name, Optional.empty(), weight);
  }

  /**
   * Tells whether this rule applies to a contact point.
   *
   * @param contactPoint the contact point; not null
   * @return true if its kind is this rule's kind (or a handle, for a handle rule)
   * @throws NullPointerException if {@code contactPoint} is null
   */
  public boolean appliesTo(ContactPoint contactPoint) {
    Objects.requireNonNull(contactPoint, "contactPoint");
    return kind.map(k -> k.equals(contactPoint.kind())).orElseGet(() -> contactPoint.kind().isHandle());
  }
}
