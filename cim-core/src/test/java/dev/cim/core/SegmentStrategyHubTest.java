package dev.cim.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.bot.BotKeys;
import dev.cim.core.bot.BotPolicy;
import dev.cim.core.bot.BotReply;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.InteractionState;
import dev.cim.core.segment.SegmentRule;
import dev.cim.core.segment.SegmentStrategies;
import dev.cim.core.segment.ServiceStrategy;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SegmentStrategyHubTest {
  private static final ContactPoint GOLDIE = ContactPoint.email("goldie@example.com");
  private static final ContactPoint SAM = ContactPoint.email("sam@example.com");

  private final TestClock clock = new TestClock(Instant.parse("2026-03-02T10:00:00Z"));
  private final InteractionHubTest.RecordingRouter router = new InteractionHubTest.RecordingRouter();
  private final AtomicInteger faqTurns = new AtomicInteger();
  private final AtomicInteger salesTurns = new AtomicInteger();

  private InteractionHub hub() {
    AtomicInteger n = new AtomicInteger();
    SegmentStrategies tiers = SegmentStrategies.builder()
        .segment("GOLD", SegmentRule.segmentIs("gold"), ServiceStrategy.of(8).withQueue("vip").withoutBot()
            .withSlaPolicy("gold-sla"))
        .segment("STANDARD", SegmentRule.always(), ServiceStrategy.of(1).withBotPolicy("faq"))
        .build();
    InteractionHub hub = InteractionHub.builder().clock(clock).router(router).ids(() -> "id-" + n.incrementAndGet())
        .segments(tiers)
        .bots(BotPolicy.of("sales", t -> {
          salesTurns.incrementAndGet();
          return BotReply.answer("sales");
        }), BotPolicy.of("faq", t -> {
          faqTurns.incrementAndGet();
          return BotReply.handOff("needs-human", "billing", Map.of());
        }).withChannels(Channel.SMS)) // channel filter ignored when a segment names the policy
        .build();
    // Goldie is a known gold customer; Sam is not.
    Received first = hub.receive(InboundContact.of(Channel.EMAIL, GOLDIE, "hello"));
    hub.customerStore().update(first.customer().withSegment("gold"));
    router.submitted.clear();
    salesTurns.set(0);
    faqTurns.set(0); // her first contact, before she was gold, went to the STANDARD bot
    return hub;
  }

  @Test
  void receive_goldCustomer_priorityQueueAndReasonReachTheRouterAndNoBot() {
    InteractionHub hub = hub();

    Received r = hub.receive(InboundContact.of(Channel.CHAT, GOLDIE, "my card is blocked"));

    assertThat(r.interaction().state()).isEqualTo(InteractionState.QUEUED);
    assertThat(r.interaction().priority()).isEqualTo(8);
    assertThat(r.interaction().queue()).contains("vip");
    assertThat(r.interaction().attributes().get(SegmentStrategies.SEGMENT)).contains("GOLD");
    assertThat(r.interaction().attributes().get(SegmentStrategies.SLA_POLICY)).contains("gold-sla");
    assertThat(r.interaction().attributes().get(BotKeys.POLICY)).isEmpty();
    assertThat(salesTurns).hasValue(0);
    assertThat(router.submitted).singleElement().satisfies(req -> {
      assertThat(req.interaction().priority()).isEqualTo(8);
      assertThat(req.priorityReason()).contains("priority 8 because segment GOLD");
    });
  }

  @Test
  void receive_standardCustomer_namedBotPolicyRunsThenHandOffKeepsTheSegmentReason() {
    InteractionHub hub = hub();

    Received r = hub.receive(InboundContact.of(Channel.CHAT, SAM, "wrong bill"));

    assertThat(faqTurns).hasValue(1);
    assertThat(salesTurns).hasValue(0);
    assertThat(r.interaction().attributes().get(BotKeys.POLICY)).contains("faq");
    assertThat(r.interaction().state()).isEqualTo(InteractionState.QUEUED);
    assertThat(router.submitted).singleElement().satisfies(req -> {
      assertThat(req.interaction().priority()).isEqualTo(1);
      assertThat(req.priorityReason()).contains("priority 1 because segment STANDARD");
      assertThat(req.interaction().topic()).contains("billing");
    });
  }

  @Test
  void build_segmentNamesUnknownBotPolicy_throws() {
    InteractionHub.Builder b = InteractionHub.builder().segments(SegmentStrategies.builder()
        .segment("X", SegmentRule.always(), ServiceStrategy.of(1).withBotPolicy("missing")).build());

    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("'missing'");
  }

  @Test
  void segments_setTwiceOrNull_throws() {
    InteractionHub.Builder b = InteractionHub.builder().segments(SegmentStrategies.builder()
        .segment("X", SegmentRule.always(), ServiceStrategy.of(1)).build());
    assertThatThrownBy(() -> b.segments(SegmentStrategies.NONE)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> b.segments(null)).isInstanceOf(NullPointerException.class);
  }
}
