package dev.cim.core.analytics;

import dev.cim.core.InteractionHub;
import dev.cim.core.bot.BotHandedOff;
import dev.cim.core.bot.BotResolved;
import dev.cim.core.event.CimEvent;
import dev.cim.core.event.CimListener;
import dev.cim.core.event.InteractionOpened;
import dev.cim.core.event.InteractionStateChanged;
import dev.cim.core.event.MessageAdded;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.spi.AgentStore;
import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.InteractionStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns the hub's events into reporting {@link Fact}s in a {@link FactLog}: one listener gives a host its KPIs.
 *
 * <pre>{@code
 * FactLog log = new InMemoryFactLog();
 * FactRecorder recorder = FactRecorder.attach(hub, log);    // adds itself as the hub's listener
 * ...
 * KpiReport today = Kpis.of(KpiConfig.ofDefaults()).compute(log, dayStart, dayEnd);
 * }</pre>
 *
 * <h2>Which facts</h2>
 * <ul>
 *   <li>{@code InteractionOpened}: ARRIVED.
 *   <li>{@code MessageAdded}: CUSTOMER_MESSAGE or AGENT_MESSAGE for those roles; other roles give nothing.
 *   <li>{@code InteractionStateChanged}: first HOLD_ENDED if it left HELD, or WRAP_UP_ENDED if it left WRAP_UP; then
 *       for the state entered: QUEUED, OFFERED, ANSWERED (ACTIVE from anything but HELD), HOLD_STARTED (HELD),
 *       WRAP_UP_STARTED (WRAP_UP), TRANSFERRED, RESOLVED, CLOSED, ABANDONED.
 *   <li>{@link BotHandedOff}: BOT_HANDOFF; {@link BotResolved}: BOT_RESOLVED (through {@link #onOtherEvent}).
 *   <li>Host-fed: {@link #recordPresence} (PRESENCE) and {@link #recordSurvey} (SURVEY).
 * </ul>
 * Each fact is stamped with the event's time.
 *
 * <h2>What it reads</h2>
 * To fill a fact's dimensions, the recorder reads the interaction (case, queue, assigned agent) from the
 * {@link InteractionStore}, the agent's team from the {@link AgentStore} and the customer's segment from the
 * {@link CustomerStore}: up to three reads per fact, which a caching decorator makes cheap. It reads the stores
 * directly and never calls back into the hub. What it cannot read (an interaction erased meanwhile) is left out of the
 * dimensions; the event's own channel, case and agent still go in. No fact holds a customer id, contact point or
 * message content.
 *
 * <p>Thread-safe if the log and the stores are; a fact is appended on the event's thread. A log failure propagates
 * to the hub's event bus, which logs it at WARN (the hub's operation is not affected).
 *
 * @since 0.1.0
 */
public final class FactRecorder implements CimListener {
  private final FactLog log;
  private final InteractionStore interactions;
  private final CustomerStore customers;
  private final AgentStore agents;
  private final List<Consumer<? super Fact>> sinks;

  /**
   * Creates a recorder.
   *
   * @param log where facts go; not null
   * @param interactions read for case, queue and agent; not null
   * @param customers read for the segment; not null
   * @param agents read for the team; not null
   * @param sinks also given each stored fact, in order, after the log (for example {@link LiveKpis#accept}); not
   *     null, no null elements
   * @throws NullPointerException if an argument or element is null
   */
  @SafeVarargs
  public FactRecorder(FactLog log, InteractionStore interactions, CustomerStore customers, AgentStore agents,
      Consumer<? super Fact>... sinks) {
    this.log = Objects.requireNonNull(log, "log");
    this.interactions = Objects.requireNonNull(interactions, "interactions");
    this.customers = Objects.requireNonNull(customers, "customers");
    this.agents = Objects.requireNonNull(agents, "agents");
    this.sinks = List.of(sinks);
  }

  /**
   * Creates a recorder over the hub's stores and adds it to the hub's listeners.
   *
   * @param hub the hub; not null
   * @param log where facts go; not null
   * @param sinks also given each stored fact; not null, no null elements
   * @return the recorder, already listening
   * @throws NullPointerException if an argument or element is null
   */
  @SafeVarargs
  public static FactRecorder attach(InteractionHub hub, FactLog log, Consumer<? super Fact>... sinks) {
    Objects.requireNonNull(hub, "hub");
    FactRecorder r = new FactRecorder(log, hub.interactionStore(), hub.customerStore(), hub.agentStore(), sinks);
    hub.addListener(r);
    return r;
  }

  @Override
  public void onInteractionOpened(InteractionOpened e) {
    Optional<Interaction> i = interactions.findById(e.interactionId());
    record(FactType.ARRIVED, e.occurredAt(), e.interactionId(), e.caseId(), e.channel(), i, Optional.empty());
  }

  @Override
  public void onMessageAdded(MessageAdded e) {
    FactType type = e.role() == AuthorRole.CUSTOMER ? FactType.CUSTOMER_MESSAGE
        : e.role() == AuthorRole.AGENT ? FactType.AGENT_MESSAGE : null;
    if (type == null) {
      return;
    }
    Optional<Interaction> i = interactions.findById(e.interactionId());
    if (i.isEmpty()) {
      return; // erased: without its case the fact cannot be placed
    }
    record(type, e.occurredAt(), e.interactionId(), i.get().caseId(), e.channel(), i, i.get().assignedAgent());
  }

  @Override
  public void onInteractionStateChanged(InteractionStateChanged e) {
    Optional<Interaction> i = interactions.findById(e.interactionId());
    if (i.isEmpty()) {
      return;
    }
    List<FactType> types = new ArrayList<>(2);
    if (e.from() == InteractionState.HELD) {
      types.add(FactType.HOLD_ENDED);
    } else if (e.from() == InteractionState.WRAP_UP) {
      types.add(FactType.WRAP_UP_ENDED);
    }
    FactType entered = switch (e.to()) {
      case QUEUED -> FactType.QUEUED;
      case OFFERED -> FactType.OFFERED;
      case ACTIVE -> e.from() == InteractionState.HELD ? null : FactType.ANSWERED;
      case HELD -> FactType.HOLD_STARTED;
      case WRAP_UP -> FactType.WRAP_UP_STARTED;
      case TRANSFERRED -> FactType.TRANSFERRED;
      case RESOLVED -> FactType.RESOLVED;
      case CLOSED -> FactType.CLOSED;
      case ABANDONED -> FactType.ABANDONED;
      case NEW -> null;
    };
    if (entered != null) {
      types.add(entered);
    }
    for (FactType t : types) {
      record(t, e.occurredAt(), e.interactionId(), i.get().caseId(), e.channel(), i, e.agentId());
    }
  }

  /**
   * Records BOT_HANDOFF for a {@link BotHandedOff} and BOT_RESOLVED for a {@link BotResolved}; ignores other events.
   *
   * @param e the event; not null
   * @since 0.1.0
   */
  @Override
  public void onOtherEvent(CimEvent e) {
    FactType type;
    InteractionId id;
    Instant at;
    Channel channel;
    if (e instanceof BotHandedOff h) {
      type = FactType.BOT_HANDOFF;
      id = h.interactionId();
      at = h.occurredAt();
      channel = h.channel();
    } else if (e instanceof BotResolved r) {
      type = FactType.BOT_RESOLVED;
      id = r.interactionId();
      at = r.occurredAt();
      channel = r.channel();
    } else {
      return;
    }
    Optional<Interaction> i = interactions.findById(id);
    if (i.isPresent()) {
      record(type, at, id, i.get().caseId(), channel, i, Optional.empty());
    }
  }

  /**
   * Records that an agent's activity changed (host-fed, for occupancy).
   *
   * @param agent the agent; not null
   * @param activity the new activity; not null
   * @param at when it began; not null
   * @return the stored fact
   * @throws NullPointerException if an argument is null
   */
  public Fact recordPresence(AgentId agent, AgentActivity activity, Instant at) {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(at, "at");
    String team = agents.findById(agent).flatMap(a -> a.team()).orElse(null);
    return store(Fact.presence(at, agent, team, activity));
  }

  /**
   * Records a survey response (host-fed), at the response's time, with the interaction's dimensions if it is still
   * stored.
   *
   * @param response the response; not null
   * @return the stored fact
   * @throws NullPointerException if {@code response} is null
   */
  public Fact recordSurvey(SurveyResponse response) {
    Objects.requireNonNull(response, "response");
    Optional<Interaction> i = interactions.findById(response.interactionId());
    Dimensions d = i.map(x -> dimensions(x.channel(), i, x.assignedAgent())).orElse(Dimensions.NONE);
    return store(Fact.survey(response, i.map(Interaction::caseId), d));
  }

  private void record(FactType type, Instant at, InteractionId id, CaseId caseId, Channel channel,
      Optional<Interaction> i, Optional<AgentId> agent) {
    store(Fact.interaction(type, at, id, caseId, dimensions(channel, i, agent)));
  }

  private Dimensions dimensions(Channel channel, Optional<Interaction> i, Optional<AgentId> agent) {
    Dimensions d = Dimensions.of(channel);
    if (i.isPresent()) {
      d = d.withQueue(i.get().queue().orElse(null));
      d = d.withSegment(customers.findById(i.get().customerId()).flatMap(c -> c.segment()).orElse(null));
    }
    if (agent.isPresent()) {
      d = d.withAgent(agent.get()).withTeam(agents.findById(agent.get()).flatMap(a -> a.team()).orElse(null));
    }
    return d;
  }

  private Fact store(Fact fact) {
    Fact stored = log.append(fact);
    for (Consumer<? super Fact> s : sinks) {
      s.accept(stored);
    }
    return stored;
  }
}
