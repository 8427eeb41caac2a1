package dev.cim.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.InboundContact;
import dev.cim.core.InteractionHub;
import dev.cim.core.model.Agent;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.InteractionId;
import dev.cim.core.supervision.SupervisorAlert;
import dev.cim.core.supervision.SupervisorMonitor;
import dev.cim.sentiment.SentimentAnalyzer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * cim-sentiment's real tracker raises the SentimentAlert through the hub; the supervisor monitor turns it into an
 * alert.
 */
class SupervisionWithSentimentTest {
  private static final AgentId AGENT = AgentId.of("a-1");

  @Test
  void negativeConversation_reachesTheSupervisor_whispersDoNotCount() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    List<SupervisorAlert> alerts = new ArrayList<>();
    SupervisorMonitor monitor = SupervisorMonitor.builder().clock(clock).listener(alerts::add).build();
    SentimentAnalyzer analyzer = SentimentAnalyzer.builder().clock(clock).build();
    InteractionHub hub = InteractionHub.builder().clock(clock).messageAnalyzer(analyzer).listener(monitor).build();
    hub.agentStore().create(Agent.of(AGENT, "Bea").withCapacity(Channel.CHAT, 3));

    InteractionId chat = hub.receive(InboundContact.of(Channel.CHAT, ContactPoint.email("ana@example.com"),
        "Hello, I have a question about my invoice")).interaction().id();
    hub.assign(chat, AGENT);
    hub.whisper(chat, "sup-7", "This customer is furious, terrible history, awful experience, worst case ever");
    assertThat(alerts).as("a whisper is not the customer's mood").isEmpty();

    hub.addMessage(chat, AuthorRole.CUSTOMER, null, "This is terrible. I am furious, the worst service ever!");
    hub.addMessage(chat, AuthorRole.CUSTOMER, null, "Awful, useless, I hate this and I want to cancel now");
    hub.addMessage(chat, AuthorRole.CUSTOMER, null, "Horrible. Nobody helps, this is a disgrace");

    assertThat(alerts).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(SupervisorAlert.Kind.NEGATIVE_SENTIMENT);
      assertThat(a.interactionId()).contains(chat);
      assertThat(a.reason()).startsWith("conversation turned negative: ").contains("smoothed score -");
    });
    assertThat(hub.customerTranscript(chat)).extracting(m -> m.role()).doesNotContain(AuthorRole.SUPERVISOR_WHISPER);
  }
}
