package dev.cim.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The five identifier types: validation with messages naming the value, equality, order and random ids. */
class IdsTest {

  static Stream<Arguments> idTypes() {
    return Stream.of(
        Arguments.of("customer id", (Function<String, Object>) CustomerId::of),
        Arguments.of("interaction id", (Function<String, Object>) InteractionId::of),
        Arguments.of("agent id", (Function<String, Object>) AgentId::of),
        Arguments.of("case id", (Function<String, Object>) CaseId::of),
        Arguments.of("message id", (Function<String, Object>) MessageId::of));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void blank_isRejectedNamingTheValue(String type, Function<String, Object> of) {
    for (String blank : List.of("", " ", "\t", "   ")) {
      assertThatIllegalArgumentException().isThrownBy(() -> of.apply(blank))
          .withMessage(type + " must not be blank, but was '" + blank + "'");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void overLong_isRejectedNamingLengthAndValue(String type, Function<String, Object> of) {
    String value = "abcdefghijklmnopqrstuvwxyz0123456789".repeat(4).substring(0, 129);
    assertThatIllegalArgumentException().isThrownBy(() -> of.apply(value))
        .withMessage(type + " must be at most 128 characters, but was 129 characters: '"
            + value.substring(0, 32) + "...'");
    assertThat(of.apply(value.substring(0, 128)).toString()).hasSize(128);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void whitespaceOrControlCharacters_areRejectedNamingValueAndIndex(String type, Function<String, Object> of) {
    assertThatIllegalArgumentException().isThrownBy(() -> of.apply("a b"))
        .withMessage(type + " must not contain whitespace or control characters, but was 'a b' (U+0020 at index 1)");
    assertThatIllegalArgumentException().isThrownBy(() -> of.apply("ab\tc"))
        .withMessageContaining("(U+0009 at index 2)");
    assertThatIllegalArgumentException().isThrownBy(() -> of.apply("x\u0000"))
        .withMessage(type + " must not contain whitespace or control characters, but was 'x?' (U+0000 at index 1)");
    assertThatIllegalArgumentException().isThrownBy(() -> of.apply("x\u007f")).withMessageContaining("U+007F");
    assertThatIllegalArgumentException().isThrownBy(() -> of.apply("x\u2003y")).withMessageContaining("U+2003");
    assertThatIllegalArgumentException().isThrownBy(() -> of.apply("x\u2028")).withMessageContaining("U+2028");
    assertThatIllegalArgumentException().isThrownBy(() -> of.apply(" x")).withMessageContaining("at index 0");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void equality_isCaseSensitiveValueEquality(String type, Function<String, Object> of) {
    assertThat(of.apply("Abc-1")).isEqualTo(of.apply("Abc-1")).hasSameHashCodeAs(of.apply("Abc-1"))
        .isNotEqualTo(of.apply("abc-1"));
    assertThat(of.apply("Abc-1")).hasToString("Abc-1");
    assertThat(of.apply("ünïcødé_中文")).hasToString("ünïcødé_中文");
  }

  @org.junit.jupiter.api.Test
  void differentIdTypes_withTheSameValue_areNotEqual() {
    assertThat((Object) CustomerId.of("x")).isNotEqualTo(AgentId.of("x"));
    assertThat((Object) InteractionId.of("x")).isNotEqualTo(CaseId.of("x"));
  }

  @org.junit.jupiter.api.Test
  void compareTo_ordersByValue() {
    assertThat(CustomerId.of("a")).isLessThan(CustomerId.of("b"));
    assertThat(InteractionId.of("b")).isGreaterThan(InteractionId.of("a"));
    assertThat(AgentId.of("a")).isEqualByComparingTo(AgentId.of("a"));
    assertThat(CaseId.of("A")).isLessThan(CaseId.of("a"));
    assertThat(MessageId.of("m1")).isLessThan(MessageId.of("m2"));
  }

  @org.junit.jupiter.api.Test
  void random_isValidAndFresh() {
    assertThat(CustomerId.random()).isNotEqualTo(CustomerId.random());
    assertThat(InteractionId.random().value()).hasSize(36);
    assertThat(AgentId.random()).isNotEqualTo(AgentId.random());
    assertThat(CaseId.random()).isNotEqualTo(CaseId.random());
    assertThat(MessageId.random()).isNotEqualTo(MessageId.random());
  }

  @org.junit.jupiter.api.Test
  void unicodeSpaces_areRejected() {
    for (String s : List.of("\u00a0", "a\u00a0b", "a\u2007b", "a\u202fb", "\u200b")) {
      assertThatIllegalArgumentException().as(s).isThrownBy(() -> CustomerId.of(s));
    }
  }
}
