package dev.cim.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.memory.InMemoryFactLog;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.InteractionId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Live KPIs equal the batch computation over the same facts, after every fact; and the batch computation equals a
 * second, plain reading of the formulas ({@link ReferenceKpis}) on random fact sequences.
 */
class LiveKpisProperties {
  private static final Duration INTERVAL = Duration.ofSeconds(90);
  private static final KpiConfig CONFIG = KpiConfig.custom().fcrWindow(Duration.ofSeconds(40))
      .shortAbandon(Duration.ofSeconds(3)).serviceLevelThreshold(Duration.ofSeconds(10)).build();

  /** A fact without its time: the property lays the steps out in time. */
  private record Step(int delaySeconds, Fact fact) {}

  @Provide
  Arbitrary<List<Step>> days() {
    Arbitrary<Integer> delay = Arbitraries.integers().between(0, 12);
    Arbitrary<String> agent = Arbitraries.of("a1", "a2", "-");
    Arbitrary<Fact> interaction = Combinators.combine(
        Arbitraries.of(FactType.values()).filter(FactType::isInteractionFact),
        Arbitraries.of("i1", "i2", "i3", "i4"), Arbitraries.of("c1", "c2"),
        Arbitraries.of(Channel.VOICE, Channel.CHAT), agent, Arbitraries.of("q1", "q2"))
        .as((type, id, c, channel, a, q) -> Fact.interaction(type, Facts.T0, InteractionId.of(id), CaseId.of(c),
            Dimensions.of(channel).withQueue(q).withAgent(a.equals("-") ? null : AgentId.of(a))));
    Arbitrary<Fact> presence = Combinators.combine(Arbitraries.of("a1", "a2"), Arbitraries.of(AgentActivity.values()))
        .as((a, act) -> Fact.presence(Facts.T0, AgentId.of(a), "t-" + a, act));
    Arbitrary<Fact> survey = Combinators.combine(Arbitraries.of("i1", "i2"), Arbitraries.integers().between(1, 5),
        Arbitraries.integers().between(0, 10), Arbitraries.integers().between(1, 7).optional())
        .as((i, csat, nps, ces) -> Fact.survey(new SurveyResponse(InteractionId.of(i), Optional.of(csat),
            Optional.of(nps), ces, Facts.T0), Optional.empty(), Dimensions.of(Channel.VOICE)));
    Arbitrary<Fact> fact = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, interaction), net.jqwik.api.Tuple.of(2, presence), net.jqwik.api.Tuple.of(1, survey));
    return Combinators.combine(delay, fact).as(Step::new).list().ofMaxSize(60);
  }

  @Property(tries = 200)
  void snapshot_afterEveryFact_equalsBatchOverTheCurrentInterval(@ForAll("days") List<Step> steps) {
    InMemoryFactLog log = new InMemoryFactLog();
    LiveKpis live = LiveKpis.create(CONFIG, INTERVAL, Facts.T0, Dimension.AGENT, Dimension.CHANNEL);
    Kpis batch = Kpis.of(CONFIG);
    Instant t = Facts.T0;
    for (Step s : steps) {
      t = t.plusSeconds(s.delaySeconds());
      Fact stored = log.append(at(s.fact(), t));
      live.accept(stored);

      Instant start = live.intervalStart();
      List<Fact> window = log.read(start, start.plus(INTERVAL));
      Instant now = t.plusSeconds(5);
      assertThat(live.snapshot(now)).isEqualTo(batch.compute(window, now));
      assertThat(live.snapshot(Dimension.AGENT, now)).isEqualTo(batch.breakdown(window, now, Dimension.AGENT));
      assertThat(live.snapshot(Dimension.CHANNEL, now)).isEqualTo(batch.breakdown(window, now, Dimension.CHANNEL));
    }
  }

  @Property(tries = 200)
  void compute_isIndependentOfTheOrderFactsAreGiven(@ForAll("days") List<Step> steps,
      @ForAll java.util.Random random) {
    List<Fact> facts = new ArrayList<>();
    Instant t = Facts.T0;
    for (Step s : steps) {
      t = t.plusSeconds(s.delaySeconds());
      facts.add(at(s.fact(), t).withSequence(facts.size() + 1));
    }
    List<Fact> shuffled = new ArrayList<>(facts);
    java.util.Collections.shuffle(shuffled, random);
    Kpis kpis = Kpis.of(CONFIG);
    assertThat(kpis.compute(shuffled, t)).isEqualTo(kpis.compute(facts, t));
  }

  @Property(tries = 300)
  void compute_equalsThePlainReadingOfTheFormulas(@ForAll("days") List<Step> steps,
      @ForAll AbandonedPolicy policy) {
    List<Fact> facts = new ArrayList<>();
    Instant t = Facts.T0;
    for (Step s : steps) {
      t = t.plusSeconds(s.delaySeconds());
      facts.add(at(s.fact(), t).withSequence(facts.size() + 1));
    }
    KpiConfig config = KpiConfig.custom().fcrWindow(Duration.ofSeconds(40)).shortAbandon(Duration.ofSeconds(3))
        .serviceLevelThreshold(Duration.ofSeconds(10)).abandonedPolicy(policy).build();
    Kpis kpis = Kpis.of(config);
    Instant end = t.plusSeconds(5);
    assertThat(kpis.compute(facts, end))
        .isEqualTo(ReferenceKpis.compute(config, facts, end, f -> Kpis.TOTAL).getOrDefault(Kpis.TOTAL, Kpis.EMPTY));
    assertThat(kpis.breakdown(facts, end, Dimension.AGENT))
        .isEqualTo(ReferenceKpis.compute(config, facts, end, Dimension.AGENT::keyOf));
  }

  private static Fact at(Fact f, Instant t) {
    return new Fact(0, t, f.type(), f.interactionId(), f.caseId(), f.dimensions(), f.activity(),
        f.survey().map(r -> new SurveyResponse(r.interactionId(), r.csat(), r.nps(), r.ces(), t)));
  }
}
