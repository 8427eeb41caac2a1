package dev.cim.routing;

import static dev.cim.routing.Fixtures.BILLING;
import static dev.cim.routing.Fixtures.agent;
import static dev.cim.routing.Fixtures.task;
import static dev.cim.routing.Fixtures.voice;
import static dev.cim.routing.Fixtures.voiceAgent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.CimException;
import dev.cim.core.model.Channel;
import dev.cim.core.model.Skill;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input gets a specific exception naming the value, and leaves the engine unchanged. */
class BadInputTest {
  final MutableClock clock = MutableClock.start();
  final Recorder rec = new Recorder();
  RoutingEngine e;

  @BeforeEach
  void setUp() {
    e = RoutingEngine.builder().clock(clock).listener(rec).build();
    e.addAgent(voiceAgent("ann", BILLING, 7), Presence.AVAILABLE);
    e.addAgent(voiceAgent("bob", BILLING, 7));
    e.submitTask(voice("t1", BILLING, 5));
    e.submitTask(voice("t2", BILLING, 5));
    rec.events.clear();
  }

  /** A fingerprint of the whole visible state. */
  String state() {
    StringBuilder sb = new StringBuilder();
    e.taskIds().stream().sorted().forEach(id -> {
      TaskSnapshot t = e.task(id).orElseThrow();
      sb.append(id).append(t.status()).append(t.agent()).append(t.queue()).append(t.task().priority())
          .append(t.excludedAgents()).append(';');
    });
    e.agentIds().stream().sorted().forEach(id -> {
      AgentSnapshot a = e.agent(id).orElseThrow();
      sb.append(id).append(a.presence()).append(a.load()).append(a.offered()).append(a.assigned()).append(';');
    });
    return sb.toString();
  }

  void assertUnchanged(Runnable op, Class<? extends Throwable> type, String... fragments) {
    String before = state();
    var assertion = assertThatThrownBy(op::run).isInstanceOf(type);
    for (String f : fragments) {
      assertion.hasMessageContaining(f);
    }
    assertThat(state()).isEqualTo(before);
    assertThat(rec.events).isEmpty();
  }

  @Test
  void unknownAgent_everyOperation_throwsNamingId() {
    assertUnchanged(() -> e.setPresence(agent("zed"), Presence.AVAILABLE), UnknownAgentException.class, "'zed'");
    assertUnchanged(() -> e.removeAgent(agent("zed")), UnknownAgentException.class, "'zed'");
    assertUnchanged(() -> e.updateAgent(voiceAgent("zed", BILLING, 1)), UnknownAgentException.class, "'zed'");
    assertUnchanged(() -> e.accept(task("t1"), agent("zed")), UnknownAgentException.class, "'zed'");
    assertUnchanged(() -> e.transferToAgent(task("t1"), agent("zed"), Duration.ZERO),
        UnknownAgentException.class, "'zed'");
    assertThatThrownBy(() -> e.setPresence(agent("zed"), Presence.AWAY))
        .isInstanceOf(CimException.class)
        .satisfies(ex -> assertThat(((UnknownAgentException) ex).agentId()).isEqualTo(agent("zed")));
  }

  @Test
  void unknownTask_everyStrictOperation_throwsNamingId() {
    assertUnchanged(() -> e.accept(task("nope"), agent("ann")), UnknownTaskException.class, "'nope'");
    assertUnchanged(() -> e.reject(task("nope"), agent("ann")), UnknownTaskException.class, "'nope'");
    assertUnchanged(() -> e.complete(task("nope")), UnknownTaskException.class, "'nope'");
    assertUnchanged(() -> e.cancelTask(task("nope")), UnknownTaskException.class, "'nope'");
    assertUnchanged(() -> e.explain(task("nope")), UnknownTaskException.class, "'nope'");
    assertUnchanged(() -> e.transferToQueue(task("nope"), "q"), UnknownTaskException.class, "'nope'");
    assertUnchanged(() -> e.changePriority(task("nope"), 3), UnknownTaskException.class, "'nope'");
    assertUnchanged(() -> e.changeRequirements(task("nope"), Map.of()), UnknownTaskException.class, "'nope'");
  }

