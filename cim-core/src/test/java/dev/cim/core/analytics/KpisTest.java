package dev.cim.core.analytics;

import static dev.cim.core.analytics.FactType.ABANDONED;
import static dev.cim.core.analytics.FactType.AGENT_MESSAGE;
import static dev.cim.core.analytics.FactType.ANSWERED;
import static dev.cim.core.analytics.FactType.ARRIVED;
import static dev.cim.core.analytics.FactType.CLOSED;
import static dev.cim.core.analytics.FactType.CUSTOMER_MESSAGE;
import static dev.cim.core.analytics.FactType.HOLD_ENDED;
import static dev.cim.core.analytics.FactType.HOLD_STARTED;
import static dev.cim.core.analytics.FactType.QUEUED;
import static dev.cim.core.analytics.FactType.RESOLVED;
import static dev.cim.core.analytics.FactType.TRANSFERRED;
import static dev.cim.core.analytics.FactType.WRAP_UP_ENDED;
import static dev.cim.core.analytics.FactType.WRAP_UP_STARTED;
import static dev.cim.core.analytics.Facts.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cim.core.memory.InMemoryFactLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each KPI against an example worked out by hand (the arithmetic is in the comments). */
class KpisTest {
  private static final Kpis DEFAULTS = Kpis.of(KpiConfig.ofDefaults()); // T = 20 s, short abandon 5 s, SHORT_EXCLUDED

  /**
   * Six voice contacts. Waits: i1 10 s, i2 40 s, i6 5 s answered; i3 3 s (short), i4 15 s, i5 30 s abandoned.
   * Handle: i1 talk 60 + 60, hold 30, wrap 30 = 180 s; i2 talk 60, wrap 30 = 90 s; i6 talk 60 + 60 = 120 s.
   * i6 arrives on i1's case 10 s after i1 was resolved (a repeat contact) and is transferred once.
   */
  private static List<Fact> voiceDay() {
    return new Facts()
        .voice(0, ARRIVED, "i1", "c1", null).voice(0, QUEUED, "i1", "c1", null)
        .voice(5, ARRIVED, "i2", "c2", null).voice(5, QUEUED, "i2", "c2", null)
        .voice(10, ANSWERED, "i1", "c1", "a1")
        .voice(10, ARRIVED, "i3", "c3", null).voice(10, QUEUED, "i3", "c3", null)
        .voice(13, ABANDONED, "i3", "c3", null)
        .voice(20, ARRIVED, "i4", "c4", null).voice(20, QUEUED, "i4", "c4", null)
        .voice(30, ARRIVED, "i5", "c5", null).voice(30, QUEUED, "i5", "c5", null)
        .voice(35, ABANDONED, "i4", "c4", null)
        .voice(45, ANSWERED, "i2", "c2", "a2")
        .voice(60, ABANDONED, "i5", "c5", null)
        .voice(70, HOLD_STARTED, "i1", "c1", "a1").voice(100, HOLD_ENDED, "i1", "c1", "a1")
        .voice(105, WRAP_UP_STARTED, "i2", "c2", "a2")
        .voice(135, WRAP_UP_ENDED, "i2", "c2", "a2").voice(135, RESOLVED, "i2", "c2", "a2")
        .voice(160, WRAP_UP_STARTED, "i1", "c1", "a1")
        .voice(190, WRAP_UP_ENDED, "i1", "c1", "a1").voice(190, RESOLVED, "i1", "c1", "a1")
        .voice(200, ARRIVED, "i6", "c1", null).voice(200, QUEUED, "i6", "c1", null)
        .voice(205, ANSWERED, "i6", "c1", "a1")
        .voice(265, TRANSFERRED, "i6", "c1", "a1").voice(265, QUEUED, "i6", "c1", null)
        .voice(275, ANSWERED, "i6", "c1", "a2")
        .voice(335, CLOSED, "i6", "c1", "a2")
        .list();
  }

