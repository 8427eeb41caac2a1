package dev.cim.routing;

import static dev.cim.routing.Fixtures.BILLING;
import static dev.cim.routing.Fixtures.SPANISH;
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
import dev.cim.core.model.Skill;
import dev.cim.routing.event.RoutingListener;
import dev.cim.routing.event.TaskAssigned;
import dev.cim.routing.event.TaskCompleted;
import dev.cim.routing.event.TaskOffered;
import dev.cim.routing.event.TaskOverflowed;
import dev.cim.routing.event.TaskRequeued;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The behaviours an embedder's review found wrong (preferred agent, transfers, overflow, figures, recovery, input). */
class EmbedderReviewTest extends EngineHarness {
  static Task preferring(String id, String preferred, int seconds) {
    return Task.builder(task(id), Channel.VOICE).require(BILLING, 1)
        .preferredAgent(agent(preferred), Duration.ofSeconds(seconds)).build();
  }

  @Nested
  class PreferredAgent {
    /** An engine where task t1 waits for its preferred agent 'last', who is away, while 'bob' is available. */
    RoutingEngine waitingForLastAway() {
      RoutingEngine e = engine();
      e.addAgent(voiceAgent("last", BILLING, 5), Presence.AWAY);
      e.addAgent(voiceAgent("bob", BILLING, 5), Presence.AVAILABLE);
      e.submitTask(preferring("t1", "last", 30));
      assertThat(snap(e, "t1").status()).isEqualTo(TaskStatus.WAITING);
      return e;
    }

    @Test
    void preferredAgent_unknown_routedAtOnceAndDecisionSaysWhy() {
      RoutingEngine e = engine();
      e.addAgent(voiceAgent("bob", BILLING, 5), Presence.AVAILABLE);
      e.submitTask(preferring("g", "ghost", 30));

      assertThat(snap(e, "g").status()).isEqualTo(TaskStatus.OFFERED);
      assertThat(snap(e, "g").agent()).contains(agent("bob"));
      Decision d = snap(e, "g").lastDecision().orElseThrow();
      assertThat(d.reasonFor(agent("ghost"))).contains(PassReason.UNKNOWN_AGENT);
      assertThat(d.summary()).contains("'ghost': UNKNOWN_AGENT");
    }

    @Test
    void preferredAgent_whoCanNeverTakeIt_routedAtOnceWithTheReason() {
      Map<PassReason, AgentProfile> cannot = Map.of(
          PassReason.OFFLINE, voiceAgent("last", BILLING, 5),
          PassReason.MISSING_SKILL, voiceAgent("last", TECH, 5),
          PassReason.NOT_IN_QUEUE, voiceAgent("last", BILLING, 5).withQueue("escalations"),
          PassReason.NO_CHANNEL, chatAgent("last", 3, BILLING, 5));
      int n = 0;
      for (Map.Entry<PassReason, AgentProfile> c : cannot.entrySet()) {
        RoutingEngine e = engine();
        e.addAgent(c.getValue(), c.getKey() == PassReason.OFFLINE ? Presence.OFFLINE : Presence.AVAILABLE);
        e.addAgent(voiceAgent("bob", BILLING, 5), Presence.AVAILABLE);
        String id = "t" + n++;
        e.submitTask(preferring(id, "last", 30));

        assertThat(snap(e, id).agent()).as("%s", c.getKey()).contains(agent("bob"));
        assertThat(snap(e, id).lastDecision().orElseThrow().reasonFor(agent("last"))).as("%s", c.getKey())
            .contains(c.getKey());
      }
    }

    @Test
    void preferredAgent_levelBelowEveryRelaxation_routedAtOnce_levelReachable_stillReserved() {
      RoutingEngine e = engine(RoutingConfig.custom()
          .queue(QueueConfig.builder("default").relaxAfter(Duration.ofSeconds(20), 4).build()).build());
      e.addAgent(voiceAgent("three", BILLING, 3), Presence.AVAILABLE);
      e.addAgent(voiceAgent("four", BILLING, 4), Presence.AWAY);
      e.addAgent(voiceAgent("bob", BILLING, 9), Presence.AVAILABLE);
      e.submitTask(Task.builder(task("t1"), Channel.VOICE).require(BILLING, 8)
          .preferredAgent(agent("three"), Duration.ofSeconds(60)).build());
      assertThat(snap(e, "t1").agent()).contains(agent("bob"));
      assertThat(snap(e, "t1").lastDecision().orElseThrow().reasonFor(agent("three")))
          .contains(PassReason.LEVEL_TOO_LOW);

      e.submitTask(Task.builder(task("t2"), Channel.VOICE).require(BILLING, 8)
          .preferredAgent(agent("four"), Duration.ofSeconds(60)).build());
      assertThat(snap(e, "t2").status()).as("level 4 is reached after 20 s").isEqualTo(TaskStatus.WAITING);
      assertThat(e.explain(task("t2")).reasonFor(agent("bob")))
          .contains(PassReason.RESERVED_FOR_PREFERRED_AGENT);
    }

