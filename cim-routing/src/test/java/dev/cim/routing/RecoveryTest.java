package dev.cim.routing;

import static dev.cim.routing.Fixtures.BILLING;
import static dev.cim.routing.Fixtures.TECH;
import static dev.cim.routing.Fixtures.agent;
import static dev.cim.routing.Fixtures.chatAgent;
import static dev.cim.routing.Fixtures.task;
import static dev.cim.routing.Fixtures.voice;
import static dev.cim.routing.Fixtures.voiceAgent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.InteractionId;
import dev.cim.routing.event.TaskOffered;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryTest {
  final MutableClock clock = MutableClock.start();
  final Recorder rec = new Recorder();

  RoutingEngine engine() {
    return RoutingEngine.builder().clock(clock).listener(rec).build();
  }

  static Task chat(String id, int level) {
    return Task.builder(task(id), Channel.CHAT).require(BILLING, level).build();
  }

  @Test
  void restore_rebuildsAgentsAssignmentsAndWaitingTasksWithTheirEnqueueTimes() {
    Instant earlier = clock.instant().minus(Duration.ofMinutes(5));
    Instant later = clock.instant().minus(Duration.ofMinutes(1));
    RoutingEngine e = engine();
    e.restore(RecoverySnapshot.builder()
        .agent(chatAgent("ann", 2, BILLING, 5), Presence.AVAILABLE)
        .agent(voiceAgent("bob", TECH, 5), Presence.AWAY)
        .assigned(chat("c1", 1), agent("ann"))
        .waiting(chat("w-late", 1).withEnqueuedAt(later))
        .waiting(chat("w-early", 1).withEnqueuedAt(earlier))
        .waiting(voice("v1", TECH, 1).withEnqueuedAt(earlier))
        .build());

    assertThat(e.agentIds()).containsExactlyInAnyOrder(agent("ann"), agent("bob"));
    assertThat(e.task(task("c1")).orElseThrow().status()).isEqualTo(TaskStatus.ASSIGNED);
    assertThat(e.agent(agent("ann")).orElseThrow().assigned()).contains(task("c1"));
    // ann had one chat free: the older waiting chat gets it; no events for the restored state itself
    assertThat(rec.of(TaskOffered.class)).extracting(TaskOffered::taskId).containsExactly(task("w-early"));
    assertThat(e.agent(agent("ann")).orElseThrow().usedBudget()).isEqualTo(2);
    assertThat(e.task(task("w-late")).orElseThrow().status()).isEqualTo(TaskStatus.WAITING);
    assertThat(e.task(task("w-late")).orElseThrow().enqueuedAt()).isEqualTo(later);
    assertThat(e.queue(Task.DEFAULT_QUEUE).oldestWait()).isEqualTo(Duration.ofMinutes(5));
    assertThat(e.task(task("v1")).orElseThrow().status()).isEqualTo(TaskStatus.WAITING); // bob is away

    e.complete(task("c1"));
    assertThat(e.task(task("w-late")).orElseThrow().agent()).contains(agent("ann"));
  }

  @Test
  void restore_intoNonEmptyEngine_throwsAndChangesNothing() {
    RoutingEngine e = engine();
    e.addAgent(voiceAgent("ann", BILLING, 5));
    assertThatThrownBy(() -> e.restore(RecoverySnapshot.builder().waiting(voice("t1", BILLING, 1)).build()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("1 agents");
    assertThat(e.taskIds()).isEmpty();
  }

  @Test
  void restore_assignmentToUnknownAgent_throwsAndChangesNothing() {
    RoutingEngine e = engine();
    RecoverySnapshot s = RecoverySnapshot.builder()
        .agent(voiceAgent("ann", BILLING, 5), Presence.AVAILABLE)
        .assigned(voice("t1", BILLING, 1), agent("zed"))
        .waiting(voice("t2", BILLING, 1))
        .build();
    assertThatThrownBy(() -> e.restore(s)).isInstanceOf(UnknownAgentException.class).hasMessageContaining("zed");
    assertThat(e.agentIds()).isEmpty();
    assertThat(e.taskIds()).isEmpty();
  }

  @Test
  void restore_assignmentsOverCapacity_throwsNamingAgent() {
    RoutingEngine e = engine();
    RecoverySnapshot s = RecoverySnapshot.builder()
        .agent(voiceAgent("ann", BILLING, 5), Presence.AVAILABLE)
        .assigned(voice("t1", BILLING, 1), agent("ann"))
        .assigned(voice("t2", BILLING, 1), agent("ann"))
        .build();
    assertThatThrownBy(() -> e.restore(s)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ann").hasMessageContaining("t2");
    assertThat(e.agentIds()).isEmpty();
  }

  @Test
  void snapshot_duplicateIds_throw() {
    assertThatThrownBy(() -> RecoverySnapshot.builder().waiting(voice("t1", BILLING, 1))
        .assigned(voice("t1", BILLING, 1), agent("ann")).build())
        .isInstanceOf(DuplicateTaskException.class).hasMessageContaining("t1");
    assertThatThrownBy(() -> RecoverySnapshot.builder().agent(voiceAgent("ann", BILLING, 1), Presence.AWAY)
        .agent(voiceAgent("ann", TECH, 1), Presence.AWAY).build())
        .isInstanceOf(DuplicateAgentException.class).hasMessageContaining("ann");
  }

  @Test
  void nullArguments_throwNpe() {
    RoutingEngine e = engine();
    assertThatThrownBy(() -> e.restore(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RecoverySnapshot.builder().waiting(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RecoverySnapshot.builder().agent(null, Presence.AWAY))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RecoverySnapshot.builder().assigned(voice("t", BILLING, 1), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> e.changeSentiment(null, true)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void restoredAgent_reportsItsReadyTimeToAScorer() {
    MutableClock clock = MutableClock.start();
    List<Long> seen = new ArrayList<>();
    RoutingConfig config = RoutingConfig.custom().scorer((task, agent) -> {
      seen.add(agent.readyMillis(Channel.VOICE));
      return 0;
    }).build();
    RoutingEngine e = RoutingEngine.builder().clock(clock).config(config).build();
    e.restore(RecoverySnapshot.builder()
        .agent(AgentProfile.of(AgentId.of("ann"), CapacityModel.single(Channel.VOICE, 1)), Presence.AVAILABLE)
        .build());
    clock.advanceSeconds(30);
    e.submitTask(Task.builder(InteractionId.of("t1"), Channel.VOICE).build());
    assertThat(seen).containsExactly(30_000L);
  }
}
