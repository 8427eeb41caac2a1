package dev.cim.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.model.AuthorRole;
import dev.cim.sentiment.ConversationTracker.Transition;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConversationTrackerTest {
  private final TrackerConfig config = TrackerConfig.custom().alertThreshold(-0.35).minMessages(1).build();

  @Test
  void observe_firstMessage_setsSmoothedToScore() {
    ConversationTracker t = new ConversationTracker(config);
    var o = t.observe(0.4);
    assertThat(o.snapshot().smoothed()).isEqualTo(0.4);
    assertThat(o.snapshot().messages()).isEqualTo(1);
    assertThat(o.transition()).isEqualTo(Transition.NONE);
    assertThat(o.reason()).isEmpty();
  }

  @Test
  void observe_exponentialMean_andTrend() {
    ConversationTracker t = new ConversationTracker(TrackerConfig.custom().smoothing(0.5).build());
    t.observe(0.4);
    var o = t.observe(0.0);
    assertThat(o.snapshot().smoothed()).isEqualTo(0.2);
    assertThat(o.snapshot().trend()).isEqualTo(-0.1);
    assertThat(o.snapshot().lastScore()).isEqualTo(0.0);
  }

  @Test
  void observe_crossingThreshold_alertsOnce_thenRecoversWithHysteresis() {
    ConversationTracker t = new ConversationTracker(config); // alert -0.35, recovery -0.05, smoothing 0.5
    assertThat(t.observe(0.0).transition()).isEqualTo(Transition.NONE);
    assertThat(t.observe(-0.5).transition()).isEqualTo(Transition.NONE); // smoothed -0.25
    var alert = t.observe(-0.6); // smoothed -0.425
    assertThat(alert.transition()).isEqualTo(Transition.ALERT);
    assertThat(alert.reason()).startsWith("smoothed score -0.4").endsWith("at or below -0.35");
    assertThat(t.observe(-0.9).transition()).isEqualTo(Transition.NONE); // still negative: no second alert
    assertThat(t.observe(0.0).transition()).isEqualTo(Transition.NONE); // -0.33: above alert, below recovery
    assertThat(t.observe(-0.5).transition()).isEqualTo(Transition.NONE); // back below alert: no flapping
    assertThat(t.observe(0.2).transition()).isEqualTo(Transition.NONE); // -0.11: still below recovery
    var rec = t.observe(0.6);
    assertThat(rec.transition()).isEqualTo(Transition.RECOVERED);
    assertThat(rec.snapshot().alerting()).isFalse();
    assertThat(t.observe(-0.9).transition()).isEqualTo(Transition.ALERT); // may alert again after recovery
  }

  @Test
  void observe_sharpDrop_alertsEvenIfSmoothedStaysAbove() {
    ConversationTracker t = new ConversationTracker(TrackerConfig.custom().smoothing(0.2).build());
    t.observe(0.6);
    t.observe(0.6);
    var o = t.observe(-0.5); // smoothed 0.38, but a 1.1 drop
    assertThat(o.transition()).isEqualTo(Transition.ALERT);
    assertThat(o.reason()).startsWith("sharp drop");
    assertThat(o.snapshot().smoothed()).isEqualTo(-0.5);
    assertThat(t.observe(0.0).transition()).isEqualTo(Transition.NONE); // -0.4: no immediate recovery
  }

  @Test
  void observe_minMessages_delaysThresholdAlert() {
    ConversationTracker t = new ConversationTracker(TrackerConfig.custom().minMessages(2).build());
    assertThat(t.observe(-0.8).transition()).isEqualTo(Transition.NONE);
    assertThat(t.observe(-0.8).transition()).isEqualTo(Transition.ALERT);
  }

  @Test
  void observe_badScore_throwsAndLeavesStateUnchanged() {
    ConversationTracker t = new ConversationTracker(config);
    t.observe(0.3);
    assertThatThrownBy(() -> t.observe(1.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score must be in [-1, 1], but was 1.5");
    assertThat(t.snapshot().messages()).isEqualTo(1);
    assertThat(t.observe(Double.NaN).snapshot().lastScore()).isZero();
  }

  @Test
  void config_validatesEachSetterAndCrossFields() {
    assertThatThrownBy(() -> TrackerConfig.custom().smoothing(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("smoothing must be in (0, 1], but was 0.0");
    assertThatThrownBy(() -> TrackerConfig.custom().alertThreshold(0.2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alertThreshold");
    assertThatThrownBy(() -> TrackerConfig.custom().recoveryThreshold(-2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recoveryThreshold");
    assertThatThrownBy(() -> TrackerConfig.custom().dropThreshold(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrackerConfig.custom().minMessages(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrackerConfig.custom().trackedRoles(Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrackerConfig.custom().maximumInteractions(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrackerConfig.custom().expireAfterIdle(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrackerConfig.custom().alertThreshold(-0.2).recoveryThreshold(-0.3).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("recoveryThreshold must be above alertThreshold -0.2, but was -0.3");
    assertThatThrownBy(() -> TrackerConfig.custom().trackedRoles(Set.of(AuthorRole.AGENT))
        .trackAgentsSeparately(true).build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> TrackerConfig.custom().trackedRoles(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ConversationTracker(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void config_fromCopiesEverything() {
    TrackerConfig a = TrackerConfig.custom().smoothing(0.3).alertThreshold(-0.5).recoveryThreshold(0.1)
        .dropThreshold(1.2).minMessages(3).trackedRoles(Set.of(AuthorRole.CUSTOMER, AuthorRole.BOT))
        .trackAgentsSeparately(true).maximumInteractions(7).expireAfterIdle(Duration.ofMinutes(5)).build();
    TrackerConfig b = TrackerConfig.from(a).build();
    assertThat(b.toString()).isEqualTo(a.toString());
    assertThat(b.trackedRoles()).containsExactlyInAnyOrder(AuthorRole.CUSTOMER, AuthorRole.BOT);
  }
}
