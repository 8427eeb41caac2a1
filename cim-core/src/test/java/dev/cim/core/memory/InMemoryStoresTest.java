package dev.cim.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.model.Agent;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.Message;
import dev.cim.core.model.MessageId;
import dev.cim.core.spi.ContactPointConflictException;
import dev.cim.core.spi.InteractionStore.ErasedCount;
import dev.cim.core.spi.Page;
import dev.cim.core.spi.PageRequest;
import dev.cim.core.spi.VersionConflictException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Behaviour of the in-memory stores that the SPI leaves to the implementation; the SPI rules themselves are checked by
 * the cim-tck kit (cim-tck's own tests run it against these stores).
 */
class InMemoryStoresTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void customerCreate_nonZeroVersion_messageNamesIdAndVersion() {
    InMemoryCustomerStore store = new InMemoryCustomerStore();
    Customer c = Customer.create(CustomerId.of("c-1"), T0, ContactPoint.email("a@example.com")).withVersion(3);
    assertThatThrownBy(() -> store.create(c)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version of new customer 'c-1' must be 0, but was 3");
  }

  @Test
  void customerUpdate_swappingContactPointsBetweenCustomers_needsTwoSteps() {
    InMemoryCustomerStore store = new InMemoryCustomerStore();
    ContactPoint pa = ContactPoint.email("a@example.com");
    ContactPoint pb = ContactPoint.email("b@example.com");
    Customer a = store.create(Customer.create(CustomerId.of("a"), T0, pa));
    Customer b = store.create(Customer.create(CustomerId.of("b"), T0, pb));
    assertThatThrownBy(() -> store.update(a.withContactPoints(Set.of(pa, pb))))
        .isInstanceOf(ContactPointConflictException.class)
        .hasMessageContaining("'b'");
    Customer b2 = store.update(b.withContactPoints(Set.of()));
    Customer a2 = store.update(a.withContactPoints(Set.of(pa, pb)));
    assertThat(store.findByContactPoint(pb)).contains(a2);
    assertThat(b2.contactPoints()).isEmpty();
  }

  @Test
  void interactionUpdate_changingCustomer_movesMessagesToTheNewTimeline() {
    InMemoryInteractionStore store = new InMemoryInteractionStore();
    CustomerId from = CustomerId.of("c-from");
    CustomerId to = CustomerId.of("c-to");
    Interaction i = store.create(Interaction.open(InteractionId.of("i-1"), from, Channel.CHAT, CaseId.of("k-1"), T0));
    Message m = store.appendMessage(Message.of(MessageId.of("m-1"), i.id(), AuthorRole.CUSTOMER, "hi", T0));
    store.update(i.withCustomerId(to));
    assertThat(store.timeline(from, PageRequest.first(10)).items()).isEmpty();
    assertThat(store.findByCustomer(from, PageRequest.first(10)).items()).isEmpty();
    assertThat(store.timeline(to, PageRequest.first(10)).items()).containsExactly(m);
    assertThat(store.eraseCustomer(to)).isEqualTo(new ErasedCount(1, 1));
    assertThat(store.eraseCustomer(from)).isEqualTo(new ErasedCount(0, 0));
  }

  @Test
  void interactionStaleUpdate_reportsTypeIdAndVersions() {
    InMemoryInteractionStore store = new InMemoryInteractionStore();
    Interaction i = store.create(Interaction.open(InteractionId.of("i-1"), CustomerId.of("c"), Channel.VOICE,
        CaseId.of("k"), T0));
    store.update(i.transitionTo(InteractionState.QUEUED, T0.plusSeconds(1)));
    assertThatThrownBy(() -> store.update(i.withPriority(3)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.getEntityType()).isEqualTo("interaction");
          assertThat(e.getEntityId()).isEqualTo("i-1");
          assertThat(e.getExpectedVersion()).isEqualTo(1);
          assertThat(e.getActualVersion()).isEqualTo(2);
        });
  }

  @Test
  void findByCustomer_cursorOfTimeline_messageNamesCursorAndQuery() {
    InMemoryInteractionStore store = new InMemoryInteractionStore();
    CustomerId c = CustomerId.of("c-1");
    for (int k = 0; k < 3; k++) {
      Interaction i = store.create(Interaction.open(InteractionId.of("i-" + k), c, Channel.CHAT, CaseId.of("k"),
          T0.plusSeconds(k)));
      store.appendMessage(Message.of(MessageId.of("m-" + k), i.id(), AuthorRole.AGENT, "x", T0.plusSeconds(k)));
    }
    String timelineCursor = store.timeline(c, PageRequest.first(1)).nextCursor().orElseThrow();
    assertThatThrownBy(() -> store.findByCustomer(c, PageRequest.after(1, timelineCursor)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cursor must be one this store issued for findByCustomer(c-1), but was '" + timelineCursor + "'");
  }

  @Test
  void cursor_survivesRemovalOfTheItemItPointsAt() {
    InMemoryAgentStore store = new InMemoryAgentStore();
    for (String id : new String[] {"a1", "a2", "a3", "a4"}) {
      store.create(Agent.of(AgentId.of(id), "Agent " + id));
    }
    Page<Agent> first = store.findAll(PageRequest.first(2));
    store.delete(AgentId.of("a2"));
    Page<Agent> second = store.findAll(PageRequest.after(2, first.nextCursor().orElseThrow()));
    assertThat(second.items()).extracting(a -> a.id().value()).containsExactly("a3", "a4");
    assertThat(second.hasNext()).isFalse();
  }
}
