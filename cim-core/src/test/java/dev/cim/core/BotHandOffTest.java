package dev.cim.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.bot.Bot;
import dev.cim.core.bot.BotHandedOff;
import dev.cim.core.bot.BotKeys;
import dev.cim.core.bot.BotPolicy;
import dev.cim.core.bot.BotReply;
import dev.cim.core.bot.BotResolved;
import dev.cim.core.bot.BotTurn;
import dev.cim.core.event.CimEvent;
import dev.cim.core.event.CimListener;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.Message;
import dev.cim.core.spi.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BotHandOffTest {
  private static final ContactPoint ANA = ContactPoint.email("ana@example.com");

  private final TestClock clock = new TestClock(Instant.parse("2026-03-02T10:00:00Z"));
  private final InteractionHubTest.RecordingRouter router = new InteractionHubTest.RecordingRouter();
  private final List<CimEvent> others = new ArrayList<>();
  private final List<BotTurn> turns = new ArrayList<>();

  private InteractionHub hub(BotPolicy... policies) {
    AtomicInteger n = new AtomicInteger();
    return InteractionHub.builder().clock(clock).router(router).ids(() -> "id-" + n.incrementAndGet())
        .listener(new CimListener() {
          @Override
          public void onOtherEvent(CimEvent event) {
            others.add(event);
          }
        }).bots(policies).build();
  }

  /** A scripted bot: each turn is recorded, takes one second, and is answered by the next reply. */
  private Bot scripted(BotReply... replies) {
    AtomicInteger next = new AtomicInteger();
    return turn -> {
      turns.add(turn);
      clock.advance(Duration.ofSeconds(1));
      return replies[next.getAndIncrement()];
    };
  }

  private static InboundContact chat(String text) {
    return InboundContact.of(Channel.CHAT, ANA, text).withThreadRef("session-1");
  }

  @Test
  void receive_withRedaction_theBotSeesAndStoresOnlyMaskedText() {
    AtomicInteger n = new AtomicInteger();
    InteractionHub hub = InteractionHub.builder().clock(clock).router(router).ids(() -> "id-" + n.incrementAndGet())
        .redaction(dev.cim.core.privacy.MessageRedaction.builder(dev.cim.core.privacy.Redactor.builder().build())
            .defaultPolicy(dev.cim.core.privacy.RedactionPolicy.mask()).build())
        .bots(BotPolicy.of("echo", turn -> BotReply.answer("You wrote: " + turn.message().text()
            + " and your card is 4111 1111 1111 1111"))).build();

    Received r = hub.receive(chat("my card 4111 1111 1111 1111, mail ana@example.com"));

    assertThat(r.botReplies()).singleElement().satisfies(m -> assertThat(m.text())
        .doesNotContain("4111", "ana@example.com").contains("[card]", "[email]"));
    assertThat(hub.interactionStore().findMessages(r.interaction().id(), PageRequest.first(10)).items())
        .extracting(Message::text).noneMatch(t -> t.contains("4111") || t.contains("ana@example.com"));
  }

  @Test
  void receive_botAnswers_storesBotReplyKeepsInteractionNewAndDoesNotRoute() {
    InteractionHub hub = hub(BotPolicy.of("faq", scripted(BotReply.answer("We open at 9."))));

    Received r = hub.receive(chat("When do you open?"));

    assertThat(r.interaction().state()).isEqualTo(InteractionState.NEW);
    assertThat(r.interaction().attributes().get(BotKeys.POLICY)).contains("faq");
    assertThat(r.botReplies()).singleElement().satisfies(m -> {
      assertThat(m.role()).isEqualTo(AuthorRole.BOT);
      assertThat(m.text()).isEqualTo("We open at 9.");
      assertThat(m.authorId()).contains("faq");
    });
    assertThat(router.submitted).isEmpty();
    assertThat(turns).singleElement().satisfies(t -> {
      assertThat(t.message().text()).isEqualTo("When do you open?");
      assertThat(t.conversation()).extracting(Message::text).containsExactly("When do you open?");
    });
  }

  @Test
  void receive_botAsksThenHandsOff_routesOnceWithTopicAndFieldsAndAgentSeesTheConversation() {
    InteractionHub hub = hub(BotPolicy.of("billing-bot", scripted(BotReply.ask("Which invoice?"),
        BotReply.handOff("dispute", "billing", Map.of("invoice", "INV-7", "amount", "120.00"))
            .withText("Connecting you to an agent."))));

    Received first = hub.receive(chat("My bill is wrong"));
    clock.advance(Duration.ofSeconds(20));
    Received second = hub.receive(chat("INV-7, charged 120 twice"));

    assertThat(first.interaction().state()).isEqualTo(InteractionState.NEW);
    assertThat(second.interactionOpened()).isFalse();
    assertThat(second.interaction().state()).isEqualTo(InteractionState.QUEUED);
    assertThat(second.interaction().topic()).contains("billing");
    assertThat(second.interaction().attributes().get(BotKeys.OUTCOME)).contains(BotKeys.OUTCOME_HANDED_OFF);
    assertThat(second.interaction().attributes().get(BotKeys.REASON)).contains("dispute");
    assertThat(second.interaction().attributes().get(BotKeys.TOPIC)).contains("billing");
    assertThat(second.interaction().attributes().get(BotKeys.field("invoice"))).contains("INV-7");
    assertThat(second.interaction().attributes().get(BotKeys.field("amount"))).contains("120.00");
    assertThat(second.interaction().attributes().get(BotKeys.HANDED_OFF_AT)).contains(clock.instant());
    assertThat(router.submitted).singleElement().satisfies(req -> {
      assertThat(req.interaction()).isEqualTo(second.interaction());
      assertThat(req.interaction().attributes().get(BotKeys.field("invoice"))).contains("INV-7");
    });
    assertThat(turns.get(1).conversation()).extracting(Message::text)
        .containsExactly("My bill is wrong", "Which invoice?", "INV-7, charged 120 twice");
    // The agent's context holds the whole bot conversation, newest first.
    assertThat(hub.context(second.customer().id()).timeline()).extracting(TimelineEntry::text)
        .containsExactly("Connecting you to an agent.", "INV-7, charged 120 twice", "Which invoice?",
            "My bill is wrong");
    assertThat(others).singleElement().isInstanceOfSatisfying(BotHandedOff.class, e -> {
      assertThat(e.reason()).isEqualTo("dispute");
      assertThat(e.topic()).contains("billing");
      assertThat(e.policy()).isEqualTo("billing-bot");
      assertThat(e.occurredAt()).isEqualTo(clock.instant());
    });
  }

  @Test
  void receive_afterHandOff_followUpIsStoredButNotGivenToTheBot() {
    InteractionHub hub = hub(BotPolicy.of("b", scripted(BotReply.handOff("human please", null, Map.of()))));
    hub.receive(chat("agent!"));

    Received later = hub.receive(chat("hello?"));

    assertThat(turns).hasSize(1);
    assertThat(later.botReplies()).isEmpty();
    assertThat(later.interaction().state()).isEqualTo(InteractionState.QUEUED);
    assertThat(router.submitted).hasSize(1);
  }

  @Test
  void receive_botResolves_interactionResolvedWithDispositionAndNeverRouted() {
    InteractionHub hub = hub(BotPolicy.of("reset", scripted(BotReply.resolve("Link sent.", "password-reset"))));

    Received r = hub.receive(chat("reset my password"));

    assertThat(r.interaction().state()).isEqualTo(InteractionState.RESOLVED);
    assertThat(r.interaction().disposition()).contains("password-reset");
    assertThat(r.interaction().attributes().get(BotKeys.OUTCOME)).contains(BotKeys.OUTCOME_RESOLVED);
    assertThat(r.botReplies()).extracting(Message::text).containsExactly("Link sent.");
    assertThat(router.submitted).isEmpty();
    assertThat(router.cancelled).isEmpty();
    assertThat(others).singleElement().isInstanceOf(BotResolved.class);
  }

  @Test
  void receive_botThrows_handsOffAutomaticallyAndKeepsWhatTheCustomerWrote() {
    InteractionHub hub = hub(BotPolicy.of("flaky", turn -> {
      throw new IllegalStateException("model unavailable");
    }));

    Received r = hub.receive(chat("I need help with order 42"));

    assertThat(r.interaction().state()).isEqualTo(InteractionState.QUEUED);
    assertThat(r.interaction().attributes().get(BotKeys.REASON)).contains(BotKeys.REASON_FAILED);
    assertThat(r.botReplies()).isEmpty();
    assertThat(r.message().text()).isEqualTo("I need help with order 42");
    assertThat(hub.interactionStore().findMessages(r.interaction().id(), dev.cim.core.spi.PageRequest.first(10))
        .items()).extracting(Message::text).containsExactly("I need help with order 42");
    assertThat(router.submitted).hasSize(1);
  }

  @Test
  void receive_botReturnsNull_handsOffAsFailed() {
    InteractionHub hub = hub(BotPolicy.of("null-bot", turn -> null));

    Received r = hub.receive(chat("hi"));

    assertThat(r.interaction().state()).isEqualTo(InteractionState.QUEUED);
    assertThat(r.interaction().attributes().get(BotKeys.REASON)).contains(BotKeys.REASON_FAILED);
  }

  @Test
  void receive_botOverItsTimeBudget_discardsItsReplyAndHandsOff() {
    Bot slow = turn -> {
      clock.advance(Duration.ofMillis(3001)); // the call takes 3.001 s of virtual time
      return BotReply.answer("too late");
    };
    InteractionHub hub = hub(BotPolicy.of("slow", slow).withTimeBudget(Duration.ofSeconds(3)));

    Received r = hub.receive(chat("where is my parcel?"));

    assertThat(r.interaction().state()).isEqualTo(InteractionState.QUEUED);
    assertThat(r.interaction().attributes().get(BotKeys.REASON)).contains(BotKeys.REASON_TIMEOUT);
    assertThat(r.botReplies()).isEmpty();
    assertThat(hub.context(r.customer().id()).timeline()).extracting(TimelineEntry::text)
        .containsExactly("where is my parcel?");
    assertThat(router.submitted).hasSize(1);
  }

  @Test
  void receive_botOnAnExecutorThatNeverAnswers_handsOffAfterTheBudgetInsteadOfBlocking() {
    AtomicInteger started = new AtomicInteger();
    java.util.concurrent.Executor neverRuns = task -> started.incrementAndGet(); // a bot that hangs forever
    InteractionHub hub = hub(BotPolicy.of("hung", turn -> BotReply.answer("never"))
        .withTimeBudget(Duration.ofMillis(1)).withExecutor(neverRuns));

    Received r = hub.receive(chat("where is my parcel?"));

    assertThat(started).hasValue(1);
    assertThat(r.interaction().state()).isEqualTo(InteractionState.QUEUED);
    assertThat(r.interaction().attributes().get(BotKeys.REASON)).contains(BotKeys.REASON_TIMEOUT);
    assertThat(r.botReplies()).isEmpty();
    assertThat(hub.context(r.customer().id()).timeline()).extracting(TimelineEntry::text)
        .containsExactly("where is my parcel?");
    assertThat(router.submitted).hasSize(1);
  }

  @Test
  void receive_botOnAnExecutor_answersOrFailsAsOnTheCallingThread() {
    java.util.concurrent.Executor direct = Runnable::run;
    InteractionHub hub = hub(
        BotPolicy.of("faq", scripted(BotReply.answer("We open at 9."))).withExecutor(direct).withTopics("hours"),
        BotPolicy.of("broken", turn -> {
          throw new IllegalStateException("bot down");
        }).withExecutor(direct).withTopics("parcel"));

    Received answered = hub.receive(chat("When do you open?").withTopic("hours"));
    Received failed = hub.receive(InboundContact.of(Channel.CHAT, ANA, "parcel?").withThreadRef("session-2")
        .withTopic("parcel"));

    assertThat(answered.botReplies()).extracting(Message::text).containsExactly("We open at 9.");
    assertThat(answered.interaction().state()).isEqualTo(InteractionState.NEW);
    assertThat(failed.interaction().state()).isEqualTo(InteractionState.QUEUED);
    assertThat(failed.interaction().attributes().get(BotKeys.REASON)).contains(BotKeys.REASON_FAILED);
    assertThatThrownBy(() -> BotPolicy.of("x", turn -> BotReply.answer("y")).withExecutor(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void receive_botExactlyAtItsTimeBudget_isStillHeard() {
    Bot justInTime = turn -> {
      clock.advance(Duration.ofSeconds(3));
      return BotReply.answer("on its way");
    };
    InteractionHub hub = hub(BotPolicy.of("ok", justInTime).withTimeBudget(Duration.ofSeconds(3)));

    Received r = hub.receive(chat("where is my parcel?"));

    assertThat(r.interaction().state()).isEqualTo(InteractionState.NEW);
    assertThat(r.botReplies()).extracting(Message::text).containsExactly("on its way");
  }

  @Test
  void receive_noPolicyApplies_routesStraightAway() {
    InteractionHub hub = hub(BotPolicy.of("chat-only", scripted(BotReply.answer("x"))).withChannels(Channel.CHAT),
        BotPolicy.of("sales-only", scripted(BotReply.answer("y"))).withTopics("sales"));

    Received r = hub.receive(InboundContact.of(Channel.EMAIL, ANA, "invoice question").withTopic("billing"));

    assertThat(turns).isEmpty();
    assertThat(r.interaction().state()).isEqualTo(InteractionState.QUEUED);
    assertThat(r.interaction().attributes().get(BotKeys.POLICY)).isEmpty();
    assertThat(router.submitted).hasSize(1);
  }

  @Test
  void receive_firstApplyingPolicyWins() {
    InteractionHub hub = hub(BotPolicy.of("sales", scripted(BotReply.answer("sales here"))).withTopics("Sales"),
        BotPolicy.of("general", scripted(BotReply.answer("general here"))));

    Received sales = hub.receive(InboundContact.of(Channel.CHAT, ANA, "buy").withTopic("SALES"));
    Received other = hub.receive(InboundContact.of(Channel.CHAT, ContactPoint.email("bo@example.com"), "hi"));

    assertThat(sales.interaction().attributes().get(BotKeys.POLICY)).contains("sales");
    assertThat(other.interaction().attributes().get(BotKeys.POLICY)).contains("general");
  }

  @Test
  void bots_duplicateName_throwsAndKeepsEarlierPolicies() {
    InteractionHub.Builder b = InteractionHub.builder().clock(clock);
    b.bots(BotPolicy.of("a", scripted(BotReply.answer("from a"))));

    assertThatThrownBy(() -> b.bots(BotPolicy.of("b", scripted()), BotPolicy.of("A", scripted())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a'");
    Received r = b.build().receive(chat("hi"));
    assertThat(r.botReplies()).extracting(Message::text).containsExactly("from a");
  }

  @Test
  void bots_nullArguments_throwNullPointerException() {
    InteractionHub.Builder b = InteractionHub.builder();
    assertThatThrownBy(() -> b.bots((BotPolicy[]) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> b.bots((BotPolicy) null)).isInstanceOf(NullPointerException.class);
  }
}
