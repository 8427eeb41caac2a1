package dev.cim.routing.sim;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Skill;
import dev.cim.routing.AgentProfile;
import dev.cim.routing.OfferNotValidException;
import dev.cim.routing.Presence;
import dev.cim.routing.QueueConfig;
import dev.cim.routing.RoutingConfig;
import dev.cim.routing.RoutingEngine;
import dev.cim.routing.Task;
import dev.cim.routing.UnknownTaskException;
import dev.cim.routing.event.RoutingListener;
import dev.cim.routing.event.TaskAssigned;
import dev.cim.routing.event.TaskOffered;
import dev.cim.routing.event.TaskOverflowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A discrete-event simulator that drives the real {@link RoutingEngine} on virtual time: it advances the engine's
 * clock from event to event, submits arriving contacts, accepts offers as the simulated agents would, completes
 * tasks after their handle time, cancels tasks whose customer runs out of patience, calls {@code tick()} exactly when
 * a wrap-up ends, an offer expires or a waiting contact reaches one of its queue's relaxation steps or its overflow
 * time (or at a fixed period, {@link Scenario#tickEvery()}), and takes agents on and off shift. Routing decisions are the
 * engine's own (strategy, skills, capacity, priorities, relaxation, overflow), observed through its
 * {@link RoutingListener} events.
 *
 * <p>Reproducible: the same scenario and seed give the same result. Each replication builds a fresh engine; each
 * contact stream draws from its own random stream, so changing one stream does not reshuffle the others.
 *
 * <p>Stateless and thread-safe: replications run on the calling thread, one after the other.
 *
 * @since 0.1.0
 */
public final class Simulator {

  private Simulator() {}

  /**
   * Runs one replication.
   *
   * @param scenario the scenario; not null
   * @param seed the seed
   * @return the outcome; never null
   * @throws NullPointerException if {@code scenario} is null
   * @throws IllegalStateException if the engine reported a listener failure (a simulator defect)
   */
  public static Replication run(Scenario scenario, long seed) {
    Objects.requireNonNull(scenario, "scenario");
    return new Run(scenario, seed).execute();
  }

  /**
   * Runs independent replications (seeds drawn from {@code seed}) and estimates each figure with a t-based confidence
   * interval.
   *
   * @param scenario the scenario; not null
   * @param replications the number of replications, 2 to 10,000
   * @param seed the seed of the whole experiment
   * @param confidence the confidence level, strictly between 0 and 1 (for example 0.95)
   * @return the report; never null
   * @throws NullPointerException if {@code scenario} is null
   * @throws IllegalArgumentException if {@code replications} or {@code confidence} is out of range
   */
  public static SimulationReport replicate(Scenario scenario, int replications, long seed, double confidence) {
    Objects.requireNonNull(scenario, "scenario");
    if (replications < 2 || replications > 10_000) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "replications must be between 2 and 10000, but was %d", replications));
    }
    Estimate.checkConfidence(confidence);
    SplittableRandom seeds = new SplittableRandom(seed);
    List<Replication> runs = new ArrayList<>(replications);
    for (int i = 0; i < replications; i++) {
      runs.add(run(scenario, seeds.nextLong()));
    }
    return SimulationReport.of(scenario, runs, confidence);
  }

  private static final int ARRIVAL = 0;
  private static final int ABANDON = 1;
  private static final int ACCEPT = 2;
  private static final int COMPLETE = 3;
  private static final int WRAP_END = 4;
  private static final int SHIFT_START = 5;
  private static final int SHIFT_END = 6;
  private static final int TICK = 7;
  private static final int PERIODIC_TICK = 8;
  private static final int CONTACT_TICK = 9;

  private static final class Event implements Comparable<Event> {
    final double time;
    final long seq;
    final int type;
    final int index;
    final Object ref;

    Event(double time, long seq, int type, int index, Object ref) {
      this.time = time;
      this.seq = seq;
      this.type = type;
      this.index = index;
      this.ref = ref;
    }

    @Override
    public int compareTo(Event o) {
      int c = Double.compare(time, o.time);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  private static final class Contact {
    final InteractionId id;
    final int stream;
    final double arrival;
    final boolean measured;
    boolean answered;
    boolean finished;
    Agent agent;

    Contact(InteractionId id, int stream, double arrival, boolean measured) {
      this.id = id;
      this.stream = stream;
      this.arrival = arrival;
      this.measured = measured;
    }
  }

  private static final class Agent {
    final AgentId id;
    final int group;
    final double windowStart;
    final double windowEnd;
    final double wrapUp;
    int busy;
    double busySince;
    double busyTotal;

    Agent(AgentId id, int group, double windowStart, double windowEnd, double wrapUp) {
      this.id = id;
      this.group = group;
      this.windowStart = windowStart;
      this.windowEnd = windowEnd;
      this.wrapUp = wrapUp;
    }

    void up(double now) {
      if (busy++ == 0) {
        busySince = now;
      }
    }

    void down(double now) {
      if (--busy == 0) {
        busyTotal += overlap(busySince, now);
      }
    }

    double overlap(double from, double to) {
      return Math.max(0, Math.min(to, windowEnd) - Math.max(from, windowStart));
    }
  }

  private static final class Run implements RoutingListener {
    private final Scenario scenario;
    private final long seed;
    private final VirtualClock clock = new VirtualClock();
    private final RoutingEngine engine;
    private final PriorityQueue<Event> events = new PriorityQueue<>();
    private final Map<InteractionId, Contact> contacts = new HashMap<>();
    private final Map<AgentId, Agent> agents = new HashMap<>();
    private final Map<String, double[]> timers = new HashMap<>();
    private final List<ContactStream> streams;
    private final SplittableRandom[] arrivalRandom;
    private final SplittableRandom[] workRandom;
    private final SplittableRandom agentRandom;
    private final double horizon;
    private final double warmup;
    private final double tickEvery;
    private final boolean autoAccept;
    private final double offerTimeout;
    private final long[][] counts; // per stream: offered, answered, inTime, abandoned
    private final double[] waits;
    private final double[] thresholds;
    private final long[] handledByGroup;
    private double now;
    private long seq;
    private long nextId;
    private long engineCalls;

    Run(Scenario scenario, long seed) {
      this.scenario = scenario;
      this.seed = seed;
      this.streams = scenario.streams();
      RoutingConfig config = scenario.routing();
      // explanations do not change decisions and nobody reads them here: record none (less garbage)
      RoutingConfig quiet = RoutingConfig.from(config).explanationLimit(0).build();
      this.engine = RoutingEngine.builder().clock(clock).config(quiet).listener(this).build();
      SplittableRandom master = new SplittableRandom(seed);
      int s = streams.size();
      arrivalRandom = new SplittableRandom[s];
      workRandom = new SplittableRandom[s];
      for (int i = 0; i < s; i++) {
        arrivalRandom[i] = master.split();
        workRandom[i] = master.split();
      }
      agentRandom = master.split();
      horizon = seconds(scenario.horizon());
      warmup = seconds(scenario.warmup());
      autoAccept = config.autoAccept();
      offerTimeout = seconds(config.offerTimeout());
      tickEvery = seconds(scenario.tickEvery());
      counts = new long[s][4];
      waits = new double[s];
      thresholds = new double[s];
      for (int i = 0; i < s; i++) {
        thresholds[i] = seconds(config.queue(streams.get(i).queue()).serviceLevelThreshold());
      }
      handledByGroup = new long[scenario.groups().size()];
    }

    /** The waits after which a queue's relaxation steps and overflow fall due, in seconds, ascending. */
    private double[] timers(String queue) {
      return timers.computeIfAbsent(queue, q -> {
        QueueConfig c = scenario.routing().queue(q);
        java.util.TreeSet<Double> t = new java.util.TreeSet<>();
        c.relaxation().forEach(step -> t.add(seconds(step.after())));
        c.overflowAfter().ifPresent(d -> t.add(seconds(d)));
        return t.stream().mapToDouble(Double::doubleValue).toArray();
      });
    }

    private void scheduleTimers(Contact c, String queue) {
      for (double after : timers(queue)) {
        double due = c.arrival + after + 0.001;
        if (due > now) {
          schedule(due, CONTACT_TICK, 0, c);
        }
      }
    }

    private void schedule(double time, int type, int index, Object ref) {
      events.add(new Event(time, seq++, type, index, ref));
    }

    Replication execute() {
      List<AgentGroup> groups = scenario.groups();
      for (int g = 0; g < groups.size(); g++) {
        AgentGroup group = groups.get(g);
        double start = seconds(group.shiftStart());
        double end = seconds(group.shiftEnd());
        for (int i = 1; i <= group.count(); i++) {
          AgentId id = AgentId.of(group.name() + "-" + i);
          AgentProfile p = new AgentProfile(id, group.profile().skills(), group.profile().team(),
              group.profile().capacity(), group.profile().wrapUp(), group.profile().queues());
          engine.addAgent(p);
          engineCalls++;
          Agent a = new Agent(id, g, Math.max(start, warmup), Math.min(end, horizon),
              seconds(group.profile().wrapUp()));
          agents.put(id, a);
          if (start < horizon) {
            schedule(start, SHIFT_START, 0, a);
            schedule(end, SHIFT_END, 0, a);
          }
        }
      }
      for (int i = 0; i < streams.size(); i++) {
        scheduleArrival(i, 0);
      }
      if (tickEvery > 0) {
        schedule(tickEvery, PERIODIC_TICK, 0, null);
      }
      Event e;
      while ((e = events.poll()) != null) {
        now = e.time;
        clock.set(now);
        dispatch(e);
      }
      if (engine.listenerFailures() > 0) {
        throw new IllegalStateException("the simulator's listener failed " + engine.listenerFailures()
            + " time(s) in the replication with seed " + seed);
      }
      return result();
    }

    private void scheduleArrival(int stream, double from) {
      double t = streams.get(stream).arrivals().nextArrival(from, arrivalRandom[stream]);
      if (t < horizon) {
        schedule(t, ARRIVAL, stream, null);
      }
    }

    private void dispatch(Event e) {
      switch (e.type) {
        case ARRIVAL -> arrive(e.index);
        case ABANDON -> abandon((Contact) e.ref);
        case ACCEPT -> accept((TaskOffered) e.ref);
        case COMPLETE -> complete((Contact) e.ref);
        case WRAP_END -> {
          ((Agent) e.ref).down(now);
          tick();
        }
        case SHIFT_START -> {
          engine.setPresence(((Agent) e.ref).id, Presence.AVAILABLE);
          engineCalls++;
        }
        case SHIFT_END -> {
          engine.setPresence(((Agent) e.ref).id, Presence.OFFLINE);
          engineCalls++;
        }
        case TICK -> tick();
        case CONTACT_TICK -> {
          Contact c = (Contact) e.ref;
          if (!c.answered && !c.finished) {
            tick();
          }
        }
        case PERIODIC_TICK -> {
          tick();
          if (now + tickEvery < horizon) {
            schedule(now + tickEvery, PERIODIC_TICK, 0, null);
          }
        }
        default -> throw new IllegalStateException("unknown event type " + e.type);
      }
    }

    private void tick() {
      engine.tick();
      engineCalls++;
    }

    private void arrive(int stream) {
      ContactStream st = streams.get(stream);
      InteractionId id = InteractionId.of("c" + (nextId++));
      boolean measured = now >= warmup;
      Contact c = new Contact(id, stream, now, measured);
      contacts.put(id, c);
      if (measured) {
        counts[stream][0]++;
      }
      st.patience().ifPresent(p -> schedule(now + p.sampleSeconds(workRandom[stream]), ABANDON, 0, c));
      Task.Builder b = Task.builder(id, st.channel()).queue(st.queue()).priority(st.priority());
      for (Map.Entry<Skill, Integer> r : st.required().entrySet()) {
        b.require(r.getKey(), r.getValue());
      }
      scheduleArrival(stream, now);
      if (tickEvery == 0) {
        scheduleTimers(c, st.queue());
      }
      engine.submitTask(b.build());
      engineCalls++;
    }

    private void abandon(Contact c) {
      if (c.answered || c.finished) {
        return;
      }
      c.finished = true;
      contacts.remove(c.id);
      if (c.measured) {
        counts[c.stream][3]++;
      }
      engine.cancelTask(c.id);
      engineCalls++;
    }

    private void accept(TaskOffered offer) {
      Contact c = contacts.get(offer.taskId());
      if (c == null || c.finished || c.answered) {
        return;
      }
      try {
        engine.accept(offer.taskId(), offer.agentId());
        engineCalls++;
      } catch (OfferNotValidException | UnknownTaskException ignored) {
        // the offer expired or moved on meanwhile: the engine has requeued the task
      }
    }

    private void complete(Contact c) {
      Agent a = c.agent;
      c.finished = true;
      contacts.remove(c.id);
      engine.complete(c.id);
      engineCalls++;
      if (a.wrapUp > 0) {
        schedule(now + a.wrapUp + 0.001, WRAP_END, 0, a);
      } else {
        a.down(now);
      }
    }

    @Override
    public void onOffered(TaskOffered e) {
      if (autoAccept) {
        return;
      }
      double delay = scenario.answerDelay().map(d -> d.sampleSeconds(agentRandom)).orElse(0.0);
      double expiry = now + offerTimeout;
      if (now + delay < expiry) {
        schedule(now + delay, ACCEPT, 0, e);
      } else {
        schedule(expiry + 0.001, TICK, 0, null);
      }
    }

    @Override
    public void onOverflowed(TaskOverflowed e) {
      Contact c = contacts.get(e.taskId());
      if (c != null && tickEvery == 0) {
        scheduleTimers(c, e.toQueue());
      }
    }

    @Override
    public void onAssigned(TaskAssigned e) {
      Contact c = contacts.get(e.taskId());
      Agent a = agents.get(e.agentId());
      if (c == null || a == null || c.answered) {
        throw new IllegalStateException("assignment of an unknown or answered task " + e.taskId());
      }
      c.answered = true;
      a.up(now);
      if (c.measured) {
        double wait = now - c.arrival;
        long[] k = counts[c.stream];
        k[1]++;
        if (wait <= thresholds[c.stream]) {
          k[2]++;
        }
        waits[c.stream] += wait;
        handledByGroup[a.group]++;
      }
      c.agent = a;
      schedule(now + streams.get(c.stream).handleTime().sampleSeconds(workRandom[c.stream]), COMPLETE, 0, c);
    }

    private Replication result() {
      Map<String, QueueResult> byQueue = new TreeMap<>();
      long[] unanswered = new long[streams.size()];
      for (Contact c : contacts.values()) {
        if (c.measured && !c.answered && !c.finished) {
          unanswered[c.stream]++;
        }
      }
      for (int i = 0; i < streams.size(); i++) {
        long[] k = counts[i];
        String q = streams.get(i).queue();
        QueueResult r = new QueueResult(q, k[0], k[1], k[2], k[3], unanswered[i], waits[i], thresholds[i]);
        byQueue.merge(q, r, (x, y) -> x.plus(y, q));
      }
      List<AgentGroup> groups = scenario.groups();
      double[] staffed = new double[groups.size()];
      double[] busy = new double[groups.size()];
      for (Agent a : agents.values()) {
        if (a.busy > 0) {
          a.busyTotal += a.overlap(a.busySince, Double.POSITIVE_INFINITY);
          a.busy = 0;
        }
        staffed[a.group] += Math.max(0, a.windowEnd - a.windowStart);
        busy[a.group] += a.busyTotal;
      }
      List<GroupResult> gr = new ArrayList<>();
      for (int g = 0; g < groups.size(); g++) {
        gr.add(new GroupResult(groups.get(g).name(), groups.get(g).count(), staffed[g], busy[g], handledByGroup[g]));
      }
      return new Replication(seed, new ArrayList<>(byQueue.values()), gr, nextId, engineCalls);
    }
  }

  static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }
}
