package dev.cim.core.supervision;

import dev.cim.core.event.CimListener;
import dev.cim.core.event.CustomerErased;
import dev.cim.core.event.InteractionOpened;
import dev.cim.core.event.InteractionStateChanged;
import dev.cim.core.event.MessageAdded;
import dev.cim.core.event.SlaBreached;
import dev.cim.core.event.SlaBreached.Target;
import dev.cim.core.internal.EventBus;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.InteractionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies SLA policies to interactions and raises a {@link SlaBreached} event for every missed target. It is a
 * {@link CimListener} driven by the hub's events, plus {@link #tick} for deadlines that pass with no event.
 *
 * <pre>{@code
 * SlaMonitor sla = SlaMonitor.builder(policies)
 *     .interactionStore(hub.interactionStore()).customerStore(hub.customerStore()).clock(hub.clock())
 *     .listener(breachListener).build();
 * hub.addListener(sla);
 * // on a timer: sla.tick();
 * }</pre>
 *
 * <h2>What it does</h2>
 * <ul>
 *   <li>On {@code InteractionOpened} it reads the interaction's queue and the customer's segment from the stores,
 *       chooses the policy with {@link SlaPolicies#select}, and starts the first-response and resolution clocks.
 *       The policy stays with the interaction (a transfer to another queue does not change it). Interactions opened
 *       before the monitor was registered, or for which no policy applies, are not tracked.
 *   <li>A message by {@code AGENT} or {@code SUPERVISOR} is a response: it meets the first-response target, or the
 *       running next-response target. A {@code CUSTOMER} message after a response starts the next-response clock
 *       (further customer messages before the response do not restart it). Bot, system and whisper messages change
 *       nothing.
 *   <li>RESOLVED meets the resolution target. Any terminal state (RESOLVED, CLOSED, ABANDONED) stops every clock
 *       without a breach.
 *   <li>A target is missed when the time passes its deadline ({@code now > deadline}; a response exactly at the
 *       deadline is in time). Every event first checks the deadlines at its own time, so a late response is a miss
 *       even if {@code tick} did not run. Each miss raises one {@link SlaBreached}, stamped with the time it was
 *       detected, to this monitor's listeners ({@link #addListener}).
 *   <li>The applied SLA and the misses of each interaction are kept here ({@link #status}) rather than in the
 *       interaction, so that a listener never writes to the store while the hub is publishing; hosts that want it
 *       persisted store the {@link SlaBreached} events (they name the policy). Finished interactions are kept up to
 *       the {@linkplain Builder#retainFinished retention limit}; {@code CustomerErased} drops that customer's.
 * </ul>
 *
 * <p>Thread-safe: state changes are serialised on the monitor; breach events are delivered after the monitor's lock
 * is released, on the thread that detected them. Times come from the events and from the injected clock
 * ({@link #tick()}).
 *
 * @since 0.1.0
 */
public final class SlaMonitor implements CimListener {
  private static final Logger LOG = LoggerFactory.getLogger(SlaMonitor.class);

  private final SlaPolicies policies;
  private final InteractionStore interactions;
  private final CustomerStore customers;
  private final Clock clock;
  private final int retainFinished;
  private final EventBus listeners = new EventBus();
  private final Map<InteractionId, Track> tracks = new HashMap<>();
  private final Deque<InteractionId> finishedOrder = new ArrayDeque<>();

  private SlaMonitor(Builder b) {
    this.policies = b.policies;
    this.interactions = b.interactions;
    this.customers = b.customers;
    this.clock = b.clock;
    this.retainFinished = b.retainFinished;
    b.listeners.forEach(listeners::add);
  }

  /**
   * Returns a builder.
   *
   * @param policies the rules that choose each interaction's policy; not null
   * @return a new builder
   * @throws NullPointerException if {@code policies} is null
   */
  public static Builder builder(SlaPolicies policies) {
    return new Builder(Objects.requireNonNull(policies, "policies"));
  }

  /** One tracked interaction. Guarded by the monitor. */
  private static final class Track {
    final InteractionId id;
    final CustomerId customer;
    final SlaPolicy policy;
    final Instant openedAt;
    final Map<Target, Instant[]> running = new EnumMap<>(Target.class); // target -> {started, deadline}
    final List<SlaBreached> breaches = new ArrayList<>();
    boolean responded;
    boolean awaitingResponse = true;
    Instant firstRespondedAt;
    Instant resolvedAt;
    boolean finished;

    Track(InteractionId id, CustomerId customer, SlaPolicy policy, Instant openedAt) {
      this.id = id;
      this.customer = customer;
      this.policy = policy;
      this.openedAt = openedAt;
    }

    void start(Target target, Optional<Duration> time, Instant at) {
      time.ifPresent(d -> running.put(target, new Instant[] {at, policy.calendar().add(at, d)}));
    }

    Duration targetTime(Target t) {
      return (t == Target.FIRST_RESPONSE ? policy.firstResponse()
          : t == Target.NEXT_RESPONSE ? policy.nextResponse() : policy.resolution()).orElseThrow();
    }

    SlaStatus status() {
      Map<Target, Instant> due = new EnumMap<>(Target.class);
      running.forEach((t, se) -> due.put(t, se[1]));
      return new SlaStatus(id, customer, policy, openedAt, due, Optional.ofNullable(firstRespondedAt),
          Optional.ofNullable(resolvedAt), breaches, finished);
    }
  }

  // ------------------------------------------------------------------------------------------------ events

  /**
   * Chooses the interaction's policy and starts its clocks: the policy the hub recorded on the interaction
   * ({@link SlaPolicies#APPLIED}) if these rules know it, else {@link SlaPolicies#forInteraction}. Reads the
   * interaction and its customer from the stores; a store failure propagates to the hub's event delivery, which logs
   * it, and the interaction is not tracked.
   *
   * @param event the event; not null
   */
  @Override
  public void onInteractionOpened(InteractionOpened event) {
    List<SlaBreached> out = new ArrayList<>();
    Optional<Interaction> interaction = interactions.findById(event.interactionId());
    Optional<String> segment = customers.findById(event.customerId()).flatMap(Customer::segment);
    Optional<SlaPolicy> policy = interaction.flatMap(i -> i.attributes().get(SlaPolicies.APPLIED))
        .flatMap(policies::named);
    if (policy.isEmpty()) {
      policy = interaction.isPresent() ? policies.forInteraction(interaction.get(), segment)
          : policies.select(Optional.empty(), segment);
    }
    synchronized (this) {
      checkDeadlines(event.occurredAt(), out);
      if (policy.isPresent() && !tracks.containsKey(event.interactionId())) {
        Track t = new Track(event.interactionId(), event.customerId(), policy.get(), event.occurredAt());
        t.start(Target.FIRST_RESPONSE, policy.get().firstResponse(), event.occurredAt());
        t.start(Target.RESOLUTION, policy.get().resolution(), event.occurredAt());
        tracks.put(t.id, t);
        LOG.debug("Interaction {} under SLA policy '{}'", t.id, policy.get().name());
      }
    }
    publish(out);
  }

  /**
   * Meets a response target on an agent's or supervisor's message, or starts the next-response clock on a customer's
   * message after a response.
   *
   * @param event the event; not null
   */
  @Override
  public void onMessageAdded(MessageAdded event) {
    List<SlaBreached> out = new ArrayList<>();
    synchronized (this) {
      checkDeadlines(event.occurredAt(), out);
      Track t = tracks.get(event.interactionId());
      if (t != null && !t.finished) {
        AuthorRole role = event.role();
        if (role == AuthorRole.AGENT || role == AuthorRole.SUPERVISOR) {
          if (!t.responded) {
            t.responded = true;
            t.firstRespondedAt = event.occurredAt();
          }
          t.awaitingResponse = false;
          t.running.remove(Target.FIRST_RESPONSE);
          t.running.remove(Target.NEXT_RESPONSE);
        } else if (role == AuthorRole.CUSTOMER && t.responded && !t.awaitingResponse) {
          t.awaitingResponse = true;
          t.start(Target.NEXT_RESPONSE, t.policy.nextResponse(), event.occurredAt());
        }
      }
    }
    publish(out);
  }

  /**
   * Meets the resolution target on RESOLVED, and stops every clock on a terminal state.
   *
   * @param event the event; not null
   */
  @Override
  public void onInteractionStateChanged(InteractionStateChanged event) {
    List<SlaBreached> out = new ArrayList<>();
    synchronized (this) {
      checkDeadlines(event.occurredAt(), out);
      Track t = tracks.get(event.interactionId());
      if (t != null && !t.finished && event.to().isTerminal()) {
        if (event.to() == InteractionState.RESOLVED) {
          t.resolvedAt = event.occurredAt();
        }
        t.running.clear();
        t.finished = true;
        finishedOrder.addLast(t.id);
        while (finishedOrder.size() > retainFinished) {
          tracks.remove(finishedOrder.removeFirst());
        }
      }
    }
    publish(out);
  }

  /**
   * Forgets the erased customer's interactions.
   *
   * @param event the event; not null
   */
  @Override
  public void onCustomerErased(CustomerErased event) {
    Objects.requireNonNull(event, "event");
    synchronized (this) {
      tracks.values().removeIf(t -> t.customer.equals(event.customerId()));
      finishedOrder.removeIf(id -> !tracks.containsKey(id));
    }
  }

  // ------------------------------------------------------------------------------------------------ time

  /**
   * Raises a breach for every running target whose deadline is before the clock's current time.
   *
   * @return the breaches raised, oldest deadline first; empty if none
   */
  public List<SlaBreached> tick() {
    return tick(clock.instant());
  }

  /**
   * Raises a breach for every running target whose deadline is before {@code now}. Each miss is raised once.
   *
   * @param now the current time; not null
   * @return the breaches raised, oldest deadline first; empty if none
   * @throws NullPointerException if {@code now} is null
   */
  public List<SlaBreached> tick(Instant now) {
    Objects.requireNonNull(now, "now");
    List<SlaBreached> out = new ArrayList<>();
    synchronized (this) {
      checkDeadlines(now, out);
    }
    publish(out);
    return List.copyOf(out);
  }

  private void checkDeadlines(Instant now, List<SlaBreached> out) {
    int from = out.size();
    for (Track t : tracks.values()) {
      if (t.finished) {
        continue;
      }
      for (Iterator<Map.Entry<Target, Instant[]>> it = t.running.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<Target, Instant[]> e = it.next();
        Target target = e.getKey();
        Instant[] se = e.getValue();
        if (now.isAfter(se[1])) {
          it.remove();
          SlaBreached b = new SlaBreached(t.id, t.customer, t.policy.name(), target, t.targetTime(target), se[0],
              se[1], now);
          t.breaches.add(b);
          out.add(b);
          LOG.debug("Interaction {} missed its {} target of policy '{}'", t.id, target, t.policy.name());
        }
      }
    }
    out.subList(from, out.size()).sort(java.util.Comparator.comparing(SlaBreached::deadline));
  }

  private void publish(List<SlaBreached> out) {
    out.forEach(listeners::publish);
  }

  // ------------------------------------------------------------------------------------------------ reading

  /**
   * Returns the SLA applied to an interaction and how it stands.
   *
   * @param interactionId the interaction; not null
   * @return the status, or empty if the interaction is not tracked (no policy applied, opened before the monitor was
   *     registered, erased, or finished and past the retention limit)
   * @throws NullPointerException if {@code interactionId} is null
   */
  public synchronized Optional<SlaStatus> status(InteractionId interactionId) {
    Objects.requireNonNull(interactionId, "interactionId");
    return Optional.ofNullable(tracks.get(interactionId)).map(Track::status);
  }

  /**
   * Adds a listener for {@link SlaBreached} events. It runs on the thread that detected the miss, after the monitor's
   * lock is released; a listener that throws is logged at WARN and does not affect the others.
   *
   * @param listener the listener; not null
   * @throws NullPointerException if {@code listener} is null
   */
  public void addListener(CimListener listener) {
    listeners.add(listener);
  }

  /**
   * Removes a listener.
   *
   * @param listener the listener; not null
   * @return true if it was registered
   * @throws NullPointerException if {@code listener} is null
   */
  public boolean removeListener(CimListener listener) {
    return listeners.remove(listener);
  }

  /**
   * Builds an {@link SlaMonitor}. The stores are required. Not thread-safe.
   */
  public static final class Builder {
    private final SlaPolicies policies;
    private InteractionStore interactions;
    private CustomerStore customers;
    private Clock clock = Clock.systemUTC();
    private int retainFinished = 10_000;
    private final List<CimListener> listeners = new ArrayList<>();

    private Builder(SlaPolicies policies) {
      this.policies = policies;
    }

    /**
     * Sets the store the monitor reads an opened interaction's queue from (usually the hub's).
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
     * Sets the store the monitor reads a customer's segment from (usually the hub's).
     *
     * @param store the store; not null
     * @return this builder
     * @throws NullPointerException if {@code store} is null
     */
    public Builder customerStore(CustomerStore store) {
      this.customers = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Sets the clock {@link SlaMonitor#tick()} reads (default: {@link Clock#systemUTC()}).
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
     * Sets how many finished interactions' statuses are kept, oldest dropped first (default: 10,000).
     *
     * @param max {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is negative
     */
    public Builder retainFinished(int max) {
      if (max < 0) {
        throw new IllegalArgumentException("retainFinished must be >= 0, but was " + max);
      }
      this.retainFinished = max;
      return this;
    }

    /**
     * Adds a listener for breaches.
     *
     * @param listener the listener; not null
     * @return this builder
     * @throws NullPointerException if {@code listener} is null
     */
    public Builder listener(CimListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Builds the monitor.
     *
     * @return the monitor
     * @throws IllegalStateException if a store was not set
     */
    public SlaMonitor build() {
      if (interactions == null || customers == null) {
        throw new IllegalStateException("interactionStore and customerStore must be set, but "
            + (interactions == null ? "interactionStore" : "customerStore") + " was not");
      }
      return new SlaMonitor(this);
    }
  }
}