  @Test
  void duplicateTask_throwsNamingIdAndKeepsOriginal() {
    assertUnchanged(() -> e.submitTask(Task.builder(task("t1"), Channel.CHAT).priority(9).build()),
        DuplicateTaskException.class, "'t1'");
  }

  @Test
  void duplicateAgent_throwsNamingId() {
    assertUnchanged(() -> e.addAgent(voiceAgent("ann", BILLING, 1), Presence.AWAY), DuplicateAgentException.class,
        "'ann'");
  }

  @Test
  void acceptForeignOffer_throwsNamingBoth() {
    assertUnchanged(() -> e.accept(task("t1"), agent("bob")), OfferNotValidException.class, "'bob'", "'t1'",
        "'ann'");
    assertUnchanged(() -> e.reject(task("t2"), agent("ann")), OfferNotValidException.class, "'t2'", "WAITING");
  }

  @Test
  void acceptExpiredOffer_throwsAndLeavesOfferForTick() {
    clock.advance(Duration.ofSeconds(30));
    assertUnchanged(() -> e.accept(task("t1"), agent("ann")), OfferNotValidException.class, "expired");
    e.tick();
    assertThat(e.task(task("t1")).orElseThrow().excludedAgents()).contains(agent("ann"));
  }

  @Test
  void completeNotAssigned_throwsTaskState() {
    assertUnchanged(() -> e.complete(task("t1")), TaskStateException.class, "'t1'", "OFFERED");
    assertThatThrownBy(() -> e.complete(task("t2"))).isInstanceOf(TaskStateException.class)
        .satisfies(ex -> assertThat(((TaskStateException) ex).status()).isEqualTo(TaskStatus.WAITING));
  }

  @Test
  void removeBusyAgent_throwsAgentBusy() {
    e.accept(task("t1"), agent("ann"));
    rec.events.clear();
    assertUnchanged(() -> e.removeAgent(agent("ann")), AgentBusyException.class, "'ann'", "1");
  }

  @Test
  void badValues_throwIllegalArgumentNamingFieldAndValue() {
    assertUnchanged(() -> e.changePriority(task("t1"), -1), IllegalArgumentException.class, "priority", "-1");
    assertUnchanged(() -> e.changePriority(task("t1"), 1001), IllegalArgumentException.class, "1001");
    assertUnchanged(() -> e.changeRequirements(task("t2"), Map.of(BILLING, 11)), IllegalArgumentException.class,
        "billing", "11");
    assertUnchanged(() -> e.transferToQueue(task("t1"), " "), IllegalArgumentException.class, "queue");
    assertUnchanged(() -> e.transferToAgent(task("t1"), agent("bob"), Duration.ofSeconds(-1)),
        IllegalArgumentException.class, "wait", "PT-1S");
  }

