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
    Message angry = msg(i, AuthorRole.CUSTOMER, "I've been on hold for an hour, this is ridiculous!");
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
    SentimentAnalyzer a = SentimentAnalyzer.builder().clock(clock).build();
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
}
