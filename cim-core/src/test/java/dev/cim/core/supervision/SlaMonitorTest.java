package dev.cim.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.InboundContact;
import dev.cim.core.InteractionHub;
import dev.cim.core.TestClock;
import dev.cim.core.event.CimListener;
import dev.cim.core.event.SlaBreached;
import dev.cim.core.event.SlaBreached.Target;
import dev.cim.core.model.Agent;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.InteractionId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SLA tracking through a hub on virtual time. The office calendar is Monday to Friday 09:00-17:00 UTC; 2026-11-27 is
 * a Friday.
 */
class SlaMonitorTest {
  private static final AgentId AGENT = AgentId.of("a-1");
  private static final ContactPoint ANA = ContactPoint.email("ana@example.com");
  private static final BusinessCalendar OFFICE = BusinessCalendar.builder(ZoneOffset.UTC)
      .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
  private static final SlaPolicy STANDARD = SlaPolicy.of("standard", OFFICE).withFirstResponse(Duration.ofHours(1))
      .withNextResponse(Duration.ofMinutes(30)).withResolution(Duration.ofHours(8));
  private static final SlaPolicy GOLD = SlaPolicy.of("gold", OFFICE).withFirstResponse(Duration.ofMinutes(15));

  private final TestClock clock = new TestClock(Instant.parse("2026-11-27T10:00:00Z"));
  private final List<SlaBreached> breaches = new ArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();
  private InteractionHub hub;
  private SlaMonitor sla;

  @BeforeEach
  void setUp() {
    hub = InteractionHub.builder().clock(clock).ids(() -> "id-" + ids.incrementAndGet()).build();
    hub.agentStore().create(Agent.of(AGENT, "Bea").withCapacity(Channel.CHAT, 3));
    SlaPolicies rules = SlaPolicies.builder().defaultPolicy(STANDARD).forSegment("gold", GOLD).build();
    sla = SlaMonitor.builder(rules).interactionStore(hub.interactionStore()).customerStore(hub.customerStore())
        .clock(clock).listener(new CimListener() {
          @Override
          public void onSlaBreached(SlaBreached event) {
            breaches.add(event);
          }
        }).build();
    hub.addListener(sla);
  }

  private InteractionId receive(String text) {
    return hub.receive(InboundContact.of(Channel.CHAT, ANA, text)).interaction().id();
  }

  private void at(String iso) {
    clock.set(Instant.parse(iso));
  }

  @Test
  void firstResponseInTime_noBreach_statusRecordsThePolicyAndTimes() {
    InteractionId chat = receive("Hello");
    SlaStatus opened = sla.status(chat).orElseThrow();
    assertThat(opened.policy()).isEqualTo(STANDARD);
    assertThat(opened.deadlines()).containsEntry(Target.FIRST_RESPONSE, Instant.parse("2026-11-27T11:00:00Z"))
        .containsEntry(Target.RESOLUTION, Instant.parse("2026-11-30T10:00:00Z")); // 7h Friday + 1h Monday
    hub.assign(chat, AGENT);
    at("2026-11-27T11:00:00Z"); // exactly at the deadline is in time
    hub.addMessage(chat, AuthorRole.AGENT, AGENT.value(), "Hi");
    assertThat(sla.tick(Instant.parse("2026-11-27T16:00:00Z"))).isEmpty();
    SlaStatus s = sla.status(chat).orElseThrow();
    assertThat(s.firstRespondedAt()).contains(Instant.parse("2026-11-27T11:00:00Z"));
    assertThat(s.deadlines()).containsOnlyKeys(Target.RESOLUTION);
    assertThat(breaches).isEmpty();
  }

  @Test
  void firstResponse_countsOnlyBusinessHours_overTheWeekend() {
    at("2026-11-27T16:30:00Z"); // Friday, 30 business minutes left
    InteractionId chat = receive("Hello");
    assertThat(sla.status(chat).orElseThrow().deadlines().get(Target.FIRST_RESPONSE))
        .isEqualTo(Instant.parse("2026-11-30T09:30:00Z"));
    assertThat(sla.tick(Instant.parse("2026-11-29T12:00:00Z"))).as("Sunday: not yet due").isEmpty();
    List<SlaBreached> raised = sla.tick(Instant.parse("2026-11-30T09:31:00Z"));
    assertThat(raised).singleElement().satisfies(b -> {
      assertThat(b.target()).isEqualTo(Target.FIRST_RESPONSE);
      assertThat(b.policy()).isEqualTo("standard");
      assertThat(b.startedAt()).isEqualTo(Instant.parse("2026-11-27T16:30:00Z"));
      assertThat(b.deadline()).isEqualTo(Instant.parse("2026-11-30T09:30:00Z"));
      assertThat(b.occurredAt()).isEqualTo(Instant.parse("2026-11-30T09:31:00Z"));
      assertThat(b.targetTime()).isEqualTo(Duration.ofHours(1));
    });
    assertThat(sla.tick(Instant.parse("2026-11-30T12:00:00Z"))).as("one breach per miss").isEmpty();
    assertThat(breaches).hasSize(1);
  }

