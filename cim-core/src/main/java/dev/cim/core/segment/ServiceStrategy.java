package dev.cim.core.segment;

import dev.cim.core.model.Channel;
import java.util.Objects;
import java.util.Optional;

/**
 * How a segment is served. Immutable and thread-safe. Start from {@link #of(int)} and add with the {@code with*}
 * methods.
 *
 * @param priority the routing priority of the segment's new interactions, {@code >= 0} (a contact's own higher
 *     priority wins)
 * @param queue the queue for the segment's new interactions, if any (a contact's own queue wins); not null
 * @param slaPolicy the name of the SLA policy the host applies, if any; recorded on the interaction; not null
 * @param proactiveChannel the channel to use when the company contacts these customers, if any; not null
 * @param bot how bots treat the segment; not null
 * @param botPolicy the bot policy to use when {@code bot} is {@link BotUse#NAMED}, empty otherwise; not null
 * @since 0.1.0
 */
public record ServiceStrategy(int priority, Optional<String> queue, Optional<String> slaPolicy,
    Optional<Channel> proactiveChannel, BotUse bot, Optional<String> botPolicy) {

  /** How the segment's new interactions meet bots. */
  public enum BotUse {
    /** The hub's bot policies apply as configured (by channel and topic). */
    AS_CONFIGURED,
    /** No bot: straight to routing. */
    NEVER,
    /** The named bot policy, whatever its channels and topics. */
    NAMED
  }

  /**
   * Validates the strategy.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the priority is negative, a name is blank, or {@code botPolicy} is present
   *     exactly when {@code bot} is not NAMED
   */
  public ServiceStrategy {
    if (priority < 0) {
      throw new IllegalArgumentException("priority must be >= 0, but was " + priority);
    }
    Objects.requireNonNull(queue, "queue");
    queue.ifPresent(q -> notBlank("queue", q));
    Objects.requireNonNull(slaPolicy, "slaPolicy");
    slaPolicy.ifPresent(s -> notBlank("slaPolicy", s));
    Objects.requireNonNull(proactiveChannel, "proactiveChannel");
    Objects.requireNonNull(bot, "bot");
    Objects.requireNonNull(botPolicy, "botPolicy");
    if ((bot == BotUse.NAMED) != botPolicy.isPresent()) {
      throw new IllegalArgumentException("botPolicy must be present exactly when bot is NAMED, but was " + botPolicy
          + " with " + bot);
    }
  }

  private static void notBlank(String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, but was '" + value + "'");
    }
  }

  /**
   * Returns a strategy with a priority and nothing else (bots as configured).
   *
   * @param priority {@code >= 0}
   * @return the strategy
   * @throws IllegalArgumentException if the priority is negative
   */
  public static ServiceStrategy of(int priority) {
    return new ServiceStrategy(priority, Optional.empty(), Optional.empty(), Optional.empty(), BotUse.AS_CONFIGURED,
        Optional.empty());
  }

  /**
   * Returns this strategy with a queue.
   *
   * @param q the queue; not null, not blank
   * @return the new strategy
   * @throws NullPointerException if {@code q} is null
   * @throws IllegalArgumentException if it is blank
   */
  public ServiceStrategy withQueue(String q) {
    return new ServiceStrategy(priority, Optional.of(q), slaPolicy, proactiveChannel, bot, botPolicy);
  }

  /**
   * Returns this strategy with an SLA policy name.
   *
   * @param name the name; not null, not blank
   * @return the new strategy
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if it is blank
   */
  public ServiceStrategy withSlaPolicy(String name) {
    return new ServiceStrategy(priority, queue, Optional.of(name), proactiveChannel, bot, botPolicy);
  }

  /**
   * Returns this strategy with a channel for proactive contact.
   *
   * @param c the channel; not null
   * @return the new strategy
   * @throws NullPointerException if {@code c} is null
   */
  public ServiceStrategy withProactiveChannel(Channel c) {
    return new ServiceStrategy(priority, queue, slaPolicy, Optional.of(c), bot, botPolicy);
  }

  /**
   * Returns this strategy without bots: the segment goes straight to routing.
   *
   * @return the new strategy
   */
  public ServiceStrategy withoutBot() {
    return new ServiceStrategy(priority, queue, slaPolicy, proactiveChannel, BotUse.NEVER, Optional.empty());
  }

  /**
   * Returns this strategy with a named bot policy (which must be one given to the hub's builder).
   *
   * @param policyName the policy's name; not null
   * @return the new strategy
   * @throws NullPointerException if {@code policyName} is null
   */
  public ServiceStrategy withBotPolicy(String policyName) {
    return new ServiceStrategy(priority, queue, slaPolicy, proactiveChannel, BotUse.NAMED,
        Optional.of(policyName.strip().toLowerCase(java.util.Locale.ROOT)));
  }
}
