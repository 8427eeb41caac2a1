package dev.cim.routing;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Skill;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit of work to route: what the engine needs to know about an interaction.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(InteractionId, Channel)}.
 *
 * @param id the task, the interaction's id; not null
 * @param channel the channel; not null
 * @param queue the queue, 1 to 128 characters, not blank; not null
 * @param priority higher is more urgent, 0 to {@link #MAX_PRIORITY}
 * @param required minimum level by required skill, each level {@link Skill#MIN_LEVEL} to {@link Skill#MAX_LEVEL};
 *     not null
 * @param preferred weight by preferred skill, each 1 to 100: an agent's score grows by weight times level; not null
 * @param preferredAgent the agent to wait for (for example the customer's last agent), if any; not null
 * @param preferredAgentWait how long only the preferred agent may take the task, 0 to 1 hour; not null
 * @param enqueuedAt when the task first entered a queue, if known (recovery); empty means "now, on submit"; not null;
 *     the engine rejects a time after its clock's
 * @param negativeSentiment whether the customer's sentiment is negative: the engine caps how many such tasks in a row
 *     one agent takes ({@link RoutingConfig#negativeStreakCap()}) (since 0.1.0)
 * @param offerFanOut to how many agents at once the task is offered, first to accept wins: 1 to
 *     {@link #MAX_OFFER_FAN_OUT}, or 0 for the configuration's {@link RoutingConfig#offerFanOut()} (since 0.1.0)
 * @param priorityReason why the task has its priority (e.g. {@code "priority 8 because segment GOLD"}), shown by
 *     {@link RoutingEngine#explanation}; not null (since 0.1.0)
 */
public record Task(InteractionId id, Channel channel, String queue, int priority, Map<Skill, Integer> required,
    Map<Skill, Integer> preferred, Optional<AgentId> preferredAgent, Duration preferredAgentWait,
    Optional<Instant> enqueuedAt, boolean negativeSentiment, int offerFanOut, Optional<String> priorityReason) {

  /** The largest offer fan-out. */
  public static final int MAX_OFFER_FAN_OUT = 32;

  /** The highest priority. */
  public static final int MAX_PRIORITY = 1_000;
  /** The queue of a task that names none. */
  public static final String DEFAULT_QUEUE = "default";
  /** The longest preferred-agent wait. */
  public static final Duration MAX_PREFERRED_WAIT = Duration.ofHours(1);

  /**
   * Validates and copies the arguments.
   *
   * @throws NullPointerException if an argument or an entry is null
   * @throws IllegalArgumentException if a value is out of range
   */
  public Task {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(channel, "channel");
    checkQueue("queue", queue);
    checkPriority(priority);
    required = Map.copyOf(required);
    required.forEach(Skill::checkLevel);
    preferred = Map.copyOf(preferred);
    preferred.forEach((s, w) -> {
      if (w < 1 || w > 100) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "weight of preferred skill '%s' must be between 1 and 100, but was %d", s, w));
      }
    });
    Objects.requireNonNull(preferredAgent, "preferredAgent");
    Objects.requireNonNull(preferredAgentWait, "preferredAgentWait");
    if (preferredAgentWait.isNegative() || preferredAgentWait.compareTo(MAX_PREFERRED_WAIT) > 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "preferredAgentWait must be between PT0S and %s, but was %s", MAX_PREFERRED_WAIT, preferredAgentWait));
    }
    Objects.requireNonNull(enqueuedAt, "enqueuedAt");
    checkFanOut("offerFanOut", offerFanOut, 0);
    Objects.requireNonNull(priorityReason, "priorityReason");
  }

  /**
   * Creates a task without negative sentiment, with the configured offer fan-out and no priority reason (the
   * constructor before {@code negativeSentiment}, {@code offerFanOut} and {@code priorityReason} existed).
   *
   * @param id the task; not null
   * @param channel the channel; not null
   * @param queue the queue; not null
   * @param priority 0 to {@link #MAX_PRIORITY}
   * @param required minimum level by required skill; not null
   * @param preferred weight by preferred skill; not null
   * @param preferredAgent the preferred agent, if any; not null
   * @param preferredAgentWait how long only the preferred agent may take it; not null
   * @param enqueuedAt when it first entered a queue, if known; not null
   * @throws NullPointerException if an argument or an entry is null
   * @throws IllegalArgumentException if a value is out of range
   */
  public Task(InteractionId id, Channel channel, String queue, int priority, Map<Skill, Integer> required,
      Map<Skill, Integer> preferred, Optional<AgentId> preferredAgent, Duration preferredAgentWait,
      Optional<Instant> enqueuedAt) {
    this(id, channel, queue, priority, required, preferred, preferredAgent, preferredAgentWait, enqueuedAt, false, 0,
        Optional.empty());
  }

  static int checkFanOut(String field, int n, int min) {
    if (n < min || n > MAX_OFFER_FAN_OUT) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s must be between %d and %d, but was %d", field, min, MAX_OFFER_FAN_OUT, n));
    }
    return n;
  }

  static String checkQueue(String field, String queue) {
    Objects.requireNonNull(queue, field);
    if (queue.isBlank() || queue.length() > 128) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s must be 1 to 128 characters and not blank, but was '%s'", field, queue));
    }
    return queue;
  }

  static int checkPriority(int priority) {
    if (priority < 0 || priority > MAX_PRIORITY) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "priority must be between 0 and %d, but was %d", MAX_PRIORITY, priority));
    }
    return priority;
  }

  /**
   * Starts a builder.
   *
   * @param id the task, the interaction's id; not null
   * @param channel the channel; not null
   * @return a builder with queue {@link #DEFAULT_QUEUE}, priority 0, no requirements and no preferred agent
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(InteractionId id, Channel channel) {
    return new Builder(id, channel);
  }

  /**
   * Returns a copy with another priority; a different priority drops the {@linkplain #priorityReason reason}.
   *
   * @param p the priority, 0 to {@link #MAX_PRIORITY}
   * @return the copy
   * @throws IllegalArgumentException if {@code p} is out of range
   */
  public Task withPriority(int p) {
    return new Task(id, channel, queue, p, required, preferred, preferredAgent, preferredAgentWait, enqueuedAt,
        negativeSentiment, offerFanOut, p == priority ? priorityReason : Optional.empty());
  }

  /**
   * Returns a copy with other required skills.
   *
   * @param r the minimum level by skill; not null
   * @return the copy
   * @throws NullPointerException if {@code r} or an entry is null
   * @throws IllegalArgumentException if a level is out of range
   */
  public Task withRequired(Map<Skill, Integer> r) {
    return new Task(id, channel, queue, priority, r, preferred, preferredAgent, preferredAgentWait, enqueuedAt,
        negativeSentiment, offerFanOut, priorityReason);
  }

  /**
   * Returns a copy with another sentiment flag.
   *
   * @param negative whether the customer's sentiment is negative
   * @return the copy
   * @since 0.1.0
   */
  public Task withNegativeSentiment(boolean negative) {
    return new Task(id, channel, queue, priority, required, preferred, preferredAgent, preferredAgentWait, enqueuedAt,
        negative, offerFanOut, priorityReason);
  }

  /**
   * Returns a copy with another enqueue time (recovery).
   *
   * @param at when the task first entered a queue; not null
   * @return the copy
   * @throws NullPointerException if {@code at} is null
   * @since 0.1.0
   */
  public Task withEnqueuedAt(Instant at) {
    return new Task(id, channel, queue, priority, required, preferred, preferredAgent, preferredAgentWait,
        Optional.of(Objects.requireNonNull(at, "at")), negativeSentiment, offerFanOut, priorityReason);
  }

  /**
   * Builds a {@link Task}. Each setter validates its argument; not thread-safe.
   */
  public static final class Builder {
    private final InteractionId id;
    private final Channel channel;
    private String queue = DEFAULT_QUEUE;
    private int priority;
    private final Map<Skill, Integer> required = new LinkedHashMap<>();
    private final Map<Skill, Integer> preferred = new LinkedHashMap<>();
    private AgentId preferredAgent;
    private Duration preferredAgentWait = Duration.ZERO;
    private Instant enqueuedAt;
    private boolean negativeSentiment;
    private int offerFanOut;
    private String priorityReason;

    private Builder(InteractionId id, Channel channel) {
      this.id = Objects.requireNonNull(id, "id");
      this.channel = Objects.requireNonNull(channel, "channel");
    }

    /**
     * Sets the queue.
     *
     * @param q the queue, 1 to 128 characters; not null
     * @return this builder
     * @throws NullPointerException if {@code q} is null
     * @throws IllegalArgumentException if {@code q} is blank or too long
     */
    public Builder queue(String q) {
      this.queue = checkQueue("queue", q);
      return this;
    }

    /**
     * Sets the priority.
     *
     * @param p 0 to {@link #MAX_PRIORITY}; higher is more urgent
     * @return this builder
     * @throws IllegalArgumentException if {@code p} is out of range
     */
    public Builder priority(int p) {
      this.priority = checkPriority(p);
      return this;
    }

    /**
     * Requires a skill at a minimum level.
     *
     * @param skill the skill; not null
     * @param minLevel {@link Skill#MIN_LEVEL} to {@link Skill#MAX_LEVEL}
     * @return this builder
     * @throws NullPointerException if {@code skill} is null
     * @throws IllegalArgumentException if {@code minLevel} is out of range
     */
    public Builder require(Skill skill, int minLevel) {
      Objects.requireNonNull(skill, "skill");
      required.put(skill, Skill.checkLevel(skill, minLevel));
      return this;
    }

    /**
     * Prefers agents with a skill.
     *
     * @param skill the skill; not null
     * @param weight 1 to 100
     * @return this builder
     * @throws NullPointerException if {@code skill} is null
     * @throws IllegalArgumentException if {@code weight} is out of range
     */
    public Builder prefer(Skill skill, int weight) {
      Objects.requireNonNull(skill, "skill");
      if (weight < 1 || weight > 100) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "weight of preferred skill '%s' must be between 1 and 100, but was %d", skill, weight));
      }
      preferred.put(skill, weight);
      return this;
    }

    /**
     * Reserves the task for an agent for a while; after {@code wait} any eligible agent may take it. The reservation
     * holds only while that agent could take the task where it waits: known to the engine, not offline, handling its
     * channel, serving its queue and holding each required skill at or above the lowest level the queue's relaxation
     * can reach (busy, away or in wrap-up is fine: the task waits for them). Otherwise, at submission or as soon as
     * that changes (the agent goes offline, is removed or updated, rejects the task), the reservation ends and the
     * task goes to any eligible agent at once; the decisions made while the wait would have run list the agent with
     * the reason ({@link PassReason#UNKNOWN_AGENT}, {@link PassReason#OFFLINE}, ...).
     *
     * @param agent the preferred agent; not null
     * @param wait 0 to {@link #MAX_PREFERRED_WAIT}; not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code wait} is out of range
     */
    public Builder preferredAgent(AgentId agent, Duration wait) {
      Objects.requireNonNull(agent, "agent");
      Objects.requireNonNull(wait, "wait");
      if (wait.isNegative() || wait.compareTo(MAX_PREFERRED_WAIT) > 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "preferredAgentWait must be between PT0S and %s, but was %s", MAX_PREFERRED_WAIT, wait));
      }
      this.preferredAgent = agent;
      this.preferredAgentWait = wait;
      return this;
    }

    /**
     * Sets when the task first entered a queue, for rebuilding an engine from stored interactions. The engine
     * rejects a task whose enqueue time is after its clock's time ({@link IllegalArgumentException} from
     * {@link RoutingEngine#submitTask} and {@link RoutingEngine#restore}).
     *
     * @param at the time; not null
     * @return this builder
     * @throws NullPointerException if {@code at} is null
     */
    public Builder enqueuedAt(Instant at) {
      this.enqueuedAt = Objects.requireNonNull(at, "at");
      return this;
    }

    /**
     * Marks the customer's sentiment as negative (see {@link RoutingConfig#negativeStreakCap()}).
     *
     * @param negative whether it is negative
     * @return this builder
     * @since 0.1.0
     */
    public Builder negativeSentiment(boolean negative) {
      this.negativeSentiment = negative;
      return this;
    }

    /**
     * Offers the task to up to {@code n} agents at once; the first to accept gets it and the other offers are
     * withdrawn.
     *
     * @param n 1 to {@link #MAX_OFFER_FAN_OUT}, or 0 for the configuration's default
     * @return this builder
     * @throws IllegalArgumentException if {@code n} is out of range
     * @since 0.1.0
     */
    public Builder offerFanOut(int n) {
      this.offerFanOut = checkFanOut("offerFanOut", n, 0);
      return this;
    }

    /**
     * Sets why the task has its priority, shown by {@link RoutingEngine#explanation} (default: none).
     *
     * @param reason the reason, e.g. {@code "priority 8 because segment GOLD"}; not null
     * @return this builder
     * @throws NullPointerException if {@code reason} is null
     * @since 0.1.0
     */
    public Builder priorityReason(String reason) {
      this.priorityReason = Objects.requireNonNull(reason, "reason");
      return this;
    }

    /**
     * Builds the task.
     *
     * @return the task
     */
    public Task build() {
      return new Task(id, channel, queue, priority, required, preferred, Optional.ofNullable(preferredAgent),
          preferredAgentWait, Optional.ofNullable(enqueuedAt), negativeSentiment, offerFanOut,
          Optional.ofNullable(priorityReason));
    }
  }
}
