package dev.cim.routing.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class StaffingProperties {

  /** Erlang A invariants over small systems: shares in [0, 1], more agents never hurt, abandonment plus answered = 1. */
  @Property(tries = 150)
  void erlangA_invariants(@ForAll @IntRange(min = 1, max = 60) int perMinute,
      @ForAll @IntRange(min = 30, max = 600) int ahtSeconds, @ForAll @IntRange(min = 5, max = 900) int patience,
      @ForAll @IntRange(min = 0, max = 80) int agents) {
    Traffic t = new Traffic(perMinute / 60.0, ahtSeconds);
    Duration p = Duration.ofSeconds(patience);
    Duration sl = Duration.ofSeconds(20);
    ErlangA.Result r = ErlangA.evaluate(t, agents, p, sl);
    ErlangA.Result more = ErlangA.evaluate(t, agents + 1, p, sl);
    assertThat(r.probabilityOfAbandonment()).isBetween(0.0, 1.0);
    assertThat(r.serviceLevel()).isBetween(0.0, 1.0 - r.probabilityOfAbandonment() + 1e-9);
    assertThat(more.probabilityOfAbandonment()).isLessThanOrEqualTo(r.probabilityOfAbandonment() + 1e-9);
    assertThat(more.serviceLevel()).isGreaterThanOrEqualTo(r.serviceLevel() - 1e-9);
    if (agents > 0) {
      double answered = r.occupancy() * agents / t.erlangs();
      assertThat(answered + r.probabilityOfAbandonment()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
    }
  }

  @Test
  void nullArguments_throwNullPointerException() {
    Traffic t = new Traffic(1, 1);
    Duration d = Duration.ofSeconds(1);
    ServiceGoal g = ServiceGoal.parse("80/20");
    assertThatThrownBy(() -> Traffic.perHour(1, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ErlangC.serviceLevel(t, 1, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ErlangC.asaSeconds(null, 1)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ErlangC.occupancy(null, 1)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ErlangC.plan(t, null, 0)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ErlangC.agentsFor(null, g)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ErlangA.evaluate(t, 1, null, d)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ErlangA.agentsFor(t, d, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ServiceGoal.parse(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ServiceGoal.asa(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new StaffingPlan(null, g, 1, 0, 1, 0, 1, 0, 0)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> StaffingCommand.run(null, System.out, System.err))
        .isInstanceOf(NullPointerException.class);
  }
}
