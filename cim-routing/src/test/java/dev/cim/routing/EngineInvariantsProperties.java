package dev.cim.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.CimException;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Skill;
import dev.cim.routing.event.OfferAccepted;
import dev.cim.routing.event.RoutingEvent;
import dev.cim.routing.event.TaskAssigned;
import dev.cim.routing.event.TaskCancelled;
import dev.cim.routing.event.TaskCompleted;
import dev.cim.routing.event.TaskOffered;
import dev.cim.routing.event.TaskRequeued;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants over random operation sequences with small id domains (4 agents, 8 task ids, 3 skills), so that
 * duplicates, foreign offers and capacity collisions happen often.
 */
class EngineInvariantsProperties {
  static final List<Skill> SKILLS = List.of(Skill.of("s0"), Skill.of("s1"), Skill.of("s2"));
  static final List<Channel> CHANNELS = List.of(Channel.VOICE, Channel.CHAT, Channel.EMAIL);
  /** Every queue's service-level threshold (the default). */
  static final Duration THRESHOLD = QueueConfig.DEFAULT_SERVICE_LEVEL;

  sealed interface Op permits Submit, SetPresence, Accept, Reject, Complete, Cancel, Advance, Transfer,
      TransferToAgent, UpdateAgent, Reprioritize, Sentiment, Requirements {}

  /**
   * {@code extra}: bit 0 negative sentiment, bits 1-2 the offer fan-out (0 = the configuration's); {@code preferred}:
   * the preferred agent for 30 s, 0 to 3, 4 for one the engine does not know, 5 or more for none.
   */
  record Submit(int task, int channel, Map<Integer, Integer> required, int priority, int queue, int extra,
      int preferred) implements Op {}

  record TransferToAgent(int task, int agent, int seconds) implements Op {}

  record Sentiment(int task, boolean negative) implements Op {}

  record SetPresence(int agent, Presence presence) implements Op {}

  record Accept(int task, int agent) implements Op {}

  record Reject(int task, int agent) implements Op {}

  record Complete(int task) implements Op {}

  record Cancel(int task) implements Op {}

  record Advance(int seconds) implements Op {}

  record Transfer(int task, int queue) implements Op {}

  record UpdateAgent(int agent, int profileSeed) implements Op {}

  record Reprioritize(int task, int priority) implements Op {}

  /** New required skills for a task in any status (levels 0 and 11 are out of range and must be refused). */
  record Requirements(int task, Map<Integer, Integer> required) implements Op {}

  static AgentId agentId(int i) {
    return AgentId.of("a" + i);
  }

  static InteractionId taskId(int i) {
    return InteractionId.of("t" + i);
  }

  static String queueName(int i) {
    return "q" + i;
  }