  @Test
  void lateResponse_withoutTick_isABreachAtTheResponse() {
    InteractionId chat = receive("Hello");
    hub.assign(chat, AGENT);
    at("2026-11-27T11:05:00Z");
    hub.addMessage(chat, AuthorRole.AGENT, AGENT.value(), "Sorry for the wait");
    assertThat(breaches).singleElement().satisfies(b -> {
      assertThat(b.target()).isEqualTo(Target.FIRST_RESPONSE);
      assertThat(b.occurredAt()).isEqualTo(Instant.parse("2026-11-27T11:05:00Z"));
    });
    assertThat(sla.status(chat).orElseThrow().breached(Target.FIRST_RESPONSE)).isTrue();
  }

  @Test
  void nextResponse_startsAtTheCustomersMessageAfterAResponse() {
    InteractionId chat = receive("Hello");
    hub.assign(chat, AGENT);
    at("2026-11-27T10:10:00Z");
    hub.addMessage(chat, AuthorRole.AGENT, AGENT.value(), "Hi");
    at("2026-11-27T10:20:00Z");
    hub.addMessage(chat, AuthorRole.CUSTOMER, null, "It's about my bill");
    at("2026-11-27T10:40:00Z");
    hub.addMessage(chat, AuthorRole.CUSTOMER, null, "Hello?"); // does not restart the clock
    hub.addMessage(chat, AuthorRole.BOT, "bot", "An agent will be with you"); // not a response
    hub.whisper(chat, "sup-7", "Answer her"); // not a response
    assertThat(sla.status(chat).orElseThrow().deadlines())
        .containsEntry(Target.NEXT_RESPONSE, Instant.parse("2026-11-27T10:50:00Z"));
    assertThat(sla.tick(Instant.parse("2026-11-27T10:51:00Z"))).extracting(SlaBreached::target)
        .containsExactly(Target.NEXT_RESPONSE);
    at("2026-11-27T10:55:00Z");
    hub.addMessage(chat, AuthorRole.AGENT, AGENT.value(), "Looking now");
    at("2026-11-27T11:00:00Z");
    hub.addMessage(chat, AuthorRole.CUSTOMER, null, "Thanks");
    at("2026-11-27T11:20:00Z");
    hub.addMessage(chat, AuthorRole.AGENT, AGENT.value(), "Done");
    assertThat(breaches).extracting(SlaBreached::target).containsExactly(Target.NEXT_RESPONSE);
  }

  @Test
  void supervisorBargeIn_isAResponse() {
    InteractionId chat = receive("Hello");
    hub.assign(chat, AGENT);
    at("2026-11-27T10:30:00Z");
    hub.bargeIn(chat, "sup-7", "I'm the team lead");
    assertThat(sla.status(chat).orElseThrow().firstRespondedAt()).contains(Instant.parse("2026-11-27T10:30:00Z"));
  }

