package dev.cim.core.identity;

import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.ContactPointKind;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Matches an inbound contact to a customer through an ordered rule set with vetoes.
 *
 * <pre>{@code
 * IdentityResolver resolver = IdentityResolver.custom()
 *     .rule(MatchRule.of("crm-id", ContactPointKind.EXTERNAL_ID, 1.0))
 *     .rule(MatchRule.of("email", ContactPointKind.EMAIL, 0.95))
 *     .rule(MatchRule.of("phone", ContactPointKind.PHONE, 0.9))
 *     .veto(Veto.distinctIdentifiers(ContactPointKind.EXTERNAL_ID))
 *     .build();
 * Resolution r = resolver.resolve(observed, customerStore::findByContactPoint);
 * }</pre>
 *
 * <h2>How it resolves</h2>
 * <ol>
 *   <li>For each rule in order, for each observed contact point the rule applies to (most certain evidence first,
 *       then in the given order), it looks the contact point up. A contact point no rule applies to is ignored.
 *   <li>A found customer that a veto rejects is reported in {@link Resolution#vetoed()} and not matched.
 *   <li>Each other customer becomes a candidate with its first (highest-ranked) match; its confidence is the rule's
 *       weight times the evidence's {@linkplain Evidence#confidence() confidence}.
 *   <li>One candidate is the match. Several are a conflict, decided by the {@link ConflictPolicy}: the default,
 *       {@link ConflictPolicy#REFUSE}, matches nobody (the hub then throws {@link IdentityConflictException});
 *       {@link ConflictPolicy#HIGHEST_RULE} matches the first candidate. Either way all candidates are reported.
 * </ol>
 * The {@linkplain #ofDefaults() defaults} rank external id (weight 1.0) over email (0.95) over phone (0.9) over any
 * channel handle (0.85), and veto matching two different external ids.
 *
 * <p>Immutable and thread-safe; the lookup function is called on the caller's thread.
 *
 * @since 0.1.0
 */
public final class IdentityResolver {
  private static final IdentityResolver DEFAULTS = custom()
      .rule(MatchRule.of("external_id", ContactPointKind.EXTERNAL_ID, 1.0))
      .rule(MatchRule.of("email", ContactPointKind.EMAIL, 0.95))
      .rule(MatchRule.of("phone", ContactPointKind.PHONE, 0.9))
      .rule(MatchRule.anyHandle("handle", 0.85))
      .veto(Veto.distinctIdentifiers(ContactPointKind.EXTERNAL_ID))
      .build();

  /** What to do when the observed contact points belong to different customers. */
  public enum ConflictPolicy {
    /** Match nobody and report the candidates (the hub throws {@link IdentityConflictException}). */
    REFUSE,
    /** Match the candidate of the highest-ranked rule and report the others. */
    HIGHEST_RULE
  }

  private final List<MatchRule> rules;
  private final List<Veto> vetoes;
  private final ConflictPolicy conflictPolicy;

  private IdentityResolver(Builder b) {
    this.rules = List.copyOf(b.rules);
    this.vetoes = List.copyOf(b.vetoes);
    this.conflictPolicy = b.conflictPolicy;
  }

  /**
   * Returns the default resolver (see the class documentation).
   *
   * @return the resolver; not null
   */
  public static IdentityResolver ofDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns an empty builder.
   *
   * @return a new builder with no rules, no vetoes and {@link ConflictPolicy#REFUSE}
   */
  public static Builder custom() {
    return new Builder();
  }

  /**
   * Returns a builder holding this resolver's rules, vetoes and policy, to change some of them.
   *
   * @param base the resolver to start from; not null
   * @return a new builder
   * @throws NullPointerException if {@code base} is null
   */
  public static Builder from(IdentityResolver base) {
    Objects.requireNonNull(base, "base");
    Builder b = new Builder();
    b.rules.addAll(base.rules);
    b.vetoes.addAll(base.vetoes);
    b.conflictPolicy = base.conflictPolicy;
    return b;
  }

  /**
   * Returns the rules, highest-ranked first.
   *
   * @return the rules; not null
   */
  public List<MatchRule> rules() {
    return rules;
  }

  /**
   * Returns the conflict policy.
   *
   * @return the policy; not null
   */
  public ConflictPolicy conflictPolicy() {
    return conflictPolicy;
  }

  /**
   * Resolves observed contact points to a customer.
   *
   * @param observed what was observed on one contact; not null, no null elements; may be empty
   * @param lookup finds the customer holding a contact point (such as {@code CustomerStore::findByContactPoint});
   *     not null, must not return null
   * @return the resolution; not null
   * @throws NullPointerException if an argument or element is null, or the lookup returns null
   */
  public Resolution resolve(Collection<ObservedContactPoint> observed,
      Function<ContactPoint, Optional<Customer>> lookup) {
    Objects.requireNonNull(lookup, "lookup");
    List<ObservedContactPoint> ordered = new ArrayList<>(observed);
    ordered.forEach(o -> Objects.requireNonNull(o, "observed contact point"));
    ordered.sort(Comparator.comparingDouble((ObservedContactPoint o) -> -o.evidence().confidence()));
    Map<CustomerId, Match> candidates = new LinkedHashMap<>();
    List<Resolution.Vetoed> vetoed = new ArrayList<>();
    Set<CustomerId> rejected = new HashSet<>();
    Set<ContactPoint> looked = new HashSet<>();
    for (MatchRule rule : rules) {
      for (ObservedContactPoint o : ordered) {
        if (!rule.appliesTo(o.contactPoint()) || !looked.add(o.contactPoint())) {
          continue;
        }
        Optional<Customer> found = Objects.requireNonNull(lookup.apply(o.contactPoint()), "lookup result");
        if (found.isEmpty()) {
          continue;
        }
        Customer c = found.get();
        if (candidates.containsKey(c.id()) || rejected.contains(c.id())) {
          continue;
        }
        Optional<String> veto = vetoOf(c, ordered);
        if (veto.isPresent()) {
          rejected.add(c.id());
          vetoed.add(new Resolution.Vetoed(c.id(), rule.name(), veto.get()));
          continue;
        }
        candidates.put(c.id(), new Match(c, rule.name(), o, rule.weight() * o.evidence().confidence()));
      }
    }
    List<Match> list = List.copyOf(candidates.values());
    Optional<Match> match = list.size() == 1 || (list.size() > 1 && conflictPolicy == ConflictPolicy.HIGHEST_RULE)
        ? Optional.of(list.get(0)) : Optional.empty();
    return new Resolution(match, list, vetoed);
  }

  private Optional<String> vetoOf(Customer c, List<ObservedContactPoint> observed) {
    for (Veto v : vetoes) {
      Optional<String> reason = Objects.requireNonNull(v.check(c, observed), "veto result");
      if (reason.isPresent()) {
        return reason;
      }
    }
    return Optional.empty();
  }

  /** Returns the rule names and the policy. */
  @Override
  public String toString() {
    return "IdentityResolver[rules=" + rules.stream().map(MatchRule::name).toList() + ", vetoes=" + vetoes.size()
        + ", conflictPolicy=" + conflictPolicy + "]";
  }

  /** Builds an {@link IdentityResolver}. Not thread-safe. */
  public static final class Builder {
    private final List<MatchRule> rules = new ArrayList<>();
    private final List<Veto> vetoes = new ArrayList<>();
    private ConflictPolicy conflictPolicy = ConflictPolicy.REFUSE;

    private Builder() {}

    /**
     * Appends a rule, ranked below the rules added before it.
     *
     * @param rule the rule; not null
     * @return this builder
     * @throws NullPointerException if {@code rule} is null
     * @throws IllegalArgumentException if a rule of that name was added already
     */
    public Builder rule(MatchRule rule) {
      Objects.requireNonNull(rule, "rule");
      for (MatchRule r : rules) {
        if (r.name().equals(rule.name())) {
          throw new IllegalArgumentException("rule name must be unique, but '" + rule.name() + "' was added twice");
        }
      }
      rules.add(rule);
      return this;
    }

    /**
     * Adds a veto.
     *
     * @param veto the veto; not null
     * @return this builder
     * @throws NullPointerException if {@code veto} is null
     */
    public Builder veto(Veto veto) {
      vetoes.add(Objects.requireNonNull(veto, "veto"));
      return this;
    }

    /**
     * Sets the conflict policy (default {@link ConflictPolicy#REFUSE}).
     *
     * @param policy the policy; not null
     * @return this builder
     * @throws NullPointerException if {@code policy} is null
     */
    public Builder conflictPolicy(ConflictPolicy policy) {
      this.conflictPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Builds the resolver.
     *
     * @return the resolver
     * @throws IllegalStateException if no rule was added
     */
    public IdentityResolver build() {
      if (rules.isEmpty()) {
        throw new IllegalStateException("an identity resolver needs at least one rule, but none was added");
      }
      return new IdentityResolver(this);
    }
  }
}
