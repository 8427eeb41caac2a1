package dev.cim.core.bot;

import dev.cim.core.model.Channel;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Where a {@link Bot} runs first: on new interactions of some channels and topics, with a time budget. Give policies to
 * {@code InteractionHub.Builder#bots}; for a new interaction the hub takes the first policy that
 * {@linkplain #appliesTo applies}.
 *
 * <pre>{@code
 * BotPolicy faq = BotPolicy.of("faq", myBot).withChannels(Channel.CHAT).withTimeBudget(Duration.ofSeconds(3));
 * }</pre>
 *
 * @param name the policy's name, stored on each interaction it takes ({@link BotKeys#POLICY}); an attribute-style
 *     name (lower-cased); not null
 * @param bot the bot; not null
 * @param channels the channels it covers; empty for every channel; not null, copied
 * @param topics the topics it covers, lower-cased; empty for every topic (and contacts without one); not null, copied
 * @param timeBudget the longest a call to the bot may take before the interaction is handed off; positive. Without
 *     an executor the hub calls the bot on its own thread and measures the call by its clock afterwards (a bot that
 *     never returns then holds {@code receive}); with one it also stops waiting after this long in real time
 * @param executor where the hub runs each call to the bot, if anywhere; empty to call it on the receiving thread. With
 *     an executor, the receiving thread waits at most {@code timeBudget} (real time) for the reply and then hands the
 *     interaction off with {@link BotKeys#REASON_TIMEOUT}, whatever the bot does later (its late reply is discarded,
 *     and the call is cancelled if the executor supports it); not null (since 0.1.0)
 * @since 0.1.0
 */
public record BotPolicy(String name, Bot bot, Set<Channel> channels, Set<String> topics, Duration timeBudget,
    Optional<Executor> executor) {

  /** The default time budget: 10 seconds. */
  public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(10);

  /**
   * Validates and copies.
   *
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the name is not valid or the budget is not positive
   */
  public BotPolicy {
    Objects.requireNonNull(name, "name");
    try {
      name = BotKeys.field(name).name().substring(BotKeys.FIELD_PREFIX.length());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bot policy name must be 1 to " + BotReply.MAX_FIELD_NAME
          + " characters of a-z, 0-9, '_', '-' and '.', but was '" + name + "'", e);
    }
    if (name.length() > BotReply.MAX_FIELD_NAME) {
      throw new IllegalArgumentException("bot policy name must be at most " + BotReply.MAX_FIELD_NAME
          + " characters, but was '" + name + "'");
    }
    Objects.requireNonNull(bot, "bot");
    channels = Set.copyOf(channels);
    topics = topics.stream().map(t -> Objects.requireNonNull(t, "topic").strip().toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
    Objects.requireNonNull(timeBudget, "timeBudget");
    if (timeBudget.isZero() || timeBudget.isNegative()) {
      throw new IllegalArgumentException("timeBudget must be positive, but was " + timeBudget);
    }
    Objects.requireNonNull(executor, "executor");
  }

  /**
   * Creates a policy whose bot is called on the receiving thread (the constructor before {@code executor}).
   *
   * @param name the policy's name; not null
   * @param bot the bot; not null
   * @param channels the channels it covers; not null
   * @param topics the topics it covers; not null
   * @param timeBudget the time budget; positive
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the name is not valid or the budget is not positive
   */
  public BotPolicy(String name, Bot bot, Set<Channel> channels, Set<String> topics, Duration timeBudget) {
    this(name, bot, channels, topics, timeBudget, Optional.empty());
  }

  /**
   * Returns a policy for every channel and topic with the {@linkplain #DEFAULT_TIME_BUDGET default budget}.
   *
   * @param name the name; not null
   * @param bot the bot; not null
   * @return the policy
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is not valid
   */
  public static BotPolicy of(String name, Bot bot) {
    return new BotPolicy(name, bot, Set.of(), Set.of(), DEFAULT_TIME_BUDGET);
  }

  /**
   * Returns this policy limited to some channels.
   *
   * @param cs the channels; not null, no null elements; none means every channel
   * @return the new policy
   * @throws NullPointerException if an argument or element is null
   */
  public BotPolicy withChannels(Channel... cs) {
    return new BotPolicy(name, bot, Set.copyOf(Arrays.asList(cs)), topics, timeBudget, executor);
  }

  /**
   * Returns this policy limited to some topics (compared ignoring case).
   *
   * @param ts the topics; not null, no null elements; none means every topic
   * @return the new policy
   * @throws NullPointerException if an argument or element is null
   */
  public BotPolicy withTopics(String... ts) {
    return new BotPolicy(name, bot, channels, Set.copyOf(Arrays.asList(ts)), timeBudget, executor);
  }

  /**
   * Returns this policy with another time budget.
   *
   * @param budget positive; not null
   * @return the new policy
   * @throws NullPointerException if {@code budget} is null
   * @throws IllegalArgumentException if it is not positive
   */
  public BotPolicy withTimeBudget(Duration budget) {
    return new BotPolicy(name, bot, channels, topics, budget, executor);
  }

  /**
   * Returns this policy with its bot called on an executor, so that the receiving thread stops waiting after the
   * {@linkplain #timeBudget() time budget} in real time (see {@link #executor()}).
   *
   * @param e the executor, for example a bounded thread pool of the host's; not null
   * @return the new policy
   * @throws NullPointerException if {@code e} is null
   * @since 0.1.0
   */
  public BotPolicy withExecutor(Executor e) {
    return new BotPolicy(name, bot, channels, topics, timeBudget, Optional.of(Objects.requireNonNull(e, "executor")));
  }

  /**
   * Tells whether this policy covers a new interaction.
   *
   * @param channel its channel; not null
   * @param topic its topic, if any; not null
   * @return true if the channel is covered and the topic is covered (a contact without a topic is covered only when
   *     the policy names no topics)
   * @throws NullPointerException if an argument is null
   */
  public boolean appliesTo(Channel channel, Optional<String> topic) {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(topic, "topic");
    if (!channels.isEmpty() && !channels.contains(channel)) {
      return false;
    }
    return topics.isEmpty() || topic.map(t -> topics.contains(t.strip().toLowerCase(Locale.ROOT))).orElse(false);
  }
}
