package dev.cim.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.InboundContact;
import dev.cim.core.InteractionHub;
import dev.cim.core.Received;
import dev.cim.core.TestClock;
import dev.cim.core.bot.BotPolicy;
import dev.cim.core.bot.BotReply;
import dev.cim.core.memory.InMemoryFactLog;
import dev.cim.core.model.Agent;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Bot KPIs worked by hand: first response time from the hand-off, and containment. */
class BotKpisTest {
  private static final Kpis KPIS = Kpis.of(KpiConfig.ofDefaults());

  @Test
  void firstResponseTime_countsFromTheHandOffNotFromTheFirstCustomerMessage() {
    // Chat i1: customer at 0 and 5 (the bot replies, which gives no fact), hand-off at 10, agent writes at 70.
    List<Fact> facts = new Facts().chat(0, FactType.ARRIVED, "i1").chat(0, FactType.CUSTOMER_MESSAGE, "i1")
        .chat(5, FactType.CUSTOMER_MESSAGE, "i1").chat(10, FactType.BOT_HANDOFF, "i1").chat(10, FactType.QUEUED, "i1")
        .chat(40, FactType.ANSWERED, "i1").chat(70, FactType.AGENT_MESSAGE, "i1").list();

    KpiReport r = KPIS.compute(facts, Facts.at(100));

    assertThat(r.firstResponseTime().count()).isEqualTo(1);
    assertThat(r.firstResponseTime().total()).isEqualTo(60_000); // 70 - 10, not 70 - 0
    assertThat(r.speedOfAnswer().total()).isEqualTo(30_000); // waits from QUEUED at 10 to ANSWERED at 40
    assertThat(r.botContainment()).isEqualTo(new Ratio(0, 1));
  }

  @Test
  void firstResponseTime_handOffOnVoice_changesNothingAndWithoutBotStaysAsBefore() {
    List<Fact> facts = new Facts().chat(0, FactType.CUSTOMER_MESSAGE, "i1").chat(30, FactType.AGENT_MESSAGE, "i1")
        .voice(0, FactType.ARRIVED, "v1", "c-v", null).voice(5, FactType.BOT_HANDOFF, "v1", "c-v", null).list();

    KpiReport r = KPIS.compute(facts, Facts.at(100));

    assertThat(r.firstResponseTime().total()).isEqualTo(30_000);
    assertThat(r.botContainment()).isEqualTo(new Ratio(0, 1));
  }

  @Test
  void botContainment_resolvedByBotOverBotConversationsWithAnOutcome() {
    // i1 contained, i2 handed off, i3 contained, i4 still with the bot (no outcome), i5 no bot at all.
    // A later BOT_RESOLVED in i2's life does not change its first outcome.
    List<Fact> facts = new Facts()
        .chat(0, FactType.ARRIVED, "i1").chat(2, FactType.BOT_RESOLVED, "i1").chat(2, FactType.RESOLVED, "i1")
        .chat(0, FactType.ARRIVED, "i2").chat(3, FactType.BOT_HANDOFF, "i2").chat(4, FactType.BOT_RESOLVED, "i2")
        .chat(0, FactType.ARRIVED, "i3").chat(5, FactType.BOT_RESOLVED, "i3").chat(5, FactType.RESOLVED, "i3")
        .chat(0, FactType.ARRIVED, "i4").chat(1, FactType.CUSTOMER_MESSAGE, "i4")
        .chat(0, FactType.ARRIVED, "i5").chat(9, FactType.RESOLVED, "i5").list();

    KpiReport r = KPIS.compute(facts, Facts.at(100));

    assertThat(r.botContainment()).isEqualTo(new Ratio(2, 3));
    assertThat(r.botContainment().value()).hasValueCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(KPIS.compute(List.of(), Facts.at(1)).botContainment()).isEqualTo(Ratio.NONE);
  }

  @Test
  void hub_botConversations_giveBotFactsAndTheKpis() {
    TestClock clock = new TestClock(Facts.T0);
    AtomicInteger ids = new AtomicInteger();
    AtomicInteger turn = new AtomicInteger();
    InteractionHub hub = InteractionHub.builder().clock(clock).ids(() -> "id-" + ids.incrementAndGet())
        .bots(BotPolicy.of("helper", t -> switch (turn.getAndIncrement()) {
          case 0 -> BotReply.resolve("Reset link sent.", "password-reset");
          case 1 -> BotReply.ask("Which invoice?");
          default -> BotReply.handOff("dispute", "billing", Map.of("invoice", "INV-7"));
        })).build();
    hub.agentStore().create(Agent.of(AgentId.of("ann"), "Ann"));
    InMemoryFactLog log = new InMemoryFactLog();
    FactRecorder.attach(hub, log);

    hub.receive(InboundContact.of(Channel.CHAT, ContactPoint.email("a@example.com"), "reset password"));
    clock.advance(Duration.ofSeconds(10));
    ContactPoint bo = ContactPoint.email("bo@example.com");
    hub.receive(InboundContact.of(Channel.CHAT, bo, "bill wrong").withThreadRef("s"));      // t=10, bot asks
    clock.advance(Duration.ofSeconds(20));
    Received handedOff = hub.receive(InboundContact.of(Channel.CHAT, bo, "INV-7").withThreadRef("s")); // t=30
    clock.advance(Duration.ofSeconds(45));
    hub.assign(handedOff.interaction().id(), AgentId.of("ann"));                               // t=75
    clock.advance(Duration.ofSeconds(15));
    hub.addMessage(handedOff.interaction().id(), AuthorRole.AGENT, "ann", "I see the double charge"); // t=90

    List<Fact> facts = log.read(Facts.T0, Facts.T0.plus(Duration.ofHours(1)));
    assertThat(facts).extracting(Fact::type).containsSubsequence(FactType.BOT_RESOLVED, FactType.RESOLVED,
        FactType.BOT_HANDOFF, FactType.QUEUED, FactType.ANSWERED, FactType.AGENT_MESSAGE);
    KpiReport r = KPIS.compute(facts, Facts.at(100));
    assertThat(r.botContainment()).isEqualTo(new Ratio(1, 2));
    assertThat(r.firstResponseTime().total()).isEqualTo(60_000); // 90 - 30 (hand-off), not 90 - 10
    assertThat(r.speedOfAnswer().total()).isEqualTo(45_000);    // queued at 30, answered at 75
  }
}
