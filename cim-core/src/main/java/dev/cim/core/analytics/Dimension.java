package dev.cim.core.analytics;

import java.util.Objects;

/**
 * A way to break KPIs down ({@link Kpis#breakdown}). A fact's key for a dimension is the value it carries (channel
 * name, queue, team, agent id, customer segment), or {@link #NONE} when it carries none.
 *
 * @since 0.1.0
 */
public enum Dimension {
  /** By channel name. */
  CHANNEL,
  /** By queue. */
  QUEUE,
  /** By the agent's team. */
  TEAM,
  /** By agent id. */
  AGENT,
  /** By the customer's segment. */
  SEGMENT;

  /** The key of facts that carry no value for a dimension. */
  public static final String NONE = "(none)";

  /**
   * Returns the fact's key for this dimension.
   *
   * @param fact the fact; not null
   * @return the value, or {@link #NONE}; never null
   * @throws NullPointerException if {@code fact} is null
   */
  public String keyOf(Fact fact) {
    Objects.requireNonNull(fact, "fact");
    Dimensions d = fact.dimensions();
    return switch (this) {
      case CHANNEL -> d.channel().map(c -> c.name()).orElse(NONE);
      case QUEUE -> d.queue().orElse(NONE);
      case TEAM -> d.team().orElse(NONE);
      case AGENT -> d.agent().map(a -> a.value()).orElse(NONE);
      case SEGMENT -> d.segment().orElse(NONE);
    };
  }
}
