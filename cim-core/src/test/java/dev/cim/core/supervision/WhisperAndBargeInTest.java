package dev.cim.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.InboundContact;
import dev.cim.core.InteractionHub;
import dev.cim.core.TestClock;
import dev.cim.core.TimelineEntry;
import dev.cim.core.event.CimEvent;
import dev.cim.core.event.CimListener;
import dev.cim.core.event.MessageAdded;
import dev.cim.core.event.SupervisorBargedIn;
import dev.cim.core.model.Agent;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Message;
import dev.cim.core.spi.EntityNotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whisper (agent-only guidance) and barge-in (the supervisor joins visibly) through the hub. */
class WhisperAndBargeInTest {
  private static final AgentId AGENT = AgentId.of("a-1");

  private final TestClock clock = new TestClock(Instant.parse("2026-11-27T10:00:00Z"));
  private final List<CimEvent> events = new ArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();
  private InteractionHub hub;
  private InteractionId chat;

  @BeforeEach
  void setUp() {
    hub = InteractionHub.builder().clock(clock).ids(() -> "id-" + ids.incrementAndGet()).listener(new CimListener() {
      @Override
      public void onMessageAdded(MessageAdded event) {
        events.add(event);
      }

      @Override
      public void onSupervisorBargedIn(SupervisorBargedIn event) {
        events.add(event);
      }
    }).build();
    hub.agentStore().create(Agent.of(AGENT, "Bea").withCapacity(Channel.CHAT, 3));
    chat = hub.receive(InboundContact.of(Channel.CHAT, ContactPoint.email("ana@example.com"), "My bill is wrong"))
        .interaction().id();
  }

  private void activate() {
    hub.assign(chat, AGENT);
    clock.advance(Duration.ofSeconds(5));
    hub.addMessage(chat, AuthorRole.AGENT, AGENT.value(), "Let me look");
    clock.advance(Duration.ofSeconds(5));
  }

  private static List<AuthorRole> roles(List<Message> messages) {
    return messages.stream().map(Message::role).toList();
  }

  @Test
  void whisper_onActiveInteraction_agentSeesItCustomerNever() {
    activate();
    Message w = hub.whisper(chat, "sup-7", "Offer the goodwill credit");
    clock.advance(Duration.ofSeconds(5));
    hub.addMessage(chat, AuthorRole.AGENT, AGENT.value(), "I can offer a credit");

    assertThat(w.role()).isEqualTo(AuthorRole.SUPERVISOR_WHISPER);
    assertThat(w.authorId()).contains("sup-7");
    assertThat(roles(hub.agentTranscript(chat))).containsExactly(AuthorRole.CUSTOMER, AuthorRole.AGENT,
        AuthorRole.SUPERVISOR_WHISPER, AuthorRole.AGENT);
    assertThat(roles(hub.customerTranscript(chat))).containsExactly(AuthorRole.CUSTOMER, AuthorRole.AGENT,
        AuthorRole.AGENT);
    assertThat(hub.customerTranscript(chat)).extracting(Message::text).doesNotContain("Offer the goodwill credit");
    // the agent-facing context and timeline include it
    Interaction i = hub.findInteraction(chat).orElseThrow();
    assertThat(hub.context(i.customerId()).timeline()).extracting(TimelineEntry::role)
        .contains(AuthorRole.SUPERVISOR_WHISPER);
    assertThat(events).filteredOn(e -> e instanceof MessageAdded m && m.role() == AuthorRole.SUPERVISOR_WHISPER)
        .hasSize(1);
  }

  @Test
  void whisper_duringWrapUp_isAllowed() {
    activate();
    hub.wrapUp(chat);
    assertThat(hub.whisper(chat, "sup-7", "Use code REFUND-2").role()).isEqualTo(AuthorRole.SUPERVISOR_WHISPER);
  }

  @Test
  void whisper_whileQueued_isRefusedAndStoresNothing() {
    List<Message> before = hub.agentTranscript(chat);
    assertThatThrownBy(() -> hub.whisper(chat, "sup-7", "hello"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("interaction '" + chat + "' must be ACTIVE, HELD or WRAP_UP for a supervisor's whisper")
        .hasMessageContaining("but was QUEUED");
    assertThat(hub.agentTranscript(chat)).isEqualTo(before);
  }

  @Test
  void whisper_unknownInteraction_throwsNotFound() {
    assertThatThrownBy(() -> hub.whisper(InteractionId.of("nope"), "sup-7", "x"))
        .isInstanceOf(EntityNotFoundException.class);
  }

  @Test
  void whisper_blankSupervisor_throwsNamingTheField() {
    activate();
    assertThatThrownBy(() -> hub.whisper(chat, " ", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("supervisorId must be 1 to 256 characters and not blank, but was ' '");
  }

  @Test
  void bargeIn_joinsVisiblyAndIsRecorded() {
    activate();
    Instant at = clock.instant();
    Message m = hub.bargeIn(chat, "sup-7", "Hi, I'm the team lead, I'll take it from here");
    clock.advance(Duration.ofSeconds(5));
    hub.addMessage(chat, AuthorRole.SUPERVISOR, "sup-7", "The credit is applied");

    assertThat(m.role()).isEqualTo(AuthorRole.SUPERVISOR);
    assertThat(roles(hub.customerTranscript(chat))).containsExactly(AuthorRole.CUSTOMER, AuthorRole.AGENT,
        AuthorRole.SUPERVISOR, AuthorRole.SUPERVISOR);
    Interaction i = hub.findInteraction(chat).orElseThrow();
    assertThat(i.attributes().get(SupervisionKeys.BARGED_IN_BY)).contains("sup-7");
    assertThat(i.attributes().get(SupervisionKeys.BARGED_IN_AT)).contains(at);
    assertThat(events).filteredOn(SupervisorBargedIn.class::isInstance).singleElement()
        .isEqualTo(new SupervisorBargedIn(chat, i.customerId(), "sup-7", Optional.of(AGENT), at));
  }

  @Test
  void bargeIn_duringWrapUp_isRefusedAndChangesNothing() {
    activate();
    hub.wrapUp(chat);
    Interaction before = hub.findInteraction(chat).orElseThrow();
    assertThatThrownBy(() -> hub.bargeIn(chat, "sup-7", "hello"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("must be ACTIVE or HELD for a supervisor's barge-in, but was WRAP_UP");
    assertThat(hub.findInteraction(chat)).contains(before);
    assertThat(events).noneMatch(SupervisorBargedIn.class::isInstance);
  }

  @Test
  void transcripts_unknownInteraction_areEmpty() {
    assertThat(hub.customerTranscript(InteractionId.of("nope"))).isEmpty();
    assertThat(hub.agentTranscript(InteractionId.of("nope"))).isEmpty();
  }

  @Test
  void supervisorMethods_nullArguments_throwNpe() {
    assertThatThrownBy(() -> hub.whisper(null, "s", "x")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> hub.whisper(chat, null, "x")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> hub.whisper(chat, "s", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> hub.bargeIn(null, "s", "x")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> hub.bargeIn(chat, null, "x")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> hub.bargeIn(chat, "s", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> hub.customerTranscript(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> hub.agentTranscript(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void authorRoles_onlyTheWhisperIsHiddenFromTheCustomer() {
    for (AuthorRole r : AuthorRole.values()) {
      assertThat(r.visibleToCustomer()).as(r.name()).isEqualTo(r != AuthorRole.SUPERVISOR_WHISPER);
    }
  }
}
