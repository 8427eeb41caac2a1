package dev.cim.examples.demo;

import dev.cim.core.InboundContact;
import dev.cim.core.InteractionHub;
import dev.cim.core.Received;
import dev.cim.core.analytics.AgentActivity;
import dev.cim.core.analytics.FactLog;
import dev.cim.core.analytics.FactRecorder;
import dev.cim.core.analytics.SurveyResponse;
import dev.cim.core.memory.InMemoryFactLog;
import dev.cim.core.event.CimListener;
import dev.cim.core.event.SentimentAlert;
import dev.cim.core.event.SentimentRecovered;
import dev.cim.core.model.Agent;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.Skill;
import dev.cim.core.spi.AgentStore;
import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.InteractionStore;
import dev.cim.core.spi.Page;
import dev.cim.core.spi.PageRequest;
import dev.cim.routing.AgentProfile;
import dev.cim.routing.CapacityModel;
import dev.cim.routing.Decision;
import dev.cim.routing.Presence;
import dev.cim.routing.QueueConfig;
import dev.cim.routing.RoutingConfig;
import dev.cim.routing.RoutingEngine;
import dev.cim.routing.Strategy;
import dev.cim.routing.Task;
import dev.cim.routing.TaskMapper;
import dev.cim.routing.TaskSnapshot;
import dev.cim.routing.TaskStatus;
import dev.cim.routing.event.RoutingListener;
import dev.cim.routing.event.TaskAssigned;
import dev.cim.routing.event.TaskOffered;
import dev.cim.routing.event.TaskRequeued;
import dev.cim.sentiment.SentimentAnalyzer;
import dev.cim.sentiment.TrackerConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * Runs one simulated day through cim's public API, as a host would: customers are imported into the customer store,
 * every contact goes through {@link InteractionHub#receive}, the hub routes through a {@link RoutingEngine} and has
 * every message scored by a {@link SentimentAnalyzer}, and the routing engine's offers and assignments are reported
 * back to the hub. Time is virtual: an agenda of timed actions moves a {@link VirtualClock}.
 *
 * <p>A {@link FactRecorder} listens to the hub and writes reporting facts to a {@link FactLog}, from which
 * {@link DayReport} computes the day's KPIs. As a host would, the simulation also feeds the recorder the agents'
 * activity (available, busy, away, offline, for occupancy) and the customers' survey answers, which it draws from a
 * second RNG seeded from the same seed, so that the rest of the day is the same with or without them.
 */
final class DaySimulation {
  static final String QUEUE_VOICE = "voice";
  static final String QUEUE_DIGITAL = "digital";

  private final Scenario scenario;
  private final VirtualClock clock = new VirtualClock(Scenario.DAY_START);
  private final Random random;
  private final PriorityQueue<Action> agenda = new PriorityQueue<>();
  private final ArrayDeque<Runnable> deferred = new ArrayDeque<>();
  private long sequence;
  private int idCounter;

  private final InteractionHub hub;
  private final RoutingEngine engine;
  private final SentimentAnalyzer analyzer;
  private final DayReport report;
  private final FactLog facts = new InMemoryFactLog();
  private final FactRecorder recorder;
  private final Random surveys;
  private final Map<AgentId, Presence> presence = new HashMap<>();
  private final Map<AgentId, Integer> working = new HashMap<>();
  private final Map<AgentId, AgentActivity> activity = new HashMap<>();

  private final Map<InteractionId, Scenario.Contact> contactOf = new HashMap<>();
  private final Map<Integer, CustomerId> customerOf = new HashMap<>();
  private final Map<String, String> agentNames = new HashMap<>();
  private final Map<CustomerId, String> customerNames = new HashMap<>();

  private record Action(Instant at, long seq, Runnable run) implements Comparable<Action> {
    @Override
    public int compareTo(Action o) {
      int c = at.compareTo(o.at);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  DaySimulation(Scenario scenario, long seed, CustomerStore customers, InteractionStore interactions,
      AgentStore agents) {
    this.scenario = scenario;
    this.random = new Random(seed ^ 0x5DEECE66DL);
    this.report = new DayReport();
    this.surveys = new Random(seed * 31 + 17);
    // Supervisors want to hear about conversations that stay negative, not about every terse first message.
    this.analyzer = SentimentAnalyzer.builder().clock(clock)
        .config(TrackerConfig.custom().alertThreshold(-0.45).recoveryThreshold(-0.15).minMessages(2).build())
        .build();
    RoutingConfig config = RoutingConfig.custom()
        .strategy(Strategy.BEST_SKILL_MATCH)
        .agingPerMinute(1.0)
        .offerTimeout(Duration.ofSeconds(20))
        .queue(QueueConfig.builder(QUEUE_VOICE).weight(3).relaxAfter(Duration.ofSeconds(45), 3)
            .relaxAfter(Duration.ofSeconds(120), 1).serviceLevel(Duration.ofSeconds(20)).build())
        .queue(QueueConfig.builder(QUEUE_DIGITAL).weight(1).relaxAfter(Duration.ofMinutes(5), 3)
            .relaxAfter(Duration.ofMinutes(15), 1).serviceLevel(Duration.ofMinutes(2)).build())
        .build();
    this.engine = RoutingEngine.builder()
        .clock(clock)
        .config(config)
        .taskMapper(this::toTask)
        .eventExecutor(deferred::add) // decisions reach the hub after the engine returns
        .listener(new Bridge())
        .build();
    this.hub = InteractionHub.builder()
        .clock(clock)
        .customerStore(customers)
        .interactionStore(interactions)
        .agentStore(agents)
        .router(engine)
        .messageAnalyzer(analyzer)
        .listener(analyzer.forgetOnClose())
        .listener(new Supervisor())
        .ids(() -> String.format(Locale.ROOT, "%06d", ++idCounter))
        .build();
    this.recorder = FactRecorder.attach(hub, facts);
  }

  DayReport run(java.io.PrintStream live) {
    report.printLiveTo(live);
    importCustomers();
    staffTheFloor();
    for (Scenario.Contact c : scenario.contacts) {
      at(c.at(), () -> arrive(c));
    }
    Instant close = Scenario.DAY_START.plus(Scenario.OPEN_HOURS);
    for (Instant t = Scenario.DAY_START.plusSeconds(5); t.isBefore(close.plus(Duration.ofHours(3))); t = t.plusSeconds(5)) {
      at(t, engine::tick);
    }
    for (int h = 1; h <= 12; h++) {
      Instant t = Scenario.DAY_START.plus(Duration.ofHours(h));
      at(t, () -> report.hour(clock.instant(), engine.queues(), hub));
    }
    while (!agenda.isEmpty()) {
      Action a = agenda.poll();
      clock.set(a.at);
      a.run.run();
      drain();
    }
    report.finish(hub, facts, clock.instant().plusSeconds(1), scenario, customerOf.get(0), agentNames,
        customerNames);
    return report;
  }

  // ------------------------------------------------------------------------------------------- set-up

  private void importCustomers() {
    CustomerStore store = hub.customerStore();
    for (Scenario.Person p : scenario.people) {
      CustomerId id = CustomerId.of(String.format(Locale.ROOT, "cust-%04d", p.index()));
      Customer c = Customer.create(id, clock.instant(), ContactPoint.phone(p.phone()), ContactPoint.email(p.email()),
              ContactPoint.handle("twitter", "@" + p.email().substring(0, p.email().indexOf('@')).replace('.', '_')))
          .withDisplayName(p.name()).withSegment(p.segment())
          .withPreferences(Channel.VOICE, Locale.forLanguageTag(p.language()));
      store.create(c);
      customerOf.put(p.index(), id);
      customerNames.put(id, p.name());
    }
  }

  private void staffTheFloor() {
    for (Scenario.AgentSpec spec : scenario.agents) {
      Agent agent = Agent.of(AgentId.of(spec.id()), spec.name()).withTeam(spec.team());
      for (int s = 0; s < spec.topics().size(); s++) {
        agent = agent.withSkill(Skill.of(spec.topics().get(s)), spec.levels().get(s));
      }
      for (String lang : spec.languages()) {
        agent = agent.withSkill(Skill.language(lang), lang.equals("en") ? 9 : 7);
      }
      agent = spec.chatDesk()
          ? agent.withCapacity(Channel.CHAT, 3).withCapacity(Channel.EMAIL, 2).withCapacity(Channel.SOCIAL, 2)
          : agent.withCapacity(Channel.VOICE, 1).withCapacity(Channel.EMAIL, 1);
      hub.agentStore().create(agent);
      agentNames.put(spec.id(), spec.name());
      CapacityModel capacity = spec.chatDesk()
          ? new CapacityModel(Map.of(Channel.CHAT, 3, Channel.EMAIL, 2, Channel.SOCIAL, 2),
              Map.of(Channel.CHAT, 1, Channel.EMAIL, 1, Channel.SOCIAL, 1), 4)
          : CapacityModel.independent(Map.of(Channel.VOICE, 1, Channel.EMAIL, 1));
      AgentProfile profile = AgentProfile.from(agent).withCapacity(capacity).withWrapUp(Duration.ofSeconds(30))
          .withQueue(spec.chatDesk() ? QUEUE_DIGITAL : QUEUE_VOICE);
      engine.addAgent(profile);
      AgentId id = agent.id();
      at(spec.shiftStart(), () -> setPresence(id, Presence.AVAILABLE));
      at(spec.breakStart(), () -> setPresence(id, Presence.AWAY));
      at(spec.breakStart().plus(Duration.ofMinutes(30)), () -> setPresence(id, Presence.AVAILABLE));
      at(spec.shiftEnd(), () -> setPresence(id, Presence.OFFLINE));
    }
  }

  private void setPresence(AgentId agent, Presence p) {
    engine.setPresence(agent, p);
    presence.put(agent, p);
    reportActivity(agent);
  }

  /** Tells the recorder what an agent does now: busy while handling anything, else as their presence says. */
  private void reportActivity(AgentId agent) {
    AgentActivity now = working.getOrDefault(agent, 0) > 0 ? AgentActivity.BUSY
        : switch (presence.getOrDefault(agent, Presence.OFFLINE)) {
          case AVAILABLE -> AgentActivity.AVAILABLE;
          case AWAY -> AgentActivity.AWAY;
          default -> AgentActivity.OFFLINE;
        };
    if (activity.put(agent, now) != now) {
      recorder.recordPresence(agent, now, clock.instant());
    }
  }

  private void working(AgentId agent, int delta) {
    working.merge(agent, delta, Integer::sum);
    reportActivity(agent);
  }

  /** Some customers answer a survey a few minutes after the end: happier when calm and resolved. */
  private void maybeSurvey(InteractionId id, Scenario.Contact c, boolean resolved) {
    if (c == null || surveys.nextDouble() >= 0.35) {
      return;
    }
    int mood = c.mood() == Scenario.Mood.CALM ? 2 : c.mood() == Scenario.Mood.ANNOYED ? 1 : 0;
    int base = mood + (resolved ? 2 : 0); // 0 to 4
    int csat = clamp(1 + base + surveys.nextInt(2) - (surveys.nextDouble() < 0.15 ? 2 : 0), 1, 5);
    int nps = clamp(2 * base + 2 + surveys.nextInt(3) - (surveys.nextDouble() < 0.15 ? 4 : 0), 0, 10);
    int ces = clamp(6 - base + surveys.nextInt(2) - 1, 1, 7);
    Instant when = clock.instant().plus(Duration.ofMinutes(2 + surveys.nextInt(30)));
    at(when, () -> recorder.recordSurvey(SurveyResponse.of(id, csat, nps, ces, clock.instant())));
  }

  private static int clamp(int v, int min, int max) {
    return Math.max(min, Math.min(max, v));
  }

  /** The host's routing rules: queue by channel, skills from topic and language, priority from segment. */
  private Task toTask(dev.cim.core.Router.RoutingRequest request) {
    Interaction i = request.interaction();
    Customer customer = request.customer();
    boolean voice = i.channel().equals(Channel.VOICE);
    int priority = (voice ? 5 : 2) + (customer.segment().filter("gold"::equals).isPresent() ? 3 : 0);
    Task.Builder task = Task.builder(i.id(), i.channel())
        .queue(voice ? QUEUE_VOICE : QUEUE_DIGITAL)
        .priority(priority);
    i.firstEntered(InteractionState.QUEUED).ifPresent(task::enqueuedAt);
    i.topic().ifPresent(t -> task.require(Skill.of(t), 5));
    customer.preferredLanguage().map(Locale::toLanguageTag).filter(l -> !l.equals("en"))
        .ifPresent(l -> task.require(Skill.language(l), 5));
    request.lastAgent().ifPresent(a -> task.preferredAgent(a, Duration.ofSeconds(20)));
    return task.build();
  }

  // ------------------------------------------------------------------------------------------- the day

  private void arrive(Scenario.Contact c) {
    Scenario.Person p = c.person();
    ContactPoint from = c.channel().equals(Channel.EMAIL) ? ContactPoint.email(p.email())
        : c.channel().equals(Channel.SOCIAL)
            ? ContactPoint.handle("twitter", p.email().substring(0, p.email().indexOf('@')).replace('.', '_'))
            : ContactPoint.phone(p.phone());
    String thread = c.channel().equals(Channel.VOICE) ? null
        : c.channel().name() + "-" + p.index() + "-" + c.at().getEpochSecond();
    Received r = hub.receive(InboundContact.of(c.channel(), from, Lines.opening(random, c.topic(), c.mood()))
        .withTopic(c.topic()).withThreadRef(thread));
    contactOf.put(r.interaction().id(), c);
    report.arrived(c.channel());
    InteractionId id = r.interaction().id();
    for (int k = 1; k <= c.followUps(); k++) {
      Instant t = clock.instant().plus(Duration.ofSeconds(90L * k + random.nextInt(60)));
      int nth = k;
      at(t, () -> customerWrites(id, c, nth));
    }
    at(clock.instant().plus(c.patience()), () -> giveUpIfStillWaiting(id));
  }

  private void customerWrites(InteractionId id, Scenario.Contact c, int k) {
    Interaction i = hub.findInteraction(id).orElseThrow();
    if (i.isOpen() && i.state() != InteractionState.WRAP_UP) {
      boolean waiting = i.state() == InteractionState.QUEUED || i.state() == InteractionState.OFFERED;
      // Once an agent is on it, some upset customers calm down: that is what a recovery looks like.
      Scenario.Mood mood = !waiting && random.nextDouble() < 0.35 ? Scenario.Mood.CALM : c.mood();
      hub.addMessage(id, AuthorRole.CUSTOMER, null, Lines.followUp(random, mood, waiting, k));
    }
  }

  private void giveUpIfStillWaiting(InteractionId id) {
    Interaction i = hub.findInteraction(id).orElseThrow();
    if (i.state() == InteractionState.QUEUED || i.state() == InteractionState.OFFERED) {
      hub.abandon(id);
      report.abandoned(i.channel());
    }
  }

  private void accept(InteractionId task, AgentId agent) {
    Optional<TaskSnapshot> snapshot = engine.task(task);
    if (snapshot.isPresent() && snapshot.get().status() == TaskStatus.OFFERED
        && snapshot.get().agent().filter(agent::equals).isPresent()) {
      if (random.nextDouble() < 0.03) {
        engine.reject(task, agent); // now and then an agent declines; the task goes back with its place kept
      } else {
        engine.accept(task, agent);
      }
    }
  }

  private void converse(InteractionId id, AgentId agent) {
    Interaction i = hub.findInteraction(id).orElseThrow();
    Channel ch = i.channel();
    long talkSeconds = ch.equals(Channel.VOICE) ? 180 + random.nextInt(360)
        : ch.equals(Channel.CHAT) ? 300 + random.nextInt(420) : 120 + random.nextInt(240);
    at(clock.instant().plusSeconds(20 + random.nextInt(40)), () -> {
      if (hub.findInteraction(id).orElseThrow().state() == InteractionState.ACTIVE) {
        hub.addMessage(id, AuthorRole.AGENT, agent.value(), Lines.agentReply(random));
      }
    });
    Instant end = clock.instant().plusSeconds(talkSeconds);
    at(end, () -> {
      hub.wrapUp(id);
      engine.complete(id);
    });
    at(end.plusSeconds(30), () -> {
      boolean resolved = random.nextDouble() < 0.88;
      if (resolved) {
        hub.resolve(id, "resolved");
      } else {
        hub.close(id, "follow-up");
      }
      working(agent, -1);
      maybeSurvey(id, contactOf.get(id), resolved);
    });
  }

  private void at(Instant t, Runnable r) {
    agenda.add(new Action(t, sequence++, r));
  }

  private void drain() {
    Runnable r;
    while ((r = deferred.poll()) != null) {
      r.run();
    }
  }

  /** Reports the engine's decisions to the hub, as a host's integration would. */
  private final class Bridge implements RoutingListener {
    @Override
    public void onOffered(TaskOffered e) {
      if (hub.findInteraction(e.taskId()).map(Interaction::isOpen).orElse(false)) {
        hub.offer(e.taskId(), e.agentId());
        report.decision(e.decision(), contactOf.get(e.taskId()), hub.findInteraction(e.taskId()).orElseThrow());
        at(clock.instant().plusSeconds(2 + random.nextInt(7)), () -> accept(e.taskId(), e.agentId()));
      }
    }

    @Override
    public void onAssigned(TaskAssigned e) {
      hub.assign(e.taskId(), e.agentId());
      working(e.agentId(), +1);
      report.answered();
      converse(e.taskId(), e.agentId());
    }

    @Override
    public void onRequeued(TaskRequeued e) {
      Interaction i = hub.findInteraction(e.taskId()).orElseThrow();
      if (i.state() == InteractionState.OFFERED) {
        hub.requeue(e.taskId());
      }
    }
  }

  /** A supervisor's screen: alerts when a conversation turns negative, and a priority bump for the waiting ones. */
  private final class Supervisor implements CimListener {
    @Override
    public void onSentimentAlert(SentimentAlert e) {
      Interaction i = hub.findInteraction(e.interactionId()).orElseThrow();
      report.alert(e, i, customerNames.getOrDefault(e.customerId(), "?"));
      Optional<TaskSnapshot> task = engine.task(e.interactionId());
      if (task.isPresent() && task.get().status() == TaskStatus.WAITING) {
        engine.changePriority(e.interactionId(), Math.min(Task.MAX_PRIORITY, task.get().task().priority() + 4));
      }
    }

    @Override
    public void onSentimentRecovered(SentimentRecovered e) {
      report.recovered();
    }
  }

  static List<Interaction> allInteractions(InteractionHub hub) {
    List<Interaction> all = new ArrayList<>();
    for (InteractionState s : InteractionState.values()) {
      PageRequest page = PageRequest.first(500);
      while (true) {
        Page<Interaction> p = hub.interactionStore().findByState(s, page);
        all.addAll(p.items());
        if (!p.hasNext()) {
          break;
        }
        page = PageRequest.after(500, p.nextCursor().get());
      }
    }
    return all;
  }
}