  @Test
  void compute_voiceDay_givesTheHandWorkedFigures() {
    KpiReport r = DEFAULTS.compute(voiceDay(), at(400));

    assertThat(r.contacts()).isEqualTo(6);
    assertThat(r.answered()).isEqualTo(3);
    assertThat(r.abandoned()).isEqualTo(3);
    assertThat(r.shortAbandoned()).isEqualTo(1);
    assertThat(r.speedOfAnswer()).isEqualTo(new Mean(3, 55_000)); // (10 + 40 + 5) / 3 = 18.33 s
    assertThat(r.speedOfAnswer().secondsOr(0)).isCloseTo(18.333, within(0.001));
    assertThat(r.serviceLevel()).isEqualTo(new Ratio(2, 5)); // i1, i6 within 20 s over 3 answered + 3 - 1 short
    assertThat(r.abandonmentRate()).isEqualTo(new Ratio(2, 5)); // (3 - 1) / (3 + 3 - 1)
    assertThat(r.handleTime()).isEqualTo(new Mean(3, 390_000)); // 180 + 90 + 120 = 390 s, AHT 130 s
    assertThat(r.talkTime()).isEqualTo(new Mean(3, 300_000)); // 120 + 60 + 120
    assertThat(r.holdTime()).isEqualTo(new Mean(3, 30_000));
    assertThat(r.wrapUpTime()).isEqualTo(new Mean(3, 60_000));
    assertThat(r.firstContactResolution()).isEqualTo(new Ratio(1, 2)); // i2 yes, i1 no (i6 came back on c1)
    assertThat(r.transferRate()).isEqualTo(new Ratio(1, 3)); // i6 of 3 answered
  }

  @Test
  void compute_eachAbandonedPolicy_changesOnlyTheServiceLevelDenominator() {
    assertThat(sl(AbandonedPolicy.EXCLUDED)).isEqualTo(new Ratio(2, 3)); // Aw / A
    assertThat(sl(AbandonedPolicy.COUNTED_AS_MISSED)).isEqualTo(new Ratio(2, 6)); // Aw / (A + B)
    assertThat(sl(AbandonedPolicy.SHORT_EXCLUDED)).isEqualTo(new Ratio(2, 5)); // Aw / (A + B - Bs), i3 out
    assertThat(sl(AbandonedPolicy.WITHIN_THRESHOLD_EXCLUDED)).isEqualTo(new Ratio(2, 4)); // i3, i4 within 20 s out
  }

  private static Ratio sl(AbandonedPolicy p) {
    return Kpis.of(KpiConfig.custom().abandonedPolicy(p).build()).compute(voiceDay(), at(400)).serviceLevel();
  }

  @Test
  void compute_shortAbandonThreshold_decidesWhatIsShort() {
    KpiReport r = Kpis.of(KpiConfig.custom().shortAbandon(Duration.ofSeconds(20)).build())
        .compute(voiceDay(), at(400));
    assertThat(r.shortAbandoned()).isEqualTo(2); // waits 3 s and 15 s
    assertThat(r.abandonmentRate()).isEqualTo(new Ratio(1, 4)); // (3 - 2) / (3 + 3 - 2)
  }

  @Test
  void compute_perChannelThreshold_appliesToThatChannel() {
    KpiConfig c = KpiConfig.custom().serviceLevelThreshold(dev.cim.core.model.Channel.VOICE, Duration.ofSeconds(40))
        .abandonedPolicy(AbandonedPolicy.EXCLUDED).build();
    assertThat(Kpis.of(c).compute(voiceDay(), at(400)).serviceLevel()).isEqualTo(new Ratio(3, 3)); // 40 s <= 40 s
  }

  @Test
  void compute_factOrderDoesNotMatter_timeThenSequenceDecides() {
    List<Fact> shuffled = new ArrayList<>(voiceDay());
    Collections.shuffle(shuffled, new java.util.Random(7));
    assertThat(DEFAULTS.compute(shuffled, at(400))).isEqualTo(DEFAULTS.compute(voiceDay(), at(400)));
  }

  @Test
  void breakdown_byAgent_countsEachMeasureWhereItsFactSays() {
    Map<String, KpiReport> byAgent = DEFAULTS.breakdown(voiceDay(), at(400), Dimension.AGENT);

    assertThat(byAgent).containsOnlyKeys("a1", "a2", Dimension.NONE);
    assertThat(byAgent.get(Dimension.NONE).contacts()).isEqualTo(6); // arrivals carry no agent
    assertThat(byAgent.get(Dimension.NONE).abandoned()).isEqualTo(3);
    assertThat(byAgent.get("a1").answered()).isEqualTo(2); // i1 and i6
    assertThat(byAgent.get("a1").speedOfAnswer()).isEqualTo(new Mean(2, 15_000));
    assertThat(byAgent.get("a1").handleTime()).isEqualTo(new Mean(1, 180_000)); // i1 ended with a1
    assertThat(byAgent.get("a2").handleTime()).isEqualTo(new Mean(2, 210_000)); // i2 90 s, i6 120 s ended with a2
    assertThat(byAgent.get("a1").firstContactResolution()).isEqualTo(new Ratio(0, 1));
    assertThat(byAgent.get("a2").firstContactResolution()).isEqualTo(new Ratio(1, 1));
  }