  @Test
  void valueTypes_rejectOutOfRangeWithMessage() {
    assertThatThrownBy(() -> voiceAgent("x", BILLING, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("billing").hasMessageContaining("0");
    assertThatThrownBy(() -> voiceAgent("x", BILLING, 11)).hasMessageContaining("11");
    assertThatThrownBy(() -> CapacityModel.single(Channel.CHAT, -2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("chat").hasMessageContaining("-2");
    assertThatThrownBy(() -> CapacityModel.single(Channel.CHAT, 0)).hasMessageContaining("but was 0");
    assertThatThrownBy(() -> new CapacityModel(Map.of(Channel.VOICE, 1), Map.of(Channel.VOICE, 3), 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("budget").hasMessageContaining("2");
    assertThatThrownBy(() -> CapacityModel.exclusive(Map.of(Channel.VOICE, 2, Channel.CHAT, 3)))
        .hasMessageContaining("divide");
    assertThatThrownBy(() -> Task.builder(task("x"), Channel.VOICE).require(BILLING, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("but was 0");
    assertThatThrownBy(() -> Task.builder(task("x"), Channel.VOICE).prefer(BILLING, 101))
        .hasMessageContaining("101");
    assertThatThrownBy(() -> Task.builder(task("x"), Channel.VOICE).priority(-3)).hasMessageContaining("-3");
    assertThatThrownBy(() -> voiceAgent("x", BILLING, 1).withWrapUp(Duration.ofHours(2)))
        .hasMessageContaining("wrapUp").hasMessageContaining("PT2H");
    assertThatThrownBy(() -> QueueConfig.builder("q").relaxAfter(Duration.ofSeconds(30), 5)
        .relaxAfter(Duration.ofSeconds(10), 1).build()).hasMessageContaining("increasing");
    assertThatThrownBy(() -> QueueConfig.builder("q").overflow(Duration.ofSeconds(1), "q").build())
        .hasMessageContaining("another queue");
    assertThatThrownBy(() -> RoutingConfig.custom().agingPerMinute(-1)).hasMessageContaining("-1");
    assertThatThrownBy(() -> RoutingConfig.custom().offerTimeout(Duration.ZERO)).hasMessageContaining("PT0S");
    assertThatThrownBy(() -> new RelaxationStep(Duration.ofSeconds(1), 0)).hasMessageContaining("maxLevel");
  }

  @Test
  void nullParameters_throwNpeNamingParameter() {
    assertThatNullPointerException().isThrownBy(() -> e.addAgent(null)).withMessage("profile");
    assertThatNullPointerException().isThrownBy(() -> e.setPresence(agent("ann"), null)).withMessage("presence");
    assertThatNullPointerException().isThrownBy(() -> e.submitTask(null)).withMessage("task");
    assertThatNullPointerException().isThrownBy(() -> e.submit(null)).withMessage("request");
    assertThatNullPointerException().isThrownBy(() -> e.cancel(null)).withMessage("interactionId");
    assertThatNullPointerException().isThrownBy(() -> e.accept(null, agent("ann"))).withMessage("taskId");
    assertThatNullPointerException().isThrownBy(() -> e.reject(task("t1"), null)).withMessage("agentId");
    assertThatNullPointerException().isThrownBy(() -> e.complete(null)).withMessage("taskId");
    assertThatNullPointerException().isThrownBy(() -> e.queue(null)).withMessage("name");
    assertThatNullPointerException().isThrownBy(() -> e.explain(null)).withMessage("taskId");
    assertThatNullPointerException().isThrownBy(() -> e.task(null)).withMessage("taskId");
    assertThatNullPointerException().isThrownBy(() -> e.agent(null)).withMessage("agentId");
    assertThatNullPointerException().isThrownBy(() -> e.changeRequirements(task("t1"), null))
        .withMessage("required");
    assertThatNullPointerException().isThrownBy(() -> RoutingEngine.builder().listener(null)).withMessage("l");
    assertThatNullPointerException().isThrownBy(() -> RoutingConfig.from(null)).withMessage("base");
    assertThatNullPointerException().isThrownBy(() -> Task.builder(null, Channel.VOICE)).withMessage("id");
    assertThatNullPointerException().isThrownBy(() -> AgentProfile.of(agent("x"), null)).withMessage("capacity");
    assertThatNullPointerException().isThrownBy(() -> RoutingConfig.ofDefaults().check(null)).withMessage("agents");
    assertThatNullPointerException().isThrownBy(() -> RoutingConfig.ofDefaults().check(java.util.Arrays.asList(
        (AgentProfile) null))).withMessage("agent");
    assertThat(List.of(Skill.MIN_LEVEL, Skill.MAX_LEVEL)).containsExactly(1, 10);
  }
}
