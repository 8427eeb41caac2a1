package dev.cim.routing;

import static dev.cim.routing.Fixtures.BILLING;
import static dev.cim.routing.Fixtures.agent;
import static dev.cim.routing.Fixtures.task;
import static dev.cim.routing.Fixtures.voice;
import static dev.cim.routing.Fixtures.voiceAgent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.model.Channel;
import dev.cim.routing.event.TaskOffered;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A host's {@link AgentScorer} ruling agents out with {@link AgentScorer#NOT_ELIGIBLE} (or NaN). */
class HostEligibilityTest extends EngineHarness {
  /** Pairs "task/agent" the scorer rules out; every other pair scores by the agent's name (c > b > a). */
  final Set<String> ruledOut = new HashSet<>();

  final AgentScorer scorer = (t, a) -> ruledOut.contains(t.id().value() + "/" + a.id().value())
      ? AgentScorer.NOT_ELIGIBLE : a.id().value().charAt(0);

  RoutingEngine scored(RoutingConfig.Builder b) {
    return engine(b.scorer(scorer).build());
  }

  RoutingEngine threeAgents() {
    RoutingEngine e = scored(RoutingConfig.custom());
    for (String id : new String[] {"a", "b", "c"}) {
      e.addAgent(voiceAgent(id, BILLING, 5), Presence.AVAILABLE);
    }
    return e;
  }

  @Test
  void newTask_bestAgentRuledOut_offeredToTheNextAndDecisionSaysHostRule() {
    ruledOut.add("t1/c");
    RoutingEngine e = threeAgents();
    e.submitTask(voice("t1", BILLING, 1));

    assertThat(snap(e, "t1").agent()).contains(agent("b"));
    Decision d = snap(e, "t1").lastDecision().orElseThrow();
    assertThat(d.reasonFor(agent("c"))).contains(PassReason.HOST_RULE);
    assertThat(d.candidates()).extracting(Decision.Candidate::agentId).doesNotContain(agent("c"));
    assertThat(e.explain(task("t1")).reasonFor(agent("c"))).contains(PassReason.HOST_RULE);
  }

  @Test
  void newTask_everyAgentRuledOut_waitsWithNoOffer() {
    ruledOut.addAll(Set.of("t1/a", "t1/b", "t1/c"));
    RoutingEngine e = threeAgents();
    e.submitTask(voice("t1", BILLING, 1));

    assertThat(snap(e, "t1").status()).isEqualTo(TaskStatus.WAITING);
    assertThat(rec.of(TaskOffered.class)).isEmpty();
    Decision d = snap(e, "t1").lastDecision().orElseThrow();
    assertThat(d.chosen()).isEmpty();
    assertThat(d.reasonFor(agent("a"))).contains(PassReason.HOST_RULE);
    assertThat(e.explain(task("t1")).chosen()).isEmpty();
  }

  @Test
  void nanScore_rulesTheAgentOut() {
    RoutingEngine e = engine(RoutingConfig.custom()
        .scorer((t, a) -> a.id().value().equals("a") ? Double.NaN : 1).build());
    e.addAgent(voiceAgent("a", BILLING, 5), Presence.AVAILABLE);
    e.submitTask(voice("t1", BILLING, 1));
    assertThat(snap(e, "t1").status()).isEqualTo(TaskStatus.WAITING);

    e.addAgent(voiceAgent("b", BILLING, 5), Presence.AVAILABLE);
    assertThat(snap(e, "t1").agent()).contains(agent("b"));
  }

  @Test
  void throwingScorer_countsLowestButLeavesTheAgentEligible() {
    RoutingEngine e = engine(RoutingConfig.custom().scorer((t, a) -> {
      throw new IllegalStateException("lookup failed");
    }).build());
    e.addAgent(voiceAgent("a", BILLING, 5), Presence.AVAILABLE);
    e.submitTask(voice("t1", BILLING, 1));
    assertThat(snap(e, "t1").agent()).contains(agent("a"));
  }

  @Test
  void freedAgent_skipsTheTaskRuledOutForThem_andTakesTheNext() {
    ruledOut.add("urgent/a");
    RoutingEngine e = scored(RoutingConfig.custom().autoAccept(true));
    e.addAgent(voiceAgent("a", BILLING, 5), Presence.AVAILABLE);
    e.submitTask(voice("first", BILLING, 1));
    assertThat(snap(e, "first").status()).isEqualTo(TaskStatus.ASSIGNED);
    e.submitTask(Task.builder(task("urgent"), Channel.VOICE).priority(9).require(BILLING, 1).build());
    e.submitTask(voice("later", BILLING, 1));

    e.complete(task("first"));

    assertThat(snap(e, "urgent").status()).isEqualTo(TaskStatus.WAITING);
    assertThat(snap(e, "later").agent()).contains(agent("a"));
    assertThat(rec.of(TaskOffered.class)).noneMatch(o -> o.taskId().equals(task("urgent")));
  }

