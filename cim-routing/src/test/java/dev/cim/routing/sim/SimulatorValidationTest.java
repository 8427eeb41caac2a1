package dev.cim.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;
import dev.cim.routing.AgentProfile;
import dev.cim.routing.CapacityModel;
import dev.cim.routing.RoutingConfig;
import dev.cim.routing.staffing.ErlangA;
import dev.cim.routing.staffing.ErlangC;
import dev.cim.routing.staffing.Traffic;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The simulator, driving the real engine, against queueing theory: a single-skill M/M/N center must reproduce Erlang
 * C, and with exponential patience Erlang A, within the simulation's confidence interval. Fixed seeds make the
 * outcome reproducible; 99% intervals from 10 to 20 replications of 8 hours (1 hour warm-up) keep the test reliable and
 * the interval narrow enough (asserted) that a wrong simulator or a wrong formula would fail it.
 */
class SimulatorValidationTest {

  private static final Duration AHT = Duration.ofSeconds(180);
  private static final Duration SL = Duration.ofSeconds(20);

  static Scenario mmn(double perHour, int agents, Duration patience) {
    ContactStream stream = ContactStream.of("sales", Channel.VOICE, ArrivalProcess.poisson(perHour),
        Distribution.exponential(AHT));
    if (patience != null) {
      stream = stream.withPatience(Distribution.exponential(patience));
    }
    AgentGroup group = AgentGroup.of("team", agents,
        AgentProfile.of(AgentId.of("template"), CapacityModel.single(Channel.VOICE, 1)), Duration.ofHours(8));
    return Scenario.of(RoutingConfig.custom().autoAccept(true).build(), List.of(stream), List.of(group),
            Duration.ofHours(8))
        .withWarmup(Duration.ofHours(1));
  }

  @Test
  void mmn_matchesErlangC() {
    Traffic traffic = Traffic.perHour(360, AHT); // 18 Erlangs, Erlang C: SL 71.6%, ASA 23.8 s
    int agents = 21;
    SimulationReport r = Simulator.replicate(mmn(360, agents, null), 20, 20261129L, 0.99);
    SimulationReport.QueueSummary q = r.queue("sales");

    double sl = ErlangC.serviceLevel(traffic, agents, SL);
    double asa = ErlangC.asaSeconds(traffic, agents);
    assertThat(q.serviceLevel().contains(sl)).as("SL %s vs Erlang C %s", q.serviceLevel(), sl).isTrue();
    assertThat(q.asaSeconds().contains(asa)).as("ASA %s vs Erlang C %s", q.asaSeconds(), asa).isTrue();
    assertThat(r.occupancy().contains(ErlangC.occupancy(traffic, agents)))
        .as("occupancy %s", r.occupancy()).isTrue();
    // the ASA of a center at 86% occupancy is noisy (one replication's ASA varies a lot): the interval is wide but
    // still excludes, for example, an ASA off by half
    assertThat(q.serviceLevel().halfWidth()).isLessThan(0.08);
    assertThat(q.asaSeconds().halfWidth()).isLessThan(asa * 0.45);
    assertThat(q.abandonment().mean()).isZero();
  }

  @Test
  void mmnWithPatience_matchesErlangA() {
    Traffic traffic = Traffic.perHour(400, AHT); // 20 Erlangs, Erlang A: SL 70.6%, ASA 10.8 s, 9.8% abandon
    int agents = 20;
    Duration patience = Duration.ofSeconds(120);
    SimulationReport r = Simulator.replicate(mmn(400, agents, patience), 10, 7L, 0.99);
    SimulationReport.QueueSummary q = r.queue("sales");

    ErlangA.Result a = ErlangA.evaluate(traffic, agents, patience, SL);
    assertThat(q.serviceLevel().contains(a.serviceLevel()))
        .as("SL %s vs Erlang A %s", q.serviceLevel(), a.serviceLevel()).isTrue();
    assertThat(q.asaSeconds().contains(a.asaSeconds()))
        .as("ASA %s vs Erlang A %s", q.asaSeconds(), a.asaSeconds()).isTrue();
    assertThat(q.abandonment().contains(a.probabilityOfAbandonment()))
        .as("abandonment %s vs Erlang A %s", q.abandonment(), a.probabilityOfAbandonment()).isTrue();
    assertThat(r.occupancy().contains(a.occupancy())).as("occupancy %s vs %s", r.occupancy(), a.occupancy())
        .isTrue();
    assertThat(q.abandonment().halfWidth()).isLessThan(0.03);
    assertThat(q.serviceLevel().halfWidth()).isLessThan(0.06);
  }
}
