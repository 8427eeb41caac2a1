package dev.cim.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.model.AttributeKey;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SegmentStrategiesTest {
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  private static final AttributeKey<Long> LTV = AttributeKey.of("lifetime-value", Long.class);

  private static Customer customer(String segment) {
    Customer c = Customer.create(CustomerId.of("c1"), T0, ContactPoint.email("a@example.com"));
    return segment == null ? c : c.withSegment(segment);
  }

  private static Interaction fresh() {
    return Interaction.open(InteractionId.of("i1"), CustomerId.of("c1"), Channel.CHAT, CaseId.of("k1"), T0);
  }

  private final SegmentStrategies tiers = SegmentStrategies.builder()
      .segment("GOLD", SegmentRule.segmentIs("Gold"), ServiceStrategy.of(8).withQueue("vip").withSlaPolicy("gold-sla")
          .withProactiveChannel(Channel.VOICE).withoutBot())
      .segment("HIGH-VALUE", SegmentRule.attribute(LTV, "lifetime-value >= 10000", v -> v >= 10_000),
          ServiceStrategy.of(5))
      .segment("STANDARD", SegmentRule.always(), ServiceStrategy.of(1).withBotPolicy(" FAQ "))
      .build();

  @Test
  void match_firstMatchingRuleWins() {
    assertThat(tiers.match(customer(" GOLD "))).map(SegmentStrategies.Match::segment).contains("GOLD");
    Customer rich = customer("gold").withAttributes(customer(null).attributes().with(LTV, 50_000L));
    assertThat(tiers.match(rich)).map(SegmentStrategies.Match::segment).contains("GOLD");
    Customer richNoTier = customer(null).withAttributes(customer(null).attributes().with(LTV, 50_000L));
    assertThat(tiers.match(richNoTier)).map(SegmentStrategies.Match::segment).contains("HIGH-VALUE");
    Customer poor = customer(null).withAttributes(customer(null).attributes().with(LTV, 9_999L));
    assertThat(tiers.match(poor)).map(SegmentStrategies.Match::segment).contains("STANDARD");
    assertThat(SegmentStrategies.NONE.match(poor)).isEmpty();
  }

  @Test
  void applyTo_setsPriorityQueueAttributesAndReason() {
    SegmentStrategies.Match gold = tiers.match(customer("gold")).orElseThrow();

    Interaction i = gold.applyTo(fresh().withPriority(2));

    assertThat(i.priority()).isEqualTo(8);
    assertThat(i.queue()).contains("vip");
    assertThat(i.attributes().get(SegmentStrategies.SEGMENT)).contains("GOLD");
    assertThat(i.attributes().get(SegmentStrategies.SLA_POLICY)).contains("gold-sla");
    assertThat(i.attributes().get(SegmentStrategies.PRIORITY_REASON)).contains("priority 8 because segment GOLD");
    assertThat(gold.strategy().proactiveChannel()).contains(Channel.VOICE);
    assertThat(gold.strategy().bot()).isEqualTo(ServiceStrategy.BotUse.NEVER);
  }

  @Test
  void applyTo_contactsOwnHigherPriorityAndQueueWin_withoutAReason() {
    SegmentStrategies.Match gold = tiers.match(customer("gold")).orElseThrow();

    Interaction i = gold.applyTo(fresh().withPriority(9).withQueue("fraud"));

    assertThat(i.priority()).isEqualTo(9);
    assertThat(i.queue()).contains("fraud");
    assertThat(i.attributes().get(SegmentStrategies.PRIORITY_REASON)).isEmpty();
    assertThat(i.attributes().get(SegmentStrategies.SEGMENT)).contains("GOLD");
  }

  @Test
  void builder_duplicateSegmentName_throwsAndKeepsTheFirst() {
    SegmentStrategies.Builder b = SegmentStrategies.builder().segment("GOLD", SegmentRule.always(),
        ServiceStrategy.of(1));
    assertThatThrownBy(() -> b.segment("gold", SegmentRule.always(), ServiceStrategy.of(2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'gold'");
    assertThat(b.build().segments()).singleElement().extracting(m -> m.strategy().priority()).isEqualTo(1);
  }

  @Test
  void badValues_throwNamingFieldAndValue() {
    assertThatThrownBy(() -> ServiceStrategy.of(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("priority").hasMessageContaining("-1");
    assertThatThrownBy(() -> ServiceStrategy.of(1).withQueue(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("queue");
    assertThatThrownBy(() -> ServiceStrategy.of(1).withSlaPolicy("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("slaPolicy");
    assertThatThrownBy(() -> new ServiceStrategy(1, Optional.empty(), Optional.empty(), Optional.empty(),
        ServiceStrategy.BotUse.NEVER, Optional.of("faq"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("botPolicy");
    assertThatThrownBy(() -> new SegmentRule(" ", c -> true)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("description");
    assertThatThrownBy(() -> SegmentStrategies.builder().segment(" ", SegmentRule.always(), ServiceStrategy.of(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("segment");
    assertThat(ServiceStrategy.of(1).withBotPolicy(" FAQ ").botPolicy()).contains("faq");
  }

  @Test
  void nullParameters_throwNullPointerException() {
    assertThatThrownBy(() -> tiers.match(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SegmentRule.segmentIs(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SegmentRule.attribute(null, "d", v -> true)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SegmentRule.always().matches(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ServiceStrategy.of(1).withQueue(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ServiceStrategy.of(1).withProactiveChannel(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ServiceStrategy.of(1).withBotPolicy(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SegmentStrategies.builder().segment("a", null, ServiceStrategy.of(1)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> tiers.segments().get(0).applyTo(null)).isInstanceOf(NullPointerException.class);
  }
}
