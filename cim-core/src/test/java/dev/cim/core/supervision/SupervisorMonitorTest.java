package dev.cim.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.InboundContact;
import dev.cim.core.InteractionHub;
import dev.cim.core.MessageAnalyzer;
import dev.cim.core.TestClock;
import dev.cim.core.event.CimEvent;
import dev.cim.core.event.SentimentAlert;
import dev.cim.core.event.SentimentRecovered;
import dev.cim.core.event.SlaBreached;
import dev.cim.core.model.Agent;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.Attributes;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.supervision.SupervisorAlert.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Supervisor alerts from hub events, agent activities and virtual time. */
class SupervisorMonitorTest {
  private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z"); // an interval boundary
  private static final AgentId AGENT = AgentId.of("a-1");

  private final TestClock clock = new TestClock(T0);
  private final List<SupervisorAlert> alerts = new ArrayList<>();
  private final List<SupervisorAlert> cleared = new ArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final AtomicInteger contacts = new AtomicInteger();
  private InteractionHub hub;
  private SupervisorMonitor monitor;

  /** Raises a SentimentAlert on a customer message containing "awful", and recovers on "thanks", like a tracker. */
  private static final MessageAnalyzer MOOD = (interaction, message) -> {
    List<CimEvent> events = new ArrayList<>();
    if (message.role() == AuthorRole.CUSTOMER && message.text().contains("awful")) {
      events.add(new SentimentAlert(interaction.id(), interaction.customerId(), message.id(), -0.8, -0.45,
          "smoothed score -0.45 below -0.35", message.sentAt()));
    } else if (message.role() == AuthorRole.CUSTOMER && message.text().contains("thanks")) {
      events.add(new SentimentRecovered(interaction.id(), interaction.customerId(), message.id(), 0.1,
          message.sentAt()));
    }
    return new MessageAnalyzer.Analysis(Attributes.empty(), events);
  };

  @BeforeEach
  void setUp() {
    hub = InteractionHub.builder().clock(clock).messageAnalyzer(MOOD).ids(() -> "id-" + ids.incrementAndGet())
        .build();
    hub.agentStore().create(Agent.of(AGENT, "Bea").withCapacity(Channel.CHAT, 3));
    monitor = SupervisorMonitor.builder().clock(clock).interactionStore(hub.interactionStore())
        .maxWait(Duration.ofSeconds(60)).maxHold(Duration.ofMinutes(2))
        .serviceLevel(Duration.ofSeconds(20), 0.8, Duration.ofMinutes(30), 5)
        .maxInActivity(Activity.AVAILABLE, Duration.ofMinutes(10))
        .listener(new SupervisorListener() {
          @Override
          public void onAlert(SupervisorAlert alert) {
            alerts.add(alert);
          }

          @Override
          public void onCleared(SupervisorAlert alert, Instant at) {
            cleared.add(alert);
          }
        }).build();
    hub.addListener(monitor);
  }

  private InteractionId contact(String queue, String text) {
    ContactPoint from = ContactPoint.email("c" + contacts.incrementAndGet() + "@example.com");
    return hub.receive(InboundContact.of(Channel.CHAT, from, text).withQueue(queue)).interaction().id();
  }

  private List<Kind> kinds(List<SupervisorAlert> list) {
    return list.stream().map(SupervisorAlert::kind).toList();
  }

