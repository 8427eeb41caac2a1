package dev.cim.routing;

import static dev.cim.routing.Fixtures.BILLING;
import static dev.cim.routing.Fixtures.agent;
import static dev.cim.routing.Fixtures.voiceAgent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.Router;
import dev.cim.core.Router.RoutingRequest;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.routing.event.TaskOffered;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouterPortTest {
  final MutableClock clock = MutableClock.start();
  final Recorder rec = new Recorder();
  final CustomerId customerId = CustomerId.of("c-1");
  final Customer customer = Customer.create(customerId, Instant.parse("2025-01-01T00:00:00Z"));

  Interaction queued(String id, String topic, int priority, String queue, Instant queuedAt) {
    Interaction i = Interaction.open(InteractionId.of(id), customerId, Channel.VOICE, CaseId.of("case-" + id),
        queuedAt.minusSeconds(5));
    if (topic != null) {
      i = i.withTopic(topic);
    }
    if (queue != null) {
      i = i.withQueue(queue);
    }
    return i.withPriority(priority).transitionTo(InteractionState.QUEUED, queuedAt);
  }

  @Test
  void submit_defaultMapper_usesTopicSkillsPriorityQueueAndQueuedTime() {
    RoutingConfig config = RoutingConfig.custom().topicSkills("billing", Map.of(BILLING, 6)).build();
    RoutingEngine e = RoutingEngine.builder().clock(clock).config(config).listener(rec).build();
    Router router = e;
    Instant queuedAt = clock.instant().minusSeconds(40);
    router.submit(new RoutingRequest(queued("i1", "billing", 3, "sales", queuedAt), customer, Optional.empty()));

    TaskSnapshot t = e.task(InteractionId.of("i1")).orElseThrow();
    assertThat(t.task().required()).isEqualTo(Map.of(BILLING, 6));
    assertThat(t.task().priority()).isEqualTo(3);
    assertThat(t.queue()).isEqualTo("sales");
    assertThat(t.enqueuedAt()).isEqualTo(queuedAt);

    e.addAgent(voiceAgent("low", BILLING, 5), Presence.AVAILABLE);
    assertThat(rec.of(TaskOffered.class)).isEmpty();
    e.addAgent(voiceAgent("high", BILLING, 6), Presence.AVAILABLE);
    assertThat(rec.of(TaskOffered.class)).extracting(TaskOffered::agentId).containsExactly(agent("high"));
  }

  @Test
  void submit_lastAgent_isPreferredForDefaultWait() {
    RoutingEngine e = RoutingEngine.builder().clock(clock).listener(rec).build();
    e.addAgent(voiceAgent("other", BILLING, 5), Presence.AVAILABLE);
    e.addAgent(voiceAgent("last", BILLING, 5), Presence.AWAY);
    e.submit(new RoutingRequest(queued("i1", null, 0, null, clock.instant()), customer,
        Optional.of(agent("last"))));
    TaskSnapshot t = e.task(InteractionId.of("i1")).orElseThrow();
    assertThat(t.queue()).isEqualTo(Task.DEFAULT_QUEUE);
    assertThat(t.status()).isEqualTo(TaskStatus.WAITING);
    clock.advance(TaskMapper.DEFAULT_LAST_AGENT_WAIT);
    e.tick();
    assertThat(e.task(InteractionId.of("i1")).orElseThrow().agent()).contains(agent("other"));
  }

  @Test
  void submit_customMapper_andMismatchedIdRejected() {
    RoutingEngine e = RoutingEngine.builder().clock(clock).taskMapper(r -> Task.builder(
        r.interaction().id(), r.interaction().channel()).queue("vip").priority(9).build()).build();
    e.submit(new RoutingRequest(queued("i1", null, 0, null, clock.instant()), customer, Optional.empty()));
    assertThat(e.task(InteractionId.of("i1")).orElseThrow().queue()).isEqualTo("vip");

    RoutingEngine bad = RoutingEngine.builder().clock(clock)
        .taskMapper(r -> Task.builder(InteractionId.of("other"), Channel.VOICE).build()).build();
    assertThatThrownBy(() -> bad.submit(new RoutingRequest(queued("i2", null, 0, null, clock.instant()), customer,
        Optional.empty()))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'i2'")
        .hasMessageContaining("'other'");
    assertThat(bad.taskIds()).isEmpty();
  }

  @Test
  void submit_sameInteractionTwice_duplicate() {
    RoutingEngine e = RoutingEngine.builder().clock(clock).build();
    RoutingRequest r = new RoutingRequest(queued("i1", null, 0, null, clock.instant()), customer, Optional.empty());
    e.submit(r);
    assertThatThrownBy(() -> e.submit(r)).isInstanceOf(DuplicateTaskException.class).hasMessageContaining("'i1'");
  }

  @Test
  void recovery_rebuiltEngine_keepsEnqueueTimesAndOrder() {
    RoutingEngine e = RoutingEngine.builder().clock(clock)
        .config(RoutingConfig.custom().autoAccept(true).build()).build();
    e.submit(new RoutingRequest(queued("newer", null, 0, null, clock.instant().minusSeconds(10)), customer,
        Optional.empty()));
    e.submit(new RoutingRequest(queued("older", null, 0, null, clock.instant().minusSeconds(90)), customer,
        Optional.empty()));
    e.addAgent(voiceAgent("ann", BILLING, 5), Presence.AVAILABLE);
    assertThat(e.task(InteractionId.of("older")).orElseThrow().agent()).contains(agent("ann"));
    assertThat(e.queue("default").oldestWait()).isEqualTo(Duration.ofSeconds(10));
  }
}
