package dev.cim.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which policy applies: queue and segment, then queue, then segment, then the default. */
class SlaPoliciesTest {
  private static final BusinessCalendar CAL = BusinessCalendar.always(ZoneOffset.UTC);
  private static final SlaPolicy STANDARD = SlaPolicy.of("standard", CAL).withFirstResponse(Duration.ofHours(8));
  private static final SlaPolicy BILLING = SlaPolicy.of("billing", CAL).withFirstResponse(Duration.ofHours(4));
  private static final SlaPolicy GOLD = SlaPolicy.of("gold", CAL).withFirstResponse(Duration.ofHours(2));
  private static final SlaPolicy GOLD_BILLING = SlaPolicy.of("gold-billing", CAL)
      .withFirstResponse(Duration.ofHours(1));

  private static final SlaPolicies RULES = SlaPolicies.builder().defaultPolicy(STANDARD).forQueue("billing", BILLING)
      .forSegment("gold", GOLD).forQueueAndSegment("billing", "gold", GOLD_BILLING).build();

  private static Optional<String> o(String s) {
    return Optional.ofNullable(s);
  }

  @Test
  void select_mostSpecificWins() {
    assertThat(RULES.select(o("billing"), o("gold"))).contains(GOLD_BILLING);
    assertThat(RULES.select(o("billing"), o("silver"))).contains(BILLING);
    assertThat(RULES.select(o("billing"), o(null))).contains(BILLING);
    assertThat(RULES.select(o("sales"), o("gold"))).as("a queue rule would beat it, but sales has none")
        .contains(GOLD);
    assertThat(RULES.select(o(null), o("gold"))).contains(GOLD);
    assertThat(RULES.select(o("sales"), o("silver"))).contains(STANDARD);
    assertThat(RULES.select(o(null), o(null))).contains(STANDARD);
  }

  @Test
  void select_queueBeatsSegment() {
    SlaPolicies rules = SlaPolicies.builder().forQueue("billing", BILLING).forSegment("gold", GOLD).build();
    assertThat(rules.select(o("billing"), o("gold"))).contains(BILLING);
  }

  @Test
  void select_noRuleAndNoDefault_isEmpty() {
    SlaPolicies rules = SlaPolicies.builder().forQueue("billing", BILLING).build();
    assertThat(rules.select(o("sales"), o("gold"))).isEmpty();
  }

  @Test
  void builder_duplicateRule_throwsNamingTheExisting() {
    SlaPolicies.Builder b = SlaPolicies.builder().forQueue("billing", BILLING);
    assertThatThrownBy(() -> b.forQueue("billing", GOLD))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("policy for queue 'billing' was already set to 'billing'");
    assertThatThrownBy(() -> b.defaultPolicy(STANDARD).defaultPolicy(GOLD))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("defaultPolicy was already set to 'standard'");
    assertThat(b.build().select(o("billing"), o(null))).contains(BILLING);
  }

  @Test
  void policy_nonPositiveTarget_throwsNamingTheField() {
    assertThatThrownBy(() -> SlaPolicy.of("x", CAL).withNextResponse(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nextResponse must be positive, but was PT0S");
    assertThatThrownBy(() -> SlaPolicy.of(" ", CAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name must be 1 to 256 characters");
  }
}
