package dev.cim.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.model.AgentId;
import dev.cim.core.supervision.ScheduleAdherence.AdherenceReport;
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

/** Invariants of adherence over random schedules and activities on a 15-minute grid of one day. */
class ScheduleAdherenceProperties {
  private static final Instant DAY = Instant.parse("2026-11-27T00:00:00Z");
  private static final List<AgentId> AGENTS = List.of(AgentId.of("a-1"), AgentId.of("a-2"), AgentId.of("a-3"));
  private static final List<Activity> ACTIVITIES = List.of(Activity.AVAILABLE, Activity.BUSY, Activity.BREAK,
      Activity.LUNCH, Activity.TRAINING, Activity.OFFLINE);

  private static Instant slot(int n) {
    return DAY.plus(Duration.ofMinutes(15L * n));
  }

  /** One agent's schedule: sorted distinct cut points, alternating planned intervals and gaps. */
  private static Arbitrary<AgentSchedule> schedule(AgentId agent) {
    return Combinators.combine(Arbitraries.integers().between(0, 96).set().ofMinSize(2).ofMaxSize(10),
        Arbitraries.of(ACTIVITIES).list().ofSize(10), Arbitraries.of(true, false).list().ofSize(10))
        .as((cuts, acts, gaps) -> {
          List<Integer> c = cuts.stream().sorted().toList();
          List<ScheduledActivity> out = new ArrayList<>();
          for (int i = 0; i + 1 < c.size(); i++) {
            if (!gaps.get(i)) {
              out.add(new ScheduledActivity(acts.get(i), slot(c.get(i)), slot(c.get(i + 1))));
            }
          }
          return new AgentSchedule(agent, out);
        });
  }

  @Provide
  Arbitrary<List<AgentSchedule>> schedules() {
    return Combinators.combine(schedule(AGENTS.get(0)), schedule(AGENTS.get(1)), schedule(AGENTS.get(2)))
        .as(List::of);
  }

  @Provide
  Arbitrary<List<ActivityChange>> changes() {
    return Combinators.combine(Arbitraries.of(AGENTS), Arbitraries.of(ACTIVITIES), Arbitraries.integers().between(-4,
        100)).as((a, act, n) -> new ActivityChange(a, act, slot(n))).list().ofMaxSize(30);
  }

  @Provide
  Arbitrary<int[]> windows() {
    return Arbitraries.integers().between(0, 96).list().ofSize(2)
        .map(l -> new int[] {Math.min(l.get(0), l.get(1)), Math.max(l.get(0), l.get(1))});
  }

  @Property(tries = 300)
  void adherence_isAShareAndTimesAreConsistent(@ForAll("schedules") List<AgentSchedule> schedules,
      @ForAll("changes") List<ActivityChange> changes, @ForAll("windows") int[] w) {
    AdherenceReport r = ScheduleAdherence.ofDefaults().compute(schedules, changes, slot(w[0]), slot(w[1]));
    Duration window = Duration.between(slot(w[0]), slot(w[1]));
    for (AdherenceFigures f : r.byAgent().values()) {
      f.adherence().ifPresent(a -> assertThat(a).isBetween(0.0, 1.0));
      f.conformance().ifPresent(c -> assertThat(c).isGreaterThanOrEqualTo(0.0));
      assertThat(f.scheduled()).isLessThanOrEqualTo(window);
      assertThat(f.worked()).isLessThanOrEqualTo(window);
    }
    assertThat(r.byTeam(a -> Optional.of("all")).getOrDefault("all", AdherenceFigures.ZERO)).isEqualTo(r.total());
  }

  @Property(tries = 300)
  void perfectCompliance_givesOne(@ForAll("schedules") List<AgentSchedule> schedules,
      @ForAll("windows") int[] w) {
    List<ActivityChange> followed = new ArrayList<>();
    for (AgentSchedule s : schedules) {
      Instant end = null;
      for (ScheduledActivity p : s.intervals()) {
        if (end != null && p.start().isAfter(end)) {
          followed.add(new ActivityChange(s.agentId(), Activity.OFFLINE, end));
        }
        followed.add(new ActivityChange(s.agentId(), p.activity(), p.start()));
        end = p.end();
      }
      if (end != null) {
        followed.add(new ActivityChange(s.agentId(), Activity.OFFLINE, end));
      }
    }
    AdherenceReport r = ScheduleAdherence.ofDefaults().compute(schedules, followed, slot(w[0]), slot(w[1]));
    for (AdherenceFigures f : r.byAgent().values()) {
      f.adherence().ifPresent(a -> assertThat(a).isEqualTo(1.0));
      f.conformance().ifPresent(c -> assertThat(c).isEqualTo(1.0));
      assertThat(f.inAdherence()).isEqualTo(f.scheduled());
      assertThat(f.worked()).isEqualTo(f.scheduledWork());
    }
  }
}
