package dev.cim.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cim.core.model.AgentId;
import dev.cim.core.supervision.ScheduleAdherence.AdherenceReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-worked adherence and conformance. All times on 2026-11-27, UTC. */
class ScheduleAdherenceTest {
  private static final AgentId A1 = AgentId.of("a-1");
  private static final AgentId A2 = AgentId.of("a-2");
  private static final AgentId A3 = AgentId.of("a-3");

  private static Instant t(String hhmm) {
    return Instant.parse("2026-11-27T" + hhmm + ":00Z");
  }

  private static ScheduledActivity plan(Activity a, String from, String to) {
    return new ScheduledActivity(a, t(from), t(to));
  }

  private static ActivityChange did(AgentId agent, Activity a, String at) {
    return new ActivityChange(agent, a, t(at));
  }

  private static final List<AgentSchedule> SCHEDULES = List.of(
      AgentSchedule.of(A1, plan(Activity.AVAILABLE, "09:00", "12:00"), plan(Activity.LUNCH, "12:00", "12:30"),
          plan(Activity.TRAINING, "12:30", "13:00")),
      AgentSchedule.of(A2, plan(Activity.AVAILABLE, "09:00", "13:00")));

  private static final List<ActivityChange> ACTUAL = List.of(
      did(A1, Activity.AVAILABLE, "09:05"), did(A1, Activity.BUSY, "10:00"), did(A1, Activity.AVAILABLE, "10:30"),
      did(A1, Activity.LUNCH, "11:50"), did(A1, Activity.TRAINING, "12:35"), did(A1, Activity.OFFLINE, "13:00"),
      did(A2, Activity.OFFLINE, "13:30"), did(A2, Activity.AVAILABLE, "08:30"), did(A2, Activity.BREAK, "11:00"),
      did(A2, Activity.AVAILABLE, "11:15"),
      did(A3, Activity.AVAILABLE, "09:00"));

  private static AdherenceReport report(String from, String to) {
    return ScheduleAdherence.ofDefaults().compute(SCHEDULES, ACTUAL, t(from), t(to));
  }

  @Test
  void agent_lateStartEarlyLunchLateTraining() {
    // a-1: 5 min offline at the start, 10 min early lunch, 5 min late back to training: 240 - 20 = 220 of 240 min.
    // Worked (available, busy, training): 09:05-11:50 and 12:35-13:00 = 165 + 25 = 190 of 210 scheduled work min.
    AdherenceFigures f = report("09:00", "13:00").agent(A1);
    assertThat(f).isEqualTo(new AdherenceFigures(Duration.ofMinutes(240), Duration.ofMinutes(220),
        Duration.ofMinutes(210), Duration.ofMinutes(190)));
    assertThat(f.adherence().getAsDouble()).isCloseTo(220.0 / 240, within(1e-12));
    assertThat(f.conformance().getAsDouble()).isCloseTo(190.0 / 210, within(1e-12));
  }

  @Test
  void agent_unscheduledBreak_changesBeforeTheWindowCount() {
    // a-2: available from 08:30 (before the window), a 15-minute break not in the schedule: 225 of 240 min.
    AdherenceFigures f = report("09:00", "13:00").agent(A2);
    assertThat(f).isEqualTo(new AdherenceFigures(Duration.ofMinutes(240), Duration.ofMinutes(225),
        Duration.ofMinutes(240), Duration.ofMinutes(225)));
    assertThat(f.adherence().getAsDouble()).isEqualTo(0.9375);
  }

  @Test
  void team_sumsTheAgentsTimes() {
    AdherenceReport r = report("09:00", "13:00");
    Map<String, AdherenceFigures> teams = r.byTeam(a -> a.equals(A3) ? Optional.empty() : Optional.of("blue"));
    assertThat(teams).containsOnlyKeys("blue");
    AdherenceFigures blue = teams.get("blue");
    assertThat(blue.adherence().getAsDouble()).isCloseTo(445.0 / 480, within(1e-12));
    assertThat(blue.conformance().getAsDouble()).isCloseTo(415.0 / 450, within(1e-12));
  }

  @Test
  void agentWithoutSchedule_hasWorkedTimeButNoRatios() {
    AdherenceFigures f = report("09:00", "13:00").agent(A3);
    assertThat(f.worked()).isEqualTo(Duration.ofHours(4));
    assertThat(f.adherence()).isEmpty();
    assertThat(f.conformance()).isEmpty();
    assertThat(report("09:00", "13:00").byAgent()).containsOnlyKeys(A1, A2, A3);
  }

