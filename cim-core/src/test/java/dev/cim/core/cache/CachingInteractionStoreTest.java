package dev.cim.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.memory.InMemoryAgentStore;
import dev.cim.core.memory.InMemoryInteractionStore;
import dev.cim.core.model.Agent;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.Message;
import dev.cim.core.model.MessageId;
import dev.cim.core.spi.AgentStore;
import dev.cim.core.spi.InteractionStore;
import dev.cim.core.spi.Page;
import dev.cim.core.spi.PageRequest;
import dev.cim.core.spi.StoreException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CachingInteractionStoreTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final CustomerId ANA = CustomerId.of("ana");
  private static final CustomerId BEN = CustomerId.of("ben");
  private static final InteractionId CHAT = InteractionId.of("chat-1");

  private final Spy spy = new Spy();
  private final Spy.FakeTicker ticker = new Spy.FakeTicker();
  private final InMemoryInteractionStore backing = new InMemoryInteractionStore();
  private final CachingInteractionStore store = CachingInteractionStore.wrap(
      spy.wrap(InteractionStore.class, backing),
      CacheConfig.custom().expireAfterWrite(Duration.ofSeconds(10)).ticker(ticker).executor(Runnable::run).build());

  private Interaction open(InteractionId id, CustomerId customer) {
    return store.create(Interaction.open(id, customer, Channel.CHAT, CaseId.of("case-" + id), T0));
  }

  private Message message(String id, InteractionId interaction, int second) {
    return Message.of(MessageId.of(id), interaction, AuthorRole.CUSTOMER, "hello " + id, T0.plusSeconds(second));
  }

  @Test
  void findById_twice_readsTheStoreOnce() {
    Interaction chat = open(CHAT, ANA);
    assertThat(store.findById(CHAT)).contains(chat);
    assertThat(store.findById(CHAT)).contains(chat);
    assertThat(spy.calls("findById")).isEqualTo(1);
    assertThat(store.stats().get("interactionsById").hitCount()).isEqualTo(1);
  }

  @Test
  void update_nextReadSeesTheNewState() {
    Interaction chat = open(CHAT, ANA);
    store.findById(CHAT);
    Interaction queued = store.update(chat.transitionTo(InteractionState.QUEUED, T0.plusSeconds(1)));
    assertThat(store.findById(CHAT)).contains(queued);
  }

  @Test
  void timeline_firstPageTwice_readsTheStoreOnce_laterPagesPassThrough() {
    open(CHAT, ANA);
    store.appendMessage(message("m1", CHAT, 1));
    store.appendMessage(message("m2", CHAT, 2));
    Page<Message> first = store.timeline(ANA, PageRequest.first(1));
    assertThat(store.timeline(ANA, PageRequest.first(1))).isEqualTo(first);
    assertThat(spy.calls("timeline")).isEqualTo(1);
    store.timeline(ANA, PageRequest.after(1, first.nextCursor().orElseThrow()));
    store.timeline(ANA, PageRequest.after(1, first.nextCursor().orElseThrow()));
    assertThat(spy.calls("timeline")).isEqualTo(3);
    assertThat(store.stats().get("timelineFirstPages").hitCount()).isEqualTo(1);
  }

  @Test
  void appendMessage_nextTimelineHasIt() {
    open(CHAT, ANA);
    store.appendMessage(message("m1", CHAT, 1));
    assertThat(store.timeline(ANA, PageRequest.first(10)).items()).extracting(Message::id)
        .containsExactly(MessageId.of("m1"));
    store.appendMessage(message("m2", CHAT, 2));
    assertThat(store.timeline(ANA, PageRequest.first(10)).items()).extracting(Message::id)
        .containsExactly(MessageId.of("m2"), MessageId.of("m1"));
  }

  @Test
  void appendMessage_thatFailsAfterReachingTheStore_leavesNoStaleTimeline() {
    open(CHAT, ANA);
    assertThat(store.timeline(ANA, PageRequest.first(10)).items()).isEmpty();
    spy.failAfter = "appendMessage";
    assertThatThrownBy(() -> store.appendMessage(message("m1", CHAT, 1))).isInstanceOf(StoreException.class);
    assertThat(store.timeline(ANA, PageRequest.first(10)).items()).hasSize(1);
  }

  @Test
  void update_movingTheInteractionToAnotherCustomer_refreshesBothTimelines() {
    Interaction chat = open(CHAT, ANA);
    store.appendMessage(message("m1", CHAT, 1));
    assertThat(store.timeline(ANA, PageRequest.first(10)).items()).hasSize(1);
    assertThat(store.timeline(BEN, PageRequest.first(10)).items()).isEmpty();
    store.update(chat.withCustomerId(BEN));
    assertThat(store.timeline(ANA, PageRequest.first(10)).items()).isEmpty();
    assertThat(store.timeline(BEN, PageRequest.first(10)).items()).hasSize(1);
  }

  @Test
  void eraseCustomer_evictsItsInteractionsAndTimeline_andLeavesOthers() {
    open(CHAT, ANA);
    Interaction bens = open(InteractionId.of("call-1"), BEN);
    store.appendMessage(message("m1", CHAT, 1));
    store.findById(CHAT);
    store.timeline(ANA, PageRequest.first(5));
    store.eraseCustomer(ANA);
    assertThat(store.findById(CHAT)).isEmpty();
    assertThat(store.timeline(ANA, PageRequest.first(5)).items()).isEmpty();
    assertThat(store.findById(bens.id())).contains(bens);
  }

  @Test
  void otherWriter_isSeenOnlyAfterExpireAfterWrite() {
    open(CHAT, ANA);
    assertThat(store.timeline(ANA, PageRequest.first(10)).items()).isEmpty();
    backing.appendMessage(message("m1", CHAT, 1));
    assertThat(store.timeline(ANA, PageRequest.first(10)).items()).as("stale within the bound").isEmpty();
    ticker.advance(Duration.ofSeconds(11));
    assertThat(store.timeline(ANA, PageRequest.first(10)).items()).as("fresh after the bound").hasSize(1);
  }

  @Test
  void nullArguments_throwBeforeAnyEffect() {
    assertThatThrownBy(() -> store.findById(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> store.timeline(ANA, null)).isInstanceOf(NullPointerException.class).hasMessage("page");
    assertThatThrownBy(() -> store.timeline(null, PageRequest.first(1))).isInstanceOf(NullPointerException.class)
        .hasMessage("customerId");
    assertThatThrownBy(() -> store.appendMessage(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("message");
    assertThatThrownBy(() -> store.update(null)).isInstanceOf(NullPointerException.class).hasMessage("interaction");
    assertThatThrownBy(() -> store.eraseCustomer(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("customerId");
    assertThat(spy.calls).isEmpty();
  }

  @Test
  void agents_findByIdIsCachedAndWritesInvalidate() {
    Spy agentSpy = new Spy();
    CachingAgentStore agents = CachingAgentStore.wrap(agentSpy.wrap(AgentStore.class, new InMemoryAgentStore()),
        CacheConfig.custom().executor(Runnable::run).build());
    AgentId id = AgentId.of("a1");
    Agent created = agents.create(Agent.of(id, "Ana"));
    assertThat(agents.findById(id)).contains(created);
    assertThat(agents.findById(id)).contains(created);
    assertThat(agentSpy.calls("findById")).isEqualTo(1);
    Agent renamed = agents.update(created.withTeam("tier-2"));
    assertThat(agents.findById(id)).contains(renamed);
    assertThat(agents.delete(id)).isTrue();
    assertThat(agents.findById(id)).isEmpty();
    assertThat(agents.stats().hitCount()).isEqualTo(1);
  }
}
