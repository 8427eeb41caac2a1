package dev.cim.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Demo.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void run_smallDay_printsEverySection() {
    Run r = run("--seed", "3", "--customers", "80", "--agents", "12");

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("== THE DAY, HOUR BY HOUR ==", "== ROUTING DECISIONS", "== UNIFIED TIMELINE",
        "== SUPERVISOR ALERTS", "== END-OF-DAY KPIS ==");
    assertThat(r.out()).contains("runners-up:").contains("passed over:");
    // The featured customer's case spans three channels.
    assertThat(r.out()).containsPattern("case \\S+ \\(billing\\): 3 interactions on \\[voice, chat, email\\]");
    assertThat(r.out().lines().filter(l -> l.matches("\\d\\d:00 +\\d+ new contacts.*"))).hasSize(12);
  }

  @Test
  void run_sameSeed_givesTheSameDay() {
    String a = run("--seed", "11", "--customers", "60", "--agents", "10").out();
    String b = run("--seed", "11", "--customers", "60", "--agents", "10").out();
    assertThat(withoutWallTime(a)).isEqualTo(withoutWallTime(b));
    String c = run("--seed", "12", "--customers", "60", "--agents", "10").out();
    assertThat(withoutWallTime(c)).isNotEqualTo(withoutWallTime(a));
  }

  @Test
  void run_json_printsOneDocumentWithTheResults() throws Exception {
    Run r = run("--seed", "5", "--customers", "50", "--agents", "10", "--json");

    assertThat(r.status()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("seed").asLong()).isEqualTo(5);
    assertThat(json.get("kpis")).hasSize(4);
    assertThat(json.get("kpis").get(0).get("channel").asText()).isEqualTo("voice");
    assertThat(json.get("timeline").get("entries").size()).isGreaterThanOrEqualTo(3);
    assertThat(json.get("routingDecisions").size()).isPositive();
  }

  @Test
  void run_html_writesAReport(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("day.html");
    Run r = run("--seed", "5", "--customers", "40", "--agents", "8", "--html", file.toString());

    assertThat(r.status()).isZero();
    assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").contains("End-of-day KPIs")
        .contains("Supervisor alerts");
  }

  @Test
  void run_help_printsUsage() {
    Run r = run("--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Usage: ./demo.sh").contains("--seed N").contains("--json");
  }

  @Test
  void run_badFlags_exitWith2AndSayWhy() {
    assertThat(run("--bogus")).satisfies(r -> {
      assertThat(r.status()).isEqualTo(2);
      assertThat(r.err()).contains("unknown option '--bogus'");
    });
    assertThat(run("--seed", "abc").err()).contains("--seed must be a whole number, but was 'abc'");
    assertThat(run("--customers", "5").err()).contains("--customers must be between 10 and 100000, but was 5");
    assertThat(run("--agents").err()).contains("option --agents needs a value");
    assertThat(run("--store", "oracle").status()).isEqualTo(2);
  }

  @Test
  void run_onH2_givesTheSameDayAsInMemory() {
    String memory = run("--seed", "9", "--customers", "40", "--agents", "8").out();
    String h2 = run("--seed", "9", "--customers", "40", "--agents", "8", "--store", "h2").out();
    assertThat(h2).contains("H2 (JDBC) store");
    assertThat(withoutWallTime(h2).replace("H2 (JDBC)", "in-memory")).isEqualTo(withoutWallTime(memory));
  }

  private static String withoutWallTime(String out) {
    return out.replaceAll("in [0-9.]+ s of wall time", "");
  }
}