  @Test
  void window_onlyCountsItsPart() {
    // 10:00-11:00: a-1 busy then available, as scheduled; a-2 available
    AdherenceReport r = report("10:00", "11:00");
    assertThat(r.agent(A1).adherence().getAsDouble()).isEqualTo(1.0);
    assertThat(r.agent(A1).scheduled()).isEqualTo(Duration.ofHours(1));
    // 11:45-12:15: a-1 scheduled available 15 min (in adherence 5: lunch from 11:50), lunch 15 min (in adherence)
    AdherenceFigures f = report("11:45", "12:15").agent(A1);
    assertThat(f.inAdherence()).isEqualTo(Duration.ofMinutes(20));
    assertThat(f.scheduled()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void overtime_givesConformanceAboveOne() {
    AgentSchedule s = AgentSchedule.of(A1, plan(Activity.AVAILABLE, "09:00", "10:00"));
    AdherenceFigures f = ScheduleAdherence.ofDefaults().compute(List.of(s),
        List.of(did(A1, Activity.AVAILABLE, "09:00"), did(A1, Activity.OFFLINE, "10:30")), t("08:00"), t("12:00"))
        .agent(A1);
    assertThat(f.adherence().getAsDouble()).isEqualTo(1.0);
    assertThat(f.conformance().getAsDouble()).isEqualTo(1.5);
  }

  @Test
  void customRules_satisfyAndWork() {
    AgentSchedule s = AgentSchedule.of(A1, plan(Activity.MEETING, "09:00", "10:00"));
    List<ActivityChange> actual = List.of(did(A1, Activity.TRAINING, "09:00"));
    assertThat(ScheduleAdherence.ofDefaults().compute(List.of(s), actual, t("09:00"), t("10:00")).agent(A1)
        .adherence().getAsDouble()).isZero();
    ScheduleAdherence custom = ScheduleAdherence.builder().satisfies(Activity.MEETING, Activity.TRAINING)
        .workActivities(java.util.Set.of(Activity.MEETING)).build();
    AdherenceFigures f = custom.compute(List.of(s), actual, t("09:00"), t("10:00")).agent(A1);
    assertThat(f.adherence().getAsDouble()).isEqualTo(1.0);
    assertThat(f.worked()).as("training is not work under these rules").isZero();
    assertThat(custom.satisfies(Activity.AVAILABLE, Activity.BUSY)).as("defaults kept").isTrue();
  }

  @Test
  void sameTimeChanges_theLastWins() {
    AgentSchedule s = AgentSchedule.of(A1, plan(Activity.AVAILABLE, "09:00", "10:00"));
    List<ActivityChange> actual = List.of(did(A1, Activity.BREAK, "09:00"), did(A1, Activity.AVAILABLE, "09:00"));
    assertThat(ScheduleAdherence.ofDefaults().compute(List.of(s), actual, t("09:00"), t("10:00")).agent(A1)
        .adherence().getAsDouble()).isEqualTo(1.0);
  }

  @Test
  void badInput_throwsNamingTheProblem() {
    assertThatThrownBy(() -> AgentSchedule.of(A1, plan(Activity.AVAILABLE, "09:00", "10:00"),
        plan(Activity.BREAK, "09:45", "10:15")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schedule of agent 'a-1' must not overlap");
    assertThatThrownBy(() -> plan(Activity.BREAK, "10:00", "10:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end of the scheduled break must be after its start");
    assertThatThrownBy(() -> ScheduleAdherence.ofDefaults().compute(List.of(), List.of(), t("10:00"), t("09:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("to must not be before from");
    assertThatThrownBy(() -> ScheduleAdherence.ofDefaults().compute(List.of(SCHEDULES.get(0), SCHEDULES.get(0)),
        List.of(), t("09:00"), t("10:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("agent 'a-1' has more");
    assertThatThrownBy(() -> Activity.of("coffee break"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 'coffee break'");
  }

  @Test
  void activity_isAnOpenNormalisedType() {
    assertThat(Activity.of(" Break ")).isEqualTo(Activity.BREAK);
    assertThat(Activity.of("coaching").name()).isEqualTo("coaching");
  }
}
