package dev.cim.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.model.Channel;
import dev.cim.core.model.Customer;
import dev.cim.core.model.Interaction;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CimFixturesTest {

  @Test
  void ids_areUniqueAndAscendInCreationOrder() {
    CimFixtures fx = new CimFixtures();
    CimFixtures other = new CimFixtures();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      ids.add(fx.customerId().value());
      ids.add(other.customerId().value());
    }
    assertThat(ids).doesNotHaveDuplicates().isSorted();
    assertThat(ids).allMatch(id -> id.matches("[a-z0-9]+"));
  }

  @Test
  void contactPoints_areUnique() {
    CimFixtures fx = new CimFixtures();
    List<Object> points = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      points.add(fx.phone());
      points.add(fx.email());
      points.add(fx.handle());
    }
    assertThat(points).doesNotHaveDuplicates();
  }

  @Test
  void everyFieldFixtures_setEveryOptionalField() {
    CimFixtures fx = new CimFixtures();
    Customer c = fx.customerWithEveryField();
    assertThat(c.displayName()).isPresent();
    assertThat(c.segment()).isPresent();
    assertThat(c.preferredChannel()).isPresent();
    assertThat(c.preferredLanguage()).isPresent();
    assertThat(c.consents()).isNotEmpty();
    assertThat(c.attributes().asMap()).hasSize(8);
    assertThat(c.version()).isZero();
    Interaction i = fx.interactionWithEveryField(c.id());
    assertThat(List.of(i.topic(), i.threadRef(), i.queue(), i.assignedAgent(), i.disposition()))
        .allMatch(java.util.Optional::isPresent);
    assertThat(i.history()).hasSize(4);
    assertThat(fx.agentWithEveryField().team()).isPresent();
  }

  @Test
  void times_comeFromTheClock() {
    CimFixtures fx = new CimFixtures();
    assertThat(fx.now()).isEqualTo(CimFixtures.START);
    Instant later = fx.tick();
    assertThat(later).isEqualTo(CimFixtures.START.plusSeconds(1));
    assertThat(fx.interaction(fx.customerId(), Channel.SMS).createdAt()).isEqualTo(later);
    assertThat(fx.message(fx.interactionId()).sentAt()).isEqualTo(later);
  }

  @Test
  void mutableClock_movesOnlyWhenTold() {
    MutableClock clock = MutableClock.at(CimFixtures.START);
    assertThat(clock.instant()).isEqualTo(CimFixtures.START);
    assertThat(clock.advance(Duration.ofMillis(1500))).isEqualTo(CimFixtures.START.plusMillis(1500));
    clock.set(CimFixtures.START.minusSeconds(5));
    assertThat(clock.instant()).isEqualTo(CimFixtures.START.minusSeconds(5));
    java.time.Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));
    clock.advanceSeconds(5);
    assertThat(paris.instant()).isEqualTo(CimFixtures.START);
    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
  }

  @Test
  void mutableClock_rejectsBadArguments() {
    MutableClock clock = MutableClock.at(CimFixtures.START);
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must not be negative, but was PT-1S");
    assertThatThrownBy(() -> clock.advanceSeconds(-2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("seconds must be >= 0, but was -2");
    assertThatThrownBy(() -> clock.advance(null)).isInstanceOf(NullPointerException.class).hasMessage("amount");
    assertThatThrownBy(() -> clock.set(null)).isInstanceOf(NullPointerException.class).hasMessage("time");
    assertThatThrownBy(() -> MutableClock.at(null)).isInstanceOf(NullPointerException.class).hasMessage("start");
    assertThatThrownBy(() -> new CimFixtures(null)).isInstanceOf(NullPointerException.class).hasMessage("clock");
    assertThat(clock.instant()).isEqualTo(CimFixtures.START);
  }

  @Test
  void assertThrows_namesTheRuleWhenNothingIsThrown() {
    assertThatThrownBy(() -> CimAssertions.assertThrows("CS-6 update: stale", IllegalStateException.class, () -> { }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[CS-6 update: stale]")
        .hasMessageContaining("java.lang.IllegalStateException");
    assertThatThrownBy(() -> CimAssertions.assertThrows("CS-6 update: stale", IllegalStateException.class, () -> {
      throw new IllegalArgumentException("x");
    })).isInstanceOf(AssertionError.class).hasMessageContaining("CS-6 update: stale");
  }
}
