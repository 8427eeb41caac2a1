package dev.cim.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Typed custom attributes: typed reads, mistyped reads, with/without, rejected values and types. */
class AttributesTest {
  private static final AttributeKey<Long> POINTS = AttributeKey.of("acme.points", Long.class);
  private static final AttributeKey<Integer> POINTS_AS_INT = AttributeKey.of("acme.points", Integer.class);
  private static final AttributeKey<String> TIER = AttributeKey.of("acme.tier", String.class);
  private static final AttributeKey<Double> SCORE = AttributeKey.of("acme.score", Double.class);

  @Test
  void get_returnsTheTypedValueOrEmpty() {
    Attributes a = Attributes.of(POINTS, 1200L).with(TIER, "gold");
    assertThat(a.get(POINTS)).contains(1200L);
    assertThat(a.get(TIER)).contains("gold");
    assertThat(a.get(SCORE)).isEmpty();
    assertThat(a.size()).isEqualTo(2);
    assertThat(a.isEmpty()).isFalse();
    assertThat(Attributes.empty().isEmpty()).isTrue();
  }

  @Test
  void get_withAnotherTypeForTheSameName_throws() {
    Attributes a = Attributes.of(POINTS, 1200L);
    assertThatIllegalArgumentException().isThrownBy(() -> a.get(POINTS_AS_INT))
        .withMessage("attribute 'acme.points' holds a Long, but was read as a Integer");
  }

  @Test
  void with_replacesAndLeavesTheOriginalUnchanged() {
    Attributes a = Attributes.of(POINTS, 1L);
    Attributes b = a.with(POINTS, 2L);
    Attributes c = a.with(POINTS_AS_INT, 3);
    assertThat(a.get(POINTS)).contains(1L);
    assertThat(b.get(POINTS)).contains(2L);
    assertThat(c.get(POINTS_AS_INT)).contains(3);
    assertThat(c.size()).isEqualTo(1);
  }

  @Test
  void without_removesByNameAndReturnsTheSameWhenAbsent() {
    Attributes a = Attributes.of(POINTS, 1L).with(TIER, "gold");
    assertThat(a.without("acme.points").get(POINTS)).isEmpty();
    assertThat(a.without("acme.points").get(TIER)).contains("gold");
    assertThat(a.without("nope")).isSameAs(a);
    assertThat(Attributes.of(POINTS, 1L).without("acme.points")).isEqualTo(Attributes.empty());
    assertThat(a.get(POINTS)).contains(1L);
  }

  @Test
  void withAll_letsTheGivenOnesWin() {
    Attributes a = Attributes.of(POINTS, 1L).with(TIER, "gold");
    Attributes b = Attributes.of(POINTS_AS_INT, 9);
    Attributes merged = a.withAll(b);
    assertThat(merged.get(POINTS_AS_INT)).contains(9);
    assertThat(merged.get(TIER)).contains("gold");
    assertThat(a.withAll(Attributes.empty())).isSameAs(a);
    assertThat(Attributes.empty().withAll(b)).isSameAs(b);
  }

  @Test
  void nonFiniteDoubles_areRejected() {
    for (double d : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertThatIllegalArgumentException().isThrownBy(() -> Attributes.of(SCORE, d))
          .withMessage("attribute 'acme.score' must be a finite number, but was " + d);
    }
    assertThat(Attributes.of(SCORE, -0.0).get(SCORE)).contains(-0.0);
    assertThat(Message.SENTIMENT.name()).isEqualTo("cim.sentiment");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void unsupportedTypes_areRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> AttributeKey.of("acme.f", Float.class))
        .withMessage("attribute 'acme.f' type must be one of String, Boolean, Integer, Long, Double, BigDecimal, "
            + "Instant, LocalDate, but was java.lang.Float");
    assertThatIllegalArgumentException().isThrownBy(() -> AttributeKey.of("acme.o", Object.class))
        .withMessageContaining("but was java.lang.Object");
    assertThatIllegalArgumentException().isThrownBy(() -> AttributeKey.of("acme.l", List.class))
        .withMessageContaining("but was java.util.List");
    AttributeKey raw = POINTS;
    assertThatIllegalArgumentException().isThrownBy(() -> Attributes.of(raw, "not a long"))
        .withMessage("attribute 'acme.points' must be a Long, but was a String");
  }

  @Test
  void everySupportedType_canBeStored() {
    assertThat(AttributeKey.supportedTypes()).containsExactly(String.class, Boolean.class, Integer.class, Long.class,
        Double.class, BigDecimal.class, Instant.class, LocalDate.class);
    Attributes a = Attributes.empty()
        .with(AttributeKey.of("s", String.class), "x")
        .with(AttributeKey.of("b", Boolean.class), true)
        .with(AttributeKey.of("i", Integer.class), 1)
        .with(AttributeKey.of("l", Long.class), 2L)
        .with(AttributeKey.of("d", Double.class), 0.5)
        .with(AttributeKey.of("m", BigDecimal.class), new BigDecimal("1.50"))
        .with(AttributeKey.of("t", Instant.class), Instant.EPOCH)
        .with(AttributeKey.of("y", LocalDate.class), LocalDate.of(2026, 1, 1));
    assertThat(a.size()).isEqualTo(8);
    assertThat(a.asMap().keySet()).containsExactly("b", "d", "i", "l", "m", "s", "t", "y");
    assertThat(a.get(AttributeKey.of("m", BigDecimal.class))).contains(new BigDecimal("1.50"));
  }

  @Test
  void keyNames_areNormalisedAndValidated() {
    assertThat(AttributeKey.of(" Acme.Points ", Long.class)).isEqualTo(POINTS);
    assertThat(POINTS).hasToString("acme.points:Long");
    assertThat(POINTS).isNotEqualTo(POINTS_AS_INT);
    assertThatIllegalArgumentException().isThrownBy(() -> AttributeKey.of("acme points", Long.class))
        .withMessage("attribute name may contain only a-z, 0-9, '_', '-' and '.', but was 'acme points'");
    assertThatIllegalArgumentException().isThrownBy(() -> AttributeKey.of("", Long.class))
        .withMessageContaining("attribute name must be 1 to 64 characters");
  }

  @Test
  void ofEntries_rejectsDuplicateNames() {
    List<Attributes.Entry<?>> entries = List.of(new Attributes.Entry<>(POINTS, 1L),
        new Attributes.Entry<>(POINTS_AS_INT, 2));
    assertThatIllegalArgumentException().isThrownBy(() -> Attributes.ofEntries(entries))
        .withMessage("attribute 'acme.points' must appear once, but appears twice");
    assertThat(Attributes.ofEntries(List.of())).isSameAs(Attributes.empty());
  }

  @Test
  void equality_isByEntries() {
    Attributes a = Attributes.of(POINTS, 1L).with(TIER, "gold");
    Attributes b = Attributes.of(TIER, "gold").with(POINTS, 1L);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Attributes.of(POINTS, 1L));
    assertThat(Attributes.of(POINTS, 1L)).isNotEqualTo(Attributes.of(POINTS_AS_INT, 1));
    assertThat(a.asMap()).isEqualTo(Map.of("acme.points", 1L, "acme.tier", "gold"));
    assertThat(a.toString()).contains("acme.points");
  }

  @Test
  void views_areImmutable() {
    Attributes a = Attributes.of(POINTS, 1L);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.asMap().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.entries().iterator().remove())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
