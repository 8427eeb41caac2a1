package dev.cim.core.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.analytics.Ratio;
import dev.cim.core.model.Channel;
import dev.cim.core.model.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JourneyTest {
  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  private static final CustomerId ANA = CustomerId.of("ana");
  private static final CustomerId BO = CustomerId.of("bo");
  private static final CustomerId CY = CustomerId.of("cy");

  private static Instant day(int d) {
    return T0.plusSeconds(86_400L * d);
  }

  static JourneyDefinition journey() {
    return JourneyDefinition.builder("prospect").stages("onboarding", "active", "at-risk", "churned")
        .rule(TransitionRule.from("prospect", "onboarding", "contract signed",
            s -> s.event().filter("contract-signed"::equals).isPresent()))
        .rule(TransitionRule.from("onboarding", "active", "setup resolved",
            s -> s.outcome().filter("setup-done"::equals).isPresent()))
        .rule(TransitionRule.fromAny("churned", "cancelled", s -> s.event().filter("cancelled"::equals).isPresent()))
        .rule(TransitionRule.fromAny("at-risk", "sentiment < -0.5", s -> s.sentiment().orElse(0.0) < -0.5))
        .rule(TransitionRule.from("at-risk", "active", "sentiment > 0.3", s -> s.sentiment().orElse(0.0) > 0.3))
        .build();
  }

  @Test
  void record_rulesMoveTheCustomerAndHistoryExplainsEachMove() {
    JourneyTracker t = new JourneyTracker(journey());

    List<StageChange> first = t.record(JourneySignal.interaction(ANA, day(0), Channel.CHAT, "pricing"));
    t.record(JourneySignal.hostEvent(ANA, day(1), "contract-signed"));
    t.record(JourneySignal.outcome(ANA, day(2), Channel.VOICE, "setup", "setup-done"));
    List<StageChange> sour = t.record(JourneySignal.sentiment(ANA, day(3), -0.8));
    List<StageChange> again = t.record(JourneySignal.sentiment(ANA, day(4), -0.9)); // already at risk: no move

    assertThat(first).singleElement().satisfies(c -> {
      assertThat(c.from()).isEmpty();
      assertThat(c.to()).isEqualTo("prospect");
    });
    assertThat(sour).singleElement().satisfies(c -> assertThat(c.because()).isEqualTo("sentiment < -0.5"));
    assertThat(again).isEmpty();
    assertThat(t.currentStage(ANA)).contains("at-risk");
    assertThat(t.history(ANA)).extracting(StageChange::to)
        .containsExactly("prospect", "onboarding", "active", "at-risk");
    assertThat(t.history(ANA)).extracting(StageChange::at).containsExactly(day(0), day(1), day(2), day(3));
    assertThat(t.touchpoints(ANA)).extracting(s -> s.channel().orElseThrow())
        .containsExactly(Channel.CHAT, Channel.VOICE);
    assertThat(t.currentStage(BO)).isEmpty();
    assertThat(t.history(BO)).isEmpty();
  }

  @Test
  void record_firstMatchingRuleWins_andRuleNeverTargetsTheCurrentStage() {
    JourneyTracker t = new JourneyTracker(journey());
    t.record(JourneySignal.hostEvent(BO, day(0), "cancelled")); // entry, then churned
    assertThat(t.history(BO)).extracting(StageChange::to).containsExactly("prospect", "churned");
    assertThat(t.record(JourneySignal.hostEvent(BO, day(1), "cancelled"))).isEmpty();
  }

  @Test
  void commonPaths_countsEachPassFromStartToEnd() {
    JourneyTracker t = new JourneyTracker(journey());
    // ana: prospect > onboarding > active; bo: the same; cy: prospect > onboarding > at-risk > active.
    for (CustomerId c : List.of(ANA, BO)) {
      t.record(JourneySignal.hostEvent(c, day(0), "contract-signed"));
      t.record(JourneySignal.outcome(c, day(1), Channel.CHAT, null, "setup-done"));
    }
    t.record(JourneySignal.hostEvent(CY, day(0), "contract-signed"));
    t.record(JourneySignal.sentiment(CY, day(1), -0.7));
    t.record(JourneySignal.sentiment(CY, day(2), 0.6));

    assertThat(JourneyAnalytics.commonPaths(t.histories(), "prospect", "active", 5)).containsExactly(
        new JourneyAnalytics.PathCount(List.of("prospect", "onboarding", "active"), 2),
        new JourneyAnalytics.PathCount(List.of("prospect", "onboarding", "at-risk", "active"), 1));
    assertThat(JourneyAnalytics.commonPaths(t.histories(), "prospect", "active", 1)).hasSize(1);
    assertThat(JourneyAnalytics.commonPaths(t.histories(), "active", "churned", 5)).isEmpty();
  }

  @Test
  void channelSwitchesBeforeResolution_countsOnlyEpisodesThatResolve() {
    JourneyTracker t = new JourneyTracker(journey());
    // ana: email, then chat, then voice resolves -> email->chat, chat->voice.
    t.record(JourneySignal.interaction(ANA, day(0), Channel.EMAIL, "refund"));
    t.record(JourneySignal.interaction(ANA, day(1), Channel.CHAT, "refund"));
    t.record(JourneySignal.sentiment(ANA, day(1), 0.1)); // not a touchpoint
    t.record(JourneySignal.outcome(ANA, day(2), Channel.VOICE, "refund", "resolved"));
    // bo: chat then voice resolves -> chat->voice; later chat then email, never resolved -> not counted.
    t.record(JourneySignal.interaction(BO, day(0), Channel.CHAT, null));
    t.record(JourneySignal.outcome(BO, day(1), Channel.VOICE, null, "resolved"));
    t.record(JourneySignal.interaction(BO, day(5), Channel.CHAT, null));
    t.record(JourneySignal.outcome(BO, day(6), Channel.EMAIL, null, "follow-up"));

    assertThat(JourneyAnalytics.channelSwitchesBeforeResolution(t.allTouchpoints(), "resolved"::equals))
        .containsExactly(Map.entry("chat->voice", 2L), Map.entry("email->chat", 1L));
  }

  @Test
  void conversion_ofCustomersWhoEnteredInThePeriod() {
    JourneyTracker t = new JourneyTracker(journey());
    // ana: onboarding day 1, active day 3 (converted); bo: onboarding day 2, never active;
    // cy: onboarding day 10 (outside the period).
    t.record(JourneySignal.hostEvent(ANA, day(1), "contract-signed"));
    t.record(JourneySignal.outcome(ANA, day(3), Channel.CHAT, null, "setup-done"));
    t.record(JourneySignal.hostEvent(BO, day(2), "contract-signed"));
    t.record(JourneySignal.hostEvent(CY, day(10), "contract-signed"));
    t.record(JourneySignal.outcome(CY, day(11), Channel.CHAT, null, "setup-done"));

    assertThat(JourneyAnalytics.conversion(t.histories(), "onboarding", "active", day(0), day(7)))
        .isEqualTo(new Ratio(1, 2));
    // A period that ends before ana's conversion: she entered but did not convert within it.
    assertThat(JourneyAnalytics.conversion(t.histories(), "onboarding", "active", day(0), day(3)))
        .isEqualTo(new Ratio(0, 2));
    assertThat(JourneyAnalytics.conversion(t.histories(), "churned", "active", day(0), day(30)))
        .isEqualTo(Ratio.NONE);
  }

  @Test
  void badInput_throwsNamingTheValue() {
    assertThatThrownBy(() -> JourneyDefinition.builder("p").rule(TransitionRule.fromAny("nowhere", "x", s -> true)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nowhere'");
    assertThatThrownBy(() -> JourneyDefinition.builder(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stage");
    assertThatThrownBy(() -> JourneySignal.sentiment(ANA, T0, 1.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5");
    assertThatThrownBy(() -> new JourneySignal(JourneySignal.Kind.OUTCOME, ANA, T0, Optional.of(Channel.CHAT),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outcome");
    assertThatThrownBy(() -> JourneyAnalytics.commonPaths(Map.of(), "a", "a", 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a'");
    assertThatThrownBy(() -> JourneyAnalytics.commonPaths(Map.of(), "a", "b", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    assertThatThrownBy(() -> JourneyAnalytics.conversion(Map.of(), "a", "b", day(2), day(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start");
    assertThatThrownBy(() -> TransitionRule.from("a", " ", "d", s -> true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nullParameters_throwNullPointerException() {
    JourneyTracker t = new JourneyTracker(journey());
    assertThatThrownBy(() -> new JourneyTracker(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> t.record(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> t.currentStage(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> t.history(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> t.touchpoints(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JourneySignal.interaction(null, T0, Channel.CHAT, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JourneySignal.hostEvent(ANA, T0, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JourneyAnalytics.channelSwitchesBeforeResolution(Map.of(), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> journey().rules().get(0).fires(null, JourneySignal.hostEvent(ANA, T0, "x")))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JourneyDefinition.builder("p").stages((String) null))
        .isInstanceOf(NullPointerException.class);
  }
}
