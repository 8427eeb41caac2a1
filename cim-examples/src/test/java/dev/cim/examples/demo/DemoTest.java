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
    // The KPIs come from cim's analytics: one row per channel and a total, then occupancy and surveys.
    String kpis = r.out().substring(r.out().indexOf("== END-OF-DAY KPIS =="));
    assertThat(kpis).contains("FCR%", "xfer%", "CSAT%", "NPS", "ASA(s)", "AHT(s)")
        .containsPattern("(?m)^voice +\\d+ +\\d+ ").containsPattern("(?m)^all +\\d+ +\\d+ ")
        .containsPattern("Occupancy \\d+\\.\\d%").containsPattern("Surveys: [1-9]\\d* answers, CSAT \\d+\\.\\d%");
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
    JsonNode total = json.get("kpisTotal");
    long contacts = 0;
    for (JsonNode k : json.get("kpis")) {
      contacts += k.get("contacts").asLong();
      assertThat(k.get("serviceLevel").asDouble()).isBetween(0.0, 1.0);
    }
    assertThat(total.get("contacts").asLong()).isEqualTo(contacts).isEqualTo(json.get("contacts").asLong());
    assertThat(total.get("occupancy").asDouble()).isBetween(0.0, 1.0).isPositive();
    assertThat(total.get("surveys").asLong()).isPositive();
    assertThat(total.get("nps").asDouble()).isBetween(-100.0, 100.0);
    assertThat(json.get("timeline").get("entries").size()).isGreaterThanOrEqualTo(3);
    assertThat(json.get("routingDecisions").size()).isPositive();
  }

  @Test
  void run_html_writesAReport(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("day.html");
    Run r = run("--seed", "5", "--customers", "40", "--agents", "8", "--html", file.toString());

    assertThat(r.status()).isZero();
    String html = Files.readString(file);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("End-of-day KPIs").contains("Supervisor alerts");
    // Three inline SVG charts, each with bars.
    assertThat(html).contains("<svg id=\"chart-service-level\"", "<svg id=\"chart-volume\"",
        "<svg id=\"chart-sentiment\"");
    assertThat(html.split("<svg ", -1)).hasSize(4);
    for (String id : new String[] {"chart-service-level", "chart-volume", "chart-sentiment"}) {
      String svg = html.substring(html.indexOf("<svg id=\"" + id + "\""));
      svg = svg.substring(0, svg.indexOf("</svg>"));
      assertThat(svg).as(id).contains("<rect ");
    }
    // Self-contained: renders without network access.
    assertThat(html).doesNotContainPattern("(?i)https?:").doesNotContainPattern("(?i)<script|<link|@import|url\\(")
        .doesNotContain("src=");
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
