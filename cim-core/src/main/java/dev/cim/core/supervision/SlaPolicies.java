package dev.cim.core.supervision;

import dev.cim.core.model.AttributeKey;
import dev.cim.core.model.Interaction;
import dev.cim.core.segment.SegmentStrategies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Chooses the {@link SlaPolicy} of an interaction from its queue and its customer's segment. The most specific rule
 * wins, in this order:
 * <ol>
 *   <li>a rule for the queue and the segment together ({@link Builder#forQueueAndSegment});
 *   <li>a rule for the queue ({@link Builder#forQueue});
 *   <li>a rule for the segment ({@link Builder#forSegment});
 *   <li>the default policy ({@link Builder#defaultPolicy}), if set.
 * </ol>
 * A queue rule beats a segment rule because the queue is where the work is staffed and planned; a host that wants a
 * segment to override every queue writes a queue-and-segment rule for each queue. Queue and segment names are compared
 * exactly (case-sensitive).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SlaPolicies {
  /**
   * The interaction attribute in which the hub records the name of the SLA policy applied to an interaction when it
   * opens ({@link dev.cim.core.InteractionHub.Builder#slaPolicies}); {@link SlaMonitor} follows it.
   *
   * @since 0.1.0
   */
  public static final AttributeKey<String> APPLIED = AttributeKey.of("sla.policy", String.class);

  private final Map<String, SlaPolicy> byQueue;
  private final Map<String, SlaPolicy> bySegment;
  private final Map<String, SlaPolicy> byBoth;
  private final Optional<SlaPolicy> fallback;
  private final Map<String, SlaPolicy> byName;

  private SlaPolicies(Builder b) {
    this.byQueue = Map.copyOf(b.byQueue);
    this.bySegment = Map.copyOf(b.bySegment);
    this.byBoth = Map.copyOf(b.byBoth);
    this.fallback = Optional.ofNullable(b.fallback);
    Map<String, SlaPolicy> names = new HashMap<>(b.named);
    List<SlaPolicy> all = new ArrayList<>(b.byQueue.values());
    all.addAll(b.bySegment.values());
    all.addAll(b.byBoth.values());
    fallback.ifPresent(all::add);
    for (SlaPolicy p : all) {
      SlaPolicy other = names.putIfAbsent(p.name(), p);
      if (other != null && !other.equals(p)) {
        throw new IllegalArgumentException("SLA policy names must identify one policy, but '" + p.name()
            + "' names two different policies");
      }
    }
    this.byName = Map.copyOf(names);
  }

  /**
   * Returns a policy of these rules by its name: one set for a queue, a segment, both, as the default, or added with
   * {@link Builder#policy}.
   *
   * @param name the policy's name; not null
   * @return the policy, or empty if none has that name
   * @throws NullPointerException if {@code name} is null
   * @since 0.1.0
   */
  public Optional<SlaPolicy> named(String name) {
    return Optional.ofNullable(byName.get(Objects.requireNonNull(name, "name")));
  }

  /**
   * Returns the policy for an interaction as it opens: the policy its segment strategy names
   * ({@link dev.cim.core.segment.SegmentStrategies#SLA_POLICY}), if these rules know it, else
   * {@link #select(Optional, Optional) select(queue, segment)}.
   *
   * @param interaction the interaction; not null
   * @param segment the customer's segment, if any; not null
   * @return the policy, or empty if none applies
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public Optional<SlaPolicy> forInteraction(Interaction interaction, Optional<String> segment) {
    Objects.requireNonNull(interaction, "interaction");
    Objects.requireNonNull(segment, "segment");
    Optional<SlaPolicy> named = interaction.attributes().get(SegmentStrategies.SLA_POLICY).flatMap(this::named);
    return named.isPresent() ? named : select(interaction.queue(), segment);
  }

  /**
   * Returns a builder with no rules and no default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the policy that applies to an interaction in {@code queue} for a customer in {@code segment}.
   *
   * @param queue the interaction's queue, if any; not null
   * @param segment the customer's segment, if any; not null
   * @return the most specific matching policy, or empty if no rule matches and there is no default
   * @throws NullPointerException if an argument is null
   */
  public Optional<SlaPolicy> select(Optional<String> queue, Optional<String> segment) {
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(segment, "segment");
    if (queue.isPresent() && segment.isPresent()) {
      SlaPolicy p = byBoth.get(key(queue.get(), segment.get()));
      if (p != null) {
        return Optional.of(p);
      }
    }
    if (queue.isPresent() && byQueue.containsKey(queue.get())) {
      return Optional.of(byQueue.get(queue.get()));
    }
    if (segment.isPresent() && bySegment.containsKey(segment.get())) {
      return Optional.of(bySegment.get(segment.get()));
    }
    return fallback;
  }

  private static String key(String queue, String segment) {
    return queue + '\u0000' + segment;
  }

  /** Builds {@link SlaPolicies}. A rule may be set once per key. Not thread-safe. */
  public static final class Builder {
    private final Map<String, SlaPolicy> byQueue = new HashMap<>();
    private final Map<String, SlaPolicy> bySegment = new HashMap<>();
    private final Map<String, SlaPolicy> byBoth = new HashMap<>();
    private SlaPolicy fallback;
    private final Map<String, SlaPolicy> named = new HashMap<>();

    private Builder() {}

    /**
     * Sets the policy for interactions that no rule matches.
     *
     * @param policy the policy; not null
     * @return this builder
     * @throws NullPointerException if {@code policy} is null
     * @throws IllegalStateException if a default was already set
     */
    public Builder defaultPolicy(SlaPolicy policy) {
      Objects.requireNonNull(policy, "policy");
      if (fallback != null) {
        throw new IllegalStateException("defaultPolicy was already set to '" + fallback.name() + "'");
      }
      fallback = policy;
      return this;
    }

    /**
     * Adds a policy that no queue or segment rule selects but that can be chosen by name, for example by a segment
     * strategy ({@link dev.cim.core.segment.ServiceStrategy}).
     *
     * @param policy the policy; not null
     * @return this builder
     * @throws NullPointerException if {@code policy} is null
     * @throws IllegalStateException if a different policy of that name was already added
     * @since 0.1.0
     */
    public Builder policy(SlaPolicy policy) {
      put(named, Objects.requireNonNull(policy, "policy").name(), policy, "name '" + policy.name() + "'");
      return this;
    }

    /**
     * Sets the policy for a queue.
     *
     * @param queue the queue; not null
     * @param policy the policy; not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the queue already has a rule
     */
    public Builder forQueue(String queue, SlaPolicy policy) {
      put(byQueue, Objects.requireNonNull(queue, "queue"), policy, "queue '" + queue + "'");
      return this;
    }

    /**
     * Sets the policy for a customer segment.
     *
     * @param segment the segment; not null
     * @param policy the policy; not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the segment already has a rule
     */
    public Builder forSegment(String segment, SlaPolicy policy) {
      put(bySegment, Objects.requireNonNull(segment, "segment"), policy, "segment '" + segment + "'");
      return this;
    }

    /**
     * Sets the policy for a customer segment in a queue.
     *
     * @param queue the queue; not null
     * @param segment the segment; not null
     * @param policy the policy; not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the pair already has a rule
     */
    public Builder forQueueAndSegment(String queue, String segment, SlaPolicy policy) {
      Objects.requireNonNull(queue, "queue");
      Objects.requireNonNull(segment, "segment");
      put(byBoth, key(queue, segment), policy, "queue '" + queue + "' and segment '" + segment + "'");
      return this;
    }

    private static void put(Map<String, SlaPolicy> map, String key, SlaPolicy policy, String what) {
      Objects.requireNonNull(policy, "policy");
      SlaPolicy existing = map.get(key);
      if (existing != null) {
        throw new IllegalStateException("policy for " + what + " was already set to '" + existing.name() + "'");
      }
      map.put(key, policy);
    }

    /**
     * Builds the rules.
     *
     * @return the rules
     * @throws IllegalArgumentException if two different policies have the same name
     */
    public SlaPolicies build() {
      return new SlaPolicies(this);
    }
  }
}