    @Test
    void preferredAgent_busyButAble_stillReserved() {
      RoutingEngine e = engine(RoutingConfig.custom().autoAccept(true).build());
      e.addAgent(voiceAgent("last", BILLING, 5), Presence.AVAILABLE);
      e.submitTask(voice("busy", BILLING, 1));
      e.addAgent(voiceAgent("bob", BILLING, 5), Presence.AVAILABLE);
      e.submitTask(preferring("t1", "last", 30));
      assertThat(snap(e, "t1").status()).isEqualTo(TaskStatus.WAITING);
      e.complete(task("busy"));
      assertThat(snap(e, "t1").agent()).contains(agent("last"));
    }

    @Test
    void preferredAgent_goingOfflineWhileTaskWaits_endsReservationAtOnce() {
      RoutingEngine e = waitingForLastAway();
      assertThat(snap(e, "t1").status()).isEqualTo(TaskStatus.WAITING);

      e.setPresence(agent("last"), Presence.OFFLINE);
      assertThat(snap(e, "t1").agent()).contains(agent("bob"));
      assertThat(snap(e, "t1").lastDecision().orElseThrow().reasonFor(agent("last"))).contains(PassReason.OFFLINE);

      e.setPresence(agent("last"), Presence.AVAILABLE);
      e.reject(task("t1"), agent("bob"));
      assertThat(snap(e, "t1").agent()).as("the ended reservation does not come back").contains(agent("last"));
    }

    @Test
    void preferredAgent_removedWhileTaskWaits_endsReservationAtOnce() {
      RoutingEngine e = waitingForLastAway();
      e.removeAgent(agent("last"));
      assertThat(snap(e, "t1").agent()).contains(agent("bob"));
      assertThat(snap(e, "t1").lastDecision().orElseThrow().reasonFor(agent("last")))
          .contains(PassReason.UNKNOWN_AGENT);
    }

    @Test
    void preferredAgent_updatedToLoseTheSkill_endsReservationAtOnce() {
      RoutingEngine e = waitingForLastAway();
      e.updateAgent(voiceAgent("last", TECH, 5));
      assertThat(snap(e, "t1").agent()).contains(agent("bob"));
    }

    @Test
    void preferredAgent_rejecting_endsReservation() {
      RoutingEngine e = engine();
      e.addAgent(voiceAgent("last", BILLING, 5), Presence.AVAILABLE);
      e.addAgent(voiceAgent("bob", BILLING, 5), Presence.AVAILABLE);
      e.submitTask(preferring("t1", "last", 30));
      assertThat(snap(e, "t1").agent()).contains(agent("last"));
      e.reject(task("t1"), agent("last"));
      assertThat(snap(e, "t1").agent()).contains(agent("bob"));
    }

    @Test
    void preferredAgent_offlineInBatchMode_offeredToAnotherAtTheNextTick() {
      RoutingEngine e = engine(RoutingConfig.custom().batchMode(true).build());
      e.addAgent(voiceAgent("last", BILLING, 5), Presence.OFFLINE);
      e.addAgent(voiceAgent("bob", BILLING, 5), Presence.AVAILABLE);
      e.submitTask(preferring("t1", "last", 30));
      e.tick();
      assertThat(snap(e, "t1").agent()).contains(agent("bob"));
    }

    @Test
    void preferredAgent_defaultMapperLastAgentGone_routedAtOnce() {
      RoutingEngine e = engine();
      e.addAgent(voiceAgent("bob", BILLING, 5), Presence.AVAILABLE);
      e.submitTask(Task.builder(task("t1"), Channel.VOICE)
          .preferredAgent(agent("left-the-company"), TaskMapper.DEFAULT_LAST_AGENT_WAIT).build());
      assertThat(snap(e, "t1").agent()).contains(agent("bob"));
    }
  }

