package dev.cim.routing;

import static dev.cim.routing.Fixtures.BILLING;
import static dev.cim.routing.Fixtures.agent;
import static dev.cim.routing.Fixtures.task;
import static dev.cim.routing.Fixtures.voice;
import static dev.cim.routing.Fixtures.voiceAgent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.model.Channel;
import dev.cim.routing.event.OfferTimedOut;
import dev.cim.routing.event.OfferWithdrawn;
import dev.cim.routing.event.TaskAssigned;
import dev.cim.routing.event.TaskCancelled;
import dev.cim.routing.event.TaskOffered;
import dev.cim.routing.event.TaskRequeued;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfferFanOutTest {
  final MutableClock clock = MutableClock.start();
  final Recorder rec = new Recorder();

  RoutingEngine engine(int fanOut) {
    RoutingEngine e = RoutingEngine.builder().clock(clock).listener(rec)
        .config(RoutingConfig.custom().offerFanOut(fanOut).offerTimeout(Duration.ofSeconds(20)).build()).build();
    e.addAgent(voiceAgent("ann", BILLING, 5), Presence.AVAILABLE);
    clock.advanceSeconds(1);
    e.addAgent(voiceAgent("bob", BILLING, 5), Presence.AVAILABLE);
    clock.advanceSeconds(1);
    e.addAgent(voiceAgent("cid", BILLING, 5), Presence.AVAILABLE);
    return e;
  }

  int used(RoutingEngine e, String agent) {
    return e.agent(agent(agent)).orElseThrow().usedBudget();
  }

  @Test
  void submit_fanOutTwo_offersToTheTwoLongestIdleAndHoldsBoth() {
    RoutingEngine e = engine(2);
    e.submitTask(voice("t1", BILLING, 3));

    assertThat(rec.of(TaskOffered.class)).extracting(TaskOffered::agentId).containsExactly(agent("ann"), agent("bob"));
    TaskSnapshot s = e.task(task("t1")).orElseThrow();
    assertThat(s.status()).isEqualTo(TaskStatus.OFFERED);
    assertThat(s.offeredTo()).containsExactly(agent("ann"), agent("bob"));
    assertThat(s.agent()).contains(agent("ann"));
    Decision d = s.lastDecision().orElseThrow();
    assertThat(d.offeredTo()).containsExactly(agent("ann"), agent("bob"));
    assertThat(d.reasonFor(agent("bob"))).isEmpty();
    assertThat(d.summary()).contains("offered at once to");
    assertThat(used(e, "ann")).isEqualTo(1);
    assertThat(used(e, "bob")).isEqualTo(1);
    assertThat(used(e, "cid")).isZero();
  }

  @Test
  void accept_secondOfTwo_winsAndTheOtherOfferIsWithdrawnAndFreed() {
    RoutingEngine e = engine(2);
    e.submitTask(voice("t1", BILLING, 3));
    e.accept(task("t1"), agent("bob"));

    assertThat(rec.of(TaskAssigned.class)).extracting(TaskAssigned::agentId).containsExactly(agent("bob"));
    assertThat(rec.of(OfferWithdrawn.class)).singleElement().satisfies(w -> {
      assertThat(w.agentId()).isEqualTo(agent("ann"));
      assertThat(w.reason()).isEqualTo(OfferWithdrawn.Reason.ACCEPTED_BY_OTHER);
      assertThat(w.acceptedBy()).contains(agent("bob"));
    });
    assertThat(e.task(task("t1")).orElseThrow().agent()).contains(agent("bob"));
    assertThat(e.task(task("t1")).orElseThrow().offeredTo()).isEmpty();
    assertThat(used(e, "ann")).isZero();
    assertThat(used(e, "bob")).isEqualTo(1);
    assertThatThrownBy(() -> e.accept(task("t1"), agent("ann"))).isInstanceOf(OfferNotValidException.class)
        .hasMessageContaining("ann");
  }

  @Test
  void reject_oneOfTwo_keepsTheOtherOfferOpenWithoutRequeue() {
    RoutingEngine e = engine(2);
    e.submitTask(voice("t1", BILLING, 3));
    e.reject(task("t1"), agent("ann"));

    TaskSnapshot s = e.task(task("t1")).orElseThrow();
    assertThat(s.status()).isEqualTo(TaskStatus.OFFERED);
    assertThat(s.offeredTo()).containsExactly(agent("bob"));
    assertThat(s.excludedAgents()).containsExactly(agent("ann"));
    assertThat(rec.of(TaskRequeued.class)).isEmpty();
    assertThat(used(e, "ann")).isZero();

    e.reject(task("t1"), agent("bob"));
    assertThat(rec.of(TaskRequeued.class)).hasSize(1);
    // cid is the only one left who has not rejected it
    assertThat(e.task(task("t1")).orElseThrow().offeredTo()).containsExactly(agent("cid"));
  }

  @Test
  void tick_offerExpires_timesOutEveryOpenOfferAndRequeuesOnce() {
    RoutingEngine e = engine(2);
    e.submitTask(voice("t1", BILLING, 3));
    clock.advanceSeconds(20);
    e.tick();

    assertThat(rec.of(OfferTimedOut.class)).extracting(OfferTimedOut::agentId)
        .containsExactly(agent("ann"), agent("bob"));
    assertThat(rec.of(TaskRequeued.class)).singleElement().extracting(TaskRequeued::previousAgent)
        .isEqualTo(Optional.of(agent("ann")));
    assertThat(e.task(task("t1")).orElseThrow().offeredTo()).containsExactly(agent("cid"));
  }

  @Test
  void setPresence_offlineOneOfTwo_withdrawsOnlyTheirs() {
    RoutingEngine e = engine(2);
    e.submitTask(voice("t1", BILLING, 3));
    e.setPresence(agent("ann"), Presence.OFFLINE);

    assertThat(rec.of(OfferWithdrawn.class)).singleElement().satisfies(w -> {
      assertThat(w.agentId()).isEqualTo(agent("ann"));
      assertThat(w.reason()).isEqualTo(OfferWithdrawn.Reason.AGENT_OFFLINE);
    });
    TaskSnapshot s = e.task(task("t1")).orElseThrow();
    assertThat(s.offeredTo()).containsExactly(agent("bob"));
    assertThat(s.agent()).contains(agent("bob"));
    assertThat(rec.of(TaskRequeued.class)).isEmpty();
  }

  @Test
  void cancelTask_fanOutThree_reportsPrimaryAndWithdrawsEveryOffer() {
    RoutingEngine e = engine(3);
    e.submitTask(voice("t1", BILLING, 3));
    e.cancelTask(task("t1"));

    assertThat(rec.of(TaskCancelled.class)).singleElement().extracting(TaskCancelled::agentId)
        .isEqualTo(Optional.of(agent("ann")));
    assertThat(rec.of(OfferWithdrawn.class)).extracting(OfferWithdrawn::agentId)
        .containsExactly(agent("ann"), agent("bob"), agent("cid"));
    assertThat(rec.events.subList(3, rec.events.size())).extracting(ev -> ev.getClass().getSimpleName())
        .containsExactly("OfferWithdrawn", "OfferWithdrawn", "OfferWithdrawn", "TaskCancelled");
    assertThat(used(e, "ann") + used(e, "bob") + used(e, "cid")).isZero();
  }

  @Test
  void taskFanOut_overridesConfigAndIsCappedByEligibleAgents() {
    RoutingEngine e = engine(1);
    e.submitTask(Task.builder(task("t1"), Channel.VOICE).require(BILLING, 3).offerFanOut(5).build());
    assertThat(e.task(task("t1")).orElseThrow().offeredTo()).containsExactly(agent("ann"), agent("bob"),
        agent("cid"));
  }

  @Test
  void autoAccept_ignoresFanOut() {
    RoutingEngine e = RoutingEngine.builder().clock(clock).listener(rec)
        .config(RoutingConfig.custom().offerFanOut(3).autoAccept(true).build()).build();
    e.addAgent(voiceAgent("ann", BILLING, 5), Presence.AVAILABLE);
    e.addAgent(voiceAgent("bob", BILLING, 5), Presence.AVAILABLE);
    e.submitTask(voice("t1", BILLING, 3));
    assertThat(rec.of(TaskOffered.class)).hasSize(1);
    assertThat(rec.of(TaskAssigned.class)).hasSize(1);
  }

  @Test
  void offerFanOut_outOfRange_throwsNamingTheValue() {
    assertThatThrownBy(() -> RoutingConfig.custom().offerFanOut(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offerFanOut").hasMessageContaining("0");
    assertThatThrownBy(() -> Task.builder(task("t"), Channel.VOICE).offerFanOut(33))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("33");
  }

  @Test
  void nullArguments_throwNpe() {
    java.time.Instant at = clock.instant();
    assertThatThrownBy(() -> new OfferWithdrawn(null, agent("a"), OfferWithdrawn.Reason.CANCELLED, Optional.empty(),
        at)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new OfferWithdrawn(task("t"), agent("a"), null, Optional.empty(), at))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new OfferWithdrawn(task("t"), agent("a"), OfferWithdrawn.Reason.CANCELLED, null, at))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Decision(task("t"), Decision.Trigger.BATCH, at, Optional.empty(), 0,
        java.util.List.of(), java.util.List.of(), 0, 0, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> voice("t", BILLING, 1).withEnqueuedAt(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void decision_offeredToNotStartingWithChosen_throws() {
    assertThatThrownBy(() -> new Decision(task("t"), Decision.Trigger.TASK_ARRIVED, clock.instant(),
        Optional.of(agent("ann")), 1, java.util.List.of(), java.util.List.of(), 2, 0,
        java.util.List.of(agent("bob"), agent("ann")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offeredTo").hasMessageContaining("bob");
  }

  @Test
  void oldConstructors_stillWork() {
    Decision d = new Decision(task("t"), Decision.Trigger.TASK_ARRIVED, clock.instant(), Optional.of(agent("ann")),
        1, java.util.List.of(), java.util.List.of(), 1, 0);
    assertThat(d.offeredTo()).containsExactly(agent("ann"));
    Task t = voice("t", BILLING, 1);
    Task old = new Task(t.id(), t.channel(), t.queue(), t.priority(), t.required(), t.preferred(), t.preferredAgent(),
        t.preferredAgentWait(), t.enqueuedAt());
    assertThat(old).isEqualTo(t);
    assertThat(old.negativeSentiment()).isFalse();
    assertThat(old.offerFanOut()).isZero();
    TaskSnapshot s = new TaskSnapshot(t, TaskStatus.OFFERED, "q", clock.instant(), Optional.of(agent("ann")),
        java.util.Set.of(), Optional.empty());
    assertThat(s.offeredTo()).containsExactly(agent("ann"));
  }
}