  @Test
  void resolution_metByResolved_missedWhenLate() {
    InteractionId chat = receive("Hello");
    hub.assign(chat, AGENT);
    hub.addMessage(chat, AuthorRole.AGENT, AGENT.value(), "Hi");
    at("2026-11-30T09:59:00Z"); // 7h Friday + 59 min Monday
    hub.resolve(chat, "fixed");
    assertThat(breaches).isEmpty();
    assertThat(sla.status(chat).orElseThrow()).satisfies(s -> {
      assertThat(s.finished()).isTrue();
      assertThat(s.resolvedAt()).contains(Instant.parse("2026-11-30T09:59:00Z"));
      assertThat(s.deadlines()).isEmpty();
    });

    at("2026-11-30T11:00:00Z");
    InteractionId second = hub.receive(InboundContact.of(Channel.CHAT, ContactPoint.email("bo@example.com"), "Hi"))
        .interaction().id();
    hub.assign(second, AGENT);
    hub.addMessage(second, AuthorRole.AGENT, AGENT.value(), "Hi");
    at("2026-12-01T12:00:00Z"); // 6h Monday + 3h Tuesday = 9h > 8h
    hub.resolve(second, "fixed");
    assertThat(breaches).extracting(SlaBreached::interactionId, SlaBreached::target)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(second, Target.RESOLUTION));
    assertThat(breaches.get(0).deadline()).isEqualTo(Instant.parse("2026-12-01T11:00:00Z"));
  }

  @Test
  void abandoned_stopsEveryClockWithoutBreach() {
    InteractionId chat = receive("Hello");
    at("2026-11-27T10:30:00Z");
    hub.abandon(chat);
    assertThat(sla.tick(Instant.parse("2026-12-10T10:00:00Z"))).isEmpty();
    assertThat(sla.status(chat).orElseThrow().finished()).isTrue();
  }

  @Test
  void segment_selectsThePolicy() {
    Customer gold = Customer.create(CustomerId.of("c-gold"), clock.instant(), ContactPoint.email("gold@example.com"))
        .withSegment("gold");
    hub.customerStore().create(gold);
    InteractionId chat = hub.receive(InboundContact.of(Channel.CHAT, ContactPoint.email("gold@example.com"), "Hi"))
        .interaction().id();
    SlaStatus s = sla.status(chat).orElseThrow();
    assertThat(s.policy().name()).isEqualTo("gold");
    assertThat(s.deadlines()).containsOnlyKeys(Target.FIRST_RESPONSE)
        .containsEntry(Target.FIRST_RESPONSE, Instant.parse("2026-11-27T10:15:00Z"));
  }

  @Test
  void queue_selectsThePolicy() {
    SlaPolicies rules = SlaPolicies.builder().forQueue("billing", GOLD).build();
    SlaMonitor byQueue = SlaMonitor.builder(rules).interactionStore(hub.interactionStore())
        .customerStore(hub.customerStore()).build();
    hub.addListener(byQueue);
    InteractionId billing = hub.receive(InboundContact.of(Channel.CHAT, ANA, "Hi").withQueue("billing"))
        .interaction().id();
    InteractionId other = hub.receive(InboundContact.of(Channel.EMAIL, ANA, "Hi").withQueue("sales"))
        .interaction().id();
    assertThat(byQueue.status(billing)).map(s -> s.policy().name()).contains("gold");
    assertThat(byQueue.status(other)).as("no rule, no default: not tracked").isEmpty();
  }

  @Test
  void customerErased_forgetsTheirInteractions() {
    InteractionId chat = receive("Hello");
    CustomerId customer = hub.findInteraction(chat).orElseThrow().customerId();
    hub.erase(customer);
    assertThat(sla.status(chat)).isEmpty();
    assertThat(sla.tick(Instant.parse("2026-12-10T10:00:00Z"))).isEmpty();
  }

  @Test
  void retainFinished_dropsTheOldestFinished() {
    SlaMonitor small = SlaMonitor.builder(SlaPolicies.builder().defaultPolicy(STANDARD).build())
        .interactionStore(hub.interactionStore()).customerStore(hub.customerStore()).retainFinished(1).build();
    hub.addListener(small);
    InteractionId a = receive("one");
    InteractionId b = hub.receive(InboundContact.of(Channel.EMAIL, ANA, "two")).interaction().id();
    InteractionId c = hub.receive(InboundContact.of(Channel.SMS, ANA, "three")).interaction().id();
    hub.abandon(a);
    hub.abandon(b);
    assertThat(small.status(a)).isEmpty();
    assertThat(small.status(b)).isPresent();
    assertThat(small.status(c)).isPresent();
  }

  @Test
  void builder_missingStore_throwsNamingIt() {
    assertThatThrownBy(() -> SlaMonitor.builder(SlaPolicies.builder().build())
        .interactionStore(hub.interactionStore()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("customerStore was not");
    assertThatThrownBy(() -> SlaMonitor.builder(SlaPolicies.builder().build()).retainFinished(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("retainFinished must be >= 0, but was -1");
  }

  @Test
  void tick_usesTheInjectedClock() {
    receive("Hello");
    clock.advance(Duration.ofMinutes(61));
    assertThat(sla.tick()).extracting(SlaBreached::target).containsExactly(Target.FIRST_RESPONSE);
  }
}
