package dev.cim.core.identity;

import dev.cim.core.model.ContactPoint;
import java.util.Objects;

/**
 * A contact point seen on an inbound contact, with the evidence of where it came from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param contactPoint the normalised contact point; not null
 * @param evidence where it came from; not null
 * @since 0.1.0
 */
public record ObservedContactPoint(ContactPoint contactPoint, Evidence evidence) {
  /**
   * Validates the arguments.
   *
   * @throws NullPointerException if an argument is null
   */
  public ObservedContactPoint {
    Objects.requireNonNull(contactPoint, "contactPoint");
    Objects.requireNonNull(evidence, "evidence");
  }

  /**
   * Returns an observed contact point.
   *
   * @param contactPoint the contact point; not null
   * @param evidence where it came from; not null
   * @return the observation
   * @throws NullPointerException if an argument is null
   */
  public static ObservedContactPoint of(ContactPoint contactPoint, Evidence evidence) {
    return new ObservedContactPoint(contactPoint, evidence);
  }

  /** Returns the kind and evidence, not the value (personal data). */
  @Override
  public String toString() {
    return "ObservedContactPoint[" + contactPoint.kind() + ", " + evidence + "]";
  }
}