  @Nested
  class Transfer {
    @Test
    void transferToQueue_fromAssignedAgent_wrapsUpAndIsNotOfferedBack() {
      RoutingEngine e = engine(RoutingConfig.custom().autoAccept(true).build());
      e.addAgent(voiceAgent("ann", BILLING, 7).withQueue("sales").withQueue("support")
          .withWrapUp(Duration.ofSeconds(10)), Presence.AVAILABLE);
      e.submitTask(Task.builder(task("t"), Channel.VOICE).queue("sales").build());
      assertThat(snap(e, "t").agent()).contains(agent("ann"));
      rec.events.clear();

      e.transferToQueue(task("t"), "support");
      assertThat(rec.of(TaskRequeued.class)).singleElement()
          .satisfies(r -> assertThat(r.previousAgent()).contains(agent("ann")));
      assertThat(rec.of(TaskOffered.class)).isEmpty();
      assertThat(e.agent(agent("ann")).orElseThrow().wrapUpUntil()).contains(clock.instant().plusSeconds(10));
      assertThat(snap(e, "t").excludedAgents()).containsExactly(agent("ann"));

      clock.advanceSeconds(10);
      e.tick();
      assertThat(snap(e, "t").status()).isEqualTo(TaskStatus.WAITING);
      assertThat(e.explain(task("t")).reasonFor(agent("ann"))).contains(PassReason.REJECTED_BEFORE);
      e.addAgent(voiceAgent("bob", BILLING, 7).withQueue("support"), Presence.AVAILABLE);
      assertThat(snap(e, "t").agent()).contains(agent("bob"));
    }

    @Test
    void transferToQueue_fromAssignedAgentWithoutWrapUp_otherWorkGoesToThem() {
      RoutingEngine e = engine(RoutingConfig.custom().autoAccept(true).build());
      e.addAgent(blendedVoice("ann"), Presence.AVAILABLE);
      e.submitTask(voice("t", BILLING, 1));
      e.addAgent(blendedVoice("bob"), Presence.AVAILABLE);
      e.submitTask(voice("u", BILLING, 1));
      e.submitTask(voice("w", BILLING, 1)); // waits: both busy
      e.transferToQueue(task("t"), "default");
      assertThat(snap(e, "w").agent()).contains(agent("ann"));
      assertThat(snap(e, "t").status()).isEqualTo(TaskStatus.WAITING);
    }

    AgentProfile blendedVoice(String id) {
      return voiceAgent(id, BILLING, 5);
    }

    @Test
    void transferToAgent_targetWhoCanNeverTakeIt_throwsNamingAgentTaskAndReason_stateUnchanged() {
      RoutingEngine e = engine(RoutingConfig.custom().autoAccept(true).build());
      e.addAgent(voiceAgent("spec", BILLING, 9).withQueue("billing"), Presence.AVAILABLE);
      e.submitTask(Task.builder(task("t"), Channel.VOICE).queue("billing").require(BILLING, 5).build());
      e.addAgent(voiceAgent("sup", TECH, 9).withQueue("escalations"), Presence.AVAILABLE);
      e.addAgent(voiceAgent("nobill", TECH, 9), Presence.AVAILABLE);
      e.addAgent(voiceAgent("low", BILLING, 2), Presence.AVAILABLE);
      e.addAgent(chatAgent("chat", 3, BILLING, 9), Presence.AVAILABLE);
      e.addAgent(voiceAgent("off", BILLING, 9));
      rec.events.clear();
      Map<String, PassReason> cases = Map.of("sup", PassReason.NOT_IN_QUEUE, "nobill", PassReason.MISSING_SKILL,
          "low", PassReason.LEVEL_TOO_LOW, "chat", PassReason.NO_CHANNEL, "off", PassReason.OFFLINE);
      for (Map.Entry<String, PassReason> c : cases.entrySet()) {
        assertThatThrownBy(() -> e.transferToAgent(task("t"), agent(c.getKey()), Duration.ofSeconds(60)))
            .isInstanceOf(AgentNotEligibleException.class)
            .hasMessageContaining("'" + c.getKey() + "'").hasMessageContaining("'t'")
            .satisfies(x -> {
              AgentNotEligibleException ex = (AgentNotEligibleException) x;
              assertThat(ex.reason()).isEqualTo(c.getValue());
              assertThat(ex.agentId()).isEqualTo(agent(c.getKey()));
              assertThat(ex.taskId()).isEqualTo(task("t"));
            });
      }
      assertThat(snap(e, "t").status()).isEqualTo(TaskStatus.ASSIGNED);
      assertThat(snap(e, "t").agent()).contains(agent("spec"));
      assertThat(rec.events).isEmpty();
    }

