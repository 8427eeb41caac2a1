package dev.cim.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * {@link ReadyIndex} visits exactly the agents a plain list in readiness order would give, filtered by skill levels,
 * in that order, through adds, removes, compactions, sweeps of dead list entries and growth (a tiny initial space and
 * few skills, so all happen often and sets overlap). Skill ids spaced 32 or 64 apart share bits of the slots' skill
 * masks, so the exact level check behind the mask is exercised too.
 */
class ReadyIndexProperties {
  private static final int AGENTS = 40;
  private static final int SKILLS = 5;

  /**
   * One operation: {@code op % 3 == 0} removes agent {@code op / 3 % AGENTS}, anything else adds it (if absent); after
   * each, every query of up to three skills (plus one skill nobody has) is checked, at thresholds derived from
   * {@code threshold}; skill number {@code s} has id {@code s * stride}.
   */
  @Property(tries = 200)
  void visit_agreesWithAFilteredListInReadinessOrder(
      @ForAll @Size(min = 1, max = 200) List<@IntRange(min = 0, max = 10_000) Integer> ops,
      @ForAll @IntRange(min = 1, max = 10) int threshold, @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 2) int spread) {
    int stride = new int[] {1, 32, 64}[spread];
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    List<AgentState> pool = new ArrayList<>();
    for (int i = 0; i < AGENTS; i++) {
      pool.add(agent(i, r, stride));
    }
    List<int[]> queries = new ArrayList<>();
    queries.add(new int[0]);
    for (int a = 0; a <= SKILLS; a++) {
      queries.add(new int[] {a});
      for (int b = a + 1; b <= SKILLS; b++) {
        queries.add(new int[] {b, a});
        for (int c = b + 1; c < SKILLS; c++) {
          queries.add(new int[] {a, c, b});
        }
      }
    }
    ReadyIndex index = new ReadyIndex(dev.cim.core.model.Channel.VOICE, 1, 4);
    List<AgentState> model = new ArrayList<>();
    for (int op : ops) {
      AgentState a = pool.get(op / 3 % AGENTS);
      if (op % 3 == 0) {
        index.remove(a);
        model.remove(a);
      } else if (!model.contains(a)) {
        index.add(a, 0, 0);
        model.add(a);
      }
      assertThat(index.size()).isEqualTo(model.size());
      index.checkInvariants();
      for (int[] numbers : queries) {
        int[] skills = new int[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
          skills[i] = numbers[i] * stride;
        }
        int[] thresholds = new int[skills.length];
        for (int i = 0; i < skills.length; i++) {
          thresholds[i] = Math.max(1, threshold - i * 3);
        }
        List<AgentState> visited = new ArrayList<>();
        int n = index.visit(skills, thresholds, visited::add);
        assertThat(visited).isEqualTo(expected(model, skills, thresholds));
        assertThat(n).isEqualTo(visited.size());
      }
    }
    List<AgentState> all = new ArrayList<>();
    index.forEach(all::add);
    assertThat(all).isEqualTo(model);
    for (int s = 0; s < SKILLS; s++) {
      for (int l = 1; l <= 10; l++) {
        assertThat(index.count(s * stride, l))
            .isEqualTo(expected(model, new int[] {s * stride}, new int[] {l}).size());
      }
    }
  }

  @Property(tries = 100)
  void visit_stopsWhenTheVisitorSaysSo(@ForAll @IntRange(min = 1, max = 40) int agents,
      @ForAll @IntRange(min = 1, max = 5) int stopAfter, @ForAll long seed) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    ReadyIndex index = new ReadyIndex(dev.cim.core.model.Channel.VOICE, 0, 1);
    for (int i = 0; i < agents; i++) {
      index.add(agent(i, r), 0, 0);
    }
    List<AgentState> visited = new ArrayList<>();
    int n = index.visit(new int[0], new int[0], x -> visited.add(x) && visited.size() < stopAfter);
    assertThat(n).isEqualTo(Math.min(agents, stopAfter)).isEqualTo(visited.size());
  }

  @Property(tries = 5)
  void visit_withThousandsOfAgents_agreesWithAFilteredList(@ForAll long seed) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    List<AgentState> pool = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      pool.add(agent(i, r));
    }
    ReadyIndex index = new ReadyIndex(dev.cim.core.model.Channel.VOICE, 0, 16);
    java.util.LinkedHashSet<AgentState> model = new java.util.LinkedHashSet<>();
    for (int op = 1; op <= 20_000; op++) {
      AgentState a = pool.get(r.nextInt(pool.size()));
      if (model.contains(a) && r.nextInt(5) < 2) {
        index.remove(a);
        model.remove(a);
      } else if (!model.contains(a)) {
        index.add(a, 0, 0);
        model.add(a);
      }
      if (op % 500 == 0) {
        index.checkInvariants();
      }
      if (op % 2_000 == 0) {
        int first = r.nextInt(SKILLS);
        int[] skills = r.nextBoolean() ? new int[] {first} : new int[] {first, (first + 1 + r.nextInt(SKILLS - 1)) % SKILLS};
        int[] thresholds = new int[skills.length];
        for (int i = 0; i < skills.length; i++) {
          thresholds[i] = 1 + r.nextInt(10);
        }
        List<AgentState> visited = new ArrayList<>();
        index.visit(skills, thresholds, visited::add);
        assertThat(visited).isEqualTo(expected(new ArrayList<>(model), skills, thresholds));
      }
    }
  }

  /**
   * Two channels' indexes share the agents (each records its own slot under its channel number); thresholds outside
   * 1 to 10 are clamped. Both always agree with their own filtered lists.
   */
  @Property(tries = 100)
  void twoIndexes_shareAgents_andClampThresholds(
      @ForAll @Size(min = 1, max = 300) List<@IntRange(min = 0, max = 10_000) Integer> ops,
      @ForAll @IntRange(min = -1, max = 11) int threshold, @ForAll long seed) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    List<AgentState> pool = new ArrayList<>();
    for (int i = 0; i < AGENTS; i++) {
      pool.add(agent(i, r, 64));
    }
    List<ReadyIndex> indexes = List.of(new ReadyIndex(dev.cim.core.model.Channel.VOICE, 0, 2),
        new ReadyIndex(dev.cim.core.model.Channel.CHAT, 1, 3));
    List<List<AgentState>> models = List.of(new ArrayList<>(), new ArrayList<>());
    for (int op : ops) {
      int which = op & 1;
      ReadyIndex index = indexes.get(which);
      List<AgentState> model = models.get(which);
      AgentState a = pool.get(op / 2 % AGENTS);
      if (op / 2 % 3 == 0) {
        index.remove(a);
        model.remove(a);
      } else if (!model.contains(a)) {
        index.add(a, 0, 0);
        model.add(a);
      }
      for (int k = 0; k < 2; k++) {
        indexes.get(k).checkInvariants();
        int[] skills = {0, 64 * (1 + op % (SKILLS - 1))};
        int[] thresholds = {threshold, 11 - threshold};
        int[] clamped = {Math.max(1, Math.min(10, threshold)), Math.max(1, Math.min(10, 11 - threshold))};
        List<AgentState> visited = new ArrayList<>();
        indexes.get(k).visit(skills, thresholds, visited::add);
        assertThat(visited).isEqualTo(expected(models.get(k), skills, clamped));
        assertThat(indexes.get(k).contains(a)).isEqualTo(models.get(k).contains(a));
      }
    }
  }

  @Test
  void add_twice_throwsAndKeepsOneSlot() {
    ReadyIndex index = new ReadyIndex(dev.cim.core.model.Channel.VOICE, 0, 8);
    AgentState a = agent(0, new java.util.SplittableRandom(1));
    index.add(a, 0, 0);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.add(a, 0, 0))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("a0");
    assertThat(index.size()).isEqualTo(1);
  }

  private static List<AgentState> expected(List<AgentState> model, int[] skills, int[] thresholds) {
    List<AgentState> out = new ArrayList<>();
    for (AgentState a : model) {
      boolean ok = true;
      for (int i = 0; i < skills.length; i++) {
        ok &= a.level(skills[i]) >= thresholds[i];
      }
      if (ok) {
        out.add(a);
      }
    }
    return out;
  }

  private static AgentState agent(int i, java.util.SplittableRandom r) {
    return agent(i, r, 1);
  }

  /** An agent with 0 to SKILLS interned skills (ids {@code s * stride}, ascending) at random levels. */
  private static AgentState agent(int i, java.util.SplittableRandom r, int stride) {
    AgentState a = new AgentState(Fixtures.voiceAgent("a" + i, Fixtures.BILLING, 1), i);
    List<Integer> ids = new ArrayList<>();
    for (int s = 0; s < SKILLS; s++) {
      if (r.nextInt(3) > 0) {
        ids.add(s * stride);
      }
    }
    a.skillIds = ids.stream().mapToInt(Integer::intValue).toArray();
    a.skillLevels = new byte[ids.size()];
    for (int k = 0; k < ids.size(); k++) {
      a.skillLevels[k] = (byte) (1 + r.nextInt(10));
    }
    return a;
  }
}