  @Test
  void breakdown_byChannel_separatesVoiceAndChat() {
    List<Fact> both = new ArrayList<>(voiceDay());
    both.addAll(new Facts().chat(0, ARRIVED, "k1").chat(0, QUEUED, "k1").list());
    Map<String, KpiReport> m = DEFAULTS.breakdown(both, at(400), Dimension.CHANNEL);
    assertThat(m.keySet()).containsExactly("chat", "voice");
    assertThat(m.get("chat").contacts()).isEqualTo(1);
    assertThat(m.get("voice").contacts()).isEqualTo(6);
  }

  @Test
  void compute_fcrWindow_aRepeatAtTheWindowsEdgeCountsAndOneAfterDoesNot() {
    KpiConfig hour = KpiConfig.custom().fcrWindow(Duration.ofHours(1)).build();
    List<Fact> edge = new Facts().voice(0, ARRIVED, "i1", "c1", null).voice(0, RESOLVED, "i1", "c1", null)
        .voice(3600, ARRIVED, "i2", "c1", null).list();
    List<Fact> after = new Facts().voice(0, ARRIVED, "i1", "c1", null).voice(0, RESOLVED, "i1", "c1", null)
        .voice(3600.001, ARRIVED, "i2", "c1", null).list();
    List<Fact> otherCase = new Facts().voice(0, ARRIVED, "i1", "c1", null).voice(0, RESOLVED, "i1", "c1", null)
        .voice(10, ARRIVED, "i2", "c2", null).list();
    assertThat(Kpis.of(hour).compute(edge, at(7200)).firstContactResolution()).isEqualTo(new Ratio(0, 1));
    assertThat(Kpis.of(hour).compute(after, at(7200)).firstContactResolution()).isEqualTo(new Ratio(1, 1));
    assertThat(Kpis.of(hour).compute(otherCase, at(7200)).firstContactResolution()).isEqualTo(new Ratio(1, 1));
  }

  /**
   * Chat k1: the customer writes at 0 and 30, the agent replies at 60 (60 s from the oldest unanswered), the customer
   * at 100, the agent at 130 (30 s) and again at 140 (nothing to answer). Voice messages do not count.
   */
  @Test
  void compute_writtenChannel_firstResponseAndResponseTimes() {
    List<Fact> f = new Facts().chat(0, ARRIVED, "k1").chat(0, CUSTOMER_MESSAGE, "k1").chat(30, CUSTOMER_MESSAGE, "k1")
        .chat(60, AGENT_MESSAGE, "k1").chat(100, CUSTOMER_MESSAGE, "k1").chat(130, AGENT_MESSAGE, "k1")
        .chat(140, AGENT_MESSAGE, "k1")
        .voice(0, CUSTOMER_MESSAGE, "v1", "c9", null).voice(50, AGENT_MESSAGE, "v1", "c9", "a1").list();
    KpiReport r = DEFAULTS.compute(f, at(200));
    assertThat(r.firstResponseTime()).isEqualTo(new Mean(1, 60_000));
    assertThat(r.responseTime()).isEqualTo(new Mean(2, 90_000)); // (60 + 30) / 2 = 45 s
  }

