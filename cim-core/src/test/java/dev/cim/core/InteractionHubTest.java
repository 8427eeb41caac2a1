package dev.cim.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.event.CimEvent;
import dev.cim.core.event.CimListener;
import dev.cim.core.event.CustomerCreated;
import dev.cim.core.event.InteractionOpened;
import dev.cim.core.event.InteractionStateChanged;
import dev.cim.core.event.MessageAdded;
import dev.cim.core.event.SentimentAlert;
import dev.cim.core.model.Agent;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.Attributes;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.IllegalTransitionException;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.Message;
import dev.cim.core.model.MessageId;
import dev.cim.core.spi.EntityNotFoundException;
import dev.cim.core.spi.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InteractionHubTest {
  private static final ContactPoint ANA_PHONE = ContactPoint.phone("+14155550100");
  private static final ContactPoint ANA_EMAIL = ContactPoint.email("ana@example.com");

  private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
  private final List<CimEvent> events = Collections.synchronizedList(new ArrayList<>());
  private final RecordingRouter router = new RecordingRouter();
  private final AtomicInteger ids = new AtomicInteger();
  private InteractionHub hub;

  @BeforeEach
  void buildHub() {
    hub = InteractionHub.builder().clock(clock).router(router).ids(() -> "id-" + ids.incrementAndGet())
        .listener(new CimListener() {
          @Override
          public void onOtherEvent(CimEvent event) {
            events.add(event);
          }

          @Override
          public void onCustomerCreated(CustomerCreated event) {
            events.add(event);
          }

          @Override
          public void onInteractionOpened(InteractionOpened event) {
            events.add(event);
          }

          @Override
          public void onMessageAdded(MessageAdded event) {
            events.add(event);
          }

          @Override
          public void onInteractionStateChanged(InteractionStateChanged event) {
            events.add(event);
          }

          @Override
          public void onSentimentAlert(SentimentAlert event) {
            events.add(event);
          }
        }).build();
  }

  private Received call(ContactPoint from, String text, String topic) {
    return hub.receive(InboundContact.of(Channel.VOICE, from, text).withTopic(topic));
  }

  @Test
  void receive_firstContact_createsCustomerOpensQueuedInteractionAndStoresMessage() {
    Received r = call(ANA_PHONE, "I was charged twice", "billing");

    assertThat(r.customerCreated()).isTrue();
    assertThat(r.interactionOpened()).isTrue();
    assertThat(r.caseContinued()).isFalse();
    assertThat(r.customer().contactPoints()).containsExactly(ANA_PHONE);
    assertThat(r.interaction().state()).isEqualTo(InteractionState.QUEUED);
    assertThat(r.interaction().topic()).contains("billing");
    assertThat(r.interaction().createdAt()).isEqualTo(clock.instant());
    assertThat(r.message().role()).isEqualTo(AuthorRole.CUSTOMER);
    assertThat(hub.interactionStore().findMessages(r.interaction().id(), PageRequest.first(10)).items())
        .containsExactly(r.message());
    assertThat(events).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("CustomerCreated", "InteractionOpened", "MessageAdded", "InteractionStateChanged");
    assertThat(events).allSatisfy(e -> assertThat(e.occurredAt()).isEqualTo(clock.instant()));
    assertThat(router.submitted).extracting(req -> req.interaction().id()).containsExactly(r.interaction().id());
  }

  @Test
  void receive_sameNumberWrittenTwoWays_resolvesToOneCustomer() {
    Received first = call(ContactPoint.phone("+1 (415) 555-0100"), "hello", "billing");
    Received second = hub.receive(InboundContact.of(Channel.SMS, ContactPoint.phone("001 415 555 0100"), "again"));

    assertThat(second.customer().id()).isEqualTo(first.customer().id());
    assertThat(second.customerCreated()).isFalse();
  }

  @Test
  void receive_withThreadRefOfOpenInteraction_continuesIt() {
    Received first = hub.receive(InboundContact.of(Channel.CHAT, ANA_PHONE, "hi").withThreadRef("chat-1"));
    clock.advance(Duration.ofSeconds(30));
    Received second = hub.receive(InboundContact.of(Channel.CHAT, ANA_PHONE, "are you there?")
        .withThreadRef("chat-1"));

    assertThat(second.interactionOpened()).isFalse();
    assertThat(second.interaction().id()).isEqualTo(first.interaction().id());
    assertThat(second.interaction().updatedAt()).isEqualTo(clock.instant());
    assertThat(router.submitted).hasSize(1);
    assertThat(hub.interactionStore().findMessages(first.interaction().id(), PageRequest.first(10)).items())
        .extracting(Message::text).containsExactly("hi", "are you there?");
  }

  @Test
  void receive_threadRefOfClosedInteraction_opensNewOne() {
    Received first = hub.receive(InboundContact.of(Channel.CHAT, ANA_PHONE, "hi").withThreadRef("chat-1"));
    hub.close(first.interaction().id(), "spam");
    Received second = hub.receive(InboundContact.of(Channel.CHAT, ANA_PHONE, "hi again").withThreadRef("chat-1"));

    assertThat(second.interactionOpened()).isTrue();
    assertThat(second.interaction().id()).isNotEqualTo(first.interaction().id());
  }

  @Test
  void receive_sameTopicOnAnotherChannelWithinWindow_joinsTheCase() {
    Received callR = call(ANA_PHONE, "charged twice", "billing");
    hub.customerStore().update(callR.customer().withContactPoints(Set.of(ANA_PHONE, ANA_EMAIL)));
    clock.advance(Duration.ofDays(2));
    Received email = hub.receive(InboundContact.of(Channel.EMAIL, ANA_EMAIL, "still charged twice")
        .withTopic("Billing"));

    assertThat(email.customer().id()).isEqualTo(callR.customer().id());
    assertThat(email.caseContinued()).isTrue();
    assertThat(email.interaction().caseId()).isEqualTo(callR.interaction().caseId());
    assertThat(events).filteredOn(InteractionOpened.class::isInstance).map(InteractionOpened.class::cast)
        .extracting(InteractionOpened::continuesCase).containsExactly(false, true);
  }

  @Test
  void receive_sameTopicAfterWindow_opensNewCase() {
    Received first = call(ANA_PHONE, "charged twice", "billing");
    hub.resolve(hub.assign(first.interaction().id(), agent("a1")).id(), "refund");
    clock.advance(Duration.ofDays(8));
    Received later = call(ANA_PHONE, "charged twice again", "billing");

    assertThat(later.caseContinued()).isFalse();
    assertThat(later.interaction().caseId()).isNotEqualTo(first.interaction().caseId());
  }

  @Test
  void receive_otherTopic_opensNewCase() {
    Received first = call(ANA_PHONE, "charged twice", "billing");
    Received other = call(ANA_PHONE, "my router is broken", "tech");

    assertThat(other.interaction().caseId()).isNotEqualTo(first.interaction().caseId());
  }

  @Test
  void receive_noTopicWhileAnInteractionIsOpen_joinsItsCase() {
    Received first = call(ANA_PHONE, "charged twice", "billing");
    Received chat = hub.receive(InboundContact.of(Channel.CHAT, ANA_PHONE, "about my call"));

    assertThat(chat.caseContinued()).isTrue();
    assertThat(chat.interaction().caseId()).isEqualTo(first.interaction().caseId());
  }

  @Test
  void receive_repeatedWithSameMessageId_storesTheMessageOnce() {
    InboundContact mail = InboundContact.of(Channel.EMAIL, ANA_EMAIL, "refund please").withThreadRef("thread-9")
        .withMessageId(MessageId.of("<m1@example.com>"));
    Received first = hub.receive(mail);
    Received again = hub.receive(mail);

    assertThat(again.interaction().id()).isEqualTo(first.interaction().id());
    assertThat(hub.interactionStore().findMessages(first.interaction().id(), PageRequest.first(10)).items())
        .hasSize(1);
  }

  @Test
  void receive_concurrentFirstContactsFromOneNewNumber_createExactlyOneCustomer() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Received>> results = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        int n = t;
        results.add(pool.submit(() -> {
          start.await();
          return hub.receive(InboundContact.of(Channel.SMS, ContactPoint.phone("+44 20 7946 0018"), "msg " + n)
              .withThreadRef("sms-thread"));
        }));
      }
      start.countDown();
      Set<CustomerId> customers = new HashSet<>();
      Set<InteractionId> interactions = new HashSet<>();
      for (Future<Received> f : results) {
        Received r = f.get(30, TimeUnit.SECONDS);
        customers.add(r.customer().id());
        interactions.add(r.interaction().id());
      }
      assertThat(customers).hasSize(1);
      assertThat(interactions).as("one thread, one interaction").hasSize(1);
      assertThat(events).filteredOn(CustomerCreated.class::isInstance).hasSize(1);
      assertThat(hub.interactionStore().findMessages(interactions.iterator().next(), PageRequest.first(100)).items())
          .hasSize(threads);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void receive_textTooLong_throwsAndStoresNothing() {
    String huge = "x".repeat(Message.MAX_TEXT_LENGTH + 1);
    assertThatThrownBy(() -> hub.receive(InboundContact.of(Channel.CHAT, ANA_PHONE, huge)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text").hasMessageContaining("1048577");
    assertThat(hub.findCustomer(ANA_PHONE)).isEmpty();
  }

  @Test
  void context_afterCallAndChat_showsUnifiedTimelineOpenCaseLastAgentAndChannels() {
    Received c = call(ANA_PHONE, "charged twice", "billing");
    AgentId bob = agent("bob");
    hub.assign(c.interaction().id(), bob);
    clock.advance(Duration.ofMinutes(1));
    hub.addMessage(c.interaction().id(), AuthorRole.AGENT, "bob", "Let me check");
    hub.wrapUp(c.interaction().id());
    hub.close(c.interaction().id(), "follow-up");
    clock.advance(Duration.ofHours(3));
    Received chat = hub.receive(InboundContact.of(Channel.CHAT, ANA_PHONE, "any news?").withTopic("billing"));

    CustomerContext ctx = hub.context(c.customer().id());

    assertThat(ctx.timeline()).extracting(TimelineEntry::text)
        .containsExactly("any news?", "Let me check", "charged twice");
    assertThat(ctx.timeline()).extracting(TimelineEntry::channel)
        .containsExactly(Channel.CHAT, Channel.VOICE, Channel.VOICE);
    assertThat(ctx.lastAgent()).contains(bob);
    assertThat(ctx.channelsUsed()).containsExactly(Channel.CHAT, Channel.VOICE);
    assertThat(ctx.openCases()).hasSize(1);
    CaseView theCase = ctx.openCases().get(0);
    assertThat(theCase.caseId()).isEqualTo(chat.interaction().caseId());
    assertThat(theCase.interactions()).extracting(Interaction::channel).containsExactly(Channel.VOICE, Channel.CHAT);
    assertThat(theCase.agents()).containsExactly(bob);
    assertThat(router.submitted).last().satisfies(req -> assertThat(req.lastAgent()).contains(bob));
  }

  @Test
  void context_unknownCustomer_throwsNotFound() {
    assertThatThrownBy(() -> hub.context(CustomerId.of("nobody"))).isInstanceOf(EntityNotFoundException.class)
        .hasMessageContaining("customer 'nobody'");
  }

  @Test
  void timeline_pagesThroughEveryMessageOnce() {
    Received r = hub.receive(InboundContact.of(Channel.CHAT, ANA_PHONE, "m0").withThreadRef("t"));
    for (int i = 1; i < 25; i++) {
      clock.advance(Duration.ofSeconds(1));
      hub.receive(InboundContact.of(Channel.CHAT, ANA_PHONE, "m" + i).withThreadRef("t"));
    }
    List<String> seen = new ArrayList<>();
    PageRequest page = PageRequest.first(7);
    while (true) {
      var p = hub.timeline(r.customer().id(), page);
      p.items().forEach(e -> seen.add(e.text()));
      if (!p.hasNext()) {
        break;
      }
      page = PageRequest.after(7, p.nextCursor().get());
    }
    assertThat(seen).hasSize(25).doesNotHaveDuplicates().startsWith("m24", "m23").endsWith("m0");
  }

  @Test
  void lifecycle_assignWrapUpResolve_recordsEveryStateWithTimes() {
    Received r = call(ANA_PHONE, "hi", "billing");
    AgentId a = agent("a1");
    hub.offer(r.interaction().id(), a);
    clock.advance(Duration.ofSeconds(5));
    hub.assign(r.interaction().id(), a);
    clock.advance(Duration.ofMinutes(4));
    hub.wrapUp(r.interaction().id());
    clock.advance(Duration.ofSeconds(30));
    Interaction done = hub.resolve(r.interaction().id(), "answered");

    assertThat(done.history()).extracting(h -> h.state()).containsExactly(InteractionState.NEW,
        InteractionState.QUEUED, InteractionState.OFFERED, InteractionState.ACTIVE, InteractionState.WRAP_UP,
        InteractionState.RESOLVED);
    assertThat(done.disposition()).contains("answered");
    assertThat(done.assignedAgent()).contains(a);
    assertThat(done.stateSince()).isEqualTo(clock.instant());
    assertThat(hub.findInteraction(done.id())).contains(done);
  }

  @Test
  void transition_illegal_throwsAndLeavesStoredInteractionUnchanged() {
    Received r = call(ANA_PHONE, "hi", "billing");
    Interaction before = hub.findInteraction(r.interaction().id()).orElseThrow();
    int eventsBefore = events.size();

    assertThatThrownBy(() -> hub.wrapUp(r.interaction().id())).isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("cannot move from QUEUED to WRAP_UP");
    assertThat(hub.findInteraction(r.interaction().id())).contains(before);
    assertThat(events).hasSize(eventsBefore);
  }

  @Test
  void assign_unknownAgent_throwsNotFoundAndChangesNothing() {
    Received r = call(ANA_PHONE, "hi", "billing");
    assertThatThrownBy(() -> hub.assign(r.interaction().id(), AgentId.of("ghost")))
        .isInstanceOf(EntityNotFoundException.class).hasMessageContaining("agent 'ghost'");
    assertThat(hub.findInteraction(r.interaction().id()).orElseThrow().state()).isEqualTo(InteractionState.QUEUED);
  }

  @Test
  void abandon_queuedInteraction_cancelsItInTheRouter() {
    Received r = call(ANA_PHONE, "hi", "billing");
    hub.abandon(r.interaction().id());
    assertThat(router.cancelled).containsExactly(r.interaction().id());
  }

  @Test
  void transfer_activeInteraction_requeuesAndResubmitsToNewQueue() {
    Received r = call(ANA_PHONE, "hi", "billing");
    hub.assign(r.interaction().id(), agent("a1"));
    Interaction queued = hub.transfer(r.interaction().id(), "retention");

    assertThat(queued.state()).isEqualTo(InteractionState.QUEUED);
    assertThat(queued.queue()).contains("retention");
    assertThat(queued.assignedAgent()).isEmpty();
    assertThat(router.submitted).hasSize(2);
    assertThat(router.cancelled).isEmpty();
  }

  @Test
  void addMessage_toClosedInteraction_isRefused() {
    Received r = call(ANA_PHONE, "hi", "billing");
    hub.abandon(r.interaction().id());
    assertThatThrownBy(() -> hub.addMessage(r.interaction().id(), AuthorRole.AGENT, "a1", "hello?"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ABANDONED");
  }

  @Test
  void analyzer_attributesAreStoredWithTheMessageAndItsEventsPublished() {
    InteractionHub analysed = InteractionHub.builder().clock(clock).messageAnalyzer((interaction, message) ->
        new MessageAnalyzer.Analysis(Attributes.of(Message.SENTIMENT, -0.8), List.of(new SentimentAlert(
            interaction.id(), interaction.customerId(), message.id(), -0.8, -0.6, "test", message.sentAt()))))
        .listener(new CimListener() {
          @Override
          public void onSentimentAlert(SentimentAlert event) {
            events.add(event);
          }
        }).build();
    Received r = analysed.receive(InboundContact.of(Channel.CHAT, ANA_PHONE, "this is terrible"));

    assertThat(r.message().attributes().get(Message.SENTIMENT)).contains(-0.8);
    assertThat(analysed.context(r.customer().id()).timeline().get(0).sentiment()).contains(-0.8);
    assertThat(events).filteredOn(SentimentAlert.class::isInstance).hasSize(1);
  }

  @Test
  void analyzerThatThrows_messageIsStoredWithoutAnalysis() {
    InteractionHub h = InteractionHub.builder().clock(clock).messageAnalyzer((i, m) -> {
      throw new IllegalStateException("model offline");
    }).build();
    Received r = h.receive(InboundContact.of(Channel.CHAT, ANA_PHONE, "hello"));
    assertThat(h.interactionStore().findMessages(r.interaction().id(), PageRequest.first(5)).items())
        .extracting(Message::text).containsExactly("hello");
  }

  @Test
  void routerThatThrows_interactionStaysQueuedInTheStore() {
    InteractionHub h = InteractionHub.builder().clock(clock).router(new Router() {
      @Override
      public void submit(RoutingRequest request) {
        throw new IllegalStateException("router down");
      }

      @Override
      public void cancel(InteractionId interactionId) {}
    }).build();
    Received r = h.receive(InboundContact.of(Channel.CHAT, ANA_PHONE, "hello"));
    assertThat(h.interactionStore().findByState(InteractionState.QUEUED, PageRequest.first(5)).items())
        .extracting(Interaction::id).containsExactly(r.interaction().id());
  }

  @Test
  void listenerThatThrows_isCountedAndDoesNotStopOtherListenersOrTheHub() {
    List<CimEvent> seen = new ArrayList<>();
    InteractionHub h = InteractionHub.builder().clock(clock)
        .listener(new CimListener() {
          @Override
          public void onMessageAdded(MessageAdded event) {
            throw new IllegalStateException("listener bug");
          }
        })
        .listener(new CimListener() {
          @Override
          public void onMessageAdded(MessageAdded event) {
            seen.add(event);
          }
        }).build();
    h.receive(InboundContact.of(Channel.CHAT, ANA_PHONE, "one"));
    h.receive(InboundContact.of(Channel.CHAT, ANA_PHONE, "two"));

    assertThat(seen).hasSize(2);
    assertThat(h.listenerFailures()).isEqualTo(2);
  }

  @Test
  void erase_removesCustomerInteractionsAndMessages_andIsIdempotent() {
    Received r = call(ANA_PHONE, "forget me", "privacy");
    Received other = call(ContactPoint.phone("+14155550199"), "keep me", "billing");

    var erased = hub.erase(r.customer().id());

    assertThat(erased.removed("interactions")).isEqualTo(1);
    assertThat(erased.removed("messages")).isEqualTo(1);
    assertThat(erased.removed("customers")).isEqualTo(1);
    assertThat(hub.findCustomer(ANA_PHONE)).isEmpty();
    assertThat(hub.findInteraction(r.interaction().id())).isEmpty();
    assertThat(router.cancelled).containsExactly(r.interaction().id());
    assertThat(hub.context(other.customer().id()).timeline()).hasSize(1);
    assertThat(hub.erase(r.customer().id()).total()).isZero();
  }

  @Test
  void builder_rejectsBadValuesAndSecondAssignment() {
    InteractionHub.Builder b = InteractionHub.builder().router(router);
    assertThatThrownBy(() -> b.router(router)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("router was already set");
    assertThatThrownBy(() -> b.caseLinkWindow(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("caseLinkWindow must be positive, but was PT0S");
    assertThatThrownBy(() -> b.timelineLimit(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 0");
    assertThatThrownBy(() -> b.clock(null)).isInstanceOf(NullPointerException.class).hasMessage("clock");
  }

  @Test
  void publicMethods_rejectNullArguments() {
    InteractionId id = InteractionId.of("x");
    assertThatThrownBy(() -> hub.receive(null)).isInstanceOf(NullPointerException.class).hasMessage("contact");
    assertThatThrownBy(() -> hub.context(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> hub.assign(id, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> hub.assign(null, AgentId.of("a"))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> hub.transition(id, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> hub.resolve(id, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> hub.addMessage(id, null, null, "x")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> hub.timeline(null, PageRequest.first(1))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> hub.erase(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> hub.addListener(null)).isInstanceOf(NullPointerException.class);
  }

  private AgentId agent(String id) {
    AgentId agentId = AgentId.of(id);
    if (hub.agentStore().findById(agentId).isEmpty()) {
      hub.agentStore().create(Agent.of(agentId, "Agent " + id).withCapacity(Channel.VOICE, 1));
    }
    return agentId;
  }

  /** Records what the hub asks of a router. */
  static final class RecordingRouter implements Router {
    final List<RoutingRequest> submitted = Collections.synchronizedList(new ArrayList<>());
    final List<InteractionId> cancelled = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void submit(RoutingRequest request) {
      submitted.add(request);
    }

    @Override
    public void cancel(InteractionId interactionId) {
      cancelled.add(interactionId);
    }
  }
}
