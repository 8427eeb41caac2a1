package dev.cim.core.identity;

import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.ContactPointKind;
import dev.cim.core.model.Customer;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * A veto of an {@link IdentityResolver}: a reason why a candidate customer must not be matched, whatever rule found
 * it. A vetoed candidate is left out of the match and reported in {@link Resolution#vetoed()}.
 *
 * <p>Implementations must be thread-safe, fast and free of side effects; they must not call back into the hub.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Veto {
  /**
   * Checks a candidate.
   *
   * @param candidate the customer a rule found; not null
   * @param observed everything observed on the contact; not null
   * @return the reason for the veto (no personal data: it may be logged), or empty to allow the candidate
   */
  Optional<String> check(Customer candidate, Collection<ObservedContactPoint> observed);

  /**
   * Returns the veto "two different identifiers of this kind never match": a candidate that holds a contact point of
   * the kind is vetoed when the contact carries one of that kind that the candidate does not hold. Used with
   * {@link ContactPointKind#EXTERNAL_ID}: a contact from host account {@code A-1} never matches the customer of
   * account {@code A-2}, even when they share an email address.
   *
   * @param kind the kind; not null
   * @return the veto
   * @throws NullPointerException if {@code kind} is null
   */
  static Veto distinctIdentifiers(ContactPointKind kind) {
    Objects.requireNonNull(kind, "kind");
    return (candidate, observed) -> {
      boolean holdsKind = candidate.contactPoints().stream().anyMatch(cp -> cp.kind().equals(kind));
      if (!holdsKind) {
        return Optional.empty();
      }
      for (ObservedContactPoint o : observed) {
        ContactPoint cp = o.contactPoint();
        if (cp.kind().equals(kind) && !candidate.hasContactPoint(cp)) {
          return Optional.of("customer '" + candidate.id() + "' has another " + kind + " than the contact");
        }
      }
      return Optional.empty();
    };
  }
}
