package dev.cim.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.CimException;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Skill;
import dev.cim.routing.event.TaskOffered;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Over random operation sequences (3 agents, 5 task ids, both matching directions, fan-out and batch mode): no task is
 * ever offered, let alone assigned, to an agent the host's scorer rules out for it.
 */
class HostEligibilityProperties {
  static final Skill S = Skill.of("s");

  /** An operation: {@code kind} 0 submit, 1 accept, 2 reject, 3 complete, 4 presence, 5 advance and tick, 6 cancel. */
  record Op(int kind, int task, int agent) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 6),
        Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 2)).as(Op::new);
    return op.list().ofMinSize(1).ofMaxSize(40);
  }

  @Provide
  Arbitrary<Set<Integer>> pairs() {
    return Arbitraries.integers().between(0, 14).set().ofMaxSize(10); // task * 3 + agent
  }

  @Property(tries = 300)
  void noTaskIsOfferedToAnAgentTheScorerRulesOut(@ForAll("ops") List<Op> ops, @ForAll("pairs") Set<Integer> out,
      @ForAll @IntRange(min = 1, max = 3) int fanOut, @ForAll boolean batch, @ForAll boolean autoAccept) {
    MutableClock clock = MutableClock.start();
    Recorder rec = new Recorder();
    AgentScorer scorer = (t, a) -> out.contains(index(t.id()) * 3 + index(a.id())) ? AgentScorer.NOT_ELIGIBLE
        : index(a.id()) + index(t.id());
    RoutingEngine e = RoutingEngine.builder().clock(clock).listener(rec).config(RoutingConfig.custom().scorer(scorer)
        .offerFanOut(fanOut).batchMode(batch).autoAccept(autoAccept).build()).build();
    for (int i = 0; i < 3; i++) {
      e.addAgent(AgentProfile.of(AgentId.of("a" + i), CapacityModel.single(Channel.VOICE, 2)).withSkill(S, 5),
          Presence.AVAILABLE);
    }
    List<String> assigned = new ArrayList<>();
    for (Op op : ops) {
      InteractionId t = InteractionId.of("t" + op.task());
      AgentId a = AgentId.of("a" + op.agent());
      try {
        switch (op.kind()) {
          case 0 -> e.submitTask(Task.builder(t, Channel.VOICE).require(S, 1).priority(op.agent()).build());
          case 1 -> e.accept(t, a);
          case 2 -> e.reject(t, a);
          case 3 -> e.complete(t);
          case 4 -> e.setPresence(a, op.task() % 2 == 0 ? Presence.AVAILABLE : Presence.AWAY);
          case 5 -> {
            clock.advanceSeconds(1 + op.task() * 10);
            e.tick();
          }
          default -> e.cancelTask(t);
        }
      } catch (CimException ignored) {
        // refused operations (unknown task, not offered to that agent, ...) change nothing
      }
      for (InteractionId id : e.taskIds()) {
        e.task(id).filter(s -> s.status() == TaskStatus.ASSIGNED).flatMap(TaskSnapshot::agent)
            .ifPresent(ag -> assigned.add(id.value() + "/" + ag.value()));
      }
    }
    for (TaskOffered o : rec.of(TaskOffered.class)) {
      assertThat(out).as("offer of %s to %s", o.taskId(), o.agentId())
          .doesNotContain(index(o.taskId()) * 3 + index(o.agentId()));
    }
    for (String pair : assigned) {
      String[] p = pair.split("/");
      assertThat(out).as("assignment %s", pair)
          .doesNotContain(index(InteractionId.of(p[0])) * 3 + index(AgentId.of(p[1])));
    }
  }

  static int index(InteractionId id) {
    return Integer.parseInt(id.value().substring(1));
  }

  static int index(AgentId id) {
    return Integer.parseInt(id.value().substring(1));
  }
}
