package dev.cim.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.Skill;
import dev.cim.routing.AgentProfile;
import dev.cim.routing.CapacityModel;
import dev.cim.routing.QueueConfig;
import dev.cim.routing.RoutingConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatorTest {

  private static final Skill X = Skill.of("x");

  private static AgentProfile agent(Map<Skill, Integer> skills, Duration wrapUp) {
    AgentProfile p = AgentProfile.of(AgentId.of("t"), CapacityModel.single(Channel.VOICE, 1)).withWrapUp(wrapUp);
    for (Map.Entry<Skill, Integer> e : skills.entrySet()) {
      p = p.withSkill(e.getKey(), e.getValue());
    }
    return p;
  }

  private static ContactStream calls(double perHour, Duration handle) {
    return ContactStream.of("q", Channel.VOICE, ArrivalProcess.poisson(perHour), Distribution.fixed(handle));
  }

  private static RoutingConfig auto() {
    return RoutingConfig.custom().autoAccept(true).build();
  }

  @Test
  void run_sameSeed_sameResult_otherSeed_otherResult() {
    Scenario s = SimulatorValidationTest.mmn(300, 16, Duration.ofMinutes(2));
    Replication a = Simulator.run(s, 5);
    Replication b = Simulator.run(s, 5);
    Replication c = Simulator.run(s, 6);
    assertThat(a).isEqualTo(b);
    assertThat(a.queue("sales")).isNotEqualTo(c.queue("sales"));
    assertThat(a.contacts()).isGreaterThan(2000);
    assertThat(a.engineCalls()).isGreaterThan(a.contacts() * 2);
  }

  @Test
  void run_shiftEnds_laterContactsStayUnanswered_andStaffedTimeIsTheShift() {
    AgentGroup g = AgentGroup.of("early", 3, agent(Map.of(), Duration.ZERO), Duration.ofHours(1));
    Scenario s = Scenario.of(auto(), List.of(calls(60, Duration.ofMinutes(1))), List.of(g), Duration.ofHours(2));
    Replication r = Simulator.run(s, 1);
    QueueResult q = r.queue("q");
    assertThat(q.unanswered()).isGreaterThan(30); // about 60 arrive in the second hour, nobody is there
    assertThat(q.answered() + q.unanswered()).isEqualTo(q.offered());
    assertThat(r.groups().get(0).staffedSeconds()).isEqualTo(3 * 3600.0);
    assertThat(r.groups().get(0).busySeconds()).isLessThanOrEqualTo(3 * 3600.0);
  }

  @Test
  void run_wrapUpCountsAsBusy_andDelaysTheNextOffer() {
    AgentGroup g = AgentGroup.of("solo", 1, agent(Map.of(), Duration.ofSeconds(30)), Duration.ofHours(4));
    Scenario s = Scenario.of(auto(), List.of(calls(20, Duration.ofSeconds(60))), List.of(g), Duration.ofHours(4));
    Replication r = Simulator.run(s, 3);
    GroupResult gr = r.groups().get(0);
    long handled = gr.handled();
    assertThat(handled).isGreaterThan(40);
    // each answered contact keeps the agent busy 60 s + 30 s wrap-up (+1 ms tick margin); the last may be clipped
    assertThat(gr.busySeconds()).isBetween(handled * 90.0 - 91, handled * 90.001 + 1);
  }

  @Test
  void run_withoutAutoAccept_answerDelayIsPartOfTheWait() {
    AgentGroup g = AgentGroup.of("team", 5, agent(Map.of(), Duration.ZERO), Duration.ofHours(2));
    Scenario s = Scenario.of(RoutingConfig.ofDefaults(), List.of(calls(30, Duration.ofSeconds(60))), List.of(g),
        Duration.ofHours(2)).withAnswerDelay(Distribution.fixed(Duration.ofSeconds(4)));
    QueueResult q = Simulator.run(s, 9).queue("q");
    assertThat(q.answered()).isEqualTo(q.offered());
    assertThat(q.asaSeconds()).isGreaterThanOrEqualTo(4.0).isLessThan(5.0);
  }

  @Test
  void run_offersThatTimeOut_areNeverAnswered_andTheRunEnds() {
    AgentGroup g = AgentGroup.of("slow", 2, agent(Map.of(), Duration.ZERO), Duration.ofHours(1));
    RoutingConfig c = RoutingConfig.custom().offerTimeout(Duration.ofSeconds(10)).build();
    Scenario s = Scenario.of(c, List.of(calls(30, Duration.ofSeconds(60))), List.of(g), Duration.ofHours(1))
        .withAnswerDelay(Distribution.fixed(Duration.ofSeconds(30)));
    QueueResult q = Simulator.run(s, 2).queue("q");
    assertThat(q.offered()).isGreaterThan(10);
    assertThat(q.answered()).isZero();
    assertThat(q.unanswered()).isEqualTo(q.offered()); // each agent timed out once and is never offered it again
  }

  @Test
  void run_requiredSkill_onlyQualifiedAgentsAnswer() {
    AgentGroup novices = AgentGroup.of("novices", 5, agent(Map.of(X, 3), Duration.ZERO), Duration.ofHours(2));
    AgentGroup experts = AgentGroup.of("experts", 5, agent(Map.of(X, 7), Duration.ZERO), Duration.ofHours(2));
    ContactStream st = calls(120, Duration.ofSeconds(60)).withRequired(Map.of(X, 5));
    Replication r = Simulator.run(Scenario.of(auto(), List.of(st), List.of(novices, experts), Duration.ofHours(2)), 4);
    assertThat(r.groups().get(0).handled()).isZero();
    assertThat(r.groups().get(1).handled()).isEqualTo(r.queue("q").answered()).isGreaterThan(100);
  }

  @Test
  void run_relaxationNeedsTicks_andTheSimulatorTicks() {
    AgentGroup novices = AgentGroup.of("novices", 3, agent(Map.of(X, 3), Duration.ZERO), Duration.ofHours(1));
    RoutingConfig c = RoutingConfig.custom().autoAccept(true)
        .queue(QueueConfig.builder("q").relaxAfter(Duration.ofSeconds(10), 3).serviceLevel(Duration.ofSeconds(9))
            .build()).build();
    ContactStream st = calls(30, Duration.ofSeconds(60)).withRequired(Map.of(X, 5));
    Scenario s = Scenario.of(c, List.of(st), List.of(novices), Duration.ofHours(1));
    QueueResult q = Simulator.run(s, 8).queue("q");
    assertThat(q.answered()).isEqualTo(q.offered()).isGreaterThan(10);
    // relaxed exactly 10 s after arrival (the simulator ticks then); an agent may still be busy
    assertThat(q.answeredInTime()).isZero();
    assertThat(q.asaSeconds()).isGreaterThanOrEqualTo(10.0).isLessThan(13.0);
    // with a fixed 7 s tick, relaxation is seen at the first tick after 10 s of waiting
    QueueResult periodic = Simulator.run(s.withTickEvery(Duration.ofSeconds(7)), 8).queue("q");
    assertThat(periodic.asaSeconds()).isGreaterThan(q.asaSeconds() + 1).isLessThan(18.0);
  }

  @Test
  void run_overflow_movesTheContactAndAnotherGroupAnswers() {
    AgentGroup a = AgentGroup.of("a", 1, agent(Map.of(), Duration.ZERO).withQueue("first"), Duration.ofHours(2));
    AgentGroup b = AgentGroup.of("b", 4, agent(Map.of(), Duration.ZERO).withQueue("second"), Duration.ofHours(2));
    RoutingConfig c = RoutingConfig.custom().autoAccept(true)
        .queue(QueueConfig.builder("first").overflow(Duration.ofSeconds(30), "second").build()).build();
    ContactStream st = ContactStream.of("first", Channel.VOICE, ArrivalProcess.poisson(120),
        Distribution.fixed(Duration.ofSeconds(120)));
    Replication r = Simulator.run(Scenario.of(c, List.of(st), List.of(a, b), Duration.ofHours(1)), 12);
    assertThat(r.groups().get(1).handled()).isGreaterThan(50); // only reachable by overflow
    // shifts run past the horizon: the contacts still waiting then are answered too
    assertThat(r.queue("first").answered()).isEqualTo(r.queue("first").offered());
  }

  @Test
  void badInput_namesFieldAndValue() {
    AgentGroup g = AgentGroup.of("a", 1, agent(Map.of(), Duration.ZERO), Duration.ofHours(1));
    List<ContactStream> st = List.of(calls(10, Duration.ofSeconds(60)));
    assertThatThrownBy(() -> Scenario.of(auto(), st, List.of(g), Duration.ofHours(1)).withWarmup(Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("warmup").hasMessageContaining("PT1H");
    assertThatThrownBy(() -> Scenario.of(auto(), st, List.of(g, g), Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a' repeats");
    assertThatThrownBy(() -> Scenario.of(auto(), List.of(), List.of(g), Duration.ofHours(1)))
        .hasMessageContaining("streams");
    Scenario ok = Scenario.of(auto(), st, List.of(g), Duration.ofHours(1));
    assertThatThrownBy(() -> Simulator.replicate(ok, 1, 1, 0.95)).hasMessageContaining("replications")
        .hasMessageContaining("was 1");
    assertThatThrownBy(() -> Simulator.replicate(ok, 3, 1, 1.0)).hasMessageContaining("confidence")
        .hasMessageContaining("1.0");
    assertThatThrownBy(() -> AgentGroup.of("bad name", 1, agent(Map.of(), Duration.ZERO), Duration.ofHours(1)))
        .hasMessageContaining("'bad name'");
    assertThatThrownBy(() -> g.withShift(Duration.ofHours(2), Duration.ofHours(1)))
        .hasMessageContaining("PT2H to PT1H");
    assertThatThrownBy(() -> Simulator.run(null, 1)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ok.withAnswerDelay(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void nullArguments_throwNullPointerException() {
    Distribution d = Distribution.fixed(Duration.ofSeconds(1));
    assertThatThrownBy(() -> ContactStream.of("q", null, ArrivalProcess.poisson(1), d))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> calls(1, Duration.ofSeconds(1)).withPatience(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> AgentGroup.of("a", 1, null, Duration.ofHours(1)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Scenario.of(null, List.of(), List.of(), Duration.ofHours(1)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ScenarioJson.parse(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ScenarioJson.read(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Estimate.of(null, 0.95)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> d.sampleSeconds(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SimulateCommand.run(new String[0], null, System.err))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Replication(1, null, List.of(), 0, 0)).isInstanceOf(NullPointerException.class);
  }
}
