package dev.cim.core.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.InboundContact;
import dev.cim.core.InteractionHub;
import dev.cim.core.Received;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class JourneyListenerTest {
  private final Instant t0 = Instant.parse("2026-03-02T10:00:00Z");

  @Test
  void hubEvents_moveTheJourney_interactionThenOutcome() {
    InteractionHub hub = InteractionHub.builder().clock(Clock.fixed(t0, ZoneOffset.UTC)).build();
    JourneyTracker tracker = new JourneyTracker(JourneyTest.journey());
    JourneyListener.attach(hub, tracker);

    Received r = hub.receive(InboundContact.of(Channel.CHAT, ContactPoint.email("ana@example.com"), "set me up")
        .withTopic("setup"));
    tracker.record(JourneySignal.hostEvent(r.customer().id(), t0, "contract-signed"));
    hub.close(r.interaction().id(), "setup-done");

    assertThat(tracker.history(r.customer().id())).extracting(StageChange::to)
        .containsExactly("prospect", "onboarding", "active");
    assertThat(tracker.history(r.customer().id()).get(2).because()).isEqualTo("setup resolved");
    assertThat(tracker.touchpoints(r.customer().id())).extracting(JourneySignal::kind)
        .containsExactly(JourneySignal.Kind.INTERACTION, JourneySignal.Kind.OUTCOME);
    assertThat(tracker.touchpoints(r.customer().id()).get(0).topic()).contains("setup");
    assertThat(tracker.touchpoints(r.customer().id()).get(1).outcome()).contains("setup-done");
  }

  @Test
  void abandonedWithoutDisposition_outcomeIsTheStateName() {
    InteractionHub hub = InteractionHub.builder().clock(Clock.fixed(t0, ZoneOffset.UTC)).build();
    JourneyTracker tracker = new JourneyTracker(JourneyTest.journey());
    JourneyListener.attach(hub, tracker);

    Received r = hub.receive(InboundContact.of(Channel.VOICE, ContactPoint.phone("+14155550100"), "hello"));
    hub.abandon(r.interaction().id());

    assertThat(tracker.touchpoints(r.customer().id()).get(1).outcome()).contains("abandoned");
  }

  @Test
  void nullParameters_throwNullPointerException() {
    JourneyTracker tracker = new JourneyTracker(JourneyTest.journey());
    assertThatThrownBy(() -> new JourneyListener(null, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JourneyListener.attach(null, tracker)).isInstanceOf(NullPointerException.class);
  }
}
