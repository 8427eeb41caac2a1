package dev.cim.routing;

import dev.cim.core.model.Skill;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The routing engine's configuration: strategy, aging, offer timing, explanation detail, queues, and the table of
 * skills each topic requires.
 *
 * <p>Immutable and thread-safe. Start from {@link #ofDefaults()}, {@link #custom()} or {@link #from(RoutingConfig)}.
 * Check it against the agents before going live with {@link #check(Collection)}.
 */
public final class RoutingConfig {

  private final Strategy strategy;
  private final AgentScorer scorer;
  private final double agingPerMinute;
  private final Duration offerTimeout;
  private final boolean autoAccept;
  private final boolean awayOnTimeout;
  private final int explanationLimit;
  private final Duration returnPacing;
  private final int offerFanOut;
  private final int negativeStreakCap;
  private final boolean batchMode;
  private final int batchLimit;
  private final Map<String, QueueConfig> queues;
  private final Map<String, Map<Skill, Integer>> topicSkills;

  private RoutingConfig(Builder b) {
    this.strategy = b.strategy;
    this.scorer = b.scorer;
    this.agingPerMinute = b.agingPerMinute;
    this.offerTimeout = b.offerTimeout;
    this.autoAccept = b.autoAccept;
    this.awayOnTimeout = b.awayOnTimeout;
    this.explanationLimit = b.explanationLimit;
    this.returnPacing = b.returnPacing;
    this.offerFanOut = b.offerFanOut;
    this.negativeStreakCap = b.negativeStreakCap;
    this.batchMode = b.batchMode;
    this.batchLimit = b.batchLimit;
    this.queues = Map.copyOf(b.queues);
    Map<String, Map<Skill, Integer>> t = new LinkedHashMap<>();
    b.topicSkills.forEach((k, v) -> t.put(k, Map.copyOf(v)));
    this.topicSkills = Map.copyOf(t);
  }

  /**
   * Returns the defaults: {@link Strategy#LONGEST_IDLE}, aging 1 point per minute, offers time out after 30 seconds,
   * no auto-accept, up to 10 entries per explanation, every queue with {@link QueueConfig#ofDefaults(String)}.
   *
   * @return the default configuration
   */
  public static RoutingConfig ofDefaults() {
    return custom().build();
  }

  /**
   * Starts a builder with the defaults.
   *
   * @return the builder
   */
  public static Builder custom() {
    return new Builder();
  }

  /**
   * Starts a builder with the values of another configuration.
   *
   * @param base the configuration to copy; not null
   * @return the builder
   * @throws NullPointerException if {@code base} is null
   */
  public static Builder from(RoutingConfig base) {
    Objects.requireNonNull(base, "base");
    Builder b = new Builder();
    b.strategy = base.strategy;
    b.scorer = base.scorer;
    b.agingPerMinute = base.agingPerMinute;
    b.offerTimeout = base.offerTimeout;
    b.autoAccept = base.autoAccept;
    b.awayOnTimeout = base.awayOnTimeout;
    b.explanationLimit = base.explanationLimit;
    b.returnPacing = base.returnPacing;
    b.offerFanOut = base.offerFanOut;
    b.negativeStreakCap = base.negativeStreakCap;
    b.batchMode = base.batchMode;
    b.batchLimit = base.batchLimit;
    b.queues.putAll(base.queues);
    b.topicSkills.putAll(base.topicSkills);
    return b;
  }

  /**
   * Returns the strategy.
   *
   * @return the strategy; not null
   */
  public Strategy strategy() {
    return strategy;
  }

  /**
   * Returns the host's scorer, which replaces the strategy when present.
   *
   * @return the scorer, if any; not null
   */
  public Optional<AgentScorer> scorer() {
    return Optional.ofNullable(scorer);
  }

  /**
   * Returns how many priority points a waiting task gains per minute in {@link QueueOrdering#AGED_SCORE} queues.
   *
   * @return the rate, {@code >= 0}
   */
  public double agingPerMinute() {
    return agingPerMinute;
  }

  /**
   * Returns how long an offer stays open before it times out.
   *
   * @return the timeout, positive; not null
   */
  public Duration offerTimeout() {
    return offerTimeout;
  }

  /**
   * Tells whether offers are accepted at once (no accept call needed).
   *
   * @return true for auto-accept
   */
  public boolean autoAccept() {
    return autoAccept;
  }

  /**
   * Tells whether an agent whose offer timed out is set {@link Presence#AWAY} (they did not answer).
   *
   * @return true to set the agent away
   */
  public boolean awayOnTimeout() {
    return awayOnTimeout;
  }

  /**
   * Returns the most candidates and passed-over agents recorded per decision.
   *
   * @return 0 to 1,000; 0 records only the chosen agent and counts
   */
  public int explanationLimit() {
    return explanationLimit;
  }

  /**
   * Returns the pacing of agents returning from a break: for {@code returnPacing × capacity budget} after an agent
   * becomes available again (from away or offline), they get at most one offer per {@code returnPacing}, so a
   * returning agent is not hit by a burst of offers.
   *
   * @return the interval; zero (the default) turns pacing off; not null
   */
  public Duration returnPacing() {
    return returnPacing;
  }

  /**
   * Returns to how many agents at once a task is offered unless the task sets its own {@link Task#offerFanOut()}.
   * With more than one, every offered agent holds capacity for the task until the first of them accepts; then the
   * other offers are withdrawn ({@code OfferWithdrawn}). A reject, time-out or an agent going offline ends only that
   * agent's offer; the task is requeued when no offer is left. With {@link #autoAccept()} or in
   * {@link #batchMode()} a task is offered to one agent.
   *
   * @return 1 (the default) to {@link Task#MAX_OFFER_FAN_OUT}
   * @since 0.1.0
   */
  public int offerFanOut() {
    return offerFanOut;
  }

  /**
   * Returns the fairness cap on negative-sentiment tasks ({@link Task#negativeSentiment()}): an agent who was assigned
   * this many of them in a row is passed over for the next one ({@link PassReason#NEGATIVE_STREAK}) while another
   * agent is eligible, and, when they become ready, takes a waiting task without negative sentiment before one with
   * it. Assigning them a task without negative sentiment ends the streak. When nobody else is eligible the capped
   * agent still gets the task: the cap never makes a customer wait with an agent free.
   *
   * @return 0 (the default: no cap) to 1,000
   * @since 0.1.0
   */
  public int negativeStreakCap() {
    return negativeStreakCap;
  }

  /**
   * Returns whether batch mode is on. In batch mode events (a task arriving, an agent becoming ready) do not offer
   * anything; {@code tick()} instead matches the waiting tasks (up to {@link #batchLimit()}, most urgent first) with
   * the ready agents at once, by minimum total cost over all pairs (an optimal assignment), one task per agent per
   * round, in rounds until nothing more fits. The cost of a pair prefers, in this order: more tasks matched, then
   * per pair 0.4 × the task's urgency (rank plus queue weight), 0.3 × the preferred-skill score and 0.3 × the strategy
   * score, each scaled to 0..1 over the batch.
   *
   * @return false (the default) for the per-event greedy choice
   * @since 0.1.0
   */
  public boolean batchMode() {
    return batchMode;
  }

  /**
   * Returns how many waiting tasks at most one batch round considers (see {@link #batchMode()}); a round costs
   * O(n² m) for n = min(tasks, agents) and m = max(tasks, agents).
   *
   * @return 1 to 10,000; default 500
   * @since 0.1.0
   */
  public int batchLimit() {
    return batchLimit;
  }

  /**
   * Returns the configured queues; other queues get {@link QueueConfig#ofDefaults(String)}.
   *
   * @return an immutable map by queue name; never null
   */
  public Map<String, QueueConfig> queues() {
    return queues;
  }

  /**
   * Returns the configuration of a queue.
   *
   * @param name the queue; not null
   * @return its configuration, or the defaults if not configured
   * @throws NullPointerException if {@code name} is null
   */
  public QueueConfig queue(String name) {
    Objects.requireNonNull(name, "name");
    QueueConfig q = queues.get(name);
    return q != null ? q : QueueConfig.ofDefaults(name);
  }

  /**
   * Returns the skills each topic requires (used by {@link TaskMapper#defaults(RoutingConfig)}).
   *
   * @return an immutable map from topic to minimum level by skill; never null
   */
  public Map<String, Map<Skill, Integer>> topicSkills() {
    return topicSkills;
  }

  /**
   * Checks this configuration against the agents that will serve it: relaxation steps that can never be reached or
   * relax nothing, queues that can starve (no agent serves them, LIFO or strict priority without aging, a weight gap
   * that aging cannot close within an hour), conflicting timers (offer timeout beyond the service-level threshold or
   * the first relaxation step, a step after the overflow time), overflow cycles, and topic skills no agent has at the
   * required level.
   *
   * @param agents the agents; not null
   * @return the report; never null
   * @throws NullPointerException if {@code agents} or an element is null
   */
  public ConfigReport check(Collection<AgentProfile> agents) {
    Objects.requireNonNull(agents, "agents");
    agents.forEach(a -> Objects.requireNonNull(a, "agent"));
    List<ConfigReport.Finding> out = new ArrayList<>();
    int maxRequired = topicSkills.values().stream().flatMap(m -> m.values().stream())
        .mapToInt(Integer::intValue).max().orElse(Skill.MAX_LEVEL);
    for (QueueConfig q : queues.values()) {
      int cap = maxRequired;
      for (RelaxationStep s : q.relaxation()) {
        if (q.overflowAfter().isPresent() && s.after().compareTo(q.overflowAfter().get()) >= 0) {
          out.add(finding(ConfigReport.Severity.ERROR, ConfigReport.Kind.UNREACHABLE_STEP, q.name(),
              "queue '%s': relaxation step after %s is never reached, tasks overflow to '%s' after %s",
              q.name(), s.after(), q.overflowTo().get(), q.overflowAfter().get()));
        } else if (s.maxLevel() >= cap) {
          out.add(finding(ConfigReport.Severity.WARNING, ConfigReport.Kind.UNREACHABLE_STEP, q.name(),
              "queue '%s': relaxation step after %s relaxes nothing: level cap %d is not below %d",
              q.name(), s.after(), s.maxLevel(), cap));
        }
        cap = Math.min(cap, s.maxLevel());
      }
      if (offerTimeout.compareTo(q.serviceLevelThreshold()) > 0 && !autoAccept) {
        out.add(finding(ConfigReport.Severity.WARNING, ConfigReport.Kind.CONFLICTING_TIMERS, q.name(),
            "queue '%s': offer timeout %s is longer than the service-level threshold %s",
            q.name(), offerTimeout, q.serviceLevelThreshold()));
      }
      if (!q.relaxation().isEmpty() && !autoAccept
          && offerTimeout.compareTo(q.relaxation().get(0).after()) > 0) {
        out.add(finding(ConfigReport.Severity.WARNING, ConfigReport.Kind.CONFLICTING_TIMERS, q.name(),
            "queue '%s': offer timeout %s is longer than the first relaxation step %s",
            q.name(), offerTimeout, q.relaxation().get(0).after()));
      }
      checkStarvation(q, agents, out);
      checkCycle(q, out);
    }
    Map<Skill, Integer> best = new LinkedHashMap<>();
    for (AgentProfile a : agents) {
      a.skills().forEach((s, l) -> best.merge(s, l, Math::max));
    }
    topicSkills.forEach((topic, skills) -> skills.forEach((skill, level) -> {
      Integer have = best.get(skill);
      if (have == null) {
        out.add(finding(ConfigReport.Severity.ERROR, ConfigReport.Kind.MISSING_SKILL, skill.name(),
            "topic '%s' requires skill '%s', which no agent has", topic, skill));
      } else if (have < level) {
        out.add(finding(ConfigReport.Severity.WARNING, ConfigReport.Kind.MISSING_SKILL, skill.name(),
            "topic '%s' requires skill '%s' at level %d, but the best agent has level %d (only relaxation helps)",
            topic, skill, level, have));
      }
    }));
    out.sort(Comparator.comparing(ConfigReport.Finding::severity));
    return new ConfigReport(out);
  }

  private void checkStarvation(QueueConfig q, Collection<AgentProfile> agents, List<ConfigReport.Finding> out) {
    List<AgentProfile> serving = agents.stream().filter(a -> a.serves(q.name())).toList();
    if (serving.isEmpty()) {
      out.add(finding(ConfigReport.Severity.ERROR, ConfigReport.Kind.STARVING_QUEUE, q.name(),
          "queue '%s' can starve: no agent serves it", q.name()));
      return;
    }
    if (q.ordering() == QueueOrdering.PRIORITY_THEN_LIFO) {
      out.add(finding(ConfigReport.Severity.WARNING, ConfigReport.Kind.STARVING_QUEUE, q.name(),
          "queue '%s' can starve: LIFO ordering serves new tasks before old ones", q.name()));
    } else if (q.ordering() == QueueOrdering.PRIORITY_THEN_FIFO || agingPerMinute == 0) {
      out.add(finding(ConfigReport.Severity.WARNING, ConfigReport.Kind.STARVING_QUEUE, q.name(),
          "queue '%s' can starve: low-priority tasks wait behind any stream of higher-priority ones (no aging)",
          q.name()));
    }
    for (QueueConfig other : queues.values()) {
      if (other.weight() <= q.weight() || other == q) {
        continue;
      }
      boolean shared = serving.stream().anyMatch(a -> a.serves(other.name()));
      if (!shared) {
        continue;
      }
      int gap = other.weight() - q.weight() + Task.MAX_PRIORITY;
      if (agingPerMinute == 0 || q.ordering() != QueueOrdering.AGED_SCORE) {
        out.add(finding(ConfigReport.Severity.WARNING, ConfigReport.Kind.STARVING_QUEUE, q.name(),
            "queue '%s' can starve behind queue '%s' (weight %d > %d) on shared agents: no aging",
            q.name(), other.name(), other.weight(), q.weight()));
      } else if (gap / agingPerMinute > 60) {
        out.add(finding(ConfigReport.Severity.WARNING, ConfigReport.Kind.STARVING_QUEUE, q.name(),
            "queue '%s' can wait up to %.0f minutes behind queue '%s' (weight %d > %d) at %.2f points per minute",
            q.name(), gap / agingPerMinute, other.name(), other.weight(), q.weight(), agingPerMinute));
      }
    }
  }

  private void checkCycle(QueueConfig start, List<ConfigReport.Finding> out) {
    Set<String> seen = new HashSet<>();
    QueueConfig q = start;
    List<String> path = new ArrayList<>();
    while (q != null && q.overflowTo().isPresent()) {
      if (!seen.add(q.name())) {
        if (q == start) {
          out.add(finding(ConfigReport.Severity.WARNING, ConfigReport.Kind.OVERFLOW_CYCLE, start.name(),
              "queue '%s' overflows in a cycle: %s", start.name(), String.join(" -> ", path)));
        }
        return;
      }
      path.add(q.name());
      q = queues.get(q.overflowTo().get());
      if (q != null && q == start) {
        path.add(q.name());
        out.add(finding(ConfigReport.Severity.WARNING, ConfigReport.Kind.OVERFLOW_CYCLE, start.name(),
            "queue '%s' overflows in a cycle: %s", start.name(), String.join(" -> ", path)));
        return;
      }
    }
  }

  private static ConfigReport.Finding finding(ConfigReport.Severity sev, ConfigReport.Kind kind, String subject,
      String format, Object... args) {
    return new ConfigReport.Finding(sev, kind, subject, String.format(Locale.ROOT, format, args));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "RoutingConfig[strategy=%s, scorer=%s, agingPerMinute=%s, offerTimeout=%s, autoAccept=%s, queues=%s]",
        strategy, scorer != null, agingPerMinute, offerTimeout, autoAccept, queues.keySet());
  }

  /**
   * Builds a {@link RoutingConfig}. Each setter validates its argument; not thread-safe.
   */
  public static final class Builder {
    private Strategy strategy = Strategy.LONGEST_IDLE;
    private AgentScorer scorer;
    private double agingPerMinute = 1.0;
    private Duration offerTimeout = Duration.ofSeconds(30);
    private boolean autoAccept;
    private boolean awayOnTimeout;
    private int explanationLimit = 10;
    private Duration returnPacing = Duration.ZERO;
    private int offerFanOut = 1;
    private int negativeStreakCap;
    private boolean batchMode;
    private int batchLimit = 500;
    private final Map<String, QueueConfig> queues = new LinkedHashMap<>();
    /** The queue names given to {@link #queue} on this builder (not those copied by {@link #from}). */
    private final Set<String> queuesGiven = new HashSet<>();
    private final Map<String, Map<Skill, Integer>> topicSkills = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the strategy.
     *
     * @param s the strategy; not null
     * @return this builder
     * @throws NullPointerException if {@code s} is null
     */
    public Builder strategy(Strategy s) {
      this.strategy = Objects.requireNonNull(s, "s");
      return this;
    }

    /**
     * Sets a host-supplied scorer, which replaces the strategy and can rule agents out for a task
     * ({@link AgentScorer#NOT_ELIGIBLE}).
     *
     * @param s the scorer; not null
     * @return this builder
     * @throws NullPointerException if {@code s} is null
     */
    public Builder scorer(AgentScorer s) {
      this.scorer = Objects.requireNonNull(s, "s");
      return this;
    }

    /**
     * Sets the aging rate.
     *
     * @param pointsPerMinute priority points gained per minute of waiting, 0 to 1,000, finite
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder agingPerMinute(double pointsPerMinute) {
      if (!(pointsPerMinute >= 0 && pointsPerMinute <= 1_000)) {
        throw new IllegalArgumentException("agingPerMinute must be between 0 and 1000, but was " + pointsPerMinute);
      }
      this.agingPerMinute = pointsPerMinute;
      return this;
    }

    /**
     * Sets how long an offer stays open.
     *
     * @param timeout 1 second to 1 hour; not null
     * @return this builder
     * @throws NullPointerException if {@code timeout} is null
     * @throws IllegalArgumentException if out of range
     */
    public Builder offerTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException("offerTimeout must be between PT1S and PT1H, but was " + timeout);
      }
      this.offerTimeout = timeout;
      return this;
    }

    /**
     * Sets whether offers are accepted at once.
     *
     * @param on true for auto-accept
     * @return this builder
     */
    public Builder autoAccept(boolean on) {
      this.autoAccept = on;
      return this;
    }

    /**
     * Sets whether an agent whose offer timed out is set away.
     *
     * @param on true to set them away
     * @return this builder
     */
    public Builder awayOnTimeout(boolean on) {
      this.awayOnTimeout = on;
      return this;
    }

    /**
     * Sets how many candidates and passed-over agents each decision records.
     *
     * @param limit 0 to 1,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder explanationLimit(int limit) {
      if (limit < 0 || limit > 1_000) {
        throw new IllegalArgumentException("explanationLimit must be between 0 and 1000, but was " + limit);
      }
      this.explanationLimit = limit;
      return this;
    }

    /**
     * Paces agents returning from a break (see {@link RoutingConfig#returnPacing()}).
     *
     * @param interval 0 (off) to 1 hour; not null
     * @return this builder
     * @throws NullPointerException if {@code interval} is null
     * @throws IllegalArgumentException if out of range
     */
    public Builder returnPacing(Duration interval) {
      Objects.requireNonNull(interval, "interval");
      if (interval.isNegative() || interval.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException("returnPacing must be between PT0S and PT1H, but was " + interval);
      }
      this.returnPacing = interval;
      return this;
    }

    /**
     * Sets the default offer fan-out (see {@link RoutingConfig#offerFanOut()}).
     *
     * @param n 1 to {@link Task#MAX_OFFER_FAN_OUT}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     * @since 0.1.0
     */
    public Builder offerFanOut(int n) {
      this.offerFanOut = Task.checkFanOut("offerFanOut", n, 1);
      return this;
    }

    /**
     * Sets the fairness cap on consecutive negative-sentiment tasks (see {@link RoutingConfig#negativeStreakCap()}).
     *
     * @param cap 0 (off) to 1,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     * @since 0.1.0
     */
    public Builder negativeStreakCap(int cap) {
      if (cap < 0 || cap > 1_000) {
        throw new IllegalArgumentException("negativeStreakCap must be between 0 and 1000, but was " + cap);
      }
      this.negativeStreakCap = cap;
      return this;
    }

    /**
     * Turns batch mode on or off (see {@link RoutingConfig#batchMode()}).
     *
     * @param on whether to match at ticks only, by optimal assignment
     * @return this builder
     * @since 0.1.0
     */
    public Builder batchMode(boolean on) {
      this.batchMode = on;
      return this;
    }

    /**
     * Sets how many waiting tasks at most one batch round considers (see {@link RoutingConfig#batchLimit()}).
     *
     * @param limit 1 to 10,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     * @since 0.1.0
     */
    public Builder batchLimit(int limit) {
      if (limit < 1 || limit > 10_000) {
        throw new IllegalArgumentException("batchLimit must be between 1 and 10000, but was " + limit);
      }
      this.batchLimit = limit;
      return this;
    }

    /**
     * Configures a queue. Each name may be given once per builder: a second call with the same name is almost always
     * a copy-paste mistake that would silently drop the first configuration, so it throws instead. A queue copied by
     * {@link RoutingConfig#from} from a base configuration may be replaced once: that is how a variant of an existing
     * configuration changes a queue.
     *
     * @param q the queue configuration; not null
     * @return this builder
     * @throws NullPointerException if {@code q} is null
     * @throws IllegalArgumentException if a queue of that name was already given to this builder (the builder is
     *     unchanged)
     */
    public Builder queue(QueueConfig q) {
      Objects.requireNonNull(q, "q");
      if (!queuesGiven.add(q.name())) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "queue '%s' must be configured once per "
            + "builder, but was configured again (to change a queue of an existing configuration, start from "
            + "RoutingConfig.from(config))", q.name()));
      }
      queues.put(q.name(), q);
      return this;
    }

    /**
     * Declares the skills a topic requires.
     *
     * @param topic the topic (for example {@code "billing"}); not null, not blank
     * @param skills minimum level by skill; not null
     * @return this builder
     * @throws NullPointerException if an argument or entry is null
     * @throws IllegalArgumentException if the topic is blank or a level is out of range
     */
    public Builder topicSkills(String topic, Map<Skill, Integer> skills) {
      Task.checkQueue("topic", topic);
      Map<Skill, Integer> copy = Map.copyOf(skills);
      copy.forEach(Skill::checkLevel);
      topicSkills.put(topic, copy);
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration
     */
    public RoutingConfig build() {
      return new RoutingConfig(this);
    }
  }
}