  /** A profile derived from a seed: skills, levels, capacity model, wrap-up, queues. */
  static AgentProfile profile(int agent, int seed) {
    java.util.Random r = new java.util.Random(seed * 31L + agent);
    CapacityModel cap = switch (r.nextInt(4)) {
      case 0 -> CapacityModel.single(Channel.VOICE, 1);
      case 1 -> CapacityModel.single(Channel.CHAT, 1 + r.nextInt(3));
      case 2 -> CapacityModel.exclusive(Map.of(Channel.VOICE, 1, Channel.CHAT, 3));
      default -> CapacityModel.independent(Map.of(Channel.VOICE, 1, Channel.EMAIL, 2));
    };
    AgentProfile p = AgentProfile.of(agentId(agent), cap)
        .withWrapUp(Duration.ofSeconds(r.nextInt(3) * 5L));
    for (Skill s : SKILLS) {
      if (r.nextInt(3) > 0) {
        p = p.withSkill(s, 1 + r.nextInt(10));
      }
    }
    if (r.nextInt(3) == 0) {
      p = p.withQueue(queueName(r.nextInt(2)));
    }
    return p;
  }

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<Integer> task = Arbitraries.integers().between(0, 7);
    Arbitrary<Integer> agent = Arbitraries.integers().between(0, 3);
    Arbitrary<Map<Integer, Integer>> req = Arbitraries.maps(Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(1, 10)).ofMaxSize(2);
    Arbitrary<Op> submit = Combinators.combine(task, Arbitraries.integers().between(0, 2), req,
        Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 1),
        Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 9)).as(Submit::new);
    Arbitrary<Op> sentiment = Combinators.combine(task, Arbitraries.of(true, false)).as(Sentiment::new);
    Arbitrary<Op> presence = Combinators.combine(agent, Arbitraries.of(Presence.class)).as(SetPresence::new);
    Arbitrary<Op> accept = Combinators.combine(task, agent).as(Accept::new);
    Arbitrary<Op> reject = Combinators.combine(task, agent).as(Reject::new);
    Arbitrary<Op> complete = task.map(Complete::new);
    Arbitrary<Op> cancel = task.map(Cancel::new);
    Arbitrary<Op> advance = Arbitraries.integers().between(1, 40).map(Advance::new);
    Arbitrary<Op> transfer = Combinators.combine(task, Arbitraries.integers().between(0, 1)).as(Transfer::new);
    Arbitrary<Op> toAgent = Combinators.combine(task, Arbitraries.integers().between(0, 4),
        Arbitraries.integers().between(0, 40)).as(TransferToAgent::new);
    Arbitrary<Op> update = Combinators.combine(agent, Arbitraries.integers().between(0, 50)).as(UpdateAgent::new);
    Arbitrary<Op> repri = Combinators.combine(task, Arbitraries.integers().between(0, 9)).as(Reprioritize::new);
    Arbitrary<Op> requirements = Combinators.combine(task, Arbitraries.maps(Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 11)).ofMaxSize(3)).as(Requirements::new);
    Arbitrary<Op> op = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, submit), net.jqwik.api.Tuple.of(3, presence), net.jqwik.api.Tuple.of(4, accept),
        net.jqwik.api.Tuple.of(2, reject), net.jqwik.api.Tuple.of(4, complete), net.jqwik.api.Tuple.of(1, cancel),
        net.jqwik.api.Tuple.of(3, advance), net.jqwik.api.Tuple.of(1, transfer), net.jqwik.api.Tuple.of(1, update),
        net.jqwik.api.Tuple.of(1, repri), net.jqwik.api.Tuple.of(1, sentiment),
        net.jqwik.api.Tuple.of(2, requirements), net.jqwik.api.Tuple.of(1, toAgent));
    return op.list().ofMinSize(5).ofMaxSize(80);
  }

  /** What the test knows independently of the engine. */
  static final class Model {
    final Map<InteractionId, Task> live = new HashMap<>();
    final Map<InteractionId, Instant> enqueued = new HashMap<>();
    final Map<InteractionId, TaskStatus> status = new HashMap<>();
    final Map<InteractionId, AgentId> holder = new HashMap<>();
    /** Open offers per offered task, in the engine's order (the first is the primary holder). */
    final Map<InteractionId, java.util.LinkedHashSet<AgentId>> offers = new HashMap<>();
    final Map<AgentId, AgentProfile> profiles = new HashMap<>();
    /** The agent each live task was last reserved for (submitted with or transferred to), if any. */
    final Map<InteractionId, AgentId> preferred = new HashMap<>();
    /** Live tasks accepted at least once. */
    final java.util.Set<InteractionId> answered = new java.util.HashSet<>();
    /** First accepts so far, and of those within the 20 s service-level threshold. */
    long answers;
    long answersInThreshold;
    /** Tasks never answered that were cancelled waiting or ringing after the threshold. */
    long abandons;
    int submitted;
    int ended;
  }

  @Property(tries = 150)
  void invariantsHoldOverRandomOperations(@ForAll("ops") List<Op> ops, @ForAll boolean autoAccept,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 10_000) int profileSeed,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 3) int fanOut,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 2) int negativeCap) {
    MutableClock clock = MutableClock.start();
    Recorder rec = new Recorder();
    RoutingConfig config = RoutingConfig.custom().autoAccept(autoAccept).offerTimeout(Duration.ofSeconds(20))
        .offerFanOut(fanOut).negativeStreakCap(negativeCap)
        .returnPacing(Duration.ofSeconds(autoAccept ? 7 : 0))
        .queue(QueueConfig.builder("q0").relaxAfter(Duration.ofSeconds(30), 4).relaxAfter(Duration.ofSeconds(60), 1)
            .build())
        .queue(QueueConfig.builder("q1").overflow(Duration.ofSeconds(45), "q0").weight(5).build())
        .build();
    RoutingEngine e = RoutingEngine.builder().clock(clock).config(config).listener(rec).build();
    Model m = new Model();
    for (int i = 0; i < 4; i++) {
      AgentProfile p = profile(i, profileSeed);
      m.profiles.put(p.id(), p);
      e.addAgent(p, Presence.AVAILABLE);
    }
    for (Op op : ops) {
      int seen = rec.events.size();
      String before = fingerprint(e);
      try {
        apply(e, m, clock, op);
      } catch (CimException | IllegalArgumentException ex) {
        assertThat(fingerprint(e)).as("state unchanged after %s", ex).isEqualTo(before);
        assertThat(rec.events.size()).isEqualTo(seen);
      }
      checkEvents(m, rec.events.subList(seen, rec.events.size()), config);
      checkState(e, m);
    }
    assertThat(m.submitted).isEqualTo(m.ended + e.taskIds().size());
  }

  private static void apply(RoutingEngine e, Model m, MutableClock clock, Op op) {
    if (op instanceof Submit s) {
      Task.Builder b = Task.builder(taskId(s.task()), CHANNELS.get(s.channel())).priority(s.priority())
          .queue(queueName(s.queue()));
      s.required().forEach((k, v) -> b.require(SKILLS.get(k), v));
      b.negativeSentiment((s.extra() & 1) == 1).offerFanOut(s.extra() >> 1);
      if (s.preferred() <= 4) {
        b.preferredAgent(agentId(s.preferred()), Duration.ofSeconds(30));
      }
      Task t = b.build();
      boolean dup = m.live.containsKey(t.id());
      e.submitTask(t);
      assertThat(dup).as("duplicate accepted").isFalse();
      m.live.put(t.id(), t);
      m.enqueued.put(t.id(), clock.instant());
      m.status.put(t.id(), TaskStatus.WAITING);
      t.preferredAgent().ifPresent(a -> m.preferred.put(t.id(), a));
      m.submitted++;
    } else if (op instanceof SetPresence p) {
      e.setPresence(agentId(p.agent()), p.presence());
    } else if (op instanceof Accept a) {
      e.accept(taskId(a.task()), agentId(a.agent()));
    } else if (op instanceof Reject r) {
      e.reject(taskId(r.task()), agentId(r.agent()));
    } else if (op instanceof Complete c) {
      e.complete(taskId(c.task()));
    } else if (op instanceof Cancel c) {
      e.cancelTask(taskId(c.task()));
    } else if (op instanceof Advance a) {
      clock.advanceSeconds(a.seconds());
      e.tick();
    } else if (op instanceof Transfer t) {
      InteractionId id = taskId(t.task());
      TaskStatus was = m.status.get(id);
      AgentId holder = m.holder.get(id);
      e.transferToQueue(id, queueName(t.queue()));
      if (was == TaskStatus.ASSIGNED) {
        assertThat(e.task(id).orElseThrow().excludedAgents()).as("not bounced back to %s", holder)
            .contains(holder);
      }
    } else if (op instanceof TransferToAgent t) {
      InteractionId id = taskId(t.task());
      e.transferToAgent(id, agentId(t.agent()), Duration.ofSeconds(t.seconds()));
      m.preferred.put(id, agentId(t.agent()));
    } else if (op instanceof UpdateAgent u) {
      AgentProfile p = profile(u.agent(), u.profileSeed()); // refused (unchanged) if it cannot hold the agent's load
      e.updateAgent(p);
      m.profiles.put(p.id(), p);
    } else if (op instanceof Reprioritize r) {
      e.changePriority(taskId(r.task()), r.priority());
    } else if (op instanceof Requirements q) {
      Map<Skill, Integer> required = new HashMap<>();
      q.required().forEach((k, v) -> required.put(SKILLS.get(k), v));
      e.changeRequirements(taskId(q.task()), required);
      m.live.computeIfPresent(taskId(q.task()), (k, t) -> t.withRequired(required));
    } else if (op instanceof Sentiment s) {
      e.changeSentiment(taskId(s.task()), s.negative());
      m.live.computeIfPresent(taskId(s.task()), (k, t) -> t.withNegativeSentiment(s.negative()));
    }
  }

  private static void checkEvents(Model m, List<RoutingEvent> events, RoutingConfig config) {
    for (RoutingEvent ev : events) {
      InteractionId id = ev.taskId();
      TaskStatus st = m.status.get(id);
      assertThat(st).as("event %s for a task the model does not hold", ev).isNotNull();
      if (ev instanceof TaskOffered o) {
        java.util.LinkedHashSet<AgentId> open = m.offers.computeIfAbsent(id, k -> new java.util.LinkedHashSet<>());
        if (st == TaskStatus.OFFERED) { // a further agent of the same fan-out decision
          assertThat(o.decision().offeredTo()).as("offered twice: %s", o).hasSizeGreaterThan(1)
              .containsAll(open);
        } else {
          assertThat(st).as("offered twice: %s", o).isEqualTo(TaskStatus.WAITING);
        }
        assertThat(open).as("offered to the same agent twice").doesNotContain(o.agentId());
        assertThat(o.decision().offeredTo()).contains(o.agentId());
        assertThat(o.decision().offeredTo().size()).isLessThanOrEqualTo(config.autoAccept() ? 1 : 3);
        open.add(o.agentId());
        Task t = m.live.get(id);
        AgentProfile p = m.profiles.get(o.agentId());
        long waited = Duration.between(m.enqueued.get(id), o.occurredAt()).toMillis();
        assertThat(o.decision().taskId()).isEqualTo(id);
        assertThat(o.decision().chosen()).contains(o.decision().offeredTo().get(0));
        // the cap can only lower requirements; check against the most relaxed cap of any queue the task can be in
        int cap = Math.min(config.queue("q0").levelCap(waited), config.queue("q1").levelCap(waited));
        t.required().forEach((skill, level) -> assertThat(p.level(skill))
            .as("agent %s lacks %s at %s for %s", o.agentId(), skill, Math.min(level, cap), id)
            .isGreaterThanOrEqualTo(Math.min(level, cap)).isPositive());
        assertThat(p.handles(t.channel())).isTrue();
        m.status.put(id, TaskStatus.OFFERED);
        m.holder.put(id, open.iterator().next());
      } else if (ev instanceof OfferAccepted a) {
        assertThat(st).isEqualTo(TaskStatus.OFFERED);
        assertThat(m.offers.get(id)).contains(a.agentId());
      } else if (ev instanceof TaskAssigned a) {
        assertThat(st).as("assigned twice: %s", a).isEqualTo(TaskStatus.OFFERED);
        if (m.answered.add(id)) {
          m.answers++;
          if (Duration.between(m.enqueued.get(id), a.occurredAt()).compareTo(THRESHOLD) <= 0) {
            m.answersInThreshold++;
          }
        }
        assertThat(m.offers.get(id)).contains(a.agentId());
        m.offers.get(id).remove(a.agentId()); // what is left must be withdrawn next
        m.status.put(id, TaskStatus.ASSIGNED);
        m.holder.put(id, a.agentId());
      } else if (ev instanceof dev.cim.routing.event.OfferWithdrawn w) {
        assertThat(m.offers.getOrDefault(id, new java.util.LinkedHashSet<>())).as("withdrawn: %s", w)
            .contains(w.agentId());
        m.offers.get(id).remove(w.agentId());
        if (st == TaskStatus.OFFERED && !m.offers.get(id).isEmpty()) {
          m.holder.put(id, m.offers.get(id).iterator().next());
        }
      } else if (ev instanceof dev.cim.routing.event.OfferRejected r) {
        assertThat(st).isEqualTo(TaskStatus.OFFERED);
        assertThat(m.offers.get(id)).contains(r.agentId());
        m.offers.get(id).remove(r.agentId());
        if (!m.offers.get(id).isEmpty()) {
          m.holder.put(id, m.offers.get(id).iterator().next());
        }
      } else if (ev instanceof dev.cim.routing.event.OfferTimedOut x) {
        assertThat(st).isEqualTo(TaskStatus.OFFERED);
        assertThat(m.offers.get(id)).contains(x.agentId());
        m.offers.get(id).remove(x.agentId());
      } else if (ev instanceof TaskRequeued r) {
        assertThat(st).isIn(TaskStatus.OFFERED, TaskStatus.ASSIGNED, TaskStatus.WAITING);
        if (st == TaskStatus.OFFERED) {
          assertThat(m.offers.get(id)).as("requeued with open offers left: %s", r)
              .isSubsetOf(m.holder.get(id));
        }
        m.status.put(id, TaskStatus.WAITING);
        m.holder.remove(id);
        m.offers.remove(id);
      } else if (ev instanceof TaskCompleted c) {
        assertThat(st).isEqualTo(TaskStatus.ASSIGNED);
        end(m, id);
      } else if (ev instanceof TaskCancelled c) {
        assertThat(c.previousStatus()).isEqualTo(st);
        if (st != TaskStatus.ASSIGNED && !m.answered.contains(id)
            && Duration.between(m.enqueued.get(id), c.occurredAt()).compareTo(THRESHOLD) > 0) {
          m.abandons++;
        }
        end(m, id);
      }
    }
  }

  private static void end(Model m, InteractionId id) {
    m.live.remove(id);
    m.status.remove(id);
    m.holder.remove(id);
    m.offers.remove(id);
    m.enqueued.remove(id);
    m.preferred.remove(id);
    m.answered.remove(id);
    m.ended++;
  }

  private static void checkState(RoutingEngine e, Model m) {
    assertThat(e.taskIds()).as("nothing lost, nothing extra").containsExactlyInAnyOrderElementsOf(m.live.keySet());
    long answered = 0;
    long inThreshold = 0;
    long abandoned = 0;
    for (String q : List.of(Task.DEFAULT_QUEUE, queueName(0), queueName(1), queueName(2))) {
      assertThat(e.queue(q)).as("snapshot of %s from counters", q).isEqualTo(((Engine) e).scanSnapshot(q));
      answered += e.queue(q).answered();
      inThreshold += e.queue(q).answeredInThreshold();
      abandoned += e.queue(q).abandonedAfterThreshold();
    }
    assertThat(answered).as("answered once per task").isEqualTo(m.answers);
    assertThat(inThreshold).isEqualTo(m.answersInThreshold);
    assertThat(abandoned).as("abandoned: never answered, cancelled waiting or ringing").isEqualTo(m.abandons);
    Map<AgentId, Map<Channel, Integer>> load = new HashMap<>();
    for (InteractionId id : m.live.keySet()) {
      TaskSnapshot t = e.task(id).orElseThrow();
      assertThat(t.status()).isEqualTo(m.status.get(id));
      assertThat(t.agent()).isEqualTo(java.util.Optional.ofNullable(m.holder.get(id)));
      assertThat(t.enqueuedAt()).isEqualTo(m.enqueued.get(id));
      List<AgentId> holders;
      if (t.status() == TaskStatus.OFFERED) {
        assertThat(t.offeredTo()).as("open offers of %s", id).containsExactlyElementsOf(m.offers.get(id));
        holders = t.offeredTo();
      } else {
        assertThat(m.offers.getOrDefault(id, new java.util.LinkedHashSet<>())).as("offers left open on %s", id)
            .isEmpty();
        assertThat(t.offeredTo()).isEmpty();
        holders = t.agent().stream().toList();
      }
      holders.forEach(a -> load.computeIfAbsent(a, k -> new HashMap<>()).merge(t.task().channel(), 1,
          Integer::sum));
    }
    for (AgentId id : e.agentIds()) {
      AgentSnapshot a = e.agent(id).orElseThrow();
      Map<Channel, Integer> mine = load.getOrDefault(id, Map.of());
      assertThat(a.load()).isEqualTo(mine);
      CapacityModel cap = a.profile().capacity();
      int used = 0;
      for (Map.Entry<Channel, Integer> l : mine.entrySet()) {
        used += l.getValue() * cap.weight(l.getKey());
        if (cap.limit(l.getKey()) > 0) {
          assertThat(l.getValue()).as("agent %s over limit on %s", id, l.getKey())
              .isLessThanOrEqualTo(cap.limit(l.getKey()));
        }
      }
      assertThat(a.usedBudget()).isEqualTo(used).isLessThanOrEqualTo(cap.budget());
    }
    for (InteractionId id : m.live.keySet()) {
      if (m.status.get(id) == TaskStatus.WAITING) {
        Decision d = e.explain(id);
        assertThat(d.chosen()).as("task %s waits while an agent could take it: %s", id, d.summary()).isEmpty();
        if (d.passedOver().stream().anyMatch(p -> p.reason() == PassReason.RESERVED_FOR_PREFERRED_AGENT)) {
          TaskSnapshot t = e.task(id).orElseThrow();
          AgentId pref = m.preferred.get(id);
          AgentSnapshot a = e.agent(pref).orElse(null);
          assertThat(a).as("%s reserved for unknown %s", id, pref).isNotNull();
          assertThat(a.presence()).as("%s reserved for offline %s", id, pref).isNotEqualTo(Presence.OFFLINE);
          assertThat(a.profile().serves(t.queue())).as("%s reserved for %s outside its queue", id, pref).isTrue();
          assertThat(a.profile().handles(t.task().channel())).isTrue();
          assertThat(t.excludedAgents()).doesNotContain(pref);
          t.task().required().keySet().forEach(s -> assertThat(a.profile().level(s))
              .as("%s reserved for %s without %s", id, pref, s).isPositive());
        }
      }
    }
  }

  private static String fingerprint(RoutingEngine e) {
    StringBuilder sb = new StringBuilder();
    e.taskIds().stream().sorted().forEach(id -> {
      TaskSnapshot t = e.task(id).orElseThrow();
      sb.append(id).append(t.status()).append(t.agent()).append(t.offeredTo()).append(t.queue())
          .append(t.task().priority()).append(t.task().negativeSentiment())
          .append(t.excludedAgents()).append(';');
    });
    e.agentIds().stream().sorted().forEach(id -> {
      AgentSnapshot a = e.agent(id).orElseThrow();
      sb.append(id).append(a.presence()).append(a.load()).append(a.profile()).append(';');
    });
    return sb.toString();
  }
}
