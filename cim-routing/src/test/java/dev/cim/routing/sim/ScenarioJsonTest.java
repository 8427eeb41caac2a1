package dev.cim.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.model.Channel;
import dev.cim.core.model.Skill;
import dev.cim.routing.Strategy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScenarioJsonTest {

  static final String SMALL = """
      { "seed": 7, "replications": 3, "horizon": "PT2H", "warmup": 600,
        "routing": { "autoAccept": true, "strategy": "least_occupied",
                     "queues": [ { "name": "sales", "serviceLevel": "PT30S" } ] },
        "streams": [ { "queue": "sales", "channel": "voice", "perHour": [ 60, 90 ], "interval": "PT1H",
                       "handleTime": { "type": "exponential", "mean": "PT3M" },
                       "patience": { "type": "fixed", "value": 120 },
                       "require": { "sales": 2 } } ],
        "agents": [ { "group": "team", "count": 5, "skills": { "sales": 4 }, "capacity": { "voice": 1 },
                      "shift": { "end": "PT2H" } } ] }
      """;

  @Test
  void parse_readsEveryField() {
    ScenarioFile f = ScenarioJson.parse(SMALL);
    assertThat(f.seed()).isEqualTo(7);
    assertThat(f.replications()).isEqualTo(3);
    assertThat(f.confidence()).isEqualTo(0.95);
    Scenario s = f.scenario();
    assertThat(s.warmup()).isEqualTo(Duration.ofMinutes(10));
    assertThat(s.routing().strategy()).isEqualTo(Strategy.LEAST_OCCUPIED);
    assertThat(s.routing().queue("sales").serviceLevelThreshold()).isEqualTo(Duration.ofSeconds(30));
    ContactStream st = s.streams().get(0);
    assertThat(st.channel()).isEqualTo(Channel.VOICE);
    assertThat(st.arrivals().perHour()).containsExactly(60.0, 90.0);
    assertThat(st.patience()).contains(Distribution.fixed(Duration.ofMinutes(2)));
    assertThat(st.required()).containsEntry(Skill.of("sales"), 2);
    assertThat(s.groups().get(0).skills()).containsEntry(Skill.of("sales"), 4);
    assertThat(s.groups().get(0).shiftEnd()).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void example_parsesAndRuns() {
    ScenarioFile f = ScenarioJson.example();
    assertThat(f.scenario().groups()).extracting(AgentGroup::name).containsExactly("billing", "chat", "blended");
    Replication r = Simulator.run(f.scenario(), f.seed());
    assertThat(r.queue("billing").offered()).isGreaterThan(1000);
    assertThat(r.queue("support").answered()).isGreaterThan(500);
  }

  private static void fails(String json, String path, String reason) {
    assertThatThrownBy(() -> ScenarioJson.parse(json)).isInstanceOf(ScenarioFormatException.class)
        .hasMessageContaining(reason)
        .satisfies(e -> assertThat(((ScenarioFormatException) e).path()).isEqualTo(path));
  }

  @Test
  void parse_badFiles_failWithPathAndReason() {
    fails("{", "$", "is not valid JSON at line");
    fails("[]", "$", "must be an object, but was array");
    fails(SMALL.replace("\"horizon\": \"PT2H\",", ""), "$.horizon", "is missing");
    fails(SMALL.replace("\"count\": 5", "\"count\": \"five\""), "$.agents[0].count",
        "must be a whole number, but was \"five\"");
    fails(SMALL.replace("\"count\": 5", "\"count\": 0"), "$.agents[0].count", "between 1 and 100000, but was 0");
    fails(SMALL.replace("\"handleTime\"", "\"handeTime\""), "$.streams[0].handeTime", "is not a known field");
    fails(SMALL.replace("\"PT3M\"", "\"3 minutes\""), "$.streams[0].handleTime.mean",
        "ISO-8601 duration such as \"PT4M\" or a number of seconds, but was \"3 minutes\"");
    fails(SMALL.replace("\"exponential\"", "\"gamma\""), "$.streams[0].handleTime.type", "but was \"gamma\"");
    fails(SMALL.replace("\"least_occupied\"", "\"fastest\""), "$.routing.strategy", "but was \"fastest\"");
    fails(SMALL.replace("\"sales\": 2", "\"sales\": 12"), "$.streams[0].require.sales", "but was 12");
    fails(SMALL.replace("[ 60, 90 ]", "[ 60, -90 ]"), "$.streams[0].perHour[1]", "but was -90");
    fails(SMALL.replace("\"warmup\": 600", "\"warmup\": 7200"), "$", "warmup must be zero or positive and shorter");
    fails(SMALL.replace("{ \"voice\": 1 }", "{ \"voice\": 2, \"chat\": 3 }").replace("\"shift\"",
        "\"capacityMode\": \"exclusive\", \"shift\""), "$.agents[0].capacity", "divide the largest limit");
    fails(SMALL.replace("\"replications\": 3", "\"replications\": 1"), "$.replications", "but was 1");
    fails(SMALL.replace("{ \"name\": \"sales\", \"serviceLevel\": \"PT30S\" }",
        "{ \"name\": \"sales\" }, { \"name\": \"sales\" }"), "$.routing.queues", "'sales' must be configured once");
  }
}
