package dev.cim.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DistributionsTest {

  @Test
  void sample_meansAndSpreadMatchTheParameters() {
    SplittableRandom r = new SplittableRandom(11);
    Distribution exp = Distribution.exponential(Duration.ofSeconds(100));
    Distribution logn = Distribution.lognormal(Duration.ofSeconds(240), Duration.ofSeconds(180));
    int n = 200_000;
    double se = 0;
    double sl = 0;
    double sl2 = 0;
    for (int i = 0; i < n; i++) {
      se += exp.sampleSeconds(r);
      double x = logn.sampleSeconds(r);
      sl += x;
      sl2 += x * x;
    }
    assertThat(se / n).isCloseTo(100, within(1.5));
    double mean = sl / n;
    assertThat(mean).isCloseTo(240, within(3.0));
    assertThat(Math.sqrt(sl2 / n - mean * mean)).isCloseTo(180, within(6.0));
    assertThat(Distribution.fixed(Duration.ofMillis(1500)).sampleSeconds(r)).isEqualTo(1.5);
  }

  @Test
  void nextArrival_piecewiseRates_countsPerIntervalFollowTheRates() {
    ArrivalProcess p = ArrivalProcess.piecewise(Duration.ofHours(1), 1000, 0, 3000, 0);
    SplittableRandom r = new SplittableRandom(3);
    int[] counts = new int[4];
    double t = 0;
    while (true) {
      t = p.nextArrival(t, r);
      if (Double.isInfinite(t)) {
        break;
      }
      counts[(int) (t / 3600)]++;
    }
    assertThat(counts[0]).isBetween(900, 1100);
    assertThat(counts[1]).isZero();
    assertThat(counts[2]).isBetween(2830, 3170);
    assertThat(counts[3]).isZero();
  }

  @Test
  void badInput_namesFieldAndValue() {
    assertThatThrownBy(() -> Distribution.exponential(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mean of a exponential").hasMessageContaining("0.0");
    assertThatThrownBy(() -> Distribution.fixed(Duration.ofSeconds(-2))).hasMessageContaining("-2.0");
    assertThatThrownBy(() -> Distribution.lognormal(Duration.ofSeconds(5), Duration.ZERO))
        .hasMessageContaining("sd of a lognormal");
    assertThatThrownBy(() -> ArrivalProcess.piecewise(Duration.ofHours(1), 10, -1))
        .hasMessageContaining("perHour[1]").hasMessageContaining("-1.0");
    assertThatThrownBy(() -> ArrivalProcess.piecewise(Duration.ZERO, 10)).hasMessageContaining("interval");
    assertThatThrownBy(() -> Distribution.exponential(null)).isInstanceOf(NullPointerException.class);
  }

  /** Two-sided 95% and 99% t quantiles as printed in every t table (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2). */
  @Test
  void studentT_matchesTheTable() {
    assertThat(StudentT.quantile(0.975, 1)).isCloseTo(12.706, within(0.001));
    assertThat(StudentT.quantile(0.975, 2)).isCloseTo(4.303, within(0.001));
    assertThat(StudentT.quantile(0.975, 9)).isCloseTo(2.262, within(0.001));
    assertThat(StudentT.quantile(0.995, 9)).isCloseTo(3.250, within(0.001));
    assertThat(StudentT.quantile(0.975, 30)).isCloseTo(2.042, within(0.001));
    assertThat(StudentT.quantile(0.975, 100_000)).isCloseTo(1.960, within(0.001));
  }

  @Test
  void estimate_meanAndHalfWidth() {
    Estimate e = Estimate.of(new double[] {1, 2, 3, 4, 5, Double.NaN}, 0.95);
    assertThat(e.n()).isEqualTo(5);
    assertThat(e.mean()).isEqualTo(3.0);
    // s = sqrt(2.5), t(0.975, 4) = 2.776
    assertThat(e.halfWidth()).isCloseTo(2.776 * Math.sqrt(2.5) / Math.sqrt(5), within(0.001));
    assertThat(e.contains(4.9)).isTrue();
    assertThat(e.contains(5.0)).isFalse();
    assertThat(Estimate.of(new double[] {7}, 0.9).halfWidth()).isNaN();
    assertThatThrownBy(() -> Estimate.of(new double[] {1, 2}, 0)).hasMessageContaining("confidence");
  }
}
