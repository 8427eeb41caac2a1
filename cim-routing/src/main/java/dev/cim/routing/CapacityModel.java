package dev.cim.routing;

import dev.cim.core.model.Agent;
import dev.cim.core.model.Channel;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How much work an agent may hold at once: a limit per channel, a weight per channel and a total budget.
 *
 * <p>An agent may take one more task on channel {@code c} when their load on {@code c} is below {@code limit(c)} and
 * the sum of the weights of everything they hold, plus {@code weight(c)}, does not exceed {@link #budget()}. Examples:
 * <ul>
 *   <li>one voice call, or up to three chats: voice limit 1 weight 3, chat limit 3 weight 1, budget 3;
 *   <li>one call plus one email: voice limit 1 weight 1, email limit 1 weight 1, budget 2.
 * </ul>
 * A channel missing from the limits is one the agent does not handle.
 *
 * <p>Immutable and thread-safe.
 *
 * @param limits the most concurrent tasks per channel, each 1 to {@link Agent#MAX_CAPACITY}; not null, not empty
 * @param weights the weight of one task per channel, each 1 to {@link Agent#MAX_CAPACITY}; same keys as
 *     {@code limits}; not null
 * @param budget the most total weight, at least the largest single weight and at most 10,000
 */
public record CapacityModel(Map<Channel, Integer> limits, Map<Channel, Integer> weights, int budget) {

  /**
   * Validates and copies the arguments.
   *
   * @throws NullPointerException if an argument or an entry is null
   * @throws IllegalArgumentException if a limit, weight or the budget is out of range, or the key sets differ
   */
  public CapacityModel {
    limits = Map.copyOf(limits);
    weights = Map.copyOf(weights);
    if (limits.isEmpty()) {
      throw new IllegalArgumentException("capacity limits must name at least one channel, but were empty");
    }
    if (!limits.keySet().equals(weights.keySet())) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "capacity weights must name the same channels as the limits %s, but named %s",
          limits.keySet(), weights.keySet()));
    }
    int maxWeight = 0;
    for (Map.Entry<Channel, Integer> e : limits.entrySet()) {
      check("limit", e.getKey(), e.getValue());
      int w = weights.get(e.getKey());
      check("weight", e.getKey(), w);
      maxWeight = Math.max(maxWeight, w);
    }
    if (budget < maxWeight || budget > 10_000) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "capacity budget must be between the largest weight %d and 10000, but was %d", maxWeight, budget));
    }
  }

  private static void check(String what, Channel channel, int value) {
    if (value < 1 || value > Agent.MAX_CAPACITY) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "capacity %s on channel '%s' must be between 1 and %d, but was %d",
          what, channel, Agent.MAX_CAPACITY, value));
    }
  }

  /**
   * Returns a model for one channel only.
   *
   * @param channel the channel; not null
   * @param limit the most concurrent tasks, 1 to {@link Agent#MAX_CAPACITY}
   * @return the model, with weight 1 and budget {@code limit}
   * @throws NullPointerException if {@code channel} is null
   * @throws IllegalArgumentException if {@code limit} is out of range
   */
  public static CapacityModel single(Channel channel, int limit) {
    Objects.requireNonNull(channel, "channel");
    if (limit < 1 || limit > Agent.MAX_CAPACITY) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "capacity limit on channel '%s' must be between 1 and %d, but was %d",
          channel, Agent.MAX_CAPACITY, limit));
    }
    return new CapacityModel(Map.of(channel, limit), Map.of(channel, 1), limit);
  }

  /**
   * Returns a model where the channels are independent: each has its limit, weight 1, and the budget is the sum of
   * the limits (for example one call plus one email).
   *
   * @param limits the most concurrent tasks per channel; not null, not empty
   * @return the model
   * @throws NullPointerException if {@code limits} or an entry is null
   * @throws IllegalArgumentException if a limit is out of range or {@code limits} is empty
   */
  public static CapacityModel independent(Map<Channel, Integer> limits) {
    Map<Channel, Integer> copy = Map.copyOf(limits);
    Map<Channel, Integer> weights = new LinkedHashMap<>();
    int sum = 0;
    for (Map.Entry<Channel, Integer> e : copy.entrySet()) {
      weights.put(e.getKey(), 1);
      sum += Math.max(0, e.getValue());
    }
    return new CapacityModel(copy, weights, Math.min(Math.max(sum, 1), 10_000));
  }

  /**
   * Returns a model where the channels share one budget: each channel's weight is {@code budget / limit}, so an agent
   * with {@code {voice=1, chat=3}} takes one call or up to three chats, not both.
   *
   * @param limits the most concurrent tasks per channel; each limit must divide the largest limit; not null
   * @return the model
   * @throws NullPointerException if {@code limits} or an entry is null
   * @throws IllegalArgumentException if a limit is out of range, does not divide the largest, or the map is empty
   */
  public static CapacityModel exclusive(Map<Channel, Integer> limits) {
    Map<Channel, Integer> copy = Map.copyOf(limits);
    int max = copy.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    Map<Channel, Integer> weights = new LinkedHashMap<>();
    for (Map.Entry<Channel, Integer> e : copy.entrySet()) {
      int limit = e.getValue();
      if (limit < 1 || max % limit != 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "capacity limit on channel '%s' must be >= 1 and divide the largest limit %d, but was %d",
            e.getKey(), max, limit));
      }
      weights.put(e.getKey(), max / limit);
    }
    return new CapacityModel(copy, weights, max);
  }

  /**
   * Returns the model of a core {@link Agent}: its per-channel capacity, channels independent.
   *
   * @param agent the agent; not null, with at least one channel
   * @return the model
   * @throws NullPointerException if {@code agent} is null
   * @throws IllegalArgumentException if the agent handles no channel
   */
  public static CapacityModel of(Agent agent) {
    Objects.requireNonNull(agent, "agent");
    return independent(agent.capacity());
  }

  /**
   * Returns the channels this model handles.
   *
   * @return an immutable set; not empty
   */
  public Set<Channel> channels() {
    return limits.keySet();
  }

  /**
   * Returns the limit on a channel.
   *
   * @param channel the channel; not null
   * @return the most concurrent tasks, 0 if the channel is not handled
   */
  public int limit(Channel channel) {
    return limits.getOrDefault(Objects.requireNonNull(channel, "channel"), 0);
  }

  /**
   * Returns the weight of one task on a channel.
   *
   * @param channel the channel; not null
   * @return the weight, 0 if the channel is not handled
   */
  public int weight(Channel channel) {
    return weights.getOrDefault(Objects.requireNonNull(channel, "channel"), 0);
  }
}