  @Test
  void freedAgent_onlyTaskRuledOut_staysReady() {
    ruledOut.add("t2/a");
    RoutingEngine e = scored(RoutingConfig.custom().autoAccept(true));
    e.addAgent(voiceAgent("a", BILLING, 5), Presence.AVAILABLE);
    e.submitTask(voice("t1", BILLING, 1));
    e.submitTask(voice("t2", BILLING, 1));

    e.complete(task("t1"));

    assertThat(snap(e, "t2").status()).isEqualTo(TaskStatus.WAITING);
    e.addAgent(voiceAgent("b", BILLING, 5), Presence.AVAILABLE);
    assertThat(snap(e, "t2").agent()).contains(agent("b"));
  }

  @Test
  void batchMode_neverPairsATaskWithAnAgentRuledOut() {
    ruledOut.addAll(Set.of("t1/c", "t1/b"));
    RoutingEngine e = scored(RoutingConfig.custom().batchMode(true));
    for (String id : new String[] {"a", "b", "c"}) {
      e.addAgent(voiceAgent(id, BILLING, 5), Presence.AVAILABLE);
    }
    e.submitTask(voice("t1", BILLING, 1));
    e.submitTask(voice("t2", BILLING, 1));
    e.tick();

    assertThat(snap(e, "t1").agent()).contains(agent("a"));
    assertThat(snap(e, "t2").agent()).isPresent().get().isNotEqualTo(agent("a"));
  }

  @Test
  void batchMode_everyAgentRuledOut_taskWaits() {
    ruledOut.add("t1/a");
    RoutingEngine e = scored(RoutingConfig.custom().batchMode(true));
    e.addAgent(voiceAgent("a", BILLING, 5), Presence.AVAILABLE);
    e.submitTask(voice("t1", BILLING, 1));
    e.tick();

    assertThat(snap(e, "t1").status()).isEqualTo(TaskStatus.WAITING);
    assertThat(rec.of(TaskOffered.class)).isEmpty();
  }

  @Test
  void fanOut_offersOnlyTheAgentsNotRuledOut() {
    ruledOut.add("t1/b");
    RoutingEngine e = scored(RoutingConfig.custom().offerFanOut(3));
    for (String id : new String[] {"a", "b", "c"}) {
      e.addAgent(voiceAgent(id, BILLING, 5), Presence.AVAILABLE);
    }
    e.submitTask(voice("t1", BILLING, 1));

    assertThat(rec.of(TaskOffered.class)).extracting(TaskOffered::agentId)
        .containsExactlyInAnyOrder(agent("c"), agent("a"));
  }

  @Test
  void reservedForAnAgentRuledOut_waitsForTheReservationThenGoesToAnother() {
    ruledOut.add("t1/c");
    RoutingEngine e = threeAgents();
    e.submitTask(Task.builder(task("t1"), Channel.VOICE).require(BILLING, 1)
        .preferredAgent(agent("c"), java.time.Duration.ofSeconds(30)).build());
    assertThat(snap(e, "t1").status()).isEqualTo(TaskStatus.WAITING);
    assertThat(snap(e, "t1").lastDecision().orElseThrow().reasonFor(agent("c"))).contains(PassReason.HOST_RULE);

    clock.advanceSeconds(30);
    e.tick();

    assertThat(snap(e, "t1").agent()).contains(agent("b"));
  }

  @Test
  void batchMode_extremeScores_stillMatchEveryPair() {
    RoutingEngine e = engine(RoutingConfig.custom().batchMode(true).scorer((t, a) -> switch (a.id().value()) {
      case "a" -> Double.POSITIVE_INFINITY;
      case "b" -> Double.MAX_VALUE;
      default -> -Double.MAX_VALUE;
    }).build());
    for (String id : new String[] {"a", "b", "c"}) {
      e.addAgent(voiceAgent(id, BILLING, 5), Presence.AVAILABLE);
    }
    for (String id : new String[] {"t1", "t2", "t3"}) {
      e.submitTask(voice(id, BILLING, 1));
    }
    e.tick();

    assertThat(rec.of(TaskOffered.class)).extracting(TaskOffered::agentId)
        .containsExactlyInAnyOrder(agent("a"), agent("b"), agent("c"));
  }
}
