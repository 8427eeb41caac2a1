package dev.cim.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.Router.RoutingRequest;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The hub's priority reason (#10, segment strategies) reaches the routing explanation. */
class PriorityReasonTest {
  final MutableClock clock = MutableClock.start();
  final Customer customer = Customer.create(CustomerId.of("c-1"), Instant.parse("2025-01-01T00:00:00Z"));

  Interaction queued(String id, int priority) {
    return Interaction.open(InteractionId.of(id), customer.id(), Channel.CHAT, CaseId.of("k-" + id), clock.instant())
        .withPriority(priority).transitionTo(InteractionState.QUEUED, clock.instant());
  }

  @Test
  void explanation_requestWithReason_endsWithTheReason() {
    RoutingEngine e = RoutingEngine.builder().clock(clock).build();
    InteractionId id = InteractionId.of("i1");

    e.submit(new RoutingRequest(queued("i1", 8), customer, Optional.empty(),
        Optional.of("priority 8 because segment GOLD")));

    assertThat(e.task(id).orElseThrow().task().priorityReason()).contains("priority 8 because segment GOLD");
    assertThat(e.explanation(id)).startsWith(e.explain(id).summary())
        .endsWith("; priority 8 because segment GOLD");
  }

  @Test
  void offer_decisionInTheEventCarriesTheReasonInItsSummary() {
    java.util.List<dev.cim.routing.event.TaskOffered> offers = new java.util.ArrayList<>();
    RoutingEngine e = RoutingEngine.builder().clock(clock).listener(new dev.cim.routing.event.RoutingListener() {
      @Override
      public void onOffered(dev.cim.routing.event.TaskOffered event) {
        offers.add(event);
      }
    }).build();
    e.addAgent(AgentProfile.of(dev.cim.core.model.AgentId.of("ann"), CapacityModel.single(Channel.CHAT, 1)),
        Presence.AVAILABLE);

    e.submit(new RoutingRequest(queued("i4", 8), customer, Optional.empty(),
        Optional.of("priority 8 because segment GOLD")));

    assertThat(offers).singleElement().satisfies(o -> {
      assertThat(o.decision().priorityReason()).contains("priority 8 because segment GOLD");
      assertThat(o.decision().summary()).endsWith("; priority 8 because segment GOLD");
    });
    assertThat(e.explanation(InteractionId.of("i4"))).endsWith("; priority 8 because segment GOLD")
        .containsOnlyOnce("because segment GOLD");
  }

  @Test
  void defaultMapper_theBotsTopicChoosesTheRequiredSkills() {
    dev.cim.core.model.Skill billing = dev.cim.core.model.Skill.of("billing");
    dev.cim.core.model.Skill tech = dev.cim.core.model.Skill.of("tech");
    RoutingConfig config = RoutingConfig.custom().topicSkills("billing", java.util.Map.of(billing, 5))
        .topicSkills("tech", java.util.Map.of(tech, 3)).build();
    Interaction handedOff = queued("i5", 1).withTopic("tech")
        .withAttributes(dev.cim.core.model.Attributes.empty().with(dev.cim.core.bot.BotKeys.TOPIC, "billing"));

    Task fromBot = TaskMapper.defaults(config).map(new RoutingRequest(handedOff, customer, Optional.empty()));
    Task plain = TaskMapper.defaults(config).map(new RoutingRequest(queued("i6", 1).withTopic("tech"), customer,
        Optional.empty()));

    assertThat(fromBot.required()).isEqualTo(java.util.Map.of(billing, 5));
    assertThat(plain.required()).isEqualTo(java.util.Map.of(tech, 3));
  }

  @Test
  void explanation_withoutReason_isTheSummary() {
    RoutingEngine e = RoutingEngine.builder().clock(clock).build();
    InteractionId id = InteractionId.of("i2");

    e.submit(new RoutingRequest(queued("i2", 3), customer, Optional.empty()));

    assertThat(e.explanation(id)).isEqualTo(e.explain(id).summary()).doesNotContain("because segment");
  }

  @Test
  void withPriority_otherPriorityDropsTheReason_samePriorityKeepsIt() {
    Task t = Task.builder(InteractionId.of("i3"), Channel.CHAT).priority(8).priorityReason("because GOLD").build();

    assertThat(t.withPriority(8).priorityReason()).contains("because GOLD");
    assertThat(t.withPriority(2).priorityReason()).isEmpty();
    assertThat(t.withRequired(java.util.Map.of()).priorityReason()).contains("because GOLD");
    assertThatThrownBy(() -> Task.builder(InteractionId.of("i3"), Channel.CHAT).priorityReason(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void explanation_unknownTask_throws() {
    RoutingEngine e = RoutingEngine.builder().clock(clock).build();
    assertThatThrownBy(() -> e.explanation(InteractionId.of("nope"))).isInstanceOf(UnknownTaskException.class);
  }
}
