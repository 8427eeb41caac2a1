package dev.cim.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cim.routing.staffing.ErlangC;
import dev.cim.routing.staffing.ServiceGoal;
import dev.cim.routing.staffing.StaffingCommand;
import dev.cim.routing.staffing.StaffingPlan;
import dev.cim.routing.staffing.Traffic;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both commands, run in-process with captured output. */
class CommandsTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int simulate(String... args) {
    return SimulateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private int staffing(String... args) {
    return StaffingCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void simulate_file_printsTable(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("s.json");
    Files.writeString(f, ScenarioJsonTest.SMALL);
    assertThat(simulate(f.toString())).isEqualTo(0);
    assertThat(out()).contains("3 replications, 95% confidence intervals").contains("sales").contains("team")
        .contains("service level").contains("occupancy").contains("(seed 7)");
    assertThat(err()).isEmpty();
  }

  @Test
  void simulate_json_isParseableAndMatchesTheApi(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("s.json");
    Files.writeString(f, ScenarioJsonTest.SMALL);
    assertThat(simulate(f.toString(), "--json", "--replications", "4", "--seed", "99")).isEqualTo(0);
    JsonNode root = new ObjectMapper().readTree(out());
    assertThat(root.get("replications").asInt()).isEqualTo(4);
    SimulationReport expected = Simulator.replicate(ScenarioJson.parse(ScenarioJsonTest.SMALL).scenario(), 4, 99,
        0.95);
    JsonNode sales = root.get("queues").get(0);
    assertThat(sales.get("queue").asText()).isEqualTo("sales");
    assertThat(sales.get("serviceLevel").get("mean").asDouble())
        .isEqualTo(expected.queue("sales").serviceLevel().mean());
    assertThat(root.get("queues").get(1).get("queue").asText()).isEqualTo("all");
    assertThat(root.get("groups").get(0).get("occupancy").get("high").isNumber()).isTrue();
  }

  @Test
  void simulate_example_runs() {
    assertThat(simulate("--example", "--replications", "2")).isEqualTo(0);
    assertThat(out()).contains("billing").contains("support").contains("blended");
  }

  @Test
  void simulate_badInput_exitCodesAndMessages(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, ScenarioJsonTest.SMALL.replace("\"count\": 5", "\"count\": -5"));
    assertThat(simulate(f.toString())).isEqualTo(2);
    assertThat(err()).contains("scenario $.agents[0].count: must be between 1 and 100000, but was -5");
    err.reset();
    assertThat(simulate(dir.resolve("missing.json").toString())).isEqualTo(1);
    assertThat(err()).contains("not found").contains("missing.json");
    err.reset();
    assertThat(simulate("--example", "--replications", "x")).isEqualTo(2);
    assertThat(err()).contains("--replications must be a whole number, but was 'x'");
    err.reset();
    assertThat(simulate()).isEqualTo(2);
    assertThat(err()).contains("usage:");
  }

  @Test
  void staffing_briefExample_printsThePlan() {
    assertThat(staffing("--calls-per-hour", "400", "--aht", "240s", "--target", "80/20", "--shrinkage", "0.3"))
        .isEqualTo(0);
    StaffingPlan p = ErlangC.plan(Traffic.perHour(400, Duration.ofSeconds(240)), ServiceGoal.parse("80/20"), 0.3);
    assertThat(p.agents()).isEqualTo(32);
    assertThat(p.scheduledAgents()).isEqualTo(46); // 32 / 0.7 = 45.7
    assertThat(out()).contains("26.67 Erlangs").contains("agents needed      32").contains("with shrinkage     46");
  }

  @Test
  void staffing_jsonWithPatience_addsErlangA() throws Exception {
    assertThat(staffing("--calls-per-hour", "400", "--aht", "4m", "--target", "asa=15", "--patience", "PT2M",
        "--json")).isEqualTo(0);
    JsonNode root = new ObjectMapper().readTree(out());
    assertThat(root.get("erlangC").get("agents").asInt())
        .isEqualTo(ErlangC.agentsFor(Traffic.perHour(400, Duration.ofMinutes(4)), ServiceGoal.parse("asa=15")));
    assertThat(root.get("erlangA").get("agents").asInt()).isLessThanOrEqualTo(root.get("erlangC").get("agents")
        .asInt());
    assertThat(root.get("erlangA").get("probabilityOfAbandonment").asDouble()).isBetween(0.0, 0.2);
  }

  @Test
  void staffing_badInput_namesFlagAndValue() {
    assertThat(staffing("--calls-per-hour", "lots", "--aht", "240s", "--target", "80/20")).isEqualTo(2);
    assertThat(err()).contains("--calls-per-hour must be a number, but was 'lots'");
    err.reset();
    assertThat(staffing("--calls-per-hour", "400", "--aht", "4 minutes", "--target", "80/20")).isEqualTo(2);
    assertThat(err()).contains("--aht must be a duration").contains("'4 minutes'");
    err.reset();
    assertThat(staffing("--calls-per-hour", "400", "--aht", "240s", "--target", "80/20", "--shrinkage", "1.5"))
        .isEqualTo(2);
    assertThat(err()).contains("shrinkage must be at least 0 and below 1, but was 1.5");
    err.reset();
    assertThat(staffing("--calls-per-hour", "400")).isEqualTo(2);
    assertThat(err()).contains("are required");
  }
}
