package dev.cim.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.model.Channel;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Message;
import dev.cim.core.model.MessageId;
import dev.cim.core.model.AuthorRole;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactorTest {
  private final Redactor redactor = Redactor.builder()
      .pattern("order", "ORD-\\d{8}")
      .pattern("nested", "(a+)+b")
      .build();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "mail ana@example.com now|mail [email] now",
      "Ana.Silva+cim@mail.example.co.uk, thanks|[email], thanks",
      "two: a@b.cc;c@d.org|two: [email];[email]",
      "no tld: ana@localhost and @example.com and ana@ and a@b.c|no tld: ana@localhost and @example.com and ana@ and a@b.c",
      "card 4111 1111 1111 1111 ok|card [card] ok",
      "card 4111-1111-1111-1111|card [card]",
      "amex 378282246310005.|amex [card].",
      "not luhn 4111 1111 1111 1112|not luhn 4111 1111 1111 1112",
      "too long 41111111111111111111111|too long 41111111111111111111111",
      "call +1 (415) 555-0100 today|call [phone] today",
      "call 0044 20 7946 0018|call [phone]",
      "call +44 20 7946 0018.|call [phone].",
      "ref AB4155550100 is kept|ref AB4155550100 is kept",
      "date 2026-11-29 and 12.50 and 555-0100 kept|date 2026-11-29 and 12.50 and 555-0100 kept",
      "order ORD-12345678 and ORD-123|order [order] and ORD-123",
      "tokens [email] [card] [phone] [order] stay|tokens [email] [card] [phone] [order] stay",
  })
  void redact_masksWhatItShouldAndKeepsTheRest(String text, String expected) {
    assertThat(redactor.redact(text)).isEqualTo(expected);
  }

  @Test
  void redact_hostPatternMatchesDoNotSpanTokens() {
    Redactor r = Redactor.builder().pattern("between", "x.{1,10}y").build();
    assertThat(r.redact("x 4111111111111111 y")).isEqualTo("x [card] y");
    assertThat(r.redact("x [card] y")).isEqualTo("x [card] y");
    assertThat(r.redact("x ab y")).isEqualTo("[between]");
  }

  @Test
  void redact_nothingToMask_returnsEqualText() {
    assertThat(redactor.redact("")).isEmpty();
    assertThat(Redactor.defaults().redact("Hello, my bill is wrong!")).isEqualTo("Hello, my bill is wrong!");
  }

  @Test
  void builder_rejectsBadNamesAndUnsafePatterns() {
    assertThatThrownBy(() -> Redactor.builder().pattern("Order", "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pattern name").hasMessageContaining("'Order'");
    assertThatThrownBy(() -> Redactor.builder().pattern("email", "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'email'");
    assertThatThrownBy(() -> Redactor.builder().pattern("a", "x").pattern("a", "y"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unique");
    assertThatThrownBy(() -> Redactor.builder().pattern("empty", "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> Redactor.builder().pattern("iban", "(\\w)\\1"))
        .isInstanceOf(UnsafePatternException.class).hasMessageContaining("'iban'").hasMessageContaining("position 4");
  }

  @Test
  void luhn_knownNumbers() {
    assertThat(Redactor.luhn("4111111111111111", 0, 16)).isTrue();
    assertThat(Redactor.luhn("4111-1111-1111-1111", 0, 19)).isTrue();
    assertThat(Redactor.luhn("4111111111111112", 0, 16)).isFalse();
    assertThat(Redactor.luhn("79927398713", 0, 11)).isTrue();
  }

  @Test
  void messageRedaction_maskPolicy_keepsNoOriginal() {
    MessageRedaction mr = MessageRedaction.builder(redactor).build();
    Message m = message("write to ana@example.com");
    Message out = mr.apply(Channel.CHAT, m);
    assertThat(out.text()).isEqualTo("write to [email]");
    assertThat(out.attributes().get(MessageRedaction.ENCRYPTED_ORIGINAL)).isEmpty();
    assertThat(mr.apply(Channel.CHAT, message("nothing here"))).isEqualTo(message("nothing here"));
  }

  @Test
  void messageRedaction_encryptingPolicy_keepsOnlyCiphertextOfTheOriginal() {
    Encryptor reverse = plain -> "enc:" + new StringBuilder(plain).reverse();
    MessageRedaction mr = MessageRedaction.builder(redactor)
        .policy(Channel.VOICE, RedactionPolicy.maskKeepingEncryptedOriginal(reverse)).build();
    Message out = mr.apply(Channel.VOICE, message("card 4111 1111 1111 1111"));
    assertThat(out.text()).isEqualTo("card [card]");
    assertThat(out.attributes().get(MessageRedaction.ENCRYPTED_ORIGINAL)).contains("enc:1111 1111 1111 1114 drac");
    assertThat(out.attributes().toString()).doesNotContain("4111 1111 1111 1111");
    assertThat(mr.apply(Channel.CHAT, message("card 4111 1111 1111 1111")).attributes().isEmpty()).isTrue();
    assertThat(mr.policyFor(Channel.SMS)).isSameAs(RedactionPolicy.mask());
  }

  @Test
  void messageRedaction_failingEncryptor_propagates() {
    MessageRedaction mr = MessageRedaction.builder(redactor).defaultPolicy(
        RedactionPolicy.maskKeepingEncryptedOriginal(p -> {
          throw new IllegalStateException("kms down");
        })).build();
    assertThatThrownBy(() -> mr.apply(Channel.CHAT, message("ana@example.com")))
        .isInstanceOf(IllegalStateException.class).hasMessage("kms down");
    assertThatThrownBy(() -> MessageRedaction.builder(redactor).policy(Channel.CHAT, RedactionPolicy.mask())
        .policy(Channel.CHAT, RedactionPolicy.mask())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("chat");
  }

  @Test
  void nullArguments_throwNullPointerException() {
    MessageRedaction mr = MessageRedaction.builder(redactor).build();
    assertThatThrownBy(() -> redactor.redact(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Redactor.builder().pattern(null, "a")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Redactor.builder().pattern("a", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> MessageRedaction.builder(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> mr.apply(null, message("x"))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> mr.apply(Channel.CHAT, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RedactionPolicy.maskKeepingEncryptedOriginal(null))
        .isInstanceOf(NullPointerException.class);
  }

  /**
   * The one timed test: megabyte-long hostile inputs for every detector, including the nested-quantifier pattern
   * {@code (a+)+b} that makes backtracking engines take exponential time. The bound is generous (it guards the
   * complexity class, not the speed): a quadratic scan of these inputs would take hours.
   */
  @Test
  void redact_adversarialMegabyteInputs_finishInLinearTime() {
    int mb = 1 << 20;
    List<String> inputs = List.of(
        "a".repeat(mb - 1) + "@",                       // email: a huge local part, no domain
        "a@".repeat(mb / 2),                            // email: an '@' every other character
        "a@" + "b.".repeat(mb / 2 - 1),                 // email: a domain of a million empty-ish labels
        "4".repeat(mb),                                 // card and phone: one huge digit run
        "4 ".repeat(mb / 2),                            // card: a run with a separator at every step
        "+(".repeat(mb / 2),                            // phone: openers without digits
        "a".repeat(mb),                                 // (a+)+b without the b
        "ORD-1234567".repeat(mb / 11));                 // host pattern: near misses
    long start = System.nanoTime();
    for (String s : inputs) {
      assertThat(redactor.redact(s)).isNotNull();
    }
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
    assertThat(elapsedMillis).as("8 MiB of hostile input").isLessThan(20_000);
  }

  private static Message message(String text) {
    return Message.of(MessageId.of("m-1"), InteractionId.of("i-1"), AuthorRole.CUSTOMER, text,
        Instant.parse("2026-01-01T00:00:00Z"));
  }
}
