package dev.cim.core.supervision;

import dev.cim.core.event.CimListener;
import dev.cim.core.event.CustomerErased;
import dev.cim.core.event.InteractionStateChanged;
import dev.cim.core.event.SentimentAlert;
import dev.cim.core.event.SentimentRecovered;
import dev.cim.core.event.SlaBreached;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.spi.InteractionStore;
import dev.cim.core.supervision.SupervisorAlert.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the hub's events, agents' activities and the clock, and alerts supervisors ({@link SupervisorListener})
 * when something needs them. Register it on the hub ({@code hub.addListener(monitor)}) and, for SLA breaches, on an
 * {@link SlaMonitor}; feed it agents' activity changes ({@link #agentActivity}); call {@link #tick} on a timer.
 *
 * <h2>Conditions (each one alert until it clears)</h2>
 * <table>
 *   <caption>Alert conditions</caption>
 *   <tr><th>kind</th><th>starts</th><th>clears</th></tr>
 *   <tr><td>{@code NEGATIVE_SENTIMENT}</td><td>a {@code SentimentAlert}</td>
 *       <td>a {@code SentimentRecovered}, or the interaction ends</td></tr>
 *   <tr><td>{@code LONG_WAIT}</td><td>a task waiting for an agent (QUEUED, OFFERED or TRANSFERRED since it first
 *       entered QUEUED) longer than {@linkplain Builder#maxWait the limit}</td>
 *       <td>it becomes ACTIVE or ends</td></tr>
 *   <tr><td>{@code SERVICE_LEVEL_LOW}</td><td>a queue's service level in the current interval below
 *       {@linkplain Builder#serviceLevel the target}, once at least the minimum number of contacts count</td>
 *       <td>it is back at or above the target, or a new interval starts</td></tr>
 *   <tr><td>{@code LONG_HOLD}</td><td>HELD longer than {@linkplain Builder#maxHold the limit}</td>
 *       <td>it leaves HELD</td></tr>
 *   <tr><td>{@code AGENT_STATE_TOO_LONG}</td><td>an agent in one activity longer than
 *       {@linkplain Builder#maxInActivity that activity's limit}</td><td>the agent's activity changes</td></tr>
 *   <tr><td>{@code SLA_BREACHED}</td><td>a {@code SlaBreached} (one per interaction and target)</td>
 *       <td>the interaction ends</td></tr>
 * </table>
 * Every alert about an interaction also clears when the interaction ends (a terminal state) or its customer is
 * erased ({@code CustomerErased}); the monitor then forgets the interaction. An alert that arrives after its
 * interaction ended (for example an SLA breach detected at the RESOLVED event itself) is delivered and cleared at
 * once.
 * Limits are exceeded when the elapsed time is strictly greater than the limit.
 *
 * <h2>Service level</h2>
 * Counted per queue over intervals aligned to multiples of the interval length since the epoch (UTC): a contact
 * belongs to the interval in which it first entered QUEUED. Service level = answered within T / (answered +
 * abandoned after T + still waiting longer than T). Contacts abandoned within T are left out (the common
 * "short abandons don't count" choice), as are contacts closed while waiting. Contacts still waiting longer than T
 * count as misses at once, so the alert comes while they can still be saved. The queue is read from the interaction
 * store when the task enters QUEUED; without a store ({@link Builder#interactionStore}) there are no service-level
 * alerts.
 *
 * <p>Thread-safe: state changes are serialised on the monitor; listeners are called after its lock is released.
 * Interactions that were already waiting or held before the monitor was registered are not known to it.
 *
 * @since 0.1.0
 */
public final class SupervisorMonitor implements CimListener {
  private static final Logger LOG = LoggerFactory.getLogger(SupervisorMonitor.class);
  private static final int ENDED_REMEMBERED = 10_000;

  private final Clock clock;
  private final InteractionStore interactions;
  private final Duration maxWait;
  private final Duration maxHold;
  private final Duration slAnswerWithin;
  private final double slTarget;
  private final Duration slInterval;
  private final int slMinContacts;
  private final Map<Activity, Duration> activityLimits;
  private final List<SupervisorListener> listeners = new CopyOnWriteArrayList<>();

  private final Map<InteractionId, Waiting> waiting = new HashMap<>();
  private final Map<InteractionId, Instant> held = new HashMap<>();
  private final Map<InteractionId, CustomerId> customerOf = new HashMap<>();
  /** Interactions that ended or were erased lately, so that a late alert about one does not stay active. */
  private final Set<InteractionId> ended = java.util.Collections.newSetFromMap(new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<InteractionId, Boolean> eldest) {
      return size() > ENDED_REMEMBERED;
    }
  });
  private final Map<AgentId, AgentState> agents = new HashMap<>();
  private final Map<String, QueueInterval> queues = new HashMap<>();
  private final Map<Key, SupervisorAlert> active = new LinkedHashMap<>();

  private SupervisorMonitor(Builder b) {
    this.clock = b.clock;
    this.interactions = b.interactions;
    this.maxWait = b.maxWait;
    this.maxHold = b.maxHold;
    this.slAnswerWithin = b.slAnswerWithin;
    this.slTarget = b.slTarget;
    this.slInterval = b.slInterval;
    this.slMinContacts = b.slMinContacts;
    this.activityLimits = Map.copyOf(b.activityLimits);
    this.listeners.addAll(b.listeners);
  }

  /**
   * Returns a builder with the defaults: the system UTC clock, no interaction store, a 60-second wait limit, a
   * 2-minute hold limit, a service level of 80% answered within 20 seconds over 30-minute intervals counted from 5
   * contacts, and no activity limits.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private record Waiting(Instant since, Optional<String> queue, long interval) {}

  private record AgentState(Activity activity, Instant since) {}

  /** A queue's counts in one interval. */
  private static final class QueueInterval {
    long interval;
    int answeredInTime;
    int missed;

    QueueInterval(long interval) {
      this.interval = interval;
    }
  }

  private record Change(SupervisorAlert alert, Instant clearedAt) {}

  /** One condition: the kind, what it is about (interaction id, agent id or queue) and a detail (SLA target). */
  private record Key(Kind kind, String subject, String detail) {}

  private static Key key(Kind kind, String subject) {
    return new Key(kind, subject, "");
  }

  // ------------------------------------------------------------------------------------------------ inputs

  /**
   * Alerts that the conversation turned negative.
   *
   * @param event the event; not null
   */
  @Override
  public void onSentimentAlert(SentimentAlert event) {
    List<Change> out = new ArrayList<>();
    synchronized (this) {
      track(event.interactionId(), event.customerId());
      raise(out, event.interactionId().value(), "", new SupervisorAlert(Kind.NEGATIVE_SENTIMENT,
          String.format(Locale.US, "conversation turned negative: %s (message score %.2f, smoothed score %.2f)",
              event.reason(), event.messageScore(), event.trendScore()),
          Optional.of(event.interactionId()), Optional.empty(), Optional.empty(), event.occurredAt()));
      evaluate(event.occurredAt(), out);
    }
    deliver(out);
  }

  /**
   * Clears the negative-sentiment alert of the interaction.
   *
   * @param event the event; not null
   */
  @Override
  public void onSentimentRecovered(SentimentRecovered event) {
    List<Change> out = new ArrayList<>();
    synchronized (this) {
      clear(out, key(Kind.NEGATIVE_SENTIMENT, event.interactionId().value()), event.occurredAt());
      evaluate(event.occurredAt(), out);
    }
    deliver(out);
  }

  /**
   * Alerts that an interaction missed an SLA target (register the monitor on an {@link SlaMonitor} for these).
   *
   * @param event the event; not null
   */
  @Override
  public void onSlaBreached(SlaBreached event) {
    List<Change> out = new ArrayList<>();
    synchronized (this) {
      track(event.interactionId(), event.customerId());
      raise(out, event.interactionId().value(), event.target().name(), new SupervisorAlert(Kind.SLA_BREACHED,
          String.format(Locale.US, "missed the %s target of SLA policy '%s': %s of business time from %s, due %s",
              event.target(), event.policy(), human(event.targetTime()), event.startedAt(), event.deadline()),
          Optional.of(event.interactionId()), Optional.empty(), Optional.empty(), event.occurredAt()));
    }
    deliver(out);
  }

  /**
   * Follows waiting, holding and ending interactions.
   *
   * @param event the event; not null
   */
  @Override
  public void onInteractionStateChanged(InteractionStateChanged event) {
    Optional<String> queue = event.to() == InteractionState.QUEUED && interactions != null
        ? interactions.findById(event.interactionId()).flatMap(Interaction::queue) : Optional.empty();
    Instant now = event.occurredAt();
    InteractionId id = event.interactionId();
    List<Change> out = new ArrayList<>();
    synchronized (this) {
      if (event.from() == InteractionState.HELD && event.to() != InteractionState.HELD) {
        held.remove(id);
        clear(out, key(Kind.LONG_HOLD, id.value()), now);
      }
      InteractionState to = event.to();
      if (to == InteractionState.QUEUED && !waiting.containsKey(id)) {
        long interval = intervalOf(now);
        waiting.put(id, new Waiting(now, queue, interval));
      } else if (to == InteractionState.HELD) {
        held.put(id, now);
      } else if (to == InteractionState.ACTIVE || to.isTerminal()) {
        Waiting w = waiting.remove(id);
        if (w != null) {
          clear(out, key(Kind.LONG_WAIT, id.value()), now);
          countOutcome(w, to, now);
        }
      }
      if (to.isTerminal()) {
        forget(id, now, out);
      } else {
        track(id, event.customerId());
      }
      evaluate(now, out);
    }
    deliver(out);
  }

  /**
   * Forgets the erased customer's interactions: they stop waiting or holding, and their alerts clear.
   *
   * @param event the event; not null
   */
  @Override
  public void onCustomerErased(CustomerErased event) {
    Objects.requireNonNull(event, "event");
    List<Change> out = new ArrayList<>();
    synchronized (this) {
      List<InteractionId> theirs = new ArrayList<>();
      customerOf.forEach((id, customer) -> {
        if (customer.equals(event.customerId())) {
          theirs.add(id);
        }
      });
      theirs.forEach(id -> forget(id, event.occurredAt(), out));
    }
    deliver(out);
  }

  /** Ends everything the monitor follows for an interaction and clears its alerts. */
  private void forget(InteractionId id, Instant now, List<Change> out) {
    waiting.remove(id);
    held.remove(id);
    customerOf.remove(id);
    ended.add(id);
    List<Key> keys = new ArrayList<>();
    for (Key k : active.keySet()) {
      if (k.subject().equals(id.value()) && k.kind() != Kind.AGENT_STATE_TOO_LONG
          && k.kind() != Kind.SERVICE_LEVEL_LOW) {
        keys.add(k);
      }
    }
    keys.forEach(k -> clear(out, k, now));
  }

  private void countOutcome(Waiting w, InteractionState to, Instant now) {
    if (w.queue().isEmpty() || (to != InteractionState.ACTIVE && to != InteractionState.ABANDONED)) {
      return;
    }
    QueueInterval q = queueInterval(w.queue().get(), intervalOf(now));
    if (q.interval != w.interval()) {
      return; // arrived in an earlier interval
    }
    boolean inTime = Duration.between(w.since(), now).compareTo(slAnswerWithin) <= 0;
    if (to == InteractionState.ACTIVE && inTime) {
      q.answeredInTime++;
    } else if (!inTime) {
      q.missed++;
    }
  }

  /**
   * Records an agent's activity change (from the host's presence or workforce system). Clears the agent's alert if
   * the activity changed.
   *
   * @param agentId the agent; not null
   * @param activity what the agent is doing from {@code at}; not null
   * @param at when the agent started it; not null
   * @throws NullPointerException if an argument is null
   */
  public void agentActivity(AgentId agentId, Activity activity, Instant at) {
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(at, "at");
    List<Change> out = new ArrayList<>();
    synchronized (this) {
      AgentState before = agents.get(agentId);
      if (before == null || !before.activity().equals(activity)) {
        agents.put(agentId, new AgentState(activity, at));
        clear(out, key(Kind.AGENT_STATE_TOO_LONG, agentId.value()), at);
      }
      evaluate(at, out);
    }
    deliver(out);
  }

  /**
   * Checks every time-based condition at the clock's current time.
   *
   * @return the alerts raised by this check; empty if none
   */
  public List<SupervisorAlert> tick() {
    return tick(clock.instant());
  }

  /**
   * Checks every time-based condition (waits, holds, agent activities, service levels) at {@code now}.
   *
   * @param now the current time; not null
   * @return the alerts raised by this check; empty if none
   * @throws NullPointerException if {@code now} is null
   */
  public List<SupervisorAlert> tick(Instant now) {
    Objects.requireNonNull(now, "now");
    List<Change> out = new ArrayList<>();
    synchronized (this) {
      evaluate(now, out);
    }
    deliver(out);
    List<SupervisorAlert> raised = new ArrayList<>();
    out.forEach(c -> {
      if (c.clearedAt() == null) {
        raised.add(c.alert());
      }
    });
    return List.copyOf(raised);
  }

  // ------------------------------------------------------------------------------------------------ evaluation

  private void evaluate(Instant now, List<Change> out) {
    for (Map.Entry<InteractionId, Waiting> e : waiting.entrySet()) {
      Duration waited = Duration.between(e.getValue().since(), now);
      if (waited.compareTo(maxWait) > 0) {
        String where = e.getValue().queue().map(q -> " in queue '" + q + "'").orElse("");
        raise(out, e.getKey().value(), "", new SupervisorAlert(Kind.LONG_WAIT,
            "waited " + human(waited) + " for an agent" + where + ", over the " + human(maxWait) + " limit",
            Optional.of(e.getKey()), Optional.empty(), e.getValue().queue(), now));
      }
    }
    for (Map.Entry<InteractionId, Instant> e : held.entrySet()) {
      Duration onHold = Duration.between(e.getValue(), now);
      if (onHold.compareTo(maxHold) > 0) {
        raise(out, e.getKey().value(), "", new SupervisorAlert(Kind.LONG_HOLD,
            "on hold for " + human(onHold) + ", over the " + human(maxHold) + " limit",
            Optional.of(e.getKey()), Optional.empty(), Optional.empty(), now));
      }
    }
    for (Map.Entry<AgentId, AgentState> e : agents.entrySet()) {
      Duration limit = activityLimits.get(e.getValue().activity());
      Duration in = Duration.between(e.getValue().since(), now);
      if (limit != null && in.compareTo(limit) > 0) {
        raise(out, e.getKey().value(), "", new SupervisorAlert(Kind.AGENT_STATE_TOO_LONG,
            "agent '" + e.getKey() + "' " + e.getValue().activity() + " for " + human(in) + ", over the "
                + human(limit) + " limit",
            Optional.empty(), Optional.of(e.getKey()), Optional.empty(), now));
      }
    }
    evaluateServiceLevels(now, out);
  }

  private void evaluateServiceLevels(Instant now, List<Change> out) {
    long current = intervalOf(now);
    Map<String, Integer> waitingTooLong = new HashMap<>();
    for (Waiting w : waiting.values()) {
      if (w.queue().isPresent() && w.interval() == current
          && Duration.between(w.since(), now).compareTo(slAnswerWithin) > 0) {
        waitingTooLong.merge(w.queue().get(), 1, Integer::sum);
      }
      w.queue().ifPresent(q -> queueInterval(q, current));
    }
    for (Map.Entry<String, QueueInterval> e : queues.entrySet()) {
      String queue = e.getKey();
      QueueInterval q = queueInterval(queue, current);
      int late = waitingTooLong.getOrDefault(queue, 0);
      int total = q.answeredInTime + q.missed + late;
      Key key = key(Kind.SERVICE_LEVEL_LOW, queue);
      if (total == 0) {
        clear(out, key, now);
        continue;
      }
      double level = (double) q.answeredInTime / total;
      if (level >= slTarget) {
        clear(out, key, now);
      } else if (total >= slMinContacts) {
        raise(out, queue, "", new SupervisorAlert(Kind.SERVICE_LEVEL_LOW, String.format(Locale.US,
            "queue '%s' service level %.1f%% (%d of %d answered within %s; %d waiting longer) is below the %.1f%% "
                + "target in the interval from %s",
            queue, 100 * level, q.answeredInTime, total, human(slAnswerWithin), late, 100 * slTarget,
            Instant.ofEpochSecond(current * slInterval.getSeconds())),
            Optional.empty(), Optional.empty(), Optional.of(queue), now));
      }
    }
  }

  private QueueInterval queueInterval(String queue, long interval) {
    QueueInterval q = queues.computeIfAbsent(queue, k -> new QueueInterval(interval));
    if (q.interval < interval) {
      q.interval = interval;
      q.answeredInTime = 0;
      q.missed = 0;
    }
    return q;
  }

  private long intervalOf(Instant t) {
    return Math.floorDiv(t.getEpochSecond(), slInterval.getSeconds());
  }

  private void track(InteractionId id, CustomerId customer) {
    if (!ended.contains(id)) {
      customerOf.put(id, customer);
    }
  }

  private void raise(List<Change> out, String subject, String detail, SupervisorAlert alert) {
    Key key = new Key(alert.kind(), subject, detail);
    if (alert.interactionId().isPresent() && ended.contains(alert.interactionId().get())) {
      // news about an interaction that has already ended: tell, but the condition is over at once
      out.add(new Change(alert, null));
      out.add(new Change(alert, alert.at()));
      return;
    }
    if (!active.containsKey(key)) {
      active.put(key, alert);
      out.add(new Change(alert, null));
      LOG.debug("Supervisor alert {} raised for {}", alert.kind(), key);
    }
  }

  private void clear(List<Change> out, Key key, Instant at) {
    SupervisorAlert was = active.remove(key);
    if (was != null) {
      out.add(new Change(was, at));
    }
  }

  private void deliver(List<Change> out) {
    for (Change c : out) {
      for (SupervisorListener l : listeners) {
        try {
          if (c.clearedAt() == null) {
            l.onAlert(c.alert());
          } else {
            l.onCleared(c.alert(), c.clearedAt());
          }
        } catch (RuntimeException e) {
          LOG.warn("Supervisor listener {} failed on a {} alert with {}", l.getClass().getName(), c.alert().kind(),
              e.getClass().getName());
          LOG.debug("Supervisor listener {} failed", l.getClass().getName(), e);
        }
      }
    }
  }

  /** Formats a duration as e.g. {@code 95s}, {@code 4m10s}, {@code 1h02m}. */
  static String human(Duration d) {
    long s = d.getSeconds();
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return (s / 60) + "m" + (s % 60 == 0 ? "" : String.format(Locale.US, "%02ds", s % 60));
    }
    return (s / 3600) + "h" + String.format(Locale.US, "%02dm", (s % 3600) / 60);
  }

  // ------------------------------------------------------------------------------------------------ reading

  /**
   * Returns the alerts whose conditions have not cleared, oldest first.
   *
   * @return a snapshot; empty if none
   */
  public synchronized List<SupervisorAlert> activeAlerts() {
    List<SupervisorAlert> list = new ArrayList<>(active.values());
    list.sort(Comparator.comparing(SupervisorAlert::at));
    return List.copyOf(list);
  }

  /**
   * Adds a listener.
   *
   * @param listener the listener; not null
   * @throws NullPointerException if {@code listener} is null
   */
  public void addListener(SupervisorListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Removes a listener.
   *
   * @param listener the listener; not null
   * @return true if it was registered
   * @throws NullPointerException if {@code listener} is null
   */
  public boolean removeListener(SupervisorListener listener) {
    return listeners.remove(Objects.requireNonNull(listener, "listener"));
  }

  /** Builds a {@link SupervisorMonitor}. Every setter validates its argument. Not thread-safe. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private InteractionStore interactions;
    private Duration maxWait = Duration.ofSeconds(60);
    private Duration maxHold = Duration.ofMinutes(2);
    private Duration slAnswerWithin = Duration.ofSeconds(20);
    private double slTarget = 0.8;
    private Duration slInterval = Duration.ofMinutes(30);
    private int slMinContacts = 5;
    private final Map<Activity, Duration> activityLimits = new HashMap<>();
    private final List<SupervisorListener> listeners = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the clock {@link SupervisorMonitor#tick()} reads (default: {@link Clock#systemUTC()}).
     *
     * @param c the clock; not null
     * @return this builder
     * @throws NullPointerException if {@code c} is null
     */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c, "clock");
      return this;
    }

    /**
     * Sets the store to read a queued task's queue from (usually the hub's); needed for service-level alerts and for
     * naming the queue in wait alerts.
     *
     * @param store the store; not null
     * @return this builder
     * @throws NullPointerException if {@code store} is null
     */
    public Builder interactionStore(InteractionStore store) {
      this.interactions = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Sets how long a task may wait for an agent before a {@code LONG_WAIT} alert (default: 60 seconds).
     *
     * @param limit positive; not null
     * @return this builder
     * @throws NullPointerException if {@code limit} is null
     * @throws IllegalArgumentException if {@code limit} is not positive
     */
    public Builder maxWait(Duration limit) {
      this.maxWait = positive("maxWait", limit);
      return this;
    }

    /**
     * Sets how long a customer may be on hold before a {@code LONG_HOLD} alert (default: 2 minutes).
     *
     * @param limit positive; not null
     * @return this builder
     * @throws NullPointerException if {@code limit} is null
     * @throws IllegalArgumentException if {@code limit} is not positive
     */
    public Builder maxHold(Duration limit) {
      this.maxHold = positive("maxHold", limit);
      return this;
    }

    /**
     * Sets the service-level goal per queue: {@code target} of contacts answered within {@code answerWithin},
     * measured over intervals of {@code interval}, alerted once at least {@code minContacts} count.
     *
     * @param answerWithin T, positive; not null
     * @param target the share in (0, 1]
     * @param interval the interval length, a positive whole number of seconds dividing a day; not null
     * @param minContacts {@code >= 1}
     * @return this builder
     * @throws NullPointerException if a duration is null
     * @throws IllegalArgumentException if a value is out of range; then nothing changes
     */
    public Builder serviceLevel(Duration answerWithin, double target, Duration interval, int minContacts) {
      positive("answerWithin", answerWithin);
      positive("interval", interval);
      if (!(target > 0 && target <= 1)) {
        throw new IllegalArgumentException("target must be in (0, 1], but was " + target);
      }
      if (interval.getNano() != 0 || Duration.ofDays(1).getSeconds() % interval.getSeconds() != 0) {
        throw new IllegalArgumentException("interval must be a whole number of seconds that divides a day, but was "
            + interval);
      }
      if (minContacts < 1) {
        throw new IllegalArgumentException("minContacts must be >= 1, but was " + minContacts);
      }
      this.slAnswerWithin = answerWithin;
      this.slTarget = target;
      this.slInterval = interval;
      this.slMinContacts = minContacts;
      return this;
    }

    /**
     * Sets how long an agent may stay in an activity before an {@code AGENT_STATE_TOO_LONG} alert (for example
     * {@code AVAILABLE} for 10 minutes means idle too long, {@code BREAK} for 15 minutes an overlong break).
     * Activities without a limit are never alerted.
     *
     * @param activity the activity; not null
     * @param limit positive; not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code limit} is not positive
     */
    public Builder maxInActivity(Activity activity, Duration limit) {
      Objects.requireNonNull(activity, "activity");
      activityLimits.put(activity, positive("limit", limit));
      return this;
    }

    /**
     * Adds a listener.
     *
     * @param listener the listener; not null
     * @return this builder
     * @throws NullPointerException if {@code listener} is null
     */
    public Builder listener(SupervisorListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    private static Duration positive(String field, Duration d) {
      Objects.requireNonNull(d, field);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(field + " must be positive, but was " + d);
      }
      return d;
    }

    /**
     * Builds the monitor.
     *
     * @return the monitor
     */
    public SupervisorMonitor build() {
      return new SupervisorMonitor(this);
    }
  }
}
