package dev.cim.routing;

import static dev.cim.routing.Fixtures.agent;
import static dev.cim.routing.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Skill;
import dev.cim.routing.event.TaskOffered;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class BatchModeTest {
  static final Skill S1 = Skill.of("s1");
  static final Skill S2 = Skill.of("s2");
  final MutableClock clock = MutableClock.start();
  final Recorder rec = new Recorder();

  RoutingEngine engine(boolean batch) {
    return RoutingEngine.builder().clock(clock).listener(rec)
        .config(RoutingConfig.custom().batchMode(batch).strategy(Strategy.BEST_SKILL_MATCH).build()).build();
  }

  static AgentProfile voiceAgent(String id, Map<Skill, Integer> skills) {
    AgentProfile p = AgentProfile.of(agent(id), CapacityModel.single(Channel.VOICE, 1));
    for (Map.Entry<Skill, Integer> e : skills.entrySet()) {
      p = p.withSkill(e.getKey(), e.getValue());
    }
    return p;
  }

  static Task call(String id, int priority, Skill skill) {
    return Task.builder(task(id), Channel.VOICE).priority(priority).require(skill, 1).build();
  }

  /** x can do both, y only s2; the urgent s2 task and the s1 task wait when both agents come back. */
  void scenario(RoutingEngine e) {
    e.addAgent(voiceAgent("x", Map.of(S1, 5, S2, 5)));
    e.addAgent(voiceAgent("y", Map.of(S2, 5)));
    e.submitTask(call("urgent", 9, S2));
    e.submitTask(call("other", 1, S1));
    e.setPresence(agent("x"), Presence.AVAILABLE);
    e.setPresence(agent("y"), Presence.AVAILABLE);
    e.tick();
  }

  @Test
  void greedy_firstFreeAgentTakesTheUrgentTask_leavingTheOtherWaiting() {
    RoutingEngine e = engine(false);
    scenario(e);
    assertThat(e.task(task("urgent")).orElseThrow().agent()).contains(agent("x"));
    assertThat(e.task(task("other")).orElseThrow().status()).isEqualTo(TaskStatus.WAITING);
  }

  @Test
  void tick_batch_matchesBothByOptimalAssignment() {
    RoutingEngine e = engine(true);
    scenario(e);
    assertThat(e.task(task("urgent")).orElseThrow().agent()).contains(agent("y"));
    assertThat(e.task(task("other")).orElseThrow().agent()).contains(agent("x"));
    Decision d = e.task(task("other")).orElseThrow().lastDecision().orElseThrow();
    assertThat(d.trigger()).isEqualTo(Decision.Trigger.BATCH);
    assertThat(d.chosen()).contains(agent("x"));
  }

  @Test
  void batch_eventsDoNotOffer_untilTick() {
    RoutingEngine e = engine(true);
    e.addAgent(voiceAgent("x", Map.of(S1, 5)), Presence.AVAILABLE);
    e.submitTask(call("t1", 1, S1));
    assertThat(rec.of(TaskOffered.class)).isEmpty();
    e.tick();
    assertThat(rec.of(TaskOffered.class)).extracting(TaskOffered::agentId).containsExactly(agent("x"));
  }

  @Test
  void batch_chatAgentWithThreeSlots_takesThreeInRounds() {
    RoutingEngine e = engine(true);
    e.addAgent(AgentProfile.of(agent("c"), CapacityModel.single(Channel.CHAT, 3)).withSkill(S1, 5),
        Presence.AVAILABLE);
    for (int i = 0; i < 4; i++) {
      e.submitTask(Task.builder(task("t" + i), Channel.CHAT).require(S1, 1).build());
    }
    e.tick();
    assertThat(rec.of(TaskOffered.class)).hasSize(3);
    assertThat(e.agent(agent("c")).orElseThrow().usedBudget()).isEqualTo(3);
  }

  // ------------------------------------------------------------ against brute force

  record Case(List<Map<Integer, Integer>> agents, List<Integer> tasks) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Map<Integer, Integer>> skills = Arbitraries.maps(Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(1, 10)).ofMaxSize(3);
    return net.jqwik.api.Combinators.combine(skills.list().ofMinSize(1).ofMaxSize(4),
        Arbitraries.integers().between(0, 2).list().ofMinSize(1).ofMaxSize(5)).as(Case::new);
  }

  @Property(tries = 200)
  void tick_batch_offersAsManyAsAMaximumMatchingAndOnlyEligiblePairs(@ForAll("cases") Case c) {
    List<Skill> skills = List.of(S1, S2, Skill.of("s3"));
    RoutingEngine e = engine(true);
    for (int i = 0; i < c.agents().size(); i++) {
      Map<Skill, Integer> s = new HashMap<>();
      c.agents().get(i).forEach((k, v) -> s.put(skills.get(k), v));
      e.addAgent(voiceAgent("a" + i, s), Presence.AVAILABLE);
    }
    for (int i = 0; i < c.tasks().size(); i++) {
      e.submitTask(Task.builder(task("t" + i), Channel.VOICE).priority(i)
          .require(skills.get(c.tasks().get(i)), 3).build());
    }
    e.tick();
    boolean[][] ok = new boolean[c.tasks().size()][c.agents().size()];
    for (int i = 0; i < c.tasks().size(); i++) {
      for (int j = 0; j < c.agents().size(); j++) {
        ok[i][j] = c.agents().get(j).getOrDefault(c.tasks().get(i), 0) >= 3;
      }
    }
    List<AgentId> holders = new ArrayList<>();
    for (int i = 0; i < c.tasks().size(); i++) {
      InteractionId id = task("t" + i);
      TaskSnapshot s = e.task(id).orElseThrow();
      if (s.agent().isPresent()) {
        int j = Integer.parseInt(s.agent().get().value().substring(1));
        assertThat(ok[i][j]).as("%s offered to an ineligible agent", id).isTrue();
        holders.add(s.agent().get());
      }
    }
    assertThat(holders).doesNotHaveDuplicates();
    assertThat(holders).hasSize(maxMatching(ok, 0, new boolean[c.agents().size()]));
  }

  private static int maxMatching(boolean[][] ok, int row, boolean[] used) {
    if (row == ok.length) {
      return 0;
    }
    int best = maxMatching(ok, row + 1, used);
    for (int j = 0; j < used.length; j++) {
      if (ok[row][j] && !used[j]) {
        used[j] = true;
        best = Math.max(best, 1 + maxMatching(ok, row + 1, used));
        used[j] = false;
      }
    }
    return best;
  }
}
