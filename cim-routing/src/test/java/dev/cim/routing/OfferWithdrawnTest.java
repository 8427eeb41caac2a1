package dev.cim.routing;

import static dev.cim.routing.Fixtures.BILLING;
import static dev.cim.routing.Fixtures.agent;
import static dev.cim.routing.Fixtures.task;
import static dev.cim.routing.Fixtures.voice;
import static dev.cim.routing.Fixtures.voiceAgent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.routing.event.OfferWithdrawn;
import dev.cim.routing.event.RoutingEvent;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A cancel or transfer ends every open offer of a task with {@link OfferWithdrawn}, a single agent's offer too. */
class OfferWithdrawnTest extends EngineHarness {
  /** Ann and bob available; t1 offered to ann alone; the recorder cleared. */
  RoutingEngine offeredToAnn() {
    RoutingEngine e = engine();
    e.addAgent(voiceAgent("ann", BILLING, 5), Presence.AVAILABLE);
    clock.advanceSeconds(1);
    e.addAgent(voiceAgent("bob", BILLING, 5), Presence.AVAILABLE);
    e.submitTask(voice("t1", BILLING, 3));
    assertThat(snap(e, "t1").offeredTo()).containsExactly(agent("ann"));
    rec.events.clear();
    return e;
  }

  List<String> names() {
    return rec.events.stream().map(RoutingEvent::getClass).map(Class::getSimpleName).toList();
  }

  @Test
  void cancel_singleOffer_withdrawsItBeforeTaskCancelled() {
    RoutingEngine e = offeredToAnn();
    e.cancelTask(task("t1"));

    assertThat(names()).containsExactly("OfferWithdrawn", "TaskCancelled");
    assertThat(rec.of(OfferWithdrawn.class)).singleElement().satisfies(w -> {
      assertThat(w.taskId()).isEqualTo(task("t1"));
      assertThat(w.agentId()).isEqualTo(agent("ann"));
      assertThat(w.reason()).isEqualTo(OfferWithdrawn.Reason.CANCELLED);
      assertThat(w.acceptedBy()).isEmpty();
      assertThat(w.occurredAt()).isEqualTo(clock.instant());
    });
  }

  @Test
  void transferToQueue_singleOffer_withdrawsItBeforeTaskRequeued() {
    RoutingEngine e = offeredToAnn();
    e.transferToQueue(task("t1"), "general");

    assertThat(names()).startsWith("OfferWithdrawn", "TaskRequeued");
    assertThat(rec.of(OfferWithdrawn.class)).singleElement().satisfies(w -> {
      assertThat(w.agentId()).isEqualTo(agent("ann"));
      assertThat(w.reason()).isEqualTo(OfferWithdrawn.Reason.TRANSFERRED);
    });
  }

  @Test
  void transferToAgent_singleOffer_withdrawsItThenOffersTheTarget() {
    RoutingEngine e = offeredToAnn();
    e.transferToAgent(task("t1"), agent("bob"), Duration.ofSeconds(30));

    assertThat(names()).containsExactly("OfferWithdrawn", "TaskRequeued", "TaskOffered");
    assertThat(rec.of(OfferWithdrawn.class)).extracting(OfferWithdrawn::agentId).containsExactly(agent("ann"));
    assertThat(snap(e, "t1").agent()).contains(agent("bob"));
  }

  @Test
  void cancelOrTransfer_ofAnAssignedTask_withdrawsNothing() {
    RoutingEngine e = offeredToAnn();
    e.accept(task("t1"), agent("ann"));
    e.transferToQueue(task("t1"), "general");
    e.accept(task("t1"), agent("bob"));
    e.cancelTask(task("t1"));

    assertThat(rec.of(OfferWithdrawn.class)).isEmpty();
    assertThat(names()).endsWith("TaskCancelled");
  }

  @Test
  void cancel_waitingTask_withdrawsNothing() {
    RoutingEngine e = engine();
    e.submitTask(voice("t1", BILLING, 3));
    e.cancelTask(task("t1"));

    assertThat(names()).containsExactly("TaskCancelled");
    assertThat(rec.of(dev.cim.routing.event.TaskCancelled.class)).singleElement()
        .extracting(dev.cim.routing.event.TaskCancelled::agentId).isEqualTo(Optional.empty());
  }

  @Test
  void offline_singleOffer_withdrawsItBeforeTaskRequeued() {
    RoutingEngine e = offeredToAnn();
    e.setPresence(agent("ann"), Presence.OFFLINE);

    assertThat(names()).containsExactly("OfferWithdrawn", "TaskRequeued", "TaskOffered");
    assertThat(rec.of(OfferWithdrawn.class)).singleElement().satisfies(w -> {
      assertThat(w.agentId()).isEqualTo(agent("ann"));
      assertThat(w.reason()).isEqualTo(OfferWithdrawn.Reason.AGENT_OFFLINE);
    });
    assertThat(snap(e, "t1").agent()).contains(agent("bob"));
  }

  @Test
  void removeAgent_singleOffer_withdrawsItBeforeTaskRequeued() {
    RoutingEngine e = offeredToAnn();
    e.removeAgent(agent("ann"));

    assertThat(names()).startsWith("OfferWithdrawn", "TaskRequeued");
    assertThat(rec.of(OfferWithdrawn.class)).singleElement().extracting(OfferWithdrawn::reason)
        .isEqualTo(OfferWithdrawn.Reason.AGENT_REMOVED);
  }
}
