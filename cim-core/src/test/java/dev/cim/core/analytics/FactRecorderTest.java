package dev.cim.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.InboundContact;
import dev.cim.core.InteractionHub;
import dev.cim.core.Received;
import dev.cim.core.TestClock;
import dev.cim.core.memory.InMemoryFactLog;
import dev.cim.core.model.Agent;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FactRecorderTest {
  private final TestClock clock = new TestClock(Facts.T0);
  private final InMemoryFactLog log = new InMemoryFactLog();
  private final List<Fact> live = new ArrayList<>();
  private InteractionHub hub;
  private FactRecorder recorder;

  @BeforeEach
  void setUp() {
    AtomicInteger ids = new AtomicInteger();
    hub = InteractionHub.builder().clock(clock).ids(() -> "id-" + ids.incrementAndGet()).build();
    hub.agentStore().create(Agent.of(AgentId.of("ann"), "Ann").withTeam("billing-team"));
    recorder = FactRecorder.attach(hub, log, live::add);
  }

  private Received call() {
    Received r = hub.receive(InboundContact.of(Channel.VOICE, ContactPoint.phone("+14155550100"), "My bill is wrong")
        .withTopic("billing").withQueue("billing"));
    hub.customerStore().update(r.customer().withSegment("gold"));
    return r;
  }

  private List<FactType> types() {
    return log.read(Facts.T0, Facts.T0.plus(Duration.ofDays(1))).stream().map(Fact::type).toList();
  }

  @Test
  void hubEvents_ofAHandledCall_becomeFactsInOrder() {
    InteractionId id = call().interaction().id();
    clock.advance(Duration.ofSeconds(12));
    hub.assign(id, AgentId.of("ann"));
    clock.advance(Duration.ofSeconds(30));
    hub.addMessage(id, AuthorRole.AGENT, "ann", "Let me check");
    hub.transition(id, InteractionState.HELD);
    clock.advance(Duration.ofSeconds(20));
    hub.transition(id, InteractionState.ACTIVE);
    clock.advance(Duration.ofSeconds(40));
    hub.wrapUp(id);
    clock.advance(Duration.ofSeconds(15));
    hub.resolve(id, "fixed");

    assertThat(types()).containsExactly(FactType.ARRIVED, FactType.CUSTOMER_MESSAGE, FactType.QUEUED,
        FactType.ANSWERED, FactType.AGENT_MESSAGE, FactType.HOLD_STARTED, FactType.HOLD_ENDED,
        FactType.WRAP_UP_STARTED, FactType.WRAP_UP_ENDED, FactType.RESOLVED);
    Fact answered = log.read(Facts.T0, Facts.T0.plusSeconds(3600)).get(3);
    assertThat(answered.at()).isEqualTo(Facts.T0.plusSeconds(12));
    assertThat(answered.dimensions()).isEqualTo(Dimensions.of(Channel.VOICE).withQueue("billing")
        .withAgent(AgentId.of("ann")).withTeam("billing-team").withSegment("gold"));
    assertThat(live).isEqualTo(log.read(Facts.T0, Facts.T0.plusSeconds(3600)));

    KpiReport r = Kpis.of(KpiConfig.ofDefaults()).compute(log, Facts.T0, Facts.T0.plusSeconds(3600));
    assertThat(r.speedOfAnswer()).isEqualTo(new Mean(1, 12_000));
    assertThat(r.handleTime()).isEqualTo(new Mean(1, 105_000)); // talk 30 + 40, hold 20, wrap 15
    assertThat(r.holdTime()).isEqualTo(new Mean(1, 20_000));
    assertThat(r.firstContactResolution()).isEqualTo(new Ratio(1, 1));
  }

  @Test
  void hubEvents_abandonAndTransfer_becomeFacts() {
    InteractionId first = call().interaction().id();
    clock.advance(Duration.ofSeconds(5));
    hub.abandon(first);
    clock.advance(Duration.ofSeconds(60));
    InteractionId second = call().interaction().id();
    hub.assign(second, AgentId.of("ann"));
    hub.transfer(second, "retention");

    assertThat(types()).containsSubsequence(FactType.ABANDONED, FactType.ARRIVED, FactType.ANSWERED,
        FactType.TRANSFERRED, FactType.QUEUED);
    Fact requeued = log.read(Facts.T0, Facts.T0.plusSeconds(3600)).get((int) log.size() - 1);
    assertThat(requeued.dimensions().queue()).contains("retention");
    assertThat(requeued.dimensions().agent()).isEmpty();
  }

  @Test
  void erasingTheCustomer_leavesTheFactsAndTheKpisAsTheyWere() {
    Received r = call();
    clock.advance(Duration.ofSeconds(3));
    hub.assign(r.interaction().id(), AgentId.of("ann"));
    clock.advance(Duration.ofSeconds(60));
    hub.resolve(r.interaction().id(), "fixed");
    Kpis kpis = Kpis.of(KpiConfig.ofDefaults());
    Instant end = clock.instant().plusSeconds(1);
    KpiReport before = kpis.compute(log, Facts.T0, end);
    long size = log.size();

    hub.erase(r.customer().id());

    assertThat(log.size()).isEqualTo(size);
    assertThat(kpis.compute(log, Facts.T0, end)).isEqualTo(before);
    assertThat(log.read(Facts.T0, end).toString()).doesNotContain(r.customer().id().value())
        .doesNotContain("4155550100").doesNotContain("bill is wrong");
  }

  @Test
  void hostFedPresenceAndSurvey_areRecordedWithTheirDimensions() {
    InteractionId id = call().interaction().id();
    Fact p = recorder.recordPresence(AgentId.of("ann"), AgentActivity.BUSY, clock.instant());
    Fact s = recorder.recordSurvey(SurveyResponse.of(id, 5, 9, 2, clock.instant().plusSeconds(600)));

    assertThat(p.dimensions().team()).contains("billing-team");
    assertThat(p.activity()).contains(AgentActivity.BUSY);
    assertThat(s.dimensions().segment()).contains("gold");
    assertThat(s.caseId()).isPresent();
    assertThat(s.sequence()).isGreaterThan(p.sequence());
  }

  @Test
  void surveyOfAnUnknownInteraction_isStillRecorded() {
    Fact s = recorder.recordSurvey(SurveyResponse.of(InteractionId.of("gone"), 3, 7, 4, clock.instant()));
    assertThat(s.dimensions()).isEqualTo(Dimensions.NONE);
    assertThat(s.caseId()).isEmpty();
  }

  @Test
  void nullArguments_throwNullPointerException() {
    assertThatThrownBy(() -> FactRecorder.attach(null, log)).isInstanceOf(NullPointerException.class)
        .hasMessage("hub");
    assertThatThrownBy(() -> recorder.recordPresence(null, AgentActivity.BUSY, clock.instant()))
        .isInstanceOf(NullPointerException.class).hasMessage("agent");
    assertThatThrownBy(() -> recorder.recordSurvey(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("response");
  }
}
