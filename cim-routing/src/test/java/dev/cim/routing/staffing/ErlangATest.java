package dev.cim.routing.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ErlangATest {

  private static final Duration SL = Duration.ofSeconds(20);

  /**
   * Independent reference: when the patience rate equals the service rate (θ = μ) every contact in the system leaves
   * at rate μ whatever it is doing, so the number in the system is Poisson(A) (an M/M/∞ system). Then P(wait) =
   * P(X >= N) and P(abandon) = θ·E[(X - N)+] / λ = E[(X - N)+] / A, computed here from the Poisson pmf.
   */
  @Test
  void patienceEqualsHandleTime_matchesPoissonIdentity() {
    double a = 8.0;
    int n = 9;
    Traffic t = new Traffic(a / 300, 300);
    ErlangA.Result r = ErlangA.evaluate(t, n, Duration.ofSeconds(300), SL);
    double pmf = Math.exp(-a);
    double atLeastN = 0;
    double excess = 0;
    for (int k = 0; k < 200; k++) {
      if (k > 0) {
        pmf *= a / k;
      }
      if (k >= n) {
        atLeastN += pmf;
        excess += (k - n) * pmf;
      }
    }
    assertThat(r.probabilityOfWaiting()).isCloseTo(atLeastN, within(1e-12));
    assertThat(r.probabilityOfAbandonment()).isCloseTo(excess / a, within(1e-12));
    assertThat(r.occupancy()).isCloseTo(a * (1 - excess / a) / n, within(1e-12));
  }

  /** With almost infinite patience Erlang A tends to Erlang C (closed forms), including the wait distribution. */
  @Test
  void veryLongPatience_tendsToErlangC() {
    Traffic t = Traffic.perHour(200, Duration.ofMinutes(3));
    for (int n : new int[] {11, 12, 14}) {
      ErlangA.Result r = ErlangA.evaluate(t, n, Duration.ofDays(3650), SL);
      assertThat(r.probabilityOfWaiting()).isCloseTo(ErlangC.probabilityOfWaiting(10, n), within(1e-4));
      assertThat(r.serviceLevel()).isCloseTo(ErlangC.serviceLevel(t, n, SL), within(1e-4));
      assertThat(r.asaSeconds()).isCloseTo(ErlangC.asaSeconds(t, n), within(ErlangC.asaSeconds(t, n) * 1e-3));
      assertThat(r.probabilityOfAbandonment()).isLessThan(1e-3);
    }
  }

  /**
   * Two derivations of the abandonment share must agree: rate balance on the chain (θ·E[queue] / λ) and the
   * position chain seen by an arrival (Σ P(position j)·jθ / (Nμ + jθ)); and the answered share plus the abandoned
   * share is 1.
   */
  @Test
  void abandonment_twoDerivationsAgree() {
    Traffic t = Traffic.perHour(400, Duration.ofSeconds(240)); // 26.7 Erlangs
    for (int n : new int[] {20, 25, 27, 30}) {
      ErlangA.Result r = ErlangA.evaluate(t, n, Duration.ofSeconds(120), SL);
      double answered = r.occupancy() * n / t.erlangs();
      assertThat(answered + r.probabilityOfAbandonment()).isCloseTo(1.0, within(1e-9));
      assertThat(r.averageWaitSeconds()).isCloseTo(r.averageQueueLength() / t.arrivalsPerSecond(), within(1e-9));
      assertThat(r.serviceLevel()).isLessThanOrEqualTo(1 - r.probabilityOfAbandonment() + 1e-12);
    }
  }

  @Test
  void overloadedCenter_isStableThanksToAbandonment() {
    Traffic t = new Traffic(5000 / 240.0, 240); // 5,000 Erlangs
    ErlangA.Result r = ErlangA.evaluate(t, 4800, Duration.ofSeconds(180), SL);
    // at least (A - N) / A of the contacts must abandon, since at most N are in service
    assertThat(r.probabilityOfAbandonment()).isGreaterThan(200.0 / 5000).isLessThan(0.2);
    assertThat(r.occupancy()).isGreaterThan(0.99).isLessThanOrEqualTo(1.0);
    int needed = ErlangA.agentsFor(t, Duration.ofSeconds(180), ServiceGoal.serviceLevel(0.8, SL));
    int erlangC = ErlangC.agentsFor(t, ServiceGoal.serviceLevel(0.8, SL));
    // a center this large answers in seconds even slightly overloaded (the efficiency-driven regime): fewer agents
    // than Erlangs can meet 80/20, but never fewer than 80% of the load (at most N of A Erlangs are served)
    assertThat(needed).isBetween(4000, erlangC);
    assertThat(ErlangA.evaluate(t, needed, Duration.ofSeconds(180), SL).serviceLevel()).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void agentsFor_isTheSmallestMeetingTheGoal() {
    Traffic t = Traffic.perHour(400, Duration.ofSeconds(240));
    Duration patience = Duration.ofSeconds(120);
    ServiceGoal goal = ServiceGoal.serviceLevel(0.8, SL);
    int n = ErlangA.agentsFor(t, patience, goal);
    assertThat(ErlangA.evaluate(t, n, patience, SL).serviceLevel()).isGreaterThanOrEqualTo(0.8);
    assertThat(ErlangA.evaluate(t, n - 1, patience, SL).serviceLevel()).isLessThan(0.8);
    assertThat(ErlangA.agentsFor(t, patience, ServiceGoal.asa(Duration.ofSeconds(15))))
        .isLessThanOrEqualTo(ErlangC.agentsFor(t, ServiceGoal.asa(Duration.ofSeconds(15))));
  }

  @Test
  void badInput_namesFieldAndValue() {
    Traffic t = new Traffic(1, 1);
    assertThatThrownBy(() -> ErlangA.evaluate(t, 2, Duration.ZERO, SL))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meanPatience").hasMessageContaining("PT0S");
    assertThatThrownBy(() -> ErlangA.evaluate(t, -1, Duration.ofSeconds(1), SL))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("agents").hasMessageContaining("-1");
    assertThatThrownBy(() -> ErlangA.evaluate(t, 2, Duration.ofSeconds(1), null))
        .isInstanceOf(NullPointerException.class);
  }
}
