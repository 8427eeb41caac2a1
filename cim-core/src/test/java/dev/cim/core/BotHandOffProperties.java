package dev.cim.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.bot.BotKeys;
import dev.cim.core.bot.BotPolicy;
import dev.cim.core.bot.BotReply;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.Message;
import dev.cim.core.spi.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the bot does (answers, asks, resolves, hands off, throws, returns null, overruns), nothing is lost. */
class BotHandOffProperties {
  enum Behaviour { ANSWER, ASK, RESOLVE, HAND_OFF, THROW, NULL, SLOW }

  record Step(int customer, int thread, Behaviour bot) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 1),
        Arbitraries.of(Behaviour.values())).as(Step::new).list().ofMaxSize(25);
  }

  @Property(tries = 100)
  void receive_anyBotBehaviour_storesEveryCustomerMessageOnceAndRoutesOnlyHandOffs(
      @ForAll("steps") List<Step> steps) {
    TestClock clock = new TestClock(Instant.parse("2026-03-02T10:00:00Z"));
    InteractionHubTest.RecordingRouter router = new InteractionHubTest.RecordingRouter();
    AtomicReference<Behaviour> next = new AtomicReference<>();
    AtomicInteger calls = new AtomicInteger();
    AtomicInteger ids = new AtomicInteger();
    InteractionHub hub = InteractionHub.builder().clock(clock).router(router)
        .ids(() -> String.format(Locale.ROOT, "%06d", ids.incrementAndGet()))
        .bots(BotPolicy.of("bot", turn -> {
          calls.incrementAndGet();
          clock.advance(Duration.ofMillis(1));
          return switch (next.get()) {
            case ANSWER -> BotReply.answer("a");
            case ASK -> BotReply.ask("q");
            case RESOLVE -> BotReply.resolve("done", "solved");
            case HAND_OFF -> BotReply.handOff("human", "topic", Map.of("k", "v"));
            case THROW -> throw new IllegalStateException("boom");
            case NULL -> null;
            case SLOW -> {
              clock.advance(Duration.ofSeconds(6));
              yield BotReply.answer("late");
            }
          };
        }).withTimeBudget(Duration.ofSeconds(5))).build();

    List<String> sent = new ArrayList<>();
    Map<InteractionId, Integer> expectedBotCalls = new HashMap<>();
    int expectedCalls = 0;
    for (int n = 0; n < steps.size(); n++) {
      Step s = steps.get(n);
      next.set(s.bot());
      clock.advance(Duration.ofSeconds(1));
      String text = "m" + n;
      Received r = hub.receive(InboundContact.of(Channel.CHAT, ContactPoint.email("c" + s.customer() + "@x.org"),
          text).withThreadRef("t" + s.thread()));
      sent.add(text);
      if (calls.get() > expectedCalls) {
        expectedCalls++;
        expectedBotCalls.merge(r.interaction().id(), 1, Integer::sum);
      }
      assertThat(calls.get()).as("one bot call at most per message").isEqualTo(expectedCalls);
    }

    List<String> stored = new ArrayList<>();
    List<Interaction> all = new ArrayList<>();
    for (int c = 0; c < 3; c++) {
      hub.findCustomer(ContactPoint.email("c" + c + "@x.org")).ifPresent(cu -> {
        all.addAll(hub.interactionStore().findByCustomer(cu.id(), PageRequest.first(100)).items());
        for (Message m : hub.interactionStore().timeline(cu.id(), PageRequest.first(PageRequest.MAX_SIZE)).items()) {
          if (m.role() == AuthorRole.CUSTOMER) {
            stored.add(m.text());
          }
        }
      });
    }
    assertThat(stored).as("every customer message stored exactly once").containsExactlyInAnyOrderElementsOf(sent);
    for (Interaction i : all) {
      long routed = router.submitted.stream().filter(r -> r.interaction().id().equals(i.id())).count();
      String outcome = i.attributes().get(BotKeys.OUTCOME).orElse("none");
      switch (outcome) {
        case BotKeys.OUTCOME_HANDED_OFF -> {
          assertThat(routed).isEqualTo(1);
          assertThat(i.state()).isEqualTo(InteractionState.QUEUED);
          assertThat(i.attributes().get(BotKeys.REASON)).isPresent();
        }
        case BotKeys.OUTCOME_RESOLVED -> {
          assertThat(routed).isZero();
          assertThat(i.state()).isEqualTo(InteractionState.RESOLVED);
        }
        default -> {
          assertThat(i.state()).isEqualTo(InteractionState.NEW); // still with the bot
          assertThat(routed).isZero();
        }
      }
      List<Message> messages = hub.interactionStore().findMessages(i.id(), PageRequest.first(PageRequest.MAX_SIZE))
          .items();
      long customerMessages = messages.stream().filter(m -> m.role() == AuthorRole.CUSTOMER).count();
      long botMessages = messages.stream().filter(m -> m.role() == AuthorRole.BOT).count();
      assertThat(botMessages).as("the bot says at most one thing per customer message")
          .isLessThanOrEqualTo(customerMessages);
      assertThat(expectedBotCalls.getOrDefault(i.id(), 0)).as("the bot is called only while it holds the interaction")
          .isLessThanOrEqualTo((int) customerMessages);
    }
  }
}