    @Test
    void transferToAgent_targetAway_isAcceptedAndReserved() {
      RoutingEngine e = engine(RoutingConfig.custom().autoAccept(true).build());
      e.addAgent(voiceAgent("spec", BILLING, 9), Presence.AVAILABLE);
      e.submitTask(voice("t", BILLING, 5));
      e.addAgent(voiceAgent("sup", BILLING, 9), Presence.AWAY);
      e.addAgent(voiceAgent("bob", BILLING, 9), Presence.AVAILABLE);
      e.transferToAgent(task("t"), agent("sup"), Duration.ofSeconds(60));
      assertThat(snap(e, "t").status()).isEqualTo(TaskStatus.WAITING);
      e.setPresence(agent("sup"), Presence.AVAILABLE);
      assertThat(snap(e, "t").agent()).contains(agent("sup"));
    }
  }

  @Nested
  class OverflowKeepsRelaxation {
    RoutingConfig billingToGeneral(QueueConfig general) {
      return RoutingConfig.custom()
          .queue(QueueConfig.builder("billing").relaxAfter(Duration.ofSeconds(30), 1)
              .overflow(Duration.ofSeconds(60), "general").build())
          .queue(general).build();
    }

    @Test
    void overflow_toQueueWithoutSteps_keepsTheLevelCapReached() {
      RoutingEngine e = engine(billingToGeneral(QueueConfig.builder("general").build()));
      e.addAgent(voiceAgent("novice", BILLING, 2).withQueue("general"), Presence.AVAILABLE);
      e.submitTask(Task.builder(task("t"), Channel.VOICE).queue("billing").require(BILLING, 8).build());
      clock.advanceSeconds(60);
      e.tick();
      assertThat(rec.of(TaskOverflowed.class)).hasSize(1);
      assertThat(snap(e, "t").agent()).contains(agent("novice"));
    }

    @Test
    void overflow_agentFreedLater_findsTheTaskAtTheCapReached() {
      RoutingEngine e = engine(billingToGeneral(QueueConfig.builder("general").build()));
      e.submitTask(Task.builder(task("t"), Channel.VOICE).queue("billing").require(BILLING, 8).build());
      Task wide = Task.builder(task("wide"), Channel.VOICE).queue("billing").require(BILLING, 8)
          .require(TECH, 8).require(SPANISH, 8).require(Skill.of("sales"), 8).build();
      e.submitTask(wide);
      clock.advanceSeconds(60);
      e.tick();
      assertThat(rec.of(TaskOverflowed.class)).hasSize(2);
      e.addAgent(voiceAgent("novice", BILLING, 2).withQueue("general"), Presence.AVAILABLE);
      assertThat(snap(e, "t").agent()).contains(agent("novice"));
      e.addAgent(AgentProfile.of(agent("wide-novice"), CapacityModel.single(Channel.VOICE, 1)).withQueue("general")
          .withSkill(BILLING, 1).withSkill(TECH, 1).withSkill(SPANISH, 1).withSkill(Skill.of("sales"), 1),
          Presence.AVAILABLE);
      assertThat(snap(e, "wide").agent()).contains(agent("wide-novice"));
    }

