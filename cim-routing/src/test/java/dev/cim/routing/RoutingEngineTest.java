package dev.cim.routing;

import static dev.cim.routing.Fixtures.BILLING;
import static dev.cim.routing.Fixtures.SPANISH;
import static dev.cim.routing.Fixtures.TECH;
import static dev.cim.routing.Fixtures.agent;
import static dev.cim.routing.Fixtures.blended;
import static dev.cim.routing.Fixtures.chatAgent;
import static dev.cim.routing.Fixtures.task;
import static dev.cim.routing.Fixtures.voice;
import static dev.cim.routing.Fixtures.voiceAgent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.model.Channel;
import dev.cim.routing.event.OfferAccepted;
import dev.cim.routing.event.OfferRejected;
import dev.cim.routing.event.OfferTimedOut;
import dev.cim.routing.event.TaskAssigned;
import dev.cim.routing.event.TaskCancelled;
import dev.cim.routing.event.TaskCompleted;
import dev.cim.routing.event.TaskOffered;
import dev.cim.routing.event.TaskOverflowed;
import dev.cim.routing.event.TaskRequeued;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RoutingEngineTest extends EngineHarness {
  @Nested
  class OfferLifecycle {
    @Test
    void submit_eligibleAgentAvailable_offersThenAcceptAssigns() {
      RoutingEngine e = engine();
      e.addAgent(voiceAgent("ann", BILLING, 7), Presence.AVAILABLE);
      e.submitTask(voice("t1", BILLING, 5));

      TaskOffered offered = rec.of(TaskOffered.class).get(0);
      assertThat(offered.agentId()).isEqualTo(agent("ann"));
      assertThat(offered.expiresAt()).isEqualTo(clock.instant().plusSeconds(30));
      assertThat(offered.decision().chosen()).contains(agent("ann"));
      assertThat(snap(e, "t1").status()).isEqualTo(TaskStatus.OFFERED);

      e.accept(task("t1"), agent("ann"));
      assertThat(snap(e, "t1").status()).isEqualTo(TaskStatus.ASSIGNED);
      assertThat(rec.of(OfferAccepted.class)).hasSize(1);
      assertThat(rec.of(TaskAssigned.class)).extracting(TaskAssigned::agentId).containsExactly(agent("ann"));
    }

    @Test
    void submit_noAgent_waitsThenAgentBecomingAvailableTakesIt() {
      RoutingEngine e = engine();
      e.addAgent(voiceAgent("ann", BILLING, 7));
      e.submitTask(voice("t1", BILLING, 5));
      assertThat(snap(e, "t1").status()).isEqualTo(TaskStatus.WAITING);
      assertThat(snap(e, "t1").lastDecision().orElseThrow().chosen()).isEmpty();

      e.setPresence(agent("ann"), Presence.AVAILABLE);
      assertThat(snap(e, "t1").status()).isEqualTo(TaskStatus.OFFERED);
      assertThat(snap(e, "t1").lastDecision().orElseThrow().trigger()).isEqualTo(Decision.Trigger.AGENT_READY);
    }

    @Test
    void autoAccept_emitsOfferedAcceptedAssignedInOrder() {
      RoutingEngine e = engine(RoutingConfig.custom().autoAccept(true).build());
      e.addAgent(voiceAgent("ann", BILLING, 7), Presence.AVAILABLE);
      e.submitTask(voice("t1", BILLING, 5));
      assertThat(rec.events).extracting(ev -> ev.getClass().getSimpleName())
          .containsExactly("TaskOffered", "OfferAccepted", "TaskAssigned");
      assertThat(snap(e, "t1").status()).isEqualTo(TaskStatus.ASSIGNED);
    }

    @Test
    void reject_requeuesWithOriginalEnqueueTimeAndOffersToAnotherAgentNeverTheSame() {
      RoutingEngine e = engine();
      e.addAgent(voiceAgent("ann", BILLING, 7), Presence.AVAILABLE);
      e.submitTask(voice("t1", BILLING, 5));
      var enqueued = snap(e, "t1").enqueuedAt();
      clock.advanceSeconds(5);
      e.reject(task("t1"), agent("ann"));

      assertThat(rec.of(OfferRejected.class)).hasSize(1);
      assertThat(rec.of(TaskRequeued.class).get(0).reason()).isEqualTo(RequeueReason.REJECTED);
      assertThat(snap(e, "t1").status()).isEqualTo(TaskStatus.WAITING);
      assertThat(snap(e, "t1").enqueuedAt()).isEqualTo(enqueued);
      assertThat(snap(e, "t1").excludedAgents()).containsExactly(agent("ann"));
      assertThat(e.explain(task("t1")).reasonFor(agent("ann"))).contains(PassReason.REJECTED_BEFORE);

      e.addAgent(voiceAgent("bob", BILLING, 5), Presence.AVAILABLE);
      assertThat(snap(e, "t1").agent()).contains(agent("bob"));
    }

    @Test
    void offerTimeout_onTick_requeuesAndExcludesAgent() {
      RoutingEngine e = engine(RoutingConfig.custom().offerTimeout(Duration.ofSeconds(10)).build());
      e.addAgent(voiceAgent("ann", BILLING, 7), Presence.AVAILABLE);
      e.submitTask(voice("t1", BILLING, 5));
      clock.advanceSeconds(9);
      e.tick();
      assertThat(snap(e, "t1").status()).isEqualTo(TaskStatus.OFFERED);
      clock.advanceSeconds(1);
      e.tick();
      assertThat(rec.of(OfferTimedOut.class)).hasSize(1);
      assertThat(snap(e, "t1").status()).isEqualTo(TaskStatus.WAITING);
      assertThat(snap(e, "t1").excludedAgents()).contains(agent("ann"));
      assertThat(e.agent(agent("ann")).orElseThrow().load()).isEmpty();
    }

    @Test
    void offerTimeout_awayOnTimeout_setsAgentAway() {
      RoutingEngine e = engine(RoutingConfig.custom().offerTimeout(Duration.ofSeconds(10)).awayOnTimeout(true).build());
      e.addAgent(voiceAgent("ann", BILLING, 7), Presence.AVAILABLE);
      e.submitTask(voice("t1", BILLING, 5));
      clock.advanceSeconds(10);
      e.tick();
      assertThat(e.agent(agent("ann")).orElseThrow().presence()).isEqualTo(Presence.AWAY);
    }

    @Test
    void agentGoingOffline_returnsOfferedButKeepsAssigned() {
      RoutingEngine e = engine();
      e.addAgent(chatAgent("ann", 3, BILLING, 7), Presence.AVAILABLE);
      e.submitTask(Task.builder(task("c1"), Channel.CHAT).build());
      e.submitTask(Task.builder(task("c2"), Channel.CHAT).build());
      e.accept(task("c1"), agent("ann"));
      e.setPresence(agent("ann"), Presence.OFFLINE);

      assertThat(snap(e, "c1").status()).isEqualTo(TaskStatus.ASSIGNED);
      assertThat(snap(e, "c2").status()).isEqualTo(TaskStatus.WAITING);
      assertThat(snap(e, "c2").excludedAgents()).isEmpty();
      assertThat(rec.of(TaskRequeued.class)).extracting(TaskRequeued::reason)
          .containsExactly(RequeueReason.AGENT_OFFLINE);
    }

    @Test
    void cancel_offeredTask_freesCapacityForNextTask() {
      RoutingEngine e = engine();
      e.addAgent(voiceAgent("ann", BILLING, 7), Presence.AVAILABLE);
      e.submitTask(voice("t1", BILLING, 5));
      e.submitTask(voice("t2", BILLING, 5));
      assertThat(snap(e, "t2").status()).isEqualTo(TaskStatus.WAITING);
      e.cancelTask(task("t1"));
      assertThat(e.task(task("t1"))).isEmpty();
      assertThat(rec.of(TaskCancelled.class).get(0).previousStatus()).isEqualTo(TaskStatus.OFFERED);
      assertThat(snap(e, "t2").agent()).contains(agent("ann"));
    }

    @Test
    void routerCancel_unknownTask_doesNothing() {
      RoutingEngine e = engine();
      e.cancel(task("nope"));
      assertThat(rec.events).isEmpty();
    }

    @Test
    void complete_withWrapUp_noOfferUntilWrapUpEnds() {
      RoutingEngine e = engine(RoutingConfig.custom().autoAccept(true).build());
      e.addAgent(voiceAgent("ann", BILLING, 7).withWrapUp(Duration.ofSeconds(20)), Presence.AVAILABLE);
      e.submitTask(voice("t1", BILLING, 5));
      e.submitTask(voice("t2", BILLING, 5));
      e.complete(task("t1"));
      assertThat(rec.of(TaskCompleted.class)).hasSize(1);
      assertThat(snap(e, "t2").status()).isEqualTo(TaskStatus.WAITING);
      assertThat(e.explain(task("t2")).reasonFor(agent("ann"))).contains(PassReason.IN_WRAP_UP);
      clock.advanceSeconds(19);
      e.tick();
      assertThat(snap(e, "t2").status()).isEqualTo(TaskStatus.WAITING);
      clock.advanceSeconds(1);
      e.tick();
      assertThat(snap(e, "t2").status()).isEqualTo(TaskStatus.ASSIGNED);
    }

    @Test
    void transferToQueue_freesAgentAndRequeuesInNewQueue() {
      RoutingEngine e = engine(RoutingConfig.custom().autoAccept(true).build());
      e.addAgent(voiceAgent("ann", BILLING, 7).withQueue("sales"), Presence.AVAILABLE);
      e.submitTask(Task.builder(task("t1"), Channel.VOICE).queue("sales").build());
      e.transferToQueue(task("t1"), "support");
      assertThat(snap(e, "t1").queue()).isEqualTo("support");
      assertThat(snap(e, "t1").status()).isEqualTo(TaskStatus.WAITING);
      assertThat(e.agent(agent("ann")).orElseThrow().assigned()).isEmpty();
      assertThat(rec.of(TaskRequeued.class).get(0).reason()).isEqualTo(RequeueReason.TRANSFERRED);
    }

    @Test
    void transferToAgent_reservesForTargetEvenIfOtherIsIdleLonger() {
      RoutingEngine e = engine(RoutingConfig.custom().autoAccept(true).build());
      e.addAgent(voiceAgent("ann", BILLING, 7), Presence.AVAILABLE);
      e.submitTask(voice("t1", BILLING, 5));
      e.addAgent(voiceAgent("bob", BILLING, 7), Presence.AVAILABLE);
      e.addAgent(voiceAgent("cid", BILLING, 7), Presence.AVAILABLE);
      e.transferToAgent(task("t1"), agent("cid"), Duration.ofSeconds(30));
      assertThat(snap(e, "t1").agent()).contains(agent("cid"));
    }
  }

  @Nested
  class Eligibility {
    @Test
    void levelTooLow_passedOverAndExplained() {
      RoutingEngine e = engine();
      e.addAgent(voiceAgent("low", BILLING, 3), Presence.AVAILABLE);
      e.addAgent(voiceAgent("high", BILLING, 8), Presence.AVAILABLE);
      e.submitTask(voice("t1", BILLING, 5));
      Decision d = snap(e, "t1").lastDecision().orElseThrow();
      assertThat(d.chosen()).contains(agent("high"));
      assertThat(d.considered()).as("the level index skips the low agent").isEqualTo(1);
      assertThat(d.notIndexed()).isEqualTo(1);
      assertThat(e.explain(task("t1")).reasonFor(agent("low"))).contains(PassReason.LEVEL_TOO_LOW);
    }

    @Test
    void explain_listsEveryAgentWithReason() {
      RoutingEngine e = engine();
      e.addAgent(voiceAgent("nobill", TECH, 9), Presence.AVAILABLE);
      e.addAgent(voiceAgent("away", BILLING, 9), Presence.AWAY);
      e.addAgent(voiceAgent("off", BILLING, 9));
      e.addAgent(chatAgent("chat", 2, BILLING, 9), Presence.AVAILABLE);
      e.addAgent(voiceAgent("other", BILLING, 9).withQueue("vip"), Presence.AVAILABLE);
      e.submitTask(voice("t1", BILLING, 5));
      Decision d = e.explain(task("t1"));
      assertThat(d.chosen()).isEmpty();
      assertThat(d.reasonFor(agent("nobill"))).contains(PassReason.MISSING_SKILL);
      assertThat(d.reasonFor(agent("away"))).contains(PassReason.AWAY);
      assertThat(d.reasonFor(agent("off"))).contains(PassReason.OFFLINE);
      assertThat(d.reasonFor(agent("chat"))).contains(PassReason.NO_CHANNEL);
      assertThat(d.reasonFor(agent("other"))).contains(PassReason.NOT_IN_QUEUE);
      assertThat(d.summary()).contains("t1").contains("no eligible agent");
    }

    @Test
    void capacity_chatAgentTakesThreeChatsThenAtCapacity() {
      RoutingEngine e = engine();
      e.addAgent(chatAgent("ann", 3, BILLING, 5), Presence.AVAILABLE);
      for (int i = 1; i <= 4; i++) {
        e.submitTask(Task.builder(task("c" + i), Channel.CHAT).build());
      }
      assertThat(e.agent(agent("ann")).orElseThrow().offered()).hasSize(3);
      assertThat(snap(e, "c4").status()).isEqualTo(TaskStatus.WAITING);
      assertThat(e.explain(task("c4")).reasonFor(agent("ann"))).contains(PassReason.AT_CAPACITY);
    }

    @Test
    void capacity_exclusiveModel_callBlocksChatsAndChatBlocksCall() {
      RoutingEngine e = engine();
      e.addAgent(blended("ann", BILLING, 5), Presence.AVAILABLE);
      e.submitTask(Task.builder(task("v1"), Channel.VOICE).build());
      e.submitTask(Task.builder(task("c1"), Channel.CHAT).build());
      assertThat(snap(e, "v1").status()).isEqualTo(TaskStatus.OFFERED);
      assertThat(snap(e, "c1").status()).isEqualTo(TaskStatus.WAITING);
      e.cancelTask(task("v1"));
      assertThat(snap(e, "c1").status()).isEqualTo(TaskStatus.OFFERED);
      e.submitTask(Task.builder(task("v2"), Channel.VOICE).build());
      assertThat(snap(e, "v2").status()).isEqualTo(TaskStatus.WAITING);
    }

    @Test
    void capacity_independentModel_callPlusEmail() {
      RoutingEngine e = engine();
      e.addAgent(AgentProfile.of(agent("ann"), CapacityModel.independent(Map.of(Channel.VOICE, 1, Channel.EMAIL, 1))),
          Presence.AVAILABLE);
      e.submitTask(Task.builder(task("v1"), Channel.VOICE).build());
      e.submitTask(Task.builder(task("e1"), Channel.EMAIL).build());
      e.submitTask(Task.builder(task("e2"), Channel.EMAIL).build());
      assertThat(snap(e, "v1").status()).isEqualTo(TaskStatus.OFFERED);
      assertThat(snap(e, "e1").status()).isEqualTo(TaskStatus.OFFERED);
      assertThat(snap(e, "e2").status()).isEqualTo(TaskStatus.WAITING);
    }

    @Test
    void returnPacing_agentBackFromBreak_getsOneOfferPerInterval() {
      RoutingEngine e = engine(RoutingConfig.custom().autoAccept(true).returnPacing(Duration.ofSeconds(10)).build());
      e.addAgent(chatAgent("ann", 3, BILLING, 5), Presence.AWAY);
      for (int i = 1; i <= 3; i++) {
        e.submitTask(Task.builder(task("c" + i), Channel.CHAT).build());
      }
      e.setPresence(agent("ann"), Presence.AVAILABLE);
      assertThat(e.agent(agent("ann")).orElseThrow().assigned()).containsExactly(task("c1"));
      assertThat(e.explain(task("c2")).reasonFor(agent("ann"))).contains(PassReason.PACED);
      clock.advanceSeconds(9);
      e.tick();
      assertThat(e.agent(agent("ann")).orElseThrow().assigned()).hasSize(1);
      clock.advanceSeconds(1);
      e.tick();
      assertThat(e.agent(agent("ann")).orElseThrow().assigned()).hasSize(2);
      clock.advanceSeconds(10);
      e.tick();
      assertThat(e.agent(agent("ann")).orElseThrow().assigned()).hasSize(3);
    }

    @Test
    void noPacing_agentBackFromBreak_takesAllAtOnce() {
      RoutingEngine e = engine(RoutingConfig.custom().autoAccept(true).build());
      e.addAgent(chatAgent("ann", 3, BILLING, 5), Presence.AWAY);
      for (int i = 1; i <= 3; i++) {
        e.submitTask(Task.builder(task("c" + i), Channel.CHAT).build());
      }
      e.setPresence(agent("ann"), Presence.AVAILABLE);
      assertThat(e.agent(agent("ann")).orElseThrow().assigned()).hasSize(3);
    }

    @Test
    void preferredAgent_reservedUntilWaitThenAnyEligibleAgent() {
      RoutingEngine e = engine();
      e.addAgent(voiceAgent("last", BILLING, 5), Presence.AWAY);
      e.addAgent(voiceAgent("other", BILLING, 5), Presence.AVAILABLE);
      e.submitTask(Task.builder(task("t1"), Channel.VOICE).require(BILLING, 1)
          .preferredAgent(agent("last"), Duration.ofSeconds(20)).build());
      assertThat(snap(e, "t1").status()).isEqualTo(TaskStatus.WAITING);
      assertThat(e.explain(task("t1")).reasonFor(agent("other")))
          .contains(PassReason.RESERVED_FOR_PREFERRED_AGENT);
      clock.advanceSeconds(20);
      e.tick();
      assertThat(snap(e, "t1").agent()).contains(agent("other"));
    }

    @Test
    void preferredAgent_becomingAvailableWithinWait_getsIt() {
      RoutingEngine e = engine();
      e.addAgent(voiceAgent("last", BILLING, 5), Presence.AWAY);
      e.addAgent(voiceAgent("other", BILLING, 5), Presence.AVAILABLE);
      e.submitTask(Task.builder(task("t1"), Channel.VOICE)
          .preferredAgent(agent("last"), Duration.ofSeconds(20)).build());
      e.setPresence(agent("last"), Presence.AVAILABLE);
      assertThat(snap(e, "t1").agent()).contains(agent("last"));
    }

    @Test
    void relaxation_levelCapAfterStep_letsLowerLevelAgentTakeIt() {
      RoutingEngine e = engine(RoutingConfig.custom()
          .queue(QueueConfig.builder("default").relaxAfter(Duration.ofSeconds(30), 5)
              .relaxAfter(Duration.ofSeconds(60), 1).build()).build());
      e.addAgent(voiceAgent("five", BILLING, 5), Presence.AVAILABLE);
      e.submitTask(voice("t1", BILLING, 8));
      assertThat(snap(e, "t1").status()).isEqualTo(TaskStatus.WAITING);
      clock.advanceSeconds(29);
      e.tick();
      assertThat(snap(e, "t1").status()).isEqualTo(TaskStatus.WAITING);
      clock.advanceSeconds(1);
      e.tick();
      assertThat(snap(e, "t1").agent()).contains(agent("five"));
      assertThat(snap(e, "t1").lastDecision().orElseThrow().trigger()).isEqualTo(Decision.Trigger.TICK);
    }

    @Test
    void overflow_afterWait_movesToOtherQueueKeepingEnqueueTime() {
      RoutingEngine e = engine(RoutingConfig.custom()
          .queue(QueueConfig.builder("sales").overflow(Duration.ofSeconds(60), "backup").build()).build());
      e.addAgent(voiceAgent("bk", BILLING, 5).withQueue("backup"), Presence.AVAILABLE);
      e.submitTask(Task.builder(task("t1"), Channel.VOICE).queue("sales").build());
      var enqueued = snap(e, "t1").enqueuedAt();
      clock.advanceSeconds(60);
      e.tick();
      assertThat(rec.of(TaskOverflowed.class)).singleElement()
          .satisfies(o -> assertThat(o.toQueue()).isEqualTo("backup"));
      assertThat(snap(e, "t1").agent()).contains(agent("bk"));
      assertThat(snap(e, "t1").enqueuedAt()).isEqualTo(enqueued);
    }

    @Test
    void changeRequirements_whileWaiting_rematchesAtOnce() {
      RoutingEngine e = engine();
      e.addAgent(voiceAgent("es", SPANISH, 6), Presence.AVAILABLE);
      e.submitTask(voice("t1", BILLING, 5));
      e.changeRequirements(task("t1"), Map.of(SPANISH, 5));
      assertThat(snap(e, "t1").agent()).contains(agent("es"));
    }

    @Test
    void changeRequirements_whileWaiting_aFreedAgentIsJudgedByTheNewSkills() {
      RoutingEngine e = engine(RoutingConfig.custom().autoAccept(true).build());
      e.addAgent(voiceAgent("bill", BILLING, 9), Presence.AVAILABLE);
      e.addAgent(voiceAgent("es", SPANISH, 6), Presence.AVAILABLE);
      e.submitTask(voice("b1", BILLING, 1));
      e.submitTask(voice("s1", SPANISH, 1));
      e.submitTask(voice("t1", BILLING, 5)); // both agents busy: it waits in the bucket of {billing}
      e.changeRequirements(task("t1"), Map.of(SPANISH, 5));
      e.complete(task("b1"));
      assertThat(snap(e, "t1").agent()).as("billing agent freed").isEmpty();
      e.complete(task("s1"));
      assertThat(snap(e, "t1").agent()).contains(agent("es"));
    }
  }

  @Nested
  class Ordering {
    RoutingEngine withBusyAgent(RoutingConfig config) {
      RoutingEngine e = engine(RoutingConfig.from(config).autoAccept(true).build());
      e.addAgent(voiceAgent("ann", BILLING, 5), Presence.AVAILABLE);
      e.submitTask(Task.builder(task("busy"), Channel.VOICE).build());
      return e;
    }

    List<String> drain(RoutingEngine e, int n) {
      String current = "busy";
      List<String> order = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        e.complete(task(current));
        current = e.agent(agent("ann")).orElseThrow().assigned().iterator().next().value();
        order.add(current);
      }
      return order;
    }

    @Test
    void higherPriorityFirst_thenFifo() {
      RoutingEngine e = withBusyAgent(RoutingConfig.ofDefaults());
      e.submitTask(Task.builder(task("a"), Channel.VOICE).priority(1).build());
      clock.advanceSeconds(1);
      e.submitTask(Task.builder(task("b"), Channel.VOICE).priority(5).build());
      clock.advanceSeconds(1);
      e.submitTask(Task.builder(task("c"), Channel.VOICE).priority(1).build());
      assertThat(drain(e, 3)).containsExactly("b", "a", "c");
    }

    @Test
    void aging_oldLowPriorityTaskOvertakesNewHighPriority() {
      RoutingEngine e = withBusyAgent(RoutingConfig.custom().agingPerMinute(1).build());
      e.submitTask(Task.builder(task("old"), Channel.VOICE).priority(0).build());
      clock.advance(Duration.ofMinutes(6));
      e.submitTask(Task.builder(task("new"), Channel.VOICE).priority(5).build());
      assertThat(drain(e, 2)).containsExactly("old", "new");
    }

    @Test
    void strictPriority_noAging_newHighPriorityFirst() {
      RoutingEngine e = withBusyAgent(RoutingConfig.custom().queue(QueueConfig.builder("default")
          .ordering(QueueOrdering.PRIORITY_THEN_FIFO).build()).build());
      e.submitTask(Task.builder(task("old"), Channel.VOICE).priority(0).build());
      clock.advance(Duration.ofMinutes(60));
      e.submitTask(Task.builder(task("new"), Channel.VOICE).priority(1).build());
      assertThat(drain(e, 2)).containsExactly("new", "old");
    }

    @Test
    void lifo_newestFirst() {
      RoutingEngine e = withBusyAgent(RoutingConfig.custom().queue(QueueConfig.builder("default")
          .ordering(QueueOrdering.PRIORITY_THEN_LIFO).build()).build());
      e.submitTask(Task.builder(task("a"), Channel.VOICE).build());
      clock.advanceSeconds(1);
      e.submitTask(Task.builder(task("b"), Channel.VOICE).build());
      assertThat(drain(e, 2)).containsExactly("b", "a");
    }

    @Test
    void changePriority_keepsEnqueueTimeAndReorders() {
      RoutingEngine e = withBusyAgent(RoutingConfig.ofDefaults());
      e.submitTask(Task.builder(task("a"), Channel.VOICE).build());
      clock.advanceSeconds(1);
      e.submitTask(Task.builder(task("b"), Channel.VOICE).build());
      var enqueued = snap(e, "b").enqueuedAt();
      e.changePriority(task("b"), 10);
      assertThat(snap(e, "b").enqueuedAt()).isEqualTo(enqueued);
      assertThat(drain(e, 2)).containsExactly("b", "a");
    }

    @Test
    void freedAgent_takesFromHeavierQueueAcrossItsQueues() {
      RoutingEngine e = engine(RoutingConfig.custom().autoAccept(true)
          .queue(QueueConfig.builder("vip").weight(100).build()).build());
      e.addAgent(voiceAgent("ann", BILLING, 5), Presence.AVAILABLE);
      e.submitTask(Task.builder(task("busy"), Channel.VOICE).queue("std").build());
      e.submitTask(Task.builder(task("std1"), Channel.VOICE).queue("std").build());
      clock.advanceSeconds(30);
      e.submitTask(Task.builder(task("vip1"), Channel.VOICE).queue("vip").build());
      e.complete(task("busy"));
      assertThat(snap(e, "vip1").agent()).contains(agent("ann"));
      assertThat(snap(e, "std1").status()).isEqualTo(TaskStatus.WAITING);
    }

    @Test
    void freedAgent_findsTasksNeedingOneToFourSkills() {
      RoutingEngine e = engine(RoutingConfig.custom().autoAccept(true).build());
      dev.cim.core.model.Skill extra = dev.cim.core.model.Skill.of("extra");
      e.addAgent(voiceAgent("ann", BILLING, 5).withSkill(TECH, 5).withSkill(SPANISH, 5).withSkill(extra, 5),
          Presence.AVAILABLE);
      e.submitTask(Task.builder(task("busy"), Channel.VOICE).build());
      e.submitTask(Task.builder(task("four"), Channel.VOICE).require(BILLING, 5).require(TECH, 5)
          .require(SPANISH, 5).require(extra, 5).build());
      clock.advanceSeconds(1);
      e.submitTask(Task.builder(task("two"), Channel.VOICE).require(TECH, 5).require(SPANISH, 4).build());
      clock.advanceSeconds(1);
      e.submitTask(Task.builder(task("none"), Channel.VOICE).build());
      List<String> order = new java.util.ArrayList<>();
      String current = "busy";
      for (int i = 0; i < 3; i++) {
        e.complete(task(current));
        current = e.agent(agent("ann")).orElseThrow().assigned().iterator().next().value();
        order.add(current);
      }
      assertThat(order).containsExactly("four", "two", "none");
    }

    @Test
    void freedAgent_skipsTasksItIsNotEligibleFor() {
      RoutingEngine e = engine(RoutingConfig.custom().autoAccept(true).build());
      e.addAgent(voiceAgent("ann", BILLING, 5), Presence.AVAILABLE);
      e.submitTask(Task.builder(task("busy"), Channel.VOICE).build());
      e.submitTask(voice("hard", BILLING, 9));
      clock.advanceSeconds(1);
      e.submitTask(voice("tech", TECH, 1));
      clock.advanceSeconds(1);
      e.submitTask(voice("easy", BILLING, 3));
      e.complete(task("busy"));
      assertThat(snap(e, "easy").agent()).contains(agent("ann"));
    }
  }

  @Nested
  class Strategies {
    RoutingEngine threeAgents(RoutingConfig config) {
      RoutingEngine e = engine(config);
      e.addAgent(voiceAgent("a", BILLING, 4), Presence.AVAILABLE);
      clock.advanceSeconds(1);
      e.addAgent(voiceAgent("b", BILLING, 9), Presence.AVAILABLE);
      clock.advanceSeconds(1);
      e.addAgent(voiceAgent("c", BILLING, 6), Presence.AVAILABLE);
      return e;
    }

    @Test
    void longestIdle_choosesAgentReadyLongest() {
      RoutingEngine e = threeAgents(RoutingConfig.ofDefaults());
      e.submitTask(voice("t1", BILLING, 1));
      assertThat(snap(e, "t1").agent()).contains(agent("a"));
    }

    @Test
    void bestSkillMatch_choosesHighestLevel() {
      RoutingEngine e = threeAgents(RoutingConfig.custom().strategy(Strategy.BEST_SKILL_MATCH).build());
      e.submitTask(voice("t1", BILLING, 1));
      assertThat(snap(e, "t1").agent()).contains(agent("b"));
      Decision d = snap(e, "t1").lastDecision().orElseThrow();
      assertThat(d.score()).isEqualTo(9.0);
      assertThat(d.candidates()).extracting(Decision.Candidate::agentId)
          .containsExactly(agent("b"), agent("c"), agent("a"));
      assertThat(d.reasonFor(agent("a"))).contains(PassReason.LOWER_SCORE);
    }

    @Test
    void leastOccupied_choosesAgentWithFewestChats() {
      RoutingEngine e = engine(RoutingConfig.custom().strategy(Strategy.LEAST_OCCUPIED).build());
      e.addAgent(chatAgent("a", 3, BILLING, 5), Presence.AVAILABLE);
      e.submitTask(Task.builder(task("c1"), Channel.CHAT).build());
      e.addAgent(chatAgent("b", 3, BILLING, 5), Presence.AVAILABLE);
      e.submitTask(Task.builder(task("c2"), Channel.CHAT).build());
      assertThat(snap(e, "c2").agent()).contains(agent("b"));
    }

    @Test
    void roundRobin_takesAgentsInTurn() {
      RoutingEngine e = engine(RoutingConfig.custom().strategy(Strategy.ROUND_ROBIN).build());
      for (String id : List.of("a", "b", "c")) {
        e.addAgent(chatAgent(id, 5, BILLING, 5), Presence.AVAILABLE);
      }
      for (int i = 1; i <= 4; i++) {
        e.submitTask(Task.builder(task("c" + i), Channel.CHAT).build());
      }
      assertThat(List.of("c1", "c2", "c3", "c4")).extracting(id -> snap(e, id).agent().orElseThrow().value())
          .containsExactly("a", "b", "c", "a");
    }

    @Test
    void preferredSkills_winOverStrategy() {
      RoutingEngine e = threeAgents(RoutingConfig.ofDefaults());
      e.updateAgent(voiceAgent("c", BILLING, 6).withSkill(SPANISH, 8));
      e.submitTask(Task.builder(task("t1"), Channel.VOICE).prefer(SPANISH, 10).build());
      assertThat(snap(e, "t1").agent()).contains(agent("c"));
    }

    @Test
    void hostScorer_replacesStrategy_andAThrowingScorerCountsLowest() {
      AgentScorer scorer = (task, view) -> {
        if (view.id().equals(agent("b"))) {
          throw new IllegalStateException("boom");
        }
        return view.id().equals(agent("c")) ? 10 : 1;
      };
      RoutingEngine e = threeAgents(RoutingConfig.custom().scorer(scorer).build());
      e.submitTask(voice("t1", BILLING, 1));
      assertThat(snap(e, "t1").agent()).contains(agent("c"));
    }
  }

  @Nested
  class EventsAndMetrics {
    @Test
    void throwingListener_isCountedAndOthersStillRun() {
      Recorder after = new Recorder();
      RoutingEngine e = RoutingEngine.builder().clock(clock)
          .listener(new dev.cim.routing.event.RoutingListener() {
            @Override
            public void onOffered(TaskOffered event) {
              throw new IllegalStateException("listener bug");
            }
          })
          .listener(after).build();
      e.addAgent(voiceAgent("ann", BILLING, 7), Presence.AVAILABLE);
      e.submitTask(voice("t1", BILLING, 5));
      assertThat(e.listenerFailures()).isEqualTo(1);
      assertThat(after.of(TaskOffered.class)).hasSize(1);
      assertThat(snap(e, "t1").status()).isEqualTo(TaskStatus.OFFERED);
    }

    @Test
    void listener_mayCallEngine_acceptFromOnOffered() {
      RoutingEngine[] holder = new RoutingEngine[1];
      holder[0] = RoutingEngine.builder().clock(clock).listener(new dev.cim.routing.event.RoutingListener() {
        @Override
        public void onOffered(TaskOffered event) {
          holder[0].accept(event.taskId(), event.agentId());
        }
      }).build();
      holder[0].addAgent(voiceAgent("ann", BILLING, 7), Presence.AVAILABLE);
      holder[0].submitTask(voice("t1", BILLING, 5));
      assertThat(holder[0].task(task("t1")).orElseThrow().status()).isEqualTo(TaskStatus.ASSIGNED);
      assertThat(holder[0].listenerFailures()).isZero();
    }

    @Test
    void eventExecutor_receivesEventsInsteadOfCallingThread() {
      List<Runnable> handed = new java.util.ArrayList<>();
      RoutingEngine e = RoutingEngine.builder().clock(clock).listener(rec).eventExecutor(handed::add).build();
      e.addAgent(voiceAgent("ann", BILLING, 7), Presence.AVAILABLE);
      e.submitTask(voice("t1", BILLING, 5));
      assertThat(rec.events).isEmpty();
      handed.forEach(Runnable::run);
      assertThat(rec.of(TaskOffered.class)).hasSize(1);
    }

    @Test
    void queueSnapshot_countsWaitingOldestAvailableAndServiceLevel() {
      RoutingEngine e = engine(RoutingConfig.custom().autoAccept(true).build());
      e.addAgent(voiceAgent("ann", BILLING, 5), Presence.AVAILABLE);
      e.addAgent(voiceAgent("idle", TECH, 5), Presence.AVAILABLE);
      e.submitTask(voice("t1", BILLING, 1));
      e.submitTask(voice("t2", BILLING, 1));
      clock.advanceSeconds(25);
      e.submitTask(voice("t3", BILLING, 1));
      QueueSnapshot q = e.queue("default");
      assertThat(q.waiting()).isEqualTo(2);
      assertThat(q.oldestWait()).isEqualTo(Duration.ofSeconds(25));
      assertThat(q.agentsAvailable()).isEqualTo(1);
      assertThat(q.answered()).isEqualTo(1);
      e.complete(task("t1"));
      q = e.queue("default");
      assertThat(q.answered()).isEqualTo(2);
      assertThat(q.answeredInThreshold()).isEqualTo(1);
      assertThat(q.serviceLevel().getAsDouble()).isEqualTo(0.5);
      assertThat(e.queues()).extracting(QueueSnapshot::queue).containsExactly("default");
      assertThat(e.queue("unused").waiting()).isZero();
    }
  }
}
