package dev.cim.routing;

import static dev.cim.routing.Fixtures.BILLING;
import static dev.cim.routing.Fixtures.SPANISH;
import static dev.cim.routing.Fixtures.TECH;
import static dev.cim.routing.Fixtures.voiceAgent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.routing.ConfigReport.Kind;
import dev.cim.routing.ConfigReport.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigCheckTest {
  final List<AgentProfile> agents = List.of(voiceAgent("a", BILLING, 6), voiceAgent("b", TECH, 9));

  @Test
  void sensibleConfig_isValidWithoutFindings() {
    RoutingConfig c = RoutingConfig.custom()
        .queue(QueueConfig.builder("default").relaxAfter(Duration.ofSeconds(30), 5).build())
        .topicSkills("billing", Map.of(BILLING, 6)).offerTimeout(Duration.ofSeconds(15)).build();
    ConfigReport r = c.check(agents);
    assertThat(r.isValid()).isTrue();
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void stepAfterOverflow_isUnreachableError() {
    RoutingConfig c = RoutingConfig.custom().offerTimeout(Duration.ofSeconds(10))
        .queue(QueueConfig.builder("default").relaxAfter(Duration.ofSeconds(90), 3)
            .overflow(Duration.ofSeconds(60), "backup").build())
        .queue(QueueConfig.builder("backup").build()).build();
    ConfigReport r = c.check(agents);
    assertThat(r.isValid()).isFalse();
    assertThat(r.of(Kind.UNREACHABLE_STEP)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("PT1M30S").contains("backup"));
  }

  @Test
  void stepThatRelaxesNothing_isWarning() {
    RoutingConfig c = RoutingConfig.custom().offerTimeout(Duration.ofSeconds(10))
        .topicSkills("billing", Map.of(BILLING, 5))
        .queue(QueueConfig.builder("default").relaxAfter(Duration.ofSeconds(30), 7).build()).build();
    assertThat(c.check(agents).of(Kind.UNREACHABLE_STEP)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void queueNoAgentServes_andLifo_andNoAging_canStarve() {
    RoutingConfig c = RoutingConfig.custom().offerTimeout(Duration.ofSeconds(10))
        .queue(QueueConfig.builder("orphan").build())
        .queue(QueueConfig.builder("callbacks").ordering(QueueOrdering.PRIORITY_THEN_LIFO).build())
        .queue(QueueConfig.builder("strict").ordering(QueueOrdering.PRIORITY_THEN_FIFO).build()).build();
    List<AgentProfile> withQueues = List.of(voiceAgent("a", BILLING, 6).withQueue("callbacks").withQueue("strict"));
    ConfigReport r = c.check(withQueues);
    assertThat(r.of(Kind.STARVING_QUEUE)).extracting(ConfigReport.Finding::subject)
        .containsExactlyInAnyOrder("orphan", "callbacks", "strict");
    assertThat(r.findings().get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void heavyQueueOnSharedAgents_withSlowAging_canStarveLightQueue() {
    RoutingConfig c = RoutingConfig.custom().offerTimeout(Duration.ofSeconds(10)).agingPerMinute(0.5)
        .queue(QueueConfig.builder("vip").weight(500).build())
        .queue(QueueConfig.builder("std").build()).build();
    assertThat(c.check(agents).of(Kind.STARVING_QUEUE)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("'std'").contains("'vip'").contains("3000 minutes"));
  }

  @Test
  void offerTimeoutBeyondServiceLevelAndFirstStep_conflictingTimers() {
    RoutingConfig c = RoutingConfig.custom().offerTimeout(Duration.ofSeconds(45))
        .queue(QueueConfig.builder("default").relaxAfter(Duration.ofSeconds(30), 3).build()).build();
    assertThat(c.check(agents).of(Kind.CONFLICTING_TIMERS)).hasSize(2);
    RoutingConfig auto = RoutingConfig.from(c).autoAccept(true).build();
    assertThat(auto.check(agents).of(Kind.CONFLICTING_TIMERS)).isEmpty();
  }

  @Test
  void topicSkillNoAgentHas_isError_andLevelNoAgentReaches_isWarning() {
    RoutingConfig c = RoutingConfig.custom().topicSkills("es", Map.of(SPANISH, 3))
        .topicSkills("billing", Map.of(BILLING, 8)).build();
    ConfigReport r = c.check(agents);
    assertThat(r.of(Kind.MISSING_SKILL)).extracting(ConfigReport.Finding::severity)
        .containsExactly(Severity.ERROR, Severity.WARNING);
    assertThat(r.of(Kind.MISSING_SKILL).get(0).message()).contains("lang.es");
  }

  @Test
  void overflowCycle_isReported() {
    RoutingConfig c = RoutingConfig.custom().offerTimeout(Duration.ofSeconds(10))
        .queue(QueueConfig.builder("a").overflow(Duration.ofSeconds(60), "b").build())
        .queue(QueueConfig.builder("b").overflow(Duration.ofSeconds(60), "a").build()).build();
    assertThat(c.check(agents).of(Kind.OVERFLOW_CYCLE)).extracting(ConfigReport.Finding::subject)
        .containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void from_copiesEverything() {
    RoutingConfig base = RoutingConfig.custom().strategy(Strategy.ROUND_ROBIN).agingPerMinute(3)
        .offerTimeout(Duration.ofSeconds(9)).autoAccept(true).explanationLimit(2)
        .queue(QueueConfig.builder("q").weight(4).build()).topicSkills("t", Map.of(TECH, 2)).build();
    RoutingConfig copy = RoutingConfig.from(base).build();
    assertThat(copy.strategy()).isEqualTo(Strategy.ROUND_ROBIN);
    assertThat(copy.agingPerMinute()).isEqualTo(3);
    assertThat(copy.offerTimeout()).isEqualTo(Duration.ofSeconds(9));
    assertThat(copy.autoAccept()).isTrue();
    assertThat(copy.explanationLimit()).isEqualTo(2);
    assertThat(copy.queue("q").weight()).isEqualTo(4);
    assertThat(copy.queue("other").weight()).isZero();
    assertThat(copy.topicSkills()).containsEntry("t", Map.of(TECH, 2));
  }
}