    @Test
    void overflow_targetStepsLowerFurtherOnly() {
      RoutingConfig config = RoutingConfig.custom()
          .queue(QueueConfig.builder("billing").relaxAfter(Duration.ofSeconds(30), 5)
              .overflow(Duration.ofSeconds(60), "general").build())
          .queue(QueueConfig.builder("general").relaxAfter(Duration.ofSeconds(10), 9)
              .relaxAfter(Duration.ofSeconds(90), 2).build()).build();
      RoutingEngine e = engine(config);
      e.addAgent(voiceAgent("two", BILLING, 2).withQueue("general"), Presence.AVAILABLE);
      e.addAgent(voiceAgent("five", BILLING, 5).withQueue("general"), Presence.AWAY);
      e.submitTask(Task.builder(task("t"), Channel.VOICE).queue("billing").require(BILLING, 8).build());
      clock.advanceSeconds(60);
      e.tick();
      assertThat(snap(e, "t").queue()).isEqualTo("general");
      assertThat(e.explain(task("t")).reasonFor(agent("two"))).contains(PassReason.LEVEL_TOO_LOW);
      assertThat(e.explain(task("t")).reasonFor(agent("five"))).as("cap 5 kept, not 9").contains(PassReason.AWAY);
      clock.advanceSeconds(30);
      e.tick();
      assertThat(snap(e, "t").agent()).contains(agent("two"));
    }
  }

  @Nested
  class QueueFigures {
    @Test
    void cancelWhileRinging_afterThreshold_countsAsAbandoned() {
      RoutingEngine e = engine(RoutingConfig.custom().offerTimeout(Duration.ofSeconds(60)).build());
      e.addAgent(voiceAgent("ann", BILLING, 5), Presence.AVAILABLE);
      e.submitTask(voice("t", BILLING, 1));
      clock.advanceSeconds(45);
      e.cancelTask(task("t"));
      QueueSnapshot q = e.queue(Task.DEFAULT_QUEUE);
      assertThat(q.abandonedAfterThreshold()).isEqualTo(1);
      assertThat(q.serviceLevel()).hasValue(0.0);
    }

    @Test
    void cancelWhileRinging_withinThreshold_notCounted() {
      RoutingEngine e = engine();
      e.addAgent(voiceAgent("ann", BILLING, 5), Presence.AVAILABLE);
      e.submitTask(voice("t", BILLING, 1));
      clock.advanceSeconds(5);
      e.cancelTask(task("t"));
      assertThat(e.queue(Task.DEFAULT_QUEUE).abandonedAfterThreshold()).isZero();
    }

    @Test
    void transferredInteraction_answeredOnce() {
      RoutingEngine e = engine();
      e.addAgent(voiceAgent("ann", BILLING, 5), Presence.AVAILABLE);
      e.addAgent(voiceAgent("bob", BILLING, 5), Presence.AWAY);
      e.submitTask(voice("t", BILLING, 1));
      e.accept(task("t"), agent("ann"));
      clock.advanceSeconds(60);
      e.setPresence(agent("bob"), Presence.AVAILABLE);
      e.transferToQueue(task("t"), Task.DEFAULT_QUEUE);
      e.accept(task("t"), agent("bob"));
      QueueSnapshot q = e.queue(Task.DEFAULT_QUEUE);
      assertThat(q.answered()).isEqualTo(1);
      assertThat(q.answeredInThreshold()).isEqualTo(1);
      assertThat(q.serviceLevel()).hasValue(1.0);

      e.transferToQueue(task("t"), Task.DEFAULT_QUEUE);
      clock.advanceSeconds(60);
      e.cancelTask(task("t"));
      assertThat(e.queue(Task.DEFAULT_QUEUE).abandonedAfterThreshold()).as("answered, so not abandoned").isZero();
    }
  }

  @Nested
  class Recovery {
    @Test
    void restore_overflowTimerRunsFromRestoredEnqueueTime() {
      RoutingEngine e = engine(RoutingConfig.custom()
          .queue(QueueConfig.builder("billing").overflow(Duration.ofSeconds(120), "general").build()).build());
      e.restore(RecoverySnapshot.builder()
          .waiting(Task.builder(task("t"), Channel.VOICE).queue("billing")
              .enqueuedAt(clock.instant().minusSeconds(110)).build())
          .build());
      clock.advanceSeconds(9);
      e.tick();
      assertThat(snap(e, "t").queue()).isEqualTo("billing");
      clock.advanceSeconds(1);
      e.tick();
      assertThat(snap(e, "t").queue()).isEqualTo("general");
    }

