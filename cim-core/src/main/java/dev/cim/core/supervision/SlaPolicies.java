package dev.cim.core.supervision;

import java.util.HashMap;
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
  private final Map<String, SlaPolicy> byQueue;
  private final Map<String, SlaPolicy> bySegment;
  private final Map<String, SlaPolicy> byBoth;
  private final Optional<SlaPolicy> fallback;

  private SlaPolicies(Builder b) {
    this.byQueue = Map.copyOf(b.byQueue);
    this.bySegment = Map.copyOf(b.bySegment);
    this.byBoth = Map.copyOf(b.byBoth);
    this.fallback = Optional.ofNullable(b.fallback);
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
     */
    public SlaPolicies build() {
      return new SlaPolicies(this);
    }
  }
}