  /** a1: available 0-100 and 500-600, busy 100-400, away 400-500; a2 busy 0-600 (open until the end). */
  @Test
  void compute_occupancy_isBusyOverAvailablePlusBusy() {
    List<Fact> f = new Facts().presence(0, "a1", AgentActivity.AVAILABLE).presence(0, "a2", AgentActivity.BUSY)
        .presence(100, "a1", AgentActivity.BUSY).presence(400, "a1", AgentActivity.AWAY)
        .presence(500, "a1", AgentActivity.AVAILABLE).list();
    assertThat(DEFAULTS.compute(f, at(600)).occupancy()).isEqualTo(new Ratio(900_000, 1_100_000));
    Map<String, KpiReport> byAgent = DEFAULTS.breakdown(f, at(600), Dimension.AGENT);
    assertThat(byAgent.get("a1").occupancy()).isEqualTo(new Ratio(300_000, 500_000)); // 60 %
    assertThat(byAgent.get("a2").occupancy()).isEqualTo(new Ratio(600_000, 600_000));
    assertThat(DEFAULTS.breakdown(f, at(600), Dimension.TEAM)).containsKeys("team-a1", "team-a2");
  }

  /** CSAT 5, 4, 3, 1: 2 of 4 satisfied. NPS 10, 9, 8, 6, 0: (2 - 2) / 5 = 0. CES 2, 3, 7: mean 4. */
  @Test
  void compute_surveys_csatNpsAndEffort() {
    List<Fact> f = new Facts().survey(1, "i1", 5, 10, 2).survey(2, "i2", 4, 9, 3).survey(3, "i3", 3, 8, 7)
        .survey(4, "i4", 1, 6, null).survey(5, "i5", null, 0, null).list();
    KpiReport r = DEFAULTS.compute(f, at(10));
    assertThat(r.csat()).isEqualTo(new Ratio(2, 4));
    assertThat(r.nps()).isEqualTo(new Nps(2, 2, 5));
    assertThat(r.nps().score()).hasValue(0.0);
    assertThat(r.effort()).isEqualTo(new Mean(3, 12));
    assertThat(r.effort().value()).hasValue(4.0);
  }

  @Test
  void nps_twoPromotersOfThree_isTwoThirds() {
    assertThat(new Nps(2, 0, 3).score().getAsDouble()).isCloseTo(66.667, within(0.001));
    assertThatThrownBy(() -> new Nps(2, 2, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but were 2, 2, 3");
  }

  @Test
  void compute_noFacts_isEmptyWithUndefinedShares() {
    KpiReport r = DEFAULTS.compute(List.of(), at(0));
    assertThat(r.contacts()).isZero();
    assertThat(r.serviceLevel().value()).isEmpty();
    assertThat(r.handleTime().duration()).isEmpty();
    assertThat(r.nps().score()).isEmpty();
  }

  @Test
  void compute_answerWithoutItsQueuedFactInTheWindow_isNotCounted() {
    List<Fact> f = new Facts().voice(10, ANSWERED, "i1", "c1", "a1").voice(70, RESOLVED, "i1", "c1", "a1").list();
    KpiReport r = DEFAULTS.compute(f, at(100));
    assertThat(r.answered()).isZero();
    assertThat(r.handleTime().count()).isZero();
    assertThat(r.firstContactResolution()).isEqualTo(new Ratio(1, 1));
  }

  @Test
  void compute_fromALogWindow_readsOnlyThatWindow() {
    InMemoryFactLog log = new InMemoryFactLog();
    voiceDay().forEach(log::append);
    KpiReport firstMinute = DEFAULTS.compute(log, at(0), at(60));
    assertThat(firstMinute.contacts()).isEqualTo(5);
    assertThat(firstMinute.abandoned()).isEqualTo(2); // i5 abandons at 60, outside [0, 60)
    assertThat(DEFAULTS.breakdown(log, at(0), at(60), Dimension.QUEUE)).containsOnlyKeys("voice");
  }

  @Test
  void nullArguments_throwNullPointerException() {
    assertThatThrownBy(() -> Kpis.of(null)).isInstanceOf(NullPointerException.class).hasMessage("config");
    assertThatThrownBy(() -> DEFAULTS.compute((Iterable<Fact>) null, at(0))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DEFAULTS.compute(List.of(), null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DEFAULTS.breakdown(List.of(), at(0), null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void config_badValues_throwNamingTheField() {
    assertThatThrownBy(() -> KpiConfig.custom().fcrWindow(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("fcrWindow must be > 0, but was PT0S");
    assertThatThrownBy(() -> KpiConfig.custom().shortAbandon(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("shortAbandon must be >= 0, but was PT-1S");
    assertThatThrownBy(() -> KpiConfig.custom().serviceLevelThreshold(Duration.ofSeconds(-2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("serviceLevelThreshold");
  }
}
