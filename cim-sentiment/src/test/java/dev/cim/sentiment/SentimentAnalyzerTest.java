package dev.cim.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.MessageAnalyzer.Analysis;
import dev.cim.core.event.InteractionStateChanged;
import dev.cim.core.event.SentimentAlert;
import dev.cim.core.event.SentimentRecovered;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.Message;
import dev.cim.core.model.MessageId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SentimentAnalyzerTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private final MutableClock clock = new MutableClock(T0);
  private final AtomicInteger seq = new AtomicInteger();

  private Interaction interaction(String id) {
    return Interaction.open(InteractionId.of(id), CustomerId.of("c-" + id), Channel.CHAT, CaseId.of("case-" + id),
        T0);
  }

  private Message msg(Interaction i, AuthorRole role, String text) {
    int n = seq.incrementAndGet();
    return Message.of(MessageId.of("m-" + n), i.id(), role, text, T0.plusSeconds(n));
  }

  @Test
  void analyze_attachesScore_forEveryRole() {
    SentimentAnalyzer a = SentimentAnalyzer.builder().clock(clock).build();
    Interaction i = interaction("i1");
    Analysis c = a.analyze(i, msg(i, AuthorRole.CUSTOMER, "Thanks, that was very helpful"));
    Analysis ag = a.analyze(i, msg(i, AuthorRole.AGENT, "Sorry, that is unacceptable"));
    assertThat(c.attributes().get(Message.SENTIMENT)).hasValueSatisfying(v -> assertThat(v).isPositive());
    assertThat(ag.attributes().get(Message.SENTIMENT)).hasValueSatisfying(v -> assertThat(v).isNegative());
    assertThat(c.events()).isEmpty();
    assertThat(ag.events()).isEmpty();
  }

  @Test
  void analyze_customerTurnsNegative_alertOnce_thenRecovery_stampedWithSentAt() {
    SentimentAnalyzer a = SentimentAnalyzer.builder().clock(clock).build();
    Interaction i = interaction("i2");
    assertThat(a.analyze(i, msg(i, AuthorRole.CUSTOMER, "Hi, I have a question about my bill")).events()).isEmpty();
    // the defaults (two messages, -0.45): one angry message after a neutral one (smoothed about -0.4) is not enough
    assertThat(a.analyze(i, msg(i, AuthorRole.CUSTOMER, "I've been on hold for an hour, this is ridiculous!"))
        .events()).isEmpty();
    Message angry = msg(i, AuthorRole.CUSTOMER, "Still on hold, this is ridiculous!");
    Analysis alert = a.analyze(i, angry);
    assertThat(alert.events()).singleElement().isInstanceOfSatisfying(SentimentAlert.class, e -> {
      assertThat(e.interactionId()).isEqualTo(i.id());
      assertThat(e.customerId()).isEqualTo(i.customerId());
      assertThat(e.messageId()).isEqualTo(angry.id());
      assertThat(e.occurredAt()).isEqualTo(angry.sentAt());
      assertThat(e.messageScore()).isNegative();
      assertThat(e.reason()).doesNotContain("hold").doesNotContain("ridiculous");
    });
    assertThat(a.analyze(i, msg(i, AuthorRole.CUSTOMER, "Still not fixed. Useless.")).events()).isEmpty();
    assertThat(a.analyze(i, msg(i, AuthorRole.AGENT, "I'm so sorry, that's terrible")).events()).isEmpty();
    assertThat(a.snapshot(i.id())).hasValueSatisfying(s -> assertThat(s.alerting()).isTrue());
    Message thanks = msg(i, AuthorRole.CUSTOMER, "Thank you so much, that was really helpful!");
    Analysis rec = a.analyze(i, thanks);
    assertThat(rec.events()).singleElement().isInstanceOfSatisfying(SentimentRecovered.class, e -> {
      assertThat(e.messageId()).isEqualTo(thanks.id());
      assertThat(e.occurredAt()).isEqualTo(thanks.sentAt());
    });
  }

  @Test
  void analyze_agentsTrackedSeparately_neverAlert() {
    SentimentAnalyzer a = SentimentAnalyzer.builder().clock(clock)
        .config(TrackerConfig.custom().trackAgentsSeparately(true).build()).build();
    Interaction i = interaction("i3");
    assertThat(a.analyze(i, msg(i, AuthorRole.AGENT, "This is awful, terrible, horrible")).events()).isEmpty();
    assertThat(a.agentSnapshot(i.id())).hasValueSatisfying(s -> assertThat(s.smoothed()).isNegative());
    assertThat(a.snapshot(i.id())).isEmpty();
  }

  @Test
  void analyze_untrackedRole_notTracked() {
    SentimentAnalyzer a = SentimentAnalyzer.builder().clock(clock).build();
    Interaction i = interaction("i4");
    a.analyze(i, msg(i, AuthorRole.BOT, "terrible"));
    a.analyze(i, msg(i, AuthorRole.AGENT, "terrible"));
    assertThat(a.snapshot(i.id())).isEmpty();
    assertThat(a.agentSnapshot(i.id())).isEmpty();
    assertThat(a.trackedCount()).isZero();
  }

  @Test
  void trackers_expireAfterIdle_onInjectedClock() {
    SentimentAnalyzer a = SentimentAnalyzer.builder().clock(clock)
        .config(TrackerConfig.custom().expireAfterIdle(Duration.ofMinutes(30)).build()).build();
    Interaction i = interaction("i5");
    a.analyze(i, msg(i, AuthorRole.CUSTOMER, "hello"));
    clock.advance(Duration.ofMinutes(29));
    assertThat(a.snapshot(i.id())).isPresent();
    clock.advance(Duration.ofMinutes(31));
    assertThat(a.snapshot(i.id())).isEmpty();
    assertThat(a.trackedCount()).isZero();
  }

  @Test
  void trackers_boundedByMaximumInteractions() {
    SentimentAnalyzer a = SentimentAnalyzer.builder().clock(clock)
        .config(TrackerConfig.custom().maximumInteractions(10).build()).build();
    for (int k = 0; k < 200; k++) {
      Interaction i = interaction("b" + k);
      a.analyze(i, msg(i, AuthorRole.CUSTOMER, "ok"));
    }
    assertThat(a.trackedCount()).isLessThanOrEqualTo(10);
  }

  @Test
  void forget_andForgetOnClose_dropTrackers() {
    SentimentAnalyzer a = oneMessageAlerts(Duration.ofHours(4));
    Interaction i = interaction("i6");
    a.analyze(i, msg(i, AuthorRole.CUSTOMER, "this is terrible"));
    a.forget(i.id());
    assertThat(a.snapshot(i.id())).isEmpty();
    // a new tracker after forgetting alerts again
    assertThat(a.analyze(i, msg(i, AuthorRole.CUSTOMER, "this is terrible")).events()).hasSize(1);
    a.forgetOnClose().onInteractionStateChanged(new InteractionStateChanged(i.id(), i.customerId(), Channel.CHAT,
        InteractionState.NEW, InteractionState.QUEUED, Optional.empty(), T0));
    assertThat(a.snapshot(i.id())).isPresent();
    a.forgetOnClose().onInteractionStateChanged(new InteractionStateChanged(i.id(), i.customerId(), Channel.CHAT,
        InteractionState.ACTIVE, InteractionState.ABANDONED, Optional.empty(), T0));
    assertThat(a.snapshot(i.id())).isEmpty();
  }

  @Test
  void analyze_hostScorerOutOfRange_isClamped() {
    SentimentScorer weird = text -> SentimentResult.NEUTRAL;
    SentimentAnalyzer a = SentimentAnalyzer.builder().clock(clock).scorer(new SentimentScorer() {
      @Override
      public SentimentResult score(CharSequence text) {
        return weird.score(text);
      }

      @Override
      public double compound(CharSequence text) {
        return Double.NaN;
      }
    }).build();
    Interaction i = interaction("i7");
    assertThat(a.analyze(i, msg(i, AuthorRole.CUSTOMER, "x")).attributes().get(Message.SENTIMENT)).hasValue(0.0);
  }

  @Test
  void nullParameters_throwNpe() {
    SentimentAnalyzer a = SentimentAnalyzer.ofDefaults();
    Interaction i = interaction("i8");
    assertThatThrownBy(() -> a.analyze(null, msg(i, AuthorRole.CUSTOMER, "x"))).hasMessage("interaction");
    assertThatThrownBy(() -> a.analyze(i, null)).hasMessage("message");
    assertThatThrownBy(() -> a.snapshot(null)).hasMessage("interaction");
    assertThatThrownBy(() -> a.forget(null)).hasMessage("interaction");
    assertThatThrownBy(() -> SentimentAnalyzer.builder().clock(null)).hasMessage("clock");
    assertThatThrownBy(() -> SentimentAnalyzer.builder().scorer(null)).hasMessage("scorer");
    assertThatThrownBy(() -> SentimentAnalyzer.builder().config(null)).hasMessage("config");
  }

  private SentimentAnalyzer oneMessageAlerts(Duration idle) {
    return SentimentAnalyzer.builder().clock(clock)
        .config(TrackerConfig.custom().minMessages(1).smoothing(1.0).expireAfterIdle(idle).build()).build();
  }

  @Test
  void trackers_snapshotReads_doNotKeepATrackerAlive() {
    SentimentAnalyzer a = SentimentAnalyzer.builder().clock(clock)
        .config(TrackerConfig.custom().expireAfterIdle(Duration.ofMinutes(30)).trackAgentsSeparately(true).build())
        .build();
    Interaction i = interaction("r1");
    a.analyze(i, msg(i, AuthorRole.CUSTOMER, "hello"));
    a.analyze(i, msg(i, AuthorRole.AGENT, "hello"));
    for (int k = 0; k < 5; k++) {
      clock.advance(Duration.ofMinutes(10));
      a.snapshot(i.id());
      a.agentSnapshot(i.id());
    }
    assertThat(a.snapshot(i.id())).isEmpty();
    assertThat(a.agentSnapshot(i.id())).isEmpty();
    assertThat(a.trackedCount()).isZero();
  }

  @Test
  void trackers_eachMessageRestartsTheIdleTime() {
    SentimentAnalyzer a = oneMessageAlerts(Duration.ofMinutes(30));
    Interaction i = interaction("r2");
    a.analyze(i, msg(i, AuthorRole.CUSTOMER, "hello"));
    clock.advance(Duration.ofMinutes(20));
    a.analyze(i, msg(i, AuthorRole.CUSTOMER, "hello again"));
    clock.advance(Duration.ofMinutes(20));
    assertThat(a.snapshot(i.id())).hasValueSatisfying(s -> assertThat(s.messages()).isEqualTo(2));
  }

  @Test
  void analyze_trackerExpiredWhileAlerting_noSecondAlertBeforeARecovery() {
    SentimentAnalyzer a = oneMessageAlerts(Duration.ofHours(4));
    Interaction i = interaction("r3");
    assertThat(a.analyze(i, msg(i, AuthorRole.CUSTOMER, "This is terrible, the worst service ever")).events())
        .singleElement().isInstanceOf(SentimentAlert.class);
    clock.advance(Duration.ofHours(5));
    assertThat(a.snapshot(i.id())).isEmpty();
    assertThat(a.analyze(i, msg(i, AuthorRole.CUSTOMER, "Still terrible, awful, useless")).events()).isEmpty();
    assertThat(a.snapshot(i.id())).hasValueSatisfying(s -> {
      assertThat(s.alerting()).isTrue();
      assertThat(s.messages()).isEqualTo(1);
    });
    assertThat(a.analyze(i, msg(i, AuthorRole.CUSTOMER, "Thank you, that was really helpful!")).events())
        .singleElement().isInstanceOf(SentimentRecovered.class);
    clock.advance(Duration.ofHours(5));
    assertThat(a.analyze(i, msg(i, AuthorRole.CUSTOMER, "This is terrible, the worst service ever")).events())
        .singleElement().isInstanceOf(SentimentAlert.class);
  }

  @Test
  void analyze_trackerEvictedBySizeWhileAlerting_noSecondAlertBeforeARecovery() {
    SentimentAnalyzer a = SentimentAnalyzer.builder().clock(clock)
        .config(TrackerConfig.custom().minMessages(1).maximumInteractions(2).build()).build();
    Interaction i = interaction("r4");
    assertThat(a.analyze(i, msg(i, AuthorRole.CUSTOMER, "This is terrible")).events()).hasSize(1);
    for (int k = 0; k < 20; k++) {
      Interaction other = interaction("r4-" + k);
      a.analyze(other, msg(other, AuthorRole.CUSTOMER, "ok"));
    }
    assertThat(a.trackedCount()).isLessThanOrEqualTo(2);
    assertThat(a.analyze(i, msg(i, AuthorRole.CUSTOMER, "This is terrible")).events()).isEmpty();
  }

  @Test
  void forget_dropsTheAlertState_aLaterAlertIsNew() {
    SentimentAnalyzer a = oneMessageAlerts(Duration.ofHours(4));
    Interaction i = interaction("r5");
    assertThat(a.analyze(i, msg(i, AuthorRole.CUSTOMER, "This is terrible")).events()).hasSize(1);
    a.forget(i.id());
    assertThat(a.analyze(i, msg(i, AuthorRole.CUSTOMER, "This is terrible")).events()).hasSize(1);
  }

  @Test
  void analyze_redeliveredMessageId_countedOnce() {
    SentimentAnalyzer a = oneMessageAlerts(Duration.ofHours(4));
    Interaction i = interaction("r6");
    Message m = msg(i, AuthorRole.CUSTOMER, "This is terrible");
    Analysis first = a.analyze(i, m);
    Analysis again = a.analyze(i, m);
    assertThat(first.events()).hasSize(1);
    assertThat(again.events()).isEmpty();
    assertThat(again.attributes()).isEqualTo(first.attributes());
    assertThat(a.snapshot(i.id())).hasValueSatisfying(s -> assertThat(s.messages()).isEqualTo(1));
    a.analyze(i, msg(i, AuthorRole.CUSTOMER, "fine"));
    assertThat(a.snapshot(i.id())).hasValueSatisfying(s -> assertThat(s.messages()).isEqualTo(2));
  }

  @Test
  void analyze_redeliveryRecognised_forTheLastIdsOnly() {
    SentimentAnalyzer a = oneMessageAlerts(Duration.ofHours(4));
    Interaction i = interaction("r7");
    Message first = msg(i, AuthorRole.CUSTOMER, "ok");
    a.analyze(i, first);
    for (int k = 1; k < SentimentAnalyzer.REMEMBERED_IDS; k++) {
      a.analyze(i, msg(i, AuthorRole.CUSTOMER, "ok"));
    }
    a.analyze(i, first);
    assertThat(a.snapshot(i.id())).hasValueSatisfying(
        s -> assertThat(s.messages()).isEqualTo(SentimentAnalyzer.REMEMBERED_IDS));
    a.analyze(i, msg(i, AuthorRole.CUSTOMER, "ok"));
    a.analyze(i, first); // now older than the last REMEMBERED_IDS ids
    assertThat(a.snapshot(i.id())).hasValueSatisfying(
        s -> assertThat(s.messages()).isEqualTo(SentimentAnalyzer.REMEMBERED_IDS + 2));
  }

  @Test
  void analyze_messageOfAnotherInteraction_throwsIae_stateUnchanged() {
    SentimentAnalyzer a = oneMessageAlerts(Duration.ofHours(4));
    Interaction i = interaction("r8");
    Interaction other = interaction("r9");
    Message m = msg(other, AuthorRole.CUSTOMER, "This is terrible");
    assertThatThrownBy(() -> a.analyze(i, m)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("r8").hasMessageContaining("r9").hasMessageContaining("interactionId");
    assertThat(a.snapshot(i.id())).isEmpty();
    assertThat(a.snapshot(other.id())).isEmpty();
    assertThat(a.trackedCount()).isZero();
    assertThat(a.analyze(other, m).events()).hasSize(1); // not seen before: not a redelivery
  }

  @Test
  void agentSnapshot_neverAlerting() {
    SentimentAnalyzer a = SentimentAnalyzer.builder().clock(clock)
        .config(TrackerConfig.custom().minMessages(1).trackAgentsSeparately(true).build()).build();
    Interaction i = interaction("r10");
    a.analyze(i, msg(i, AuthorRole.AGENT, "This is awful, terrible, horrible"));
    a.analyze(i, msg(i, AuthorRole.AGENT, "Sorry, this is the worst, useless"));
    assertThat(a.agentSnapshot(i.id())).hasValueSatisfying(s -> {
      assertThat(s.smoothed()).isLessThan(TrackerConfig.ofDefaults().alertThreshold());
      assertThat(s.alerting()).isFalse();
    });
  }

  @Test
  void defaults_firstProblemStatement_doesNotAlert() {
    TrackerConfig d = TrackerConfig.ofDefaults();
    assertThat(d.minMessages()).isEqualTo(2);
    assertThat(d.alertThreshold()).isEqualTo(-0.45);
    assertThat(d.expireAfterIdle()).isEqualTo(Duration.ofHours(72));
    SentimentAnalyzer a = SentimentAnalyzer.builder().clock(clock).build();
    for (String opener : new String[] {"My order never arrived", "I want a refund", "My package is late",
        "This is terrible, the worst service ever"}) {
      Interaction i = interaction("o-" + opener.hashCode());
      assertThat(a.analyze(i, msg(i, AuthorRole.CUSTOMER, opener)).events()).as(opener).isEmpty();
    }
  }
}
