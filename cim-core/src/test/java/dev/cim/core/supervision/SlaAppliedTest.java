package dev.cim.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.InboundContact;
import dev.cim.core.InteractionHub;
import dev.cim.core.TestClock;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.segment.SegmentRule;
import dev.cim.core.segment.SegmentStrategies;
import dev.cim.core.segment.ServiceStrategy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The hub records each new interaction's SLA policy on the interaction, and the monitor follows that record. */
class SlaAppliedTest {
  private static final BusinessCalendar OFFICE = BusinessCalendar.builder(ZoneOffset.UTC)
      .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
  private static final SlaPolicy STANDARD = SlaPolicy.of("standard", OFFICE).withFirstResponse(Duration.ofHours(1));
  private static final SlaPolicy VIP_QUEUE = SlaPolicy.of("vip-queue", OFFICE)
      .withFirstResponse(Duration.ofMinutes(30));
  private static final SlaPolicy PLATINUM = SlaPolicy.of("platinum", OFFICE).withFirstResponse(Duration.ofMinutes(5));
  private static final ContactPoint ANA = ContactPoint.email("ana@example.com");
  private static final ContactPoint BO = ContactPoint.email("bo@example.com");

  private final TestClock clock = new TestClock(Instant.parse("2026-11-27T10:00:00Z"));
  private final AtomicInteger ids = new AtomicInteger();
  private final SlaPolicies rules = SlaPolicies.builder().defaultPolicy(STANDARD).forQueue("vip", VIP_QUEUE)
      .policy(PLATINUM).build();

  private InteractionHub hub(SegmentStrategies segments) {
    return InteractionHub.builder().clock(clock).ids(() -> "id-" + ids.incrementAndGet()).segments(segments)
        .slaPolicies(rules).build();
  }

  @Test
  void receive_recordsTheSegmentsNamedPolicy_elseTheRuleForTheQueue_andTheMonitorFollowsIt() {
    InteractionHub hub = hub(SegmentStrategies.builder()
        .segment("PLATINUM", SegmentRule.segmentIs("platinum"), ServiceStrategy.of(9).withSlaPolicy("platinum"))
        .segment("OTHER", SegmentRule.always(), ServiceStrategy.of(1))
        .build());
    hub.customerStore().create(Customer.create(CustomerId.of("ana"), clock.instant(), ANA).withSegment("platinum"));
    SlaMonitor monitor = SlaMonitor.builder(rules).interactionStore(hub.interactionStore())
        .customerStore(hub.customerStore()).clock(clock).build();
    hub.addListener(monitor);

    Interaction ana = hub.receive(InboundContact.of(Channel.CHAT, ANA, "hello").withQueue("vip")).interaction();
    Interaction bo = hub.receive(InboundContact.of(Channel.CHAT, BO, "hello").withQueue("vip")).interaction();
    Interaction boMail = hub.receive(InboundContact.of(Channel.EMAIL, BO, "hello")).interaction();

    assertThat(ana.attributes().get(SlaPolicies.APPLIED)).contains("platinum");
    assertThat(bo.attributes().get(SlaPolicies.APPLIED)).contains("vip-queue");
    assertThat(boMail.attributes().get(SlaPolicies.APPLIED)).contains("standard");
    assertThat(hub.interactionStore().findById(ana.id()).orElseThrow().attributes().get(SlaPolicies.APPLIED))
        .contains("platinum");
    assertThat(monitor.status(ana.id()).orElseThrow().policy()).isEqualTo(PLATINUM);
    assertThat(monitor.status(bo.id()).orElseThrow().policy()).isEqualTo(VIP_QUEUE);
    assertThat(monitor.status(boMail.id()).orElseThrow().policy()).isEqualTo(STANDARD);
  }

  @Test
  void slaPolicies_namedAndForInteraction_findPoliciesByName() {
    assertThat(rules.named("platinum")).contains(PLATINUM);
    assertThat(rules.named("vip-queue")).contains(VIP_QUEUE);
    assertThat(rules.named("standard")).contains(STANDARD);
    assertThat(rules.named("unknown")).isEmpty();
  }

  @Test
  void build_twoDifferentPoliciesWithOneName_throws() {
    SlaPolicy otherStandard = SlaPolicy.of("standard", OFFICE).withFirstResponse(Duration.ofHours(2));
    assertThatThrownBy(() -> SlaPolicies.builder().defaultPolicy(STANDARD).forQueue("q", otherStandard).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'standard'");
  }

  @Test
  void slaPolicies_setTwice_throwsAndNullIsRefused() {
    InteractionHub.Builder b = InteractionHub.builder().slaPolicies(rules);
    assertThatThrownBy(() -> b.slaPolicies(rules)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> InteractionHub.builder().slaPolicies(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> rules.named(null)).isInstanceOf(NullPointerException.class);
  }
}