  @Test
  void negativeSentiment_fromTheHub_alertsOnceThenClearsOnRecovery() {
    InteractionId chat = contact("billing", "Hello");
    hub.assign(chat, AGENT);
    clock.advance(Duration.ofSeconds(10));
    hub.addMessage(chat, AuthorRole.CUSTOMER, null, "This is awful");
    hub.addMessage(chat, AuthorRole.CUSTOMER, null, "Truly awful"); // same condition: no second alert
    assertThat(alerts).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(Kind.NEGATIVE_SENTIMENT);
      assertThat(a.interactionId()).contains(chat);
      assertThat(a.reason()).isEqualTo("conversation turned negative: smoothed score -0.45 below -0.35 "
          + "(message score -0.80, smoothed score -0.45)");
      assertThat(a.at()).isEqualTo(T0.plusSeconds(10));
    });
    hub.addMessage(chat, AuthorRole.CUSTOMER, null, "ok thanks");
    assertThat(kinds(cleared)).containsExactly(Kind.NEGATIVE_SENTIMENT);
    assertThat(monitor.activeAlerts()).isEmpty();
    hub.addMessage(chat, AuthorRole.CUSTOMER, null, "awful again"); // a new condition after it cleared
    assertThat(kinds(alerts)).containsExactly(Kind.NEGATIVE_SENTIMENT, Kind.NEGATIVE_SENTIMENT);
  }

  @Test
  void longWait_alertsAfterTheLimitAndClearsWhenAnswered() {
    InteractionId chat = contact("billing", "Hello");
    assertThat(monitor.tick(T0.plusSeconds(60))).as("exactly at the limit").isEmpty();
    List<SupervisorAlert> raised = monitor.tick(T0.plusSeconds(95));
    assertThat(raised).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(Kind.LONG_WAIT);
      assertThat(a.reason()).isEqualTo("waited 1m35s for an agent in queue 'billing', over the 1m limit");
      assertThat(a.interactionId()).contains(chat);
      assertThat(a.queue()).contains("billing");
    });
    assertThat(monitor.tick(T0.plusSeconds(200))).as("de-duplicated").isEmpty();
    clock.set(T0.plusSeconds(210));
    hub.offer(chat, AGENT);
    hub.requeue(chat); // still the same wait
    assertThat(cleared).isEmpty();
    hub.assign(chat, AGENT);
    assertThat(kinds(cleared)).containsExactly(Kind.LONG_WAIT);
  }

  @Test
  void longHold_alertsAndClearsWhenTheHoldEnds() {
    InteractionId chat = contact("billing", "Hello");
    hub.assign(chat, AGENT);
    hub.transition(chat, InteractionState.HELD);
    clock.advance(Duration.ofMinutes(2));
    assertThat(monitor.tick()).isEmpty();
    clock.advance(Duration.ofSeconds(30));
    assertThat(monitor.tick()).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(Kind.LONG_HOLD);
      assertThat(a.reason()).isEqualTo("on hold for 2m30s, over the 2m limit");
    });
    hub.transition(chat, InteractionState.ACTIVE);
    assertThat(kinds(cleared)).containsExactly(Kind.LONG_HOLD);
  }

  @Test
  void serviceLevel_belowTargetInTheInterval_alertsWithFigures() {
    // 5 contacts arrive at 10:00; 3 answered after 10s, 2 after 30s: 3 of 5 = 60% < 80%, with a minimum of 5
    List<InteractionId> chats = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      chats.add(contact("billing", "Hello"));
    }
    clock.set(T0.plusSeconds(10));
    for (int i = 0; i < 3; i++) {
      hub.assign(chats.get(i), AGENT);
    }
    assertThat(alerts).isEmpty();
    clock.set(T0.plusSeconds(30));
    hub.assign(chats.get(3), AGENT);
    // 3 in time, 1 answered late, 1 still waiting beyond T: 5 count
    assertThat(alerts).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(Kind.SERVICE_LEVEL_LOW);
      assertThat(a.queue()).contains("billing");
      assertThat(a.reason()).isEqualTo("queue 'billing' service level 60.0% (3 of 5 answered within 20s; 1 waiting "
          + "longer) is below the 80.0% target in the interval from 2026-11-27T10:00:00Z");
    });
    hub.assign(chats.get(4), AGENT);
    assertThat(alerts).as("still below target: no second alert").hasSize(1);
    // a new interval starts: the condition clears
    monitor.tick(T0.plus(Duration.ofMinutes(30)));
    assertThat(kinds(cleared)).containsExactly(Kind.SERVICE_LEVEL_LOW);
  }

  @Test
  void serviceLevel_countsContactsStillWaitingBeyondT_andShortAbandonsNot() {
    for (int i = 0; i < 4; i++) {
      hub.assign(contact("sales", "Hi"), AGENT); // 4 answered at once
    }
    InteractionId shortAbandon = contact("sales", "Hi");
    clock.set(T0.plusSeconds(5));
    hub.abandon(shortAbandon);
    contact("sales", "Hi");
    contact("sales", "Hi");
    assertThat(monitor.tick(T0.plusSeconds(25))).isEmpty(); // 4 in time, 2 waiting 20s: not beyond T yet
    List<SupervisorAlert> raised = monitor.tick(T0.plusSeconds(26));
    assertThat(raised).extracting(SupervisorAlert::kind).containsExactly(Kind.SERVICE_LEVEL_LOW);
    assertThat(raised.get(0).reason()).startsWith("queue 'sales' service level 66.7% (4 of 6 answered within 20s; "
        + "2 waiting longer)");
  }

  @Test
  void agentIdleTooLong_alertsAndClearsOnChange() {
    monitor.agentActivity(AGENT, Activity.AVAILABLE, T0);
    monitor.agentActivity(AGENT, Activity.AVAILABLE, T0.plusSeconds(300)); // same activity: the clock runs on
    assertThat(monitor.tick(T0.plus(Duration.ofMinutes(10)))).isEmpty();
    assertThat(monitor.tick(T0.plus(Duration.ofMinutes(10)).plusSeconds(1))).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(Kind.AGENT_STATE_TOO_LONG);
      assertThat(a.agentId()).contains(AGENT);
      assertThat(a.reason()).isEqualTo("agent 'a-1' available for 10m01s, over the 10m limit");
    });
    monitor.agentActivity(AGENT, Activity.BREAK, T0.plus(Duration.ofMinutes(11)));
    assertThat(kinds(cleared)).containsExactly(Kind.AGENT_STATE_TOO_LONG);
    assertThat(monitor.tick(T0.plus(Duration.ofHours(3)))).as("no limit for breaks").isEmpty();
  }

  @Test
  void slaBreach_isForwardedAndClearsWhenTheInteractionEnds() {
    InteractionId chat = contact("billing", "Hello");
    hub.assign(chat, AGENT);
    SlaBreached breach = new SlaBreached(chat, hub.findInteraction(chat).orElseThrow().customerId(), "standard",
        SlaBreached.Target.FIRST_RESPONSE, Duration.ofHours(1), T0, T0.plus(Duration.ofHours(1)),
        T0.plus(Duration.ofMinutes(61)));
    monitor.onSlaBreached(breach);
    monitor.onSlaBreached(breach);
    assertThat(alerts).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(Kind.SLA_BREACHED);
      assertThat(a.reason()).isEqualTo("missed the FIRST_RESPONSE target of SLA policy 'standard': 1h00m of "
          + "business time from 2026-11-27T10:00:00Z, due 2026-11-27T11:00:00Z");
    });
    hub.addMessage(chat, AuthorRole.CUSTOMER, null, "awful");
    hub.resolve(chat, "done");
    assertThat(kinds(cleared)).containsExactlyInAnyOrder(Kind.SLA_BREACHED, Kind.NEGATIVE_SENTIMENT);
    assertThat(monitor.activeAlerts()).isEmpty();
  }

  @Test
  void customerErased_clearsTheirAlertsAndForgetsTheirWaits() {
    InteractionId chat = contact("billing", "Hello");
    InteractionId other = contact("billing", "Hello");
    monitor.tick(T0.plusSeconds(61));
    assertThat(kinds(alerts)).containsExactly(Kind.LONG_WAIT, Kind.LONG_WAIT);
    hub.erase(hub.findInteraction(chat).orElseThrow().customerId());
    assertThat(cleared).singleElement().satisfies(a -> assertThat(a.interactionId()).contains(chat));
    assertThat(monitor.activeAlerts()).extracting(a -> a.interactionId().orElseThrow()).containsExactly(other);
    assertThat(monitor.tick(T0.plusSeconds(600))).as("the erased wait is not alerted again").isEmpty();
  }

  @Test
  void slaBreachDetectedAtResolution_isDeliveredAndClearedAtOnce() {
    // the supervisor monitor hears RESOLVED before the SLA monitor does, which then reports the late resolution
    SlaMonitor sla = SlaMonitor.builder(SlaPolicies.builder().defaultPolicy(SlaPolicy.of("fast",
        BusinessCalendar.always(java.time.ZoneOffset.UTC)).withResolution(Duration.ofMinutes(5))).build())
        .interactionStore(hub.interactionStore()).customerStore(hub.customerStore()).listener(monitor).build();
    hub.addListener(sla);
    InteractionId chat = contact("billing", "Hello");
    hub.assign(chat, AGENT);
    clock.set(T0.plus(Duration.ofMinutes(6)));
    hub.resolve(chat, "done");
    assertThat(alerts).extracting(SupervisorAlert::kind).contains(Kind.SLA_BREACHED);
    assertThat(kinds(cleared)).contains(Kind.SLA_BREACHED);
    assertThat(monitor.activeAlerts()).isEmpty();
  }

  @Test
  void throwingListener_doesNotBreakTheOthers() {
    monitor.addListener(a -> {
      throw new IllegalStateException("boom");
    });
    List<SupervisorAlert> late = new ArrayList<>();
    monitor.addListener(late::add);
    contact("billing", "Hello");
    monitor.tick(T0.plusSeconds(61));
    assertThat(kinds(late)).containsExactly(Kind.LONG_WAIT);
    assertThat(monitor.activeAlerts()).extracting(SupervisorAlert::kind).containsExactly(Kind.LONG_WAIT);
  }

  @Test
  void withoutStore_waitAlertsStillWorkButNameNoQueue() {
    SupervisorMonitor bare = SupervisorMonitor.builder().build();
    hub.addListener(bare);
    contact("billing", "Hello");
    assertThat(bare.tick(T0.plusSeconds(61))).singleElement()
        .satisfies(a -> assertThat(a.reason()).isEqualTo("waited 1m01s for an agent, over the 1m limit"));
  }

  @Test
  void builder_badValues_throwNamingThem() {
    SupervisorMonitor.Builder b = SupervisorMonitor.builder();
    assertThatThrownBy(() -> b.maxWait(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxWait must be positive, but was PT0S");
    assertThatThrownBy(() -> b.serviceLevel(Duration.ofSeconds(20), 1.5, Duration.ofMinutes(30), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target must be in (0, 1], but was 1.5");
    assertThatThrownBy(() -> b.serviceLevel(Duration.ofSeconds(20), 0.8, Duration.ofMinutes(7), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("divides a day, but was PT7M");
    assertThatThrownBy(() -> b.serviceLevel(Duration.ofSeconds(20), 0.8, Duration.ofMinutes(30), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minContacts must be >= 1, but was 0");
    assertThatThrownBy(() -> b.maxInActivity(Activity.BREAK, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit must be positive");
  }

  @Test
  void human_formatsDurations() {
    assertThat(SupervisorMonitor.human(Duration.ofSeconds(59))).isEqualTo("59s");
    assertThat(SupervisorMonitor.human(Duration.ofSeconds(60))).isEqualTo("1m");
    assertThat(SupervisorMonitor.human(Duration.ofSeconds(250))).isEqualTo("4m10s");
    assertThat(SupervisorMonitor.human(Duration.ofSeconds(3720))).isEqualTo("1h02m");
  }
}
