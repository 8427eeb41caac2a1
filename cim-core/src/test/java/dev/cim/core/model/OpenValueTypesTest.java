package dev.cim.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Channel, Skill and ContactPointKind: normalisation, rejection, built-ins and custom values. */
class OpenValueTypesTest {

  static Stream<Arguments> types() {
    return Stream.of(
        Arguments.of("channel", (Function<String, Object>) Channel::of),
        Arguments.of("skill", (Function<String, Object>) Skill::of),
        Arguments.of("contact point kind", (Function<String, Object>) ContactPointKind::of));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void names_areTrimmedAndLowerCased(String type, Function<String, Object> of) {
    assertThat(of.apply("  WhatsApp_Business-2.0 ")).isEqualTo(of.apply("whatsapp_business-2.0"))
        .hasToString("whatsapp_business-2.0");
    assertThat(of.apply("9lives")).hasToString("9lives");
    assertThat(of.apply("x".repeat(64)).toString()).hasSize(64);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void invalidNames_areRejectedNamingTheValue(String type, Function<String, Object> of) {
    for (String bad : new String[] {"", "   ", "_x", "-x", ".x", "x".repeat(65)}) {
      assertThatIllegalArgumentException().isThrownBy(() -> of.apply(bad))
          .withMessage(type + " must be 1 to 64 characters starting with a letter or digit, but was '" + bad + "'");
    }
    for (String bad : new String[] {"whats app", "café", "a/b", "a@b", "a:b", "ｆｕｌｌ"}) {
      assertThatIllegalArgumentException().isThrownBy(() -> of.apply(bad))
          .withMessageContaining(type)
          .withMessageContaining("'" + bad + "'");
    }
  }

  @Test
  void channel_builtInsAndCustom() {
    assertThat(Channel.builtIns()).containsExactly(Channel.VOICE, Channel.EMAIL, Channel.CHAT, Channel.SMS,
        Channel.SOCIAL, Channel.APP, Channel.IN_PERSON);
    assertThat(Channel.builtIns()).extracting(Channel::name)
        .containsExactly("voice", "email", "chat", "sms", "social", "app", "in_person");
    assertThat(Channel.of("Voice")).isEqualTo(Channel.VOICE).matches(Channel::isBuiltIn);
    Channel whatsapp = Channel.of("whatsapp");
    assertThat(whatsapp.isBuiltIn()).isFalse();
    assertThat(whatsapp).isNotEqualTo(Channel.CHAT).isEqualTo(new Channel("WHATSAPP"));
    assertThat(Channel.CHAT).isLessThan(Channel.EMAIL);
  }

  @Test
  void skill_levelsAndLanguages() {
    Skill billing = Skill.of("Billing");
    assertThat(Skill.checkLevel(billing, Skill.MIN_LEVEL)).isEqualTo(1);
    assertThat(Skill.checkLevel(billing, Skill.MAX_LEVEL)).isEqualTo(10);
    assertThatIllegalArgumentException().isThrownBy(() -> Skill.checkLevel(billing, 0))
        .withMessage("level of skill 'billing' must be between 1 and 10, but was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> Skill.checkLevel(billing, 11))
        .withMessage("level of skill 'billing' must be between 1 and 10, but was 11");
    assertThat(Skill.language("pt-BR")).isEqualTo(Skill.of("lang.pt-br"));
    assertThatIllegalArgumentException().isThrownBy(() -> Skill.language("pt BR"))
        .withMessageContaining("'lang.pt BR'");
    assertThat(Skill.of("a")).isLessThan(Skill.of("b"));
  }

  @Test
  void contactPointKind_builtInsAndHandles() {
    assertThat(ContactPointKind.of("PHONE")).isEqualTo(ContactPointKind.PHONE);
    assertThat(ContactPointKind.of(" Email ")).isEqualTo(ContactPointKind.EMAIL);
    assertThat(ContactPointKind.of("external_id")).isEqualTo(ContactPointKind.EXTERNAL_ID);
    assertThat(ContactPointKind.PHONE.isHandle()).isFalse();
    assertThat(ContactPointKind.EMAIL.isHandle()).isFalse();
    assertThat(ContactPointKind.EXTERNAL_ID.isHandle()).isFalse();
    assertThat(ContactPointKind.of("whatsapp").isHandle()).isTrue();
    assertThat(ContactPointKind.EMAIL).isLessThan(ContactPointKind.PHONE);
  }
}
