package dev.cim.core.analytics;

import static dev.cim.core.analytics.Facts.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveKpisTest {
  private final LiveKpis live = LiveKpis.create(KpiConfig.ofDefaults(), Duration.ofMinutes(15), Facts.T0,
      Dimension.QUEUE);

  @Test
  void accept_factInALaterInterval_startsAFreshInterval() {
    List<Fact> f = new Facts().voice(10, FactType.ARRIVED, "i1", "c1", null).voice(10, FactType.QUEUED, "i1", "c1", null)
        .voice(20, FactType.ANSWERED, "i1", "c1", "a1").voice(1000, FactType.ARRIVED, "i2", "c2", null).list();
    live.accept(f.get(0));
    live.accept(f.get(1));
    live.accept(f.get(2));
    assertThat(live.snapshot(at(30)).answered()).isEqualTo(1);
    assertThat(live.snapshot(Dimension.QUEUE, at(30))).containsOnlyKeys("voice");

    live.accept(f.get(3));

    assertThat(live.intervalStart()).isEqualTo(Facts.T0.plus(Duration.ofMinutes(15)));
    assertThat(live.snapshot(at(1000)).answered()).isZero();
    assertThat(live.snapshot(at(1000)).contacts()).isEqualTo(1);
  }

  @Test
  void accept_factOlderThanTheLast_isRejectedAndChangesNothing() {
    List<Fact> f = new Facts().voice(50, FactType.ARRIVED, "i1", "c1", null).voice(40, FactType.ARRIVED, "i2", "c2", null)
        .list();
    live.accept(f.get(0));
    assertThatThrownBy(() -> live.accept(f.get(1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be before the last accepted fact's " + at(50) + ", but was " + at(40));
    assertThat(live.snapshot(at(60)).contacts()).isEqualTo(1);
  }

  @Test
  void create_badArguments_throw() {
    assertThatThrownBy(() -> LiveKpis.create(KpiConfig.ofDefaults(), Duration.ZERO, Facts.T0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("interval must be > 0, but was PT0S");
    assertThatThrownBy(() -> LiveKpis.create(null, Duration.ofMinutes(1), Facts.T0))
        .isInstanceOf(NullPointerException.class).hasMessage("config");
    assertThatThrownBy(() -> live.snapshot(Dimension.AGENT, at(0))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was AGENT");
    assertThatThrownBy(() -> live.accept(null)).isInstanceOf(NullPointerException.class).hasMessage("fact");
  }
}
