package dev.cim.core.identity;

import dev.cim.core.model.CustomerId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link IdentityResolver} found for one contact.
 *
 * <p>{@link #candidates()} holds the best match of every customer any observed contact point points to (after the
 * vetoes), in rule order, so that its first element came from the highest-ranked rule. More than one candidate is a
 * {@linkplain #isConflict() conflict}: the observed contact points belong to different customers, and
 * {@link #match()} is then what the resolver's {@link IdentityResolver.ConflictPolicy} says.
 *
 * <p>Immutable and thread-safe.
 *
 * @param match the chosen match, if any; not null
 * @param candidates the best match of each distinct customer, in rule order; not null
 * @param vetoed the candidates a veto removed; not null
 * @since 0.1.0
 */
public record Resolution(Optional<Match> match, List<Match> candidates, List<Vetoed> vetoed) {
  /**
   * Validates and copies the arguments.
   *
   * @throws NullPointerException if an argument or element is null
   */
  public Resolution {
    Objects.requireNonNull(match, "match");
    candidates = List.copyOf(candidates);
    vetoed = List.copyOf(vetoed);
  }

  /**
   * Tells whether the observed contact points point to more than one customer.
   *
   * @return true on a conflict
   */
  public boolean isConflict() {
    return candidates.size() > 1;
  }

  /**
   * Returns the ids of the candidates, in rule order.
   *
   * @return the ids; not null
   */
  public List<CustomerId> candidateIds() {
    return candidates.stream().map(m -> m.customer().id()).toList();
  }

  /**
   * A candidate a veto removed.
   *
   * @param customerId the candidate; not null
   * @param rule the rule that found it; not null
   * @param reason the veto's reason; not null
   */
  public record Vetoed(CustomerId customerId, String rule, String reason) {
    /**
     * Validates the arguments.
     *
     * @throws NullPointerException if an argument is null
     */
    public Vetoed {
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
