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
