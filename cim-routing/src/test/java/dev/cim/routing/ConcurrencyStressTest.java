package dev.cim.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.CimException;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Skill;
import dev.cim.routing.event.RoutingListener;
import dev.cim.routing.event.TaskAssigned;
import dev.cim.routing.event.TaskCancelled;
import dev.cim.routing.event.TaskCompleted;
import dev.cim.routing.event.TaskOffered;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Threads hammer one engine with bounded, random work; the invariants hold at the end. No sleeps. */
class ConcurrencyStressTest {
  static final int THREADS = 4;
  static final int OPS_PER_THREAD = 4_000;
  static final int AGENTS = 24;

  /** With a fan-out of 3, threads also race to accept the same task: exactly one may win. */
  @ParameterizedTest(name = "offer fan-out {0}")
  @ValueSource(ints = {1, 3})
  void manyThreads_submitPresenceAcceptCompleteCancel_invariantsHold(int fanOut) throws Exception {
    MutableClock clock = MutableClock.start();
    Map<InteractionId, AtomicInteger> assigned = new ConcurrentHashMap<>();
    Map<InteractionId, AtomicInteger> ended = new ConcurrentHashMap<>();
    Map<InteractionId, AtomicInteger> offered = new ConcurrentHashMap<>();
    RoutingListener counter = new RoutingListener() {
      @Override
      public void onOffered(TaskOffered e) {
        offered.computeIfAbsent(e.taskId(), k -> new AtomicInteger()).incrementAndGet();
      }

      @Override
      public void onAssigned(TaskAssigned e) {
        assigned.computeIfAbsent(e.taskId(), k -> new AtomicInteger()).incrementAndGet();
      }

      @Override
      public void onCompleted(TaskCompleted e) {
        ended.computeIfAbsent(e.taskId(), k -> new AtomicInteger()).incrementAndGet();
      }

      @Override
      public void onCancelled(TaskCancelled e) {
        ended.computeIfAbsent(e.taskId(), k -> new AtomicInteger()).incrementAndGet();
      }
    };
    RoutingEngine e = RoutingEngine.builder().clock(clock).listener(counter)
        .config(RoutingConfig.custom().offerTimeout(Duration.ofSeconds(5)).offerFanOut(fanOut)
            .queue(QueueConfig.builder("default").relaxAfter(Duration.ofSeconds(3), 2).build()).build())
        .build();
    List<Skill> skills = List.of(Skill.of("a"), Skill.of("b"), Skill.of("c"), Skill.of("d"));
    Random setup = new Random(42);
    for (int i = 0; i < AGENTS; i++) {
      CapacityModel cap = i % 3 == 0 ? CapacityModel.single(Channel.VOICE, 1)
          : i % 3 == 1 ? CapacityModel.single(Channel.CHAT, 3)
          : CapacityModel.exclusive(Map.of(Channel.VOICE, 1, Channel.CHAT, 3));
      AgentProfile p = AgentProfile.of(AgentId.of("ag" + i), cap).withWrapUp(Duration.ofSeconds(i % 2));
      for (Skill s : skills) {
        if (setup.nextBoolean()) {
          p = p.withSkill(s, 1 + setup.nextInt(10));
        }
      }
      e.addAgent(p, Presence.AVAILABLE);
    }
    AtomicInteger submitted = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CyclicBarrier start = new CyclicBarrier(THREADS);
    CountDownLatch done = new CountDownLatch(THREADS);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      final int thread = t;
      Thread th = new Thread(() -> {
        Random r = new Random(1000 + thread);
        try {
          start.await();
          for (int i = 0; i < OPS_PER_THREAD; i++) {
            step(e, clock, r, thread, i, skills, submitted);
          }
        } catch (Throwable ex) {
          failure.compareAndSet(null, ex);
        } finally {
          done.countDown();
        }
      }, "stress-" + t);
      threads.add(th);
      th.start();
    }
    done.await();
    for (Thread th : threads) {
      th.join();
    }
    assertThat(failure.get()).as("unexpected failure in a worker").isNull();
    e.tick();

    List<InteractionId> held = e.taskIds();
    assertThat(submitted.get()).as("every submitted task ended exactly once or is still held")
        .isEqualTo(ended.size() + held.size());
    assertThat(ended.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    assertThat(assigned.values()).as("no task assigned twice").allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    for (InteractionId id : held) {
      assertThat(ended).doesNotContainKey(id);
    }
    Map<AgentId, Map<Channel, Integer>> load = new HashMap<>();
    for (InteractionId id : held) {
      TaskSnapshot t = e.task(id).orElseThrow();
      List<AgentId> holders = t.status() == TaskStatus.OFFERED ? t.offeredTo() : t.agent().stream().toList();
      holders.forEach(a -> load.computeIfAbsent(a, k -> new HashMap<>()).merge(t.task().channel(), 1,
          Integer::sum));
      if (t.status() == TaskStatus.WAITING) {
        assertThat(e.explain(id).chosen()).as("%s waits while an agent could take it", id).isEmpty();
      }
    }
    for (AgentId id : e.agentIds()) {
      AgentSnapshot a = e.agent(id).orElseThrow();
      assertThat(a.load()).isEqualTo(load.getOrDefault(id, Map.of()));
      a.load().forEach((c, n) -> assertThat(n).isLessThanOrEqualTo(a.profile().capacity().limit(c)));
      assertThat(a.usedBudget()).isLessThanOrEqualTo(a.profile().capacity().budget());
    }
    assertThat(offered).isNotEmpty();
    assertThat(assigned).isNotEmpty();
  }

  private static void step(RoutingEngine e, MutableClock clock, Random r, int thread, int i, List<Skill> skills,
      AtomicInteger submitted) {
    int op = r.nextInt(100);
    AgentId agent = AgentId.of("ag" + r.nextInt(AGENTS));
    try {
      if (op < 35) {
        Task.Builder b = Task.builder(InteractionId.of("T" + thread + "-" + i),
            r.nextBoolean() ? Channel.VOICE : Channel.CHAT).priority(r.nextInt(5));
        if (r.nextInt(3) > 0) {
          b.require(skills.get(r.nextInt(skills.size())), 1 + r.nextInt(10));
        }
        e.submitTask(b.build());
        submitted.incrementAndGet();
      } else if (op < 45) {
        Presence[] all = Presence.values();
        e.setPresence(agent, r.nextInt(4) == 0 ? all[r.nextInt(all.length)] : Presence.AVAILABLE);
      } else if (op < 65) {
        e.agent(agent).ifPresent(a -> a.offered().stream().findFirst().ifPresent(t -> {
          if (r.nextInt(5) == 0) {
            e.reject(t, agent);
          } else {
            e.accept(t, agent);
          }
        }));
      } else if (op < 90) {
        e.agent(agent).ifPresent(a -> a.assigned().stream().findFirst().ifPresent(e::complete));
      } else if (op < 94) {
        e.cancel(InteractionId.of("T" + r.nextInt(THREADS) + "-" + r.nextInt(i + 1)));
      } else {
        clock.advance(Duration.ofMillis(200 + r.nextInt(800)));
        e.tick();
      }
    } catch (CimException expected) {
      // stale snapshot: another thread moved the task first; the engine rejected the call and changed nothing
    }
  }
}
