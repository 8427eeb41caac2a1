package dev.cim.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.sentiment.ConversationTracker.Transition;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ConversationTrackerProperties {

  @Provide
  Arbitrary<List<Double>> scores() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-1.0, 1.0),
        Arbitraries.of(-1.0, -0.8, -0.4, -0.35, -0.05, 0.0, 0.3, 1.0)).list().ofMaxSize(60);
  }

  @Provide
  Arbitrary<TrackerConfig> configs() {
    return Arbitraries.doubles().between(0.05, 1.0).flatMap(smoothing ->
        Arbitraries.doubles().between(-0.9, -0.05).flatMap(alert ->
            Arbitraries.doubles().between(0.01, 0.8).flatMap(gap ->
                Arbitraries.doubles().between(0.1, 2.0).map(drop ->
                    TrackerConfig.custom().smoothing(smoothing).alertThreshold(alert)
                        .recoveryThreshold(Math.min(1.0, alert + gap)).dropThreshold(drop).build()))));
  }

  @Property(tries = 300)
  void tracker_neverAlertsTwiceWithoutRecovery(@ForAll("scores") List<Double> scores,
      @ForAll("configs") TrackerConfig config) {
    ConversationTracker t = new ConversationTracker(config);
    boolean alerting = false;
    for (double s : scores) {
      var o = t.observe(s);
      if (o.transition() == Transition.ALERT) {
        assertThat(alerting).as("alert while already alerting").isFalse();
        alerting = true;
      } else if (o.transition() == Transition.RECOVERED) {
        assertThat(alerting).as("recovery without alert").isTrue();
        alerting = false;
      }
      assertThat(o.snapshot().alerting()).isEqualTo(alerting);
      assertThat(o.snapshot().smoothed()).isBetween(-1.0, 1.0);
      assertThat(o.snapshot().trend()).isBetween(-1.0, 1.0);
    }
  }
}
