package dev.cim.routing;

import static dev.cim.routing.Fixtures.BILLING;
import static dev.cim.routing.Fixtures.agent;
import static dev.cim.routing.Fixtures.task;
import static dev.cim.routing.Fixtures.voiceAgent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.model.Channel;
import org.junit.jupiter.api.Test;

class NegativeStreakCapTest {
  final MutableClock clock = MutableClock.start();

  RoutingEngine engine(int cap) {
    return RoutingEngine.builder().clock(clock)
        .config(RoutingConfig.custom().negativeStreakCap(cap).autoAccept(true).build()).build();
  }

  static Task call(String id, boolean negative) {
    return Task.builder(task(id), Channel.VOICE).require(BILLING, 1).negativeSentiment(negative).build();
  }

  /** ann is the longest idle, so without the cap she gets every call. */
  RoutingEngine twoAgents(int cap) {
    RoutingEngine e = engine(cap);
    e.addAgent(voiceAgent("ann", BILLING, 5), Presence.AVAILABLE);
    clock.advanceSeconds(5);
    e.addAgent(voiceAgent("bob", BILLING, 5), Presence.AVAILABLE);
    clock.advanceSeconds(5);
    return e;
  }

  String takes(RoutingEngine e, Task t) {
    e.submitTask(t);
    String who = e.task(t.id()).orElseThrow().agent().orElseThrow().value();
    e.complete(t.id());
    clock.advanceSeconds(1);
    return who;
  }

  @Test
  void submit_agentReachedCap_passedOverWithReasonWhileAnotherIsEligible() {
    RoutingEngine e = twoAgents(2);
    assertThat(takes(e, call("n1", true))).isEqualTo("ann");
    // complete() made ann ready again, after bob: bob is now the longest idle
    assertThat(takes(e, call("n2", true))).isEqualTo("bob");
    assertThat(takes(e, call("n3", true))).isEqualTo("ann");
    assertThat(takes(e, call("n4", true))).isEqualTo("bob");
    // both have 2 in a row now; nobody else is eligible, so the cap gives way
    assertThat(takes(e, call("n5", true))).isEqualTo("ann");
    // both still capped: the longest idle (bob) takes it
    assertThat(takes(e, call("n6", true))).isEqualTo("bob");
    // a positive task for ann ends her streak; bob (capped) is passed over for the next negative one
    e.submitTask(call("p1", false));
    assertThat(e.task(task("p1")).orElseThrow().agent()).contains(agent("ann"));
    e.complete(task("p1"));
    clock.advanceSeconds(1);
    e.submitTask(call("n7", true));
    TaskSnapshot s = e.task(task("n7")).orElseThrow();
    assertThat(s.agent()).contains(agent("ann"));
    assertThat(s.lastDecision().orElseThrow().reasonFor(agent("bob"))).contains(PassReason.NEGATIVE_STREAK);
  }

  @Test
  void submit_cappedLongestIdle_skippedForOtherAgentAndExplained() {
    RoutingEngine e = twoAgents(1);
    e.submitTask(call("n1", true));     // ann (longest idle) takes it: her streak reaches the cap
    e.complete(task("n1"));
    clock.advanceSeconds(1);
    e.setPresence(agent("bob"), Presence.AWAY);
    e.setPresence(agent("bob"), Presence.AVAILABLE); // bob ready last: ann is the longest idle
    clock.advanceSeconds(1);

    e.submitTask(call("n2", true));
    TaskSnapshot s = e.task(task("n2")).orElseThrow();
    assertThat(s.agent()).contains(agent("bob"));
    assertThat(s.lastDecision().orElseThrow().reasonFor(agent("ann"))).contains(PassReason.NEGATIVE_STREAK);
  }

  @Test
  void positiveTask_resetsStreak() {
    RoutingEngine e = engine(1);
    e.addAgent(voiceAgent("ann", BILLING, 5), Presence.AVAILABLE);
    assertThat(takes(e, call("n1", true))).isEqualTo("ann");
    assertThat(takes(e, call("p1", false))).isEqualTo("ann");
    e.addAgent(voiceAgent("bob", BILLING, 5), Presence.AVAILABLE);
    clock.advanceSeconds(1);
    assertThat(takes(e, call("n2", true))).as("streak was reset by p1").isEqualTo("ann");
  }

  @Test
  void capOff_longestIdleTakesEveryNegativeTask() {
    RoutingEngine e = engine(0);
    e.addAgent(voiceAgent("ann", BILLING, 5), Presence.AVAILABLE);
    clock.advanceSeconds(1);
    e.addAgent(voiceAgent("bob", BILLING, 5), Presence.AVAILABLE);
    e.submitTask(call("n1", true));
    assertThat(e.task(task("n1")).orElseThrow().agent()).contains(agent("ann"));
  }

  @Test
  void agentReady_capped_takesPositiveWaitingTaskBeforeOlderNegativeOne() {
    RoutingEngine e = engine(1);
    e.addAgent(voiceAgent("ann", BILLING, 5), Presence.AVAILABLE);
    e.submitTask(call("n1", true));         // ann: streak 1
    e.submitTask(call("n2", true));         // waits (older)
    clock.advanceSeconds(1);
    e.submitTask(call("p1", false));        // waits (newer)
    e.complete(task("n1"));                 // ann is ready, capped
    assertThat(e.task(task("p1")).orElseThrow().agent()).contains(agent("ann"));
    assertThat(e.task(task("n2")).orElseThrow().status()).isEqualTo(TaskStatus.WAITING);
    e.complete(task("p1"));                 // streak reset: the negative one is hers now
    assertThat(e.task(task("n2")).orElseThrow().agent()).contains(agent("ann"));
  }

  @Test
  void changeSentiment_waitingTask_turnsNegativeAndKeepsEnqueueTime() {
    RoutingEngine e = engine(1);
    e.submitTask(call("t1", false));
    var before = e.task(task("t1")).orElseThrow().enqueuedAt();
    clock.advanceSeconds(30);
    e.changeSentiment(task("t1"), true);
    TaskSnapshot s = e.task(task("t1")).orElseThrow();
    assertThat(s.task().negativeSentiment()).isTrue();
    assertThat(s.enqueuedAt()).isEqualTo(before);
    assertThatThrownBy(() -> e.changeSentiment(task("nope"), true)).isInstanceOf(UnknownTaskException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void negativeStreakCap_outOfRange_throws() {
    assertThatThrownBy(() -> RoutingConfig.custom().negativeStreakCap(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negativeStreakCap").hasMessageContaining("-1");
  }
}