    @Test
    void restore_preferredWaitRunsFromRestoredEnqueueTime() {
      RoutingEngine e = engine();
      e.restore(RecoverySnapshot.builder()
          .agent(voiceAgent("last", BILLING, 5), Presence.AWAY)
          .agent(voiceAgent("bob", BILLING, 5), Presence.AVAILABLE)
          .waiting(Task.builder(task("t"), Channel.VOICE).preferredAgent(agent("last"), Duration.ofSeconds(30))
              .enqueuedAt(clock.instant().minusSeconds(25)).build())
          .waiting(Task.builder(task("old"), Channel.VOICE).preferredAgent(agent("last"), Duration.ofSeconds(30))
              .enqueuedAt(clock.instant().minusSeconds(40)).build())
          .build());
      assertThat(snap(e, "old").agent()).as("its wait was over before the restart").contains(agent("bob"));
      assertThat(snap(e, "t").status()).isEqualTo(TaskStatus.WAITING);
      e.complete(taskAccepted(e, "old", "bob"));
      assertThat(snap(e, "t").status()).isEqualTo(TaskStatus.WAITING);
      clock.advanceSeconds(5);
      e.tick();
      assertThat(snap(e, "t").agent()).contains(agent("bob"));
    }

    dev.cim.core.model.InteractionId taskAccepted(RoutingEngine e, String id, String agentId) {
      e.accept(task(id), agent(agentId));
      return task(id);
    }
  }

  @Nested
  class BadInput {
    String state(RoutingEngine e) {
      StringBuilder sb = new StringBuilder();
      e.taskIds().stream().sorted().forEach(id -> sb.append(e.task(id).orElseThrow()).append(';'));
      e.agentIds().stream().sorted().forEach(id -> sb.append(e.agent(id).orElseThrow()).append(';'));
      return sb.toString();
    }

