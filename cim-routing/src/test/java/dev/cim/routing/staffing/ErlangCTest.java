package dev.cim.routing.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ErlangCTest {

  private static final MathContext MC = new MathContext(40);

  /**
   * Independent reference: Erlang C from its defining sum, {@code (A^N/N!·N/(N-A)) / (Σ_{k<N} A^k/k! +
   * A^N/N!·N/(N-A))}, in 40-digit BigDecimal with the terms built by multiplication (no recursion shared with the
   * code under test).
   */
  private static double referenceC(double erlangs, int n) {
    BigDecimal a = new BigDecimal(erlangs);
    BigDecimal term = BigDecimal.ONE;
    BigDecimal sum = BigDecimal.ZERO;
    for (int k = 0; k < n; k++) {
      sum = sum.add(term, MC);
      term = term.multiply(a, MC).divide(BigDecimal.valueOf(k + 1), MC);
    }
    BigDecimal last = term.multiply(BigDecimal.valueOf(n), MC).divide(BigDecimal.valueOf(n).subtract(a, MC), MC);
    return last.divide(sum.add(last, MC), MC).doubleValue();
  }

  /**
   * The classic worked example: 100 calls in 30 minutes, AHT 3 minutes (10 Erlangs), goal 80% in 20 s. Published
   * figures (callcentrehelper.com, "Erlang C Formula - Made Simple With an Easy Worked Example"): with 11 agents the
   * probability of waiting is 68.21%, 14 agents are needed, giving a service level of 88.84% (13 agents give 79.56%).
   * Every figure here was re-derived independently (Python, exact fractions and the factorial sum) and is also checked
   * against the BigDecimal reference in this test.
   */
  @Test
  void classicExample_matchesPublishedAndReference() {
    Traffic t = Traffic.perHour(200, Duration.ofMinutes(3));
    assertThat(t.erlangs()).isCloseTo(10.0, within(1e-12));
    assertThat(ErlangC.probabilityOfWaiting(10, 11)).isCloseTo(0.6821, within(5e-5));
    assertThat(ErlangC.probabilityOfWaiting(10, 11)).isCloseTo(referenceC(10, 11), within(1e-12));
    assertThat(ErlangC.serviceLevel(t, 13, Duration.ofSeconds(20))).isCloseTo(0.7956, within(5e-5));
    assertThat(ErlangC.serviceLevel(t, 14, Duration.ofSeconds(20))).isCloseTo(0.8884, within(5e-5));
    assertThat(ErlangC.asaSeconds(t, 14)).isCloseTo(referenceC(10, 14) * 180 / 4, within(1e-9));
    assertThat(ErlangC.asaSeconds(t, 14)).isCloseTo(7.84, within(0.005));
    assertThat(ErlangC.occupancy(t, 14)).isCloseTo(10.0 / 14, within(1e-12));
    assertThat(ErlangC.agentsFor(t, ServiceGoal.serviceLevel(0.8, Duration.ofSeconds(20)))).isEqualTo(14);
  }

  @Test
  void plan_withShrinkage_roundsScheduledUp() {
    Traffic t = Traffic.perHour(200, Duration.ofMinutes(3));
    StaffingPlan p = ErlangC.plan(t, ServiceGoal.parse("80/20"), 0.3);
    assertThat(p.agents()).isEqualTo(14);
    assertThat(p.scheduledAgents()).isEqualTo(20); // 14 / 0.7 = 20 exactly
    assertThat(p.serviceLevel()).isCloseTo(0.8884, within(5e-5));
    assertThat(p.describe()).contains("agents needed      14").contains("with shrinkage     20");
    assertThat(ErlangC.plan(t, ServiceGoal.serviceLevel(0.8, Duration.ofSeconds(20)), 0.25).scheduledAgents())
        .isEqualTo(19); // 14 / 0.75 = 18.67
  }

  @Test
  void agentsFor_asaGoal_isTheFirstCountBelowTheTarget() {
    Traffic t = Traffic.perHour(200, Duration.ofMinutes(3));
    // ASA with 12 agents 40.4 s, with 13 agents 17.1 s (reference values from the sum above)
    assertThat(ErlangC.agentsFor(t, ServiceGoal.asa(Duration.ofSeconds(30)))).isEqualTo(13);
    assertThat(ErlangC.asaSeconds(t, 13)).isCloseTo(referenceC(10, 13) * 180 / 3, within(1e-9));
  }

  /** Thousands of Erlangs: no overflow, and equal to a log-space evaluation of the defining sum. */
  @Test
  void probabilityOfWaiting_thousandsOfErlangs_matchesLogSpaceSum() {
    for (double a : new double[] {1000, 5000, 20000}) {
      int n = (int) (a + 2 * Math.sqrt(a));
      assertThat(ErlangC.probabilityOfWaiting(a, n)).isCloseTo(logSpaceC(a, n), within(1e-9));
    }
    Traffic big = new Traffic(5000 / 240.0 * 4, 240); // 20,000 Erlangs
    int agents = ErlangC.agentsFor(big, ServiceGoal.serviceLevel(0.8, Duration.ofSeconds(20)));
    assertThat(agents).isBetween(20_001, 20_400);
    assertThat(ErlangC.serviceLevel(big, agents, Duration.ofSeconds(20))).isGreaterThanOrEqualTo(0.8);
    assertThat(ErlangC.serviceLevel(big, agents - 1, Duration.ofSeconds(20))).isLessThan(0.8);
  }

  /** Independent reference: log of each term by summing logs (no recursion), combined with log-sum-exp. */
  private static double logSpaceC(double a, int n) {
    double[] logs = new double[n + 1];
    double logFact = 0;
    for (int k = 0; k <= n; k++) {
      if (k > 0) {
        logFact += Math.log(k);
      }
      logs[k] = k * Math.log(a) - logFact;
    }
    logs[n] += Math.log(n / (n - a));
    double max = Double.NEGATIVE_INFINITY;
    for (double l : logs) {
      max = Math.max(max, l);
    }
    double sum = 0;
    for (double l : logs) {
      sum += Math.exp(l - max);
    }
    return Math.exp(logs[n] - max) / sum;
  }

  @Test
  void overloaded_givesLimits() {
    Traffic t = new Traffic(0.1, 100); // 10 Erlangs
    assertThat(ErlangC.probabilityOfWaiting(10, 10)).isEqualTo(1.0);
    assertThat(ErlangC.serviceLevel(t, 9, Duration.ofSeconds(20))).isZero();
    assertThat(ErlangC.asaSeconds(t, 10)).isInfinite();
    assertThat(ErlangC.occupancy(t, 5)).isEqualTo(1.0);
    assertThat(ErlangC.agentsFor(new Traffic(0, 100), ServiceGoal.parse("80/20"))).isZero();
  }

  @Test
  void erlangB_knownSmallCases() {
    // B(A, 1) = A / (1 + A); B(A, 2) = (A^2/2) / (1 + A + A^2/2)
    assertThat(ErlangC.erlangB(3, 1)).isCloseTo(0.75, within(1e-15));
    assertThat(ErlangC.erlangB(2, 2)).isCloseTo(2.0 / 5.0, within(1e-15));
    assertThat(ErlangC.erlangB(2, 0)).isEqualTo(1.0);
  }

  @Test
  void badInput_namesFieldAndValue() {
    assertThatThrownBy(() -> new Traffic(-1, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("arrivalsPerSecond").hasMessageContaining("-1");
    assertThatThrownBy(() -> new Traffic(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("handleSeconds").hasMessageContaining("NaN");
    assertThatThrownBy(() -> Traffic.perHour(10, Duration.ZERO)).hasMessageContaining("aht must be positive");
    assertThatThrownBy(() -> ErlangC.erlangB(10, -3)).hasMessageContaining("agents").hasMessageContaining("-3");
    assertThatThrownBy(() -> ErlangC.plan(new Traffic(1, 1), ServiceGoal.parse("80/20"), 1.0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shrinkage").hasMessageContaining("1.0");
    assertThatThrownBy(() -> ServiceGoal.parse("80-20")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'80-20'");
    assertThatThrownBy(() -> ServiceGoal.parse("120/20")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.2");
    assertThatThrownBy(() -> ErlangC.serviceLevel(new Traffic(1, 1), 3, Duration.ofSeconds(-1)))
        .hasMessageContaining("within").hasMessageContaining("PT-1S");
    assertThatThrownBy(() -> ErlangC.serviceLevel(null, 3, Duration.ZERO)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void serviceGoal_parsesBothForms() {
    assertThat(ServiceGoal.parse("80/20")).isEqualTo(ServiceGoal.serviceLevel(0.8, Duration.ofSeconds(20)));
    assertThat(ServiceGoal.parse("asa=30")).isEqualTo(ServiceGoal.asa(Duration.ofSeconds(30)));
    assertThat(ServiceGoal.parse("90/15").toString()).isEqualTo("90% in 15s");
  }

  @Property(tries = 200)
  void moreAgents_neverWorse(@ForAll @DoubleRange(min = 0.1, max = 300) double erlangs,
      @ForAll @IntRange(min = 1, max = 400) int agents) {
    Traffic t = new Traffic(erlangs / 100, 100);
    assertThat(ErlangC.probabilityOfWaiting(erlangs, agents + 1))
        .isLessThanOrEqualTo(ErlangC.probabilityOfWaiting(erlangs, agents) + 1e-12);
    assertThat(ErlangC.serviceLevel(t, agents + 1, Duration.ofSeconds(20)))
        .isGreaterThanOrEqualTo(ErlangC.serviceLevel(t, agents, Duration.ofSeconds(20)) - 1e-12);
    double pw = ErlangC.probabilityOfWaiting(erlangs, agents);
    assertThat(pw).isBetween(0.0, 1.0);
  }
}
