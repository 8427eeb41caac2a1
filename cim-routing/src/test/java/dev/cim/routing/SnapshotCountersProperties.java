package dev.cim.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.CimException;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Skill;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Queue snapshots from counters equal the scan of every task and agent ({@link Engine#scanSnapshot}) after every
 * operation, over what changes them: restore of a backlog in any time order, batch mode, fan-out offers and their
 * timeouts, overflow back and forth, explicit and equal enqueue times, transfers to queues and agents in any status,
 * agents added, removed, updated with other queue lists while ready or busy, presence, priority and requirement
 * changes.
 */
class SnapshotCountersProperties {
  static final List<Skill> SKILLS = List.of(Skill.of("s0"), Skill.of("s1"));
  static final List<Channel> CHANNELS = List.of(Channel.VOICE, Channel.CHAT);
  static final List<String> QUEUES = List.of(Task.DEFAULT_QUEUE, "q0", "q1", "q2", "q3");

  static AgentProfile profile(int agent, Random r) {
    CapacityModel cap = switch (r.nextInt(3)) {
      case 0 -> CapacityModel.single(Channel.VOICE, 1);
      case 1 -> CapacityModel.single(Channel.CHAT, 1 + r.nextInt(3));
      default -> CapacityModel.independent(Map.of(Channel.VOICE, 1, Channel.CHAT, 2));
    };
    AgentProfile p = AgentProfile.of(AgentId.of("a" + agent), cap).withWrapUp(Duration.ofSeconds(r.nextInt(2) * 5L));
    for (Skill s : SKILLS) {
      if (r.nextInt(3) > 0) {
        p = p.withSkill(s, 1 + r.nextInt(10));
      }
    }
    int qs = r.nextInt(4);
    for (int i = 0; i < qs; i++) {
      p = p.withQueue(QUEUES.get(r.nextInt(QUEUES.size())));
    }
    return p;
  }

  static Task task(int id, Random r, Instant now) {
    Task.Builder b = Task.builder(InteractionId.of("t" + id), CHANNELS.get(r.nextInt(2)))
        .queue(QUEUES.get(r.nextInt(4))).priority(r.nextInt(4)).offerFanOut(r.nextInt(3));
    if (r.nextBoolean()) {
      b.require(SKILLS.get(r.nextInt(2)), 1 + r.nextInt(10));
    }
    if (r.nextInt(3) == 0) {
      b.enqueuedAt(now.minusSeconds(r.nextInt(5) * 10L)); // equal and out-of-order times
    }
    if (r.nextInt(6) == 0) {
      b.preferredAgent(AgentId.of("a" + r.nextInt(5)), Duration.ofSeconds(r.nextInt(30)));
    }
    return b.build();
  }

  @Property(tries = 400)
  void countersEqualScan(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed, @ForAll boolean batch,
      @ForAll boolean autoAccept, @ForAll boolean restore, @ForAll @IntRange(min = 1, max = 3) int fanOut,
      @ForAll @IntRange(min = 20, max = 150) int steps) {
    Random r = new Random(seed);
    MutableClock clock = MutableClock.start();
    RoutingConfig config = RoutingConfig.custom().autoAccept(autoAccept).batchMode(batch).offerFanOut(fanOut)
        .offerTimeout(Duration.ofSeconds(20)).awayOnTimeout(r.nextBoolean())
        .queue(QueueConfig.builder("q0").relaxAfter(Duration.ofSeconds(30), 4).overflow(Duration.ofSeconds(40), "q1")
            .build())
        .queue(QueueConfig.builder("q1").overflow(Duration.ofSeconds(25), "q0").build())
        .queue(QueueConfig.builder("q2").overflow(Duration.ofSeconds(15), "q3").build())
        .build();
    RoutingEngine e = RoutingEngine.builder().clock(clock).config(config).listener(new Recorder()).build();
    Map<Integer, AgentId> agents = new HashMap<>();
    if (restore) {
      RecoverySnapshot.Builder b = RecoverySnapshot.builder();
      for (int i = 0; i < 4; i++) {
        b.agent(profile(i, r), Presence.values()[r.nextInt(Presence.values().length)]);
      }
      for (int i = 0; i < 12; i++) {
        Task t = task(100 + i, r, clock.instant());
        b.waiting(t.withEnqueuedAt(clock.instant().minusSeconds(r.nextInt(100))));
      }
      try {
        e.restore(b.build());
      } catch (IllegalArgumentException ex) {
        return;
      }
    } else {
      for (int i = 0; i < 4; i++) {
        e.addAgent(profile(i, r), Presence.values()[r.nextInt(Presence.values().length)]);
      }
    }
    check(e, "start");
    for (int s = 0; s < steps; s++) {
      int k = r.nextInt(15);
      InteractionId tid = InteractionId.of("t" + (r.nextInt(3) == 0 ? 100 + r.nextInt(12) : r.nextInt(10)));
      AgentId aid = AgentId.of("a" + r.nextInt(5));
      String what = k + " " + tid + " " + aid;
      try {
        switch (k) {
          case 0, 1 -> e.submitTask(task(r.nextInt(10), r, clock.instant()));
          case 2 -> e.accept(tid, aid);
          case 3 -> e.reject(tid, aid);
          case 4 -> e.complete(tid);
          case 5 -> e.cancel(tid);
          case 6, 7 -> {
            clock.advanceSeconds(1 + r.nextInt(30));
            e.tick();
          }
          case 8 -> e.transferToQueue(tid, QUEUES.get(r.nextInt(5)));
          case 9 -> e.transferToAgent(tid, aid, Duration.ofSeconds(r.nextInt(20)));
          case 10 -> e.updateAgent(profile(Integer.parseInt(aid.value().substring(1)), r));
          case 11 -> e.removeAgent(aid);
          case 12 -> e.addAgent(profile(Integer.parseInt(aid.value().substring(1)), r),
              Presence.values()[r.nextInt(3)]);
          case 13 -> e.setPresence(aid, Presence.values()[r.nextInt(Presence.values().length)]);
          default -> {
            if (r.nextBoolean()) {
              e.changePriority(tid, r.nextInt(5));
            } else {
              e.changeRequirements(tid, r.nextBoolean() ? Map.of() : Map.of(SKILLS.get(r.nextInt(2)), 1 + r.nextInt(10)));
            }
          }
        }
      } catch (CimException | IllegalArgumentException ex) {
        // refused: state must still agree
      }
      check(e, what);
    }
  }

  static void check(RoutingEngine e, String after) {
    Engine en = (Engine) e;
    for (String q : QUEUES) {
      assertThat(e.queue(q)).as("%s after %s", q, after).isEqualTo(en.scanSnapshot(q));
    }
    for (QueueSnapshot q : e.queues()) {
      assertThat(q).as("queues() %s after %s", q.queue(), after).isEqualTo(en.scanSnapshot(q.queue()));
    }
  }
}