    @Test
    void submitTask_enqueuedAtInTheFuture_throwsNamingFieldAndValue() {
      RoutingEngine e = engine();
      e.addAgent(voiceAgent("ann", BILLING, 5), Presence.AVAILABLE);
      Instant future = clock.instant().plusSeconds(1);
      String before = state(e);
      assertThatThrownBy(() -> e.submitTask(voice("t", BILLING, 1).withEnqueuedAt(future)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("enqueuedAt")
          .hasMessageContaining(future.toString()).hasMessageContaining("'t'");
      assertThat(state(e)).isEqualTo(before);
      assertThat(rec.events).isEmpty();
      e.submitTask(voice("t", BILLING, 1).withEnqueuedAt(clock.instant()));
      assertThat(snap(e, "t").agent()).contains(agent("ann"));
    }

    @Test
    void restore_enqueuedAtInTheFuture_throwsAndRestoresNothing() {
      RoutingEngine e = engine();
      Instant future = clock.instant().plusSeconds(60);
      assertThatThrownBy(() -> e.restore(RecoverySnapshot.builder()
          .agent(voiceAgent("ann", BILLING, 5), Presence.AVAILABLE)
          .waiting(voice("w", BILLING, 1).withEnqueuedAt(future)).build()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("enqueuedAt")
          .hasMessageContaining(future.toString());
      assertThatThrownBy(() -> e.restore(RecoverySnapshot.builder()
          .agent(voiceAgent("ann", BILLING, 5), Presence.AVAILABLE)
          .assigned(voice("a", BILLING, 1).withEnqueuedAt(future), agent("ann")).build()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("enqueuedAt");
      assertThat(e.agentIds()).isEmpty();
      assertThat(e.taskIds()).isEmpty();
    }

    @Test
    void changeRequirements_nullSkillOrLevel_throwsNamingTheField() {
      RoutingEngine e = engine();
      e.submitTask(voice("t", BILLING, 5));
      Map<Skill, Integer> nullLevel = new HashMap<>();
      nullLevel.put(TECH, null);
      Map<Skill, Integer> nullSkill = new HashMap<>();
      nullSkill.put(null, 3);
      assertThatThrownBy(() -> e.changeRequirements(task("t"), nullLevel)).isInstanceOf(NullPointerException.class)
          .hasMessageContaining("level").hasMessageContaining("tech");
      assertThatThrownBy(() -> e.changeRequirements(task("t"), nullSkill)).isInstanceOf(NullPointerException.class)
          .hasMessageContaining("skill");
      assertThat(snap(e, "t").task().required()).isEqualTo(Map.of(BILLING, 5));
    }

    @Test
    void updateAgent_newProfileCannotHoldCurrentLoad_throwsNamingAgentChannelAndLoad() {
      RoutingEngine e = engine(RoutingConfig.custom().autoAccept(true).build());
      e.addAgent(voiceAgent("ann", BILLING, 5), Presence.AVAILABLE);
      e.submitTask(voice("v", BILLING, 1));
      String before = state(e);
      rec.events.clear();
      assertThatThrownBy(() -> e.updateAgent(chatAgent("ann", 3, BILLING, 5)))
          .isInstanceOf(AgentBusyException.class).hasMessageContaining("'ann'")
          .hasMessageContaining("holds 1 task(s) on voice");
      assertThat(state(e)).isEqualTo(before);
      e.submitTask(Task.builder(task("c"), Channel.CHAT).require(BILLING, 1).build());
      assertThat(snap(e, "c").status()).isEqualTo(TaskStatus.WAITING);
      assertThat(rec.of(TaskOffered.class)).isEmpty();
    }

    @Test
    void updateAgent_newBudgetTooSmallForCurrentLoad_throws_fittingProfileAccepted() {
      RoutingEngine e = engine(RoutingConfig.custom().autoAccept(true).build());
      e.addAgent(AgentProfile.of(agent("ann"), CapacityModel.independent(Map.of(Channel.VOICE, 1, Channel.CHAT, 2)))
          .withSkill(BILLING, 5), Presence.AVAILABLE);
      e.submitTask(voice("v", BILLING, 1));
      e.submitTask(Task.builder(task("c"), Channel.CHAT).require(BILLING, 1).build());
      String before = state(e);
      assertThatThrownBy(() -> e.updateAgent(AgentProfile.of(agent("ann"),
          CapacityModel.exclusive(Map.of(Channel.VOICE, 1, Channel.CHAT, 3))).withSkill(BILLING, 5)))
          .isInstanceOf(AgentBusyException.class).hasMessageContaining("'ann'").hasMessageContaining("budget");
      assertThat(state(e)).isEqualTo(before);
      e.updateAgent(AgentProfile.of(agent("ann"), CapacityModel.independent(Map.of(Channel.VOICE, 1,
          Channel.CHAT, 1))).withSkill(BILLING, 6));
      assertThat(e.agent(agent("ann")).orElseThrow().profile().skills()).containsEntry(BILLING, 6);
    }
  }

  /** The README's five-minute tour, as written there (with its listener's calls recorded). */
  @Test
  void readmeTour_runsAsWritten() {
    List<String> calls = new ArrayList<>();
    var interactionId = task("call-1");
    AgentId lastAgent = agent("ann");
    RoutingEngine engine = RoutingEngine.builder()
        .clock(clock)
        .config(RoutingConfig.custom()
            .strategy(Strategy.LONGEST_IDLE)
            .offerTimeout(Duration.ofSeconds(20))
            .queue(QueueConfig.builder("billing")
                .relaxAfter(Duration.ofSeconds(30), 5)
                .relaxAfter(Duration.ofSeconds(60), 1)
                .overflow(Duration.ofSeconds(120), "general")
                .build())
            .build())
        .listener(new RoutingListener() {
          @Override public void onOffered(TaskOffered e) {
            calls.add("ring " + e.agentId() + " " + e.taskId());
          }

          @Override public void onAssigned(TaskAssigned e) {
            calls.add("open " + e.agentId() + " " + e.taskId());
          }

          @Override public void onCompleted(TaskCompleted e) {
            calls.add("done " + e.taskId());
          }
        })
        .build();

    Skill billing = Skill.of("billing");
    engine.addAgent(AgentProfile.of(AgentId.of("ann"),
            CapacityModel.exclusive(Map.of(Channel.VOICE, 1, Channel.CHAT, 3)))
        .withSkill(billing, 8).withSkill(Skill.language("es"), 9)
        .withWrapUp(Duration.ofSeconds(15)), Presence.AVAILABLE);

    engine.submitTask(Task.builder(interactionId, Channel.VOICE)
        .queue("billing").priority(3)
        .require(billing, 8)
        .prefer(Skill.language("es"), 10)
        .preferredAgent(lastAgent, Duration.ofSeconds(30))
        .build());

    engine.accept(interactionId, AgentId.of("ann"));
    engine.complete(interactionId);
    assertThat(calls).containsExactly("ring ann call-1", "open ann call-1", "done call-1");
  }
}
