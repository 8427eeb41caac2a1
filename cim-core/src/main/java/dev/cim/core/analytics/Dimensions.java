package dev.cim.core.analytics;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;
import java.util.Objects;
import java.util.Optional;

/**
 * The reporting dimensions a {@link Fact} carries: channel, queue, team, agent and customer segment. Never a customer
 * id or contact point, so facts survive a customer's erasure.
 *
 * <p>Immutable and thread-safe.
 *
 * @param channel the channel, if any; not null
 * @param queue the queue, if any; not null
 * @param team the agent's team, if any; not null
 * @param agent the agent, if any; not null
 * @param segment the customer's segment, if any; not null
 * @since 0.1.0
 */
public record Dimensions(Optional<Channel> channel, Optional<String> queue, Optional<String> team,
    Optional<AgentId> agent, Optional<String> segment) {

  /** No dimension at all. */
  public static final Dimensions NONE = new Dimensions(Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty());

  /**
   * Validates the dimensions.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a text value is blank
   */
  public Dimensions {
    Objects.requireNonNull(channel, "channel");
    check("queue", queue);
    check("team", team);
    Objects.requireNonNull(agent, "agent");
    check("segment", segment);
  }

  private static void check(String field, Optional<String> value) {
    Objects.requireNonNull(value, field);
    if (value.isPresent() && value.get().isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, but was '" + value.get() + "'");
    }
  }

  /**
   * Returns dimensions with only a channel.
   *
   * @param channel the channel; not null
   * @return the dimensions
   * @throws NullPointerException if {@code channel} is null
   */
  public static Dimensions of(Channel channel) {
    return NONE.withChannel(channel);
  }

  /**
   * Returns a copy with another channel.
   *
   * @param c the channel; not null
   * @return the copy
   * @throws NullPointerException if {@code c} is null
   */
  public Dimensions withChannel(Channel c) {
    return new Dimensions(Optional.of(c), queue, team, agent, segment);
  }

  /**
   * Returns a copy with another queue.
   *
   * @param q the queue, or null for none
   * @return the copy
   */
  public Dimensions withQueue(String q) {
    return new Dimensions(channel, Optional.ofNullable(q), team, agent, segment);
  }

  /**
   * Returns a copy with another team.
   *
   * @param t the team, or null for none
   * @return the copy
   */
  public Dimensions withTeam(String t) {
    return new Dimensions(channel, queue, Optional.ofNullable(t), agent, segment);
  }

  /**
   * Returns a copy with another agent.
   *
   * @param a the agent, or null for none
   * @return the copy
   */
  public Dimensions withAgent(AgentId a) {
    return new Dimensions(channel, queue, team, Optional.ofNullable(a), segment);
  }

  /**
   * Returns a copy with another customer segment.
   *
   * @param s the segment, or null for none
   * @return the copy
   */
  public Dimensions withSegment(String s) {
    return new Dimensions(channel, queue, team, agent, Optional.ofNullable(s));
  }
}
