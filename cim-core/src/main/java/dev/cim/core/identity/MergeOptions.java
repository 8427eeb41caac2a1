package dev.cim.core.identity;

import dev.cim.core.model.Attributes;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * How {@link dev.cim.core.InteractionHub#merge} combines two customers' profiles.
 *
 * <ul>
 *   <li>Contact points: the union (one contact point still belongs to one customer: the survivor).
 *   <li>Attributes, by name: present on one side only, that value; present on both, the {@link #precedence()} decides,
 *       or the {@link #perKey()} override for that name.
 *   <li>Display name, segment, preferred channel and language: like an attribute under {@link #precedence()}.
 *   <li>Consents, by purpose: present on one side only, that flag; present on both, {@code false} (an opt-out) wins.
 * </ul>
 * {@link Precedence#NEWEST_WINS} takes the value of the customer whose profile was updated last (by
 * {@link Customer#updatedAt()} when the merge began; the survivor on a tie): attributes carry no times of their own.
 *
 * <p>Immutable and thread-safe.
 *
 * @param precedence the precedence for values present on both sides; not null
 * @param perKey overrides by attribute name; not null, no null keys or values
 * @since 0.1.0
 */
public record MergeOptions(Precedence precedence, Map<String, Precedence> perKey) {

  /** Whose value wins when both customers have one. */
  public enum Precedence {
    /** The survivor's value wins. */
    SURVIVOR_WINS,
    /** The merged-away customer's value wins. */
    MERGED_AWAY_WINS,
    /** The value of the customer updated last wins (the survivor on a tie). */
    NEWEST_WINS
  }

  /**
   * Validates and copies the arguments.
   *
   * @throws NullPointerException if an argument, key or value is null
   */
  public MergeOptions {
    Objects.requireNonNull(precedence, "precedence");
    perKey = Map.copyOf(new TreeMap<>(perKey));
  }

  /**
   * Returns the defaults: the survivor wins, no overrides.
   *
   * @return the options
   */
  public static MergeOptions ofDefaults() {
    return new MergeOptions(Precedence.SURVIVOR_WINS, Map.of());
  }

  /**
   * Returns a copy with another default precedence.
   *
   * @param p the precedence; not null
   * @return the copy
   * @throws NullPointerException if {@code p} is null
   */
  public MergeOptions withPrecedence(Precedence p) {
    return new MergeOptions(p, perKey);
  }

  /**
   * Returns a copy with an override for one attribute name.
   *
   * @param attributeName the attribute's name; not null
   * @param p the precedence for it; not null
   * @return the copy
   * @throws NullPointerException if an argument is null
   */
  public MergeOptions withPrecedence(String attributeName, Precedence p) {
    Objects.requireNonNull(attributeName, "attributeName");
    Objects.requireNonNull(p, "precedence");
    Map<String, Precedence> m = new LinkedHashMap<>(perKey);
    m.put(attributeName, p);
    return new MergeOptions(precedence, m);
  }

  /**
   * Returns the profile the survivor has after absorbing the merged-away customer, by the rules above. The result
   * keeps the survivor's id, version and times. Applying it again to its own result changes nothing.
   *
   * @param survivor the survivor; not null
   * @param mergedAway the customer merged away; not null
   * @return the combined profile
   * @throws NullPointerException if an argument is null
   */
  public Customer combine(Customer survivor, Customer mergedAway) {
    Objects.requireNonNull(survivor, "survivor");
    Objects.requireNonNull(mergedAway, "mergedAway");
    return combine(survivor, mergedAway, mergedAway.updatedAt().isAfter(survivor.updatedAt()));
  }

  /** Combines with a fixed answer to "is the merged-away customer newer", so that a retry combines the same way. */
  Customer combine(Customer survivor, Customer mergedAway, boolean mergedAwayNewer) {
    boolean otherWins = wins(precedence, mergedAwayNewer);
    Set<ContactPoint> points = new HashSet<>(survivor.contactPoints());
    points.addAll(mergedAway.contactPoints());
    Map<String, Attributes.Entry<?>> attrs = new TreeMap<>();
    mergedAway.attributes().entries().forEach(e -> attrs.put(e.key().name(), e));
    for (Attributes.Entry<?> e : survivor.attributes().entries()) {
      String name = e.key().name();
      if (!attrs.containsKey(name) || !wins(perKey.getOrDefault(name, precedence), mergedAwayNewer)) {
        attrs.put(name, e);
      }
    }
    Map<String, Boolean> consents = new TreeMap<>(mergedAway.consents());
    survivor.consents().forEach((k, v) -> consents.merge(k, v, (a, b) -> a && b));
    return survivor.withContactPoints(points)
        .withAttributes(Attributes.ofEntries(attrs.values()))
        .withConsents(consents)
        .withDisplayName(pick(survivor.displayName(), mergedAway.displayName(), otherWins).orElse(null))
        .withSegment(pick(survivor.segment(), mergedAway.segment(), otherWins).orElse(null))
        .withPreferences(pick(survivor.preferredChannel(), mergedAway.preferredChannel(), otherWins).orElse(null),
            pick(survivor.preferredLanguage(), mergedAway.preferredLanguage(), otherWins).orElse(null));
  }

  private static boolean wins(Precedence p, boolean mergedAwayNewer) {
    return p == Precedence.MERGED_AWAY_WINS || (p == Precedence.NEWEST_WINS && mergedAwayNewer);
  }

  private static <T> Optional<T> pick(Optional<T> survivor, Optional<T> other, boolean otherWins) {
    if (survivor.isEmpty()) {
      return other;
    }
    return otherWins && other.isPresent() ? other : survivor;
  }
}
