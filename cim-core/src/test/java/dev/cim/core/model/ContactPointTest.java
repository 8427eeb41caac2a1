package dev.cim.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Normalisation and rejection of phone numbers, emails, handles and external ids. */
class ContactPointTest {

  private static void assertInvalid(ContactPointKind kind, String raw, String reason) {
    assertThatThrownBy(() -> ContactPoint.of(kind, raw))
        .isInstanceOfSatisfying(InvalidContactPointException.class, e -> {
          assertThat(e.getKind()).isEqualTo(kind);
          assertThat(e.getValue()).isEqualTo(raw);
        })
        .hasMessageStartingWith("invalid " + kind.name() + " contact point '" + raw + "': ")
        .hasMessageContaining(reason);
  }

  // ---------------------------------------------------------------- phone: international

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "+442079460018            | +442079460018",
      "+44 20 7946 0018         | +442079460018",
      "+44 (0)20 7946 0018      | +442079460018",
      "+44-20-7946-0018         | +442079460018",
      "+44.20.7946.0018         | +442079460018",
      "+44/20/7946/0018         | +442079460018",
      "'  +44 20 7946 0018  '   | +442079460018",
      "0044 20 7946 0018        | +442079460018",
      "+1 (415) 555-0100        | +14155550100",
      "+55 11 91234-5678        | +5511912345678",
      "+1234567                 | +1234567",
      "+123456789012345         | +123456789012345"})
  void phone_international_isNormalisedToE164(String raw, String e164) {
    assertThat(ContactPoint.phone(raw).value()).isEqualTo(e164);
    assertThat(ContactPoint.phone(raw)).isEqualTo(ContactPoint.phone(e164));
  }

  @Test
  void phone_noBreakSpaceSeparator_isDropped() {
    assertThat(ContactPoint.phone("+44\u00a020\u00a07946\u00a00018").value()).isEqualTo("+442079460018");
  }

  @Test
  void phone_tooShortOrTooLong_isRejected() {
    assertInvalid(ContactPointKind.PHONE, "+123456",
        "must have 7 to 15 digits including the country calling code, but has 6");
    assertInvalid(ContactPointKind.PHONE, "+1234567890123456",
        "must have 7 to 15 digits including the country calling code, but has 16");
    assertInvalid(ContactPointKind.PHONE, "+", "but has 0");
  }

  @Test
  void phone_lettersAndOtherCharacters_areRejected() {
    assertInvalid(ContactPointKind.PHONE, "+44 20 ABCD 0018", "may contain only digits, a leading '+' and the "
        + "separators ' -./()', but has 'A'");
    assertInvalid(ContactPointKind.PHONE, "+44 20 7946 0018 ext 12", "but has 'e'");
    assertInvalid(ContactPointKind.PHONE, "+44+20", "but has '+'");
    assertInvalid(ContactPointKind.PHONE, "+44_207946", "but has '_'");
  }

  @Test
  void phone_countryCodeStartingWithZero_isRejected() {
    assertInvalid(ContactPointKind.PHONE, "+0442079460018", "country calling code must not start with 0");
  }

  @Test
  void phone_overLongRawValue_isRejectedAbbreviated() {
    String raw = "+44 " + "1 ".repeat(40);
    assertThatThrownBy(() -> ContactPoint.phone(raw))
        .isInstanceOf(InvalidContactPointException.class)
        .hasMessage("invalid phone contact point '" + raw.substring(0, 40) + "...': must be at most 64 characters "
            + "as written");
  }

  @Test
  void phone_nationalWithoutDefaultCode_isRejected() {
    assertInvalid(ContactPointKind.PHONE, "020 7946 0018",
        "is in national format (no '+' or '00'), and no default country calling code is configured");
  }

  // ---------------------------------------------------------------- phone: national, with a default calling code

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "44  | 020 7946 0018        | +442079460018",
      "44  | 20 7946 0018         | +442079460018",
      "+44 | 07700 900123         | +447700900123",
      "44  | 0044 20 7946 0018    | +442079460018",
      "44  | +1 415 555 0100      | +14155550100",
      "39  | 06 6982 1234         | +390669821234",
      "39  | 333 123 4567         | +393331234567",
      "1   | (415) 555-0100       | +14155550100",
      "1   | 415.555.0100         | +14155550100",
      "1   | 1 415 555 0100       | +14155550100",
      "1   | 1-415-555-0100       | +14155550100",
      "1   | 011 44 20 7946 0018  | +442079460018",
      "1   | 00 44 20 7946 0018   | +442079460018",
      "55  | (11) 91234-5678      | +5511912345678",
      "49  | 030 123456           | +4930123456"})
  void phone_national_usesTheDefaultCallingCode(String code, String raw, String e164) {
    assertThat(ContactPoint.phone(raw, code).value()).isEqualTo(e164);
    ContactPointNormalizer n = ContactPointNormalizer.withDefaultCountryCallingCode(code);
    assertThat(n.phone(raw)).isEqualTo(ContactPoint.phone(e164));
    assertThat(n.normalize(ContactPointKind.PHONE, raw)).isEqualTo(e164);
  }

  @Test
  void phone_northAmericanNationalNumber_mustHaveTenDigits() {
    assertThatThrownBy(() -> ContactPoint.phone("415 555 010", "1"))
        .isInstanceOf(InvalidContactPointException.class)
        .hasMessage("invalid phone contact point '415 555 010': a national number of the North American plan must "
            + "have 10 digits, but has 9");
    assertThatThrownBy(() -> ContactPoint.phone("2 415 555 0100", "1"))
        .hasMessageContaining("must have 10 digits, but has 11");
  }

  @Test
  void phone_nationalTooShortAfterCallingCode_isRejected() {
    assertThatThrownBy(() -> ContactPoint.phone("0123", "44"))
        .isInstanceOf(InvalidContactPointException.class)
        .hasMessageContaining("must have 7 to 15 digits including the country calling code, but has 5");
    assertThatThrownBy(() -> ContactPoint.phone("0", "44"))
        .isInstanceOf(InvalidContactPointException.class)
        .hasMessageContaining("has no digits");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "044", "1234", "4a", "+", "++44", " 44"})
  void defaultCallingCode_invalid_isRejected(String code) {
    assertThatIllegalArgumentException().isThrownBy(() -> ContactPointNormalizer.withDefaultCountryCallingCode(code))
        .withMessage("default country calling code must be 1 to 3 digits not starting with 0, but was '" + code + "'");
  }

  @Test
  void defaultCallingCode_isReported() {
    assertThat(ContactPointNormalizer.withDefaultCountryCallingCode("+44").defaultCountryCallingCode())
        .isEqualTo("44");
    assertThat(ContactPointNormalizer.DEFAULT.defaultCountryCallingCode()).isEmpty();
    assertThat(ContactPointNormalizer.withDefaultCountryCallingCode("1").toString()).contains("1");
  }

  @Test
  void phone_trunkZeroInParenthesesAfterDoubleZeroPrefix_isDropped() {
    assertThat(ContactPoint.phone("0044 (0)20 7946 0018").value()).isEqualTo("+442079460018");
    assertThat(ContactPoint.phone("011 44 (0)20 7946 0018", "1").value()).isEqualTo("+442079460018");
  }

  // ---------------------------------------------------------------- email

  @Test
  void email_isTrimmedAndLowerCased() {
    assertThat(ContactPoint.email("  Ana.Lima+CIM@Example.COM \t").value()).isEqualTo("ana.lima+cim@example.com");
    assertThat(ContactPoint.email("ANA@X.IO")).isEqualTo(ContactPoint.email("ana@x.io"));
    assertThat(ContactPointNormalizer.DEFAULT.email("A@B.C").value()).isEqualTo("a@b.c");
  }

  @Test
  void email_invalid_isRejectedNamingTheValue() {
    assertInvalid(ContactPointKind.EMAIL, "ana.example.com", "must contain exactly one '@'");
    assertInvalid(ContactPointKind.EMAIL, "a@b@c.io", "must contain exactly one '@'");
    assertInvalid(ContactPointKind.EMAIL, "@x.io", "local part must be 1 to 64 characters, but was 0");
    assertInvalid(ContactPointKind.EMAIL, "a".repeat(65) + "@x.io",
        "local part must be 1 to 64 characters, but was 65");
    assertInvalid(ContactPointKind.EMAIL, "ana@", "domain must not be empty or start or end with '.'");
    assertInvalid(ContactPointKind.EMAIL, "ana@.x.io", "domain must not be empty or start or end with '.'");
    assertInvalid(ContactPointKind.EMAIL, "ana@x.io.", "domain must not be empty or start or end with '.'");
    assertInvalid(ContactPointKind.EMAIL, "ana lima@x.io", "must not contain whitespace, control characters or <>,; "
        + "but has U+0020");
    assertInvalid(ContactPointKind.EMAIL, "<ana@x.io>", "but has U+003C");
    assertInvalid(ContactPointKind.EMAIL, "ana@x.io;bob@y.io", "must contain exactly one '@'");
    assertInvalid(ContactPointKind.EMAIL, "", "must contain exactly one '@'");
  }

  @Test
  void email_over254Characters_isRejected() {
    String raw = "a@" + "b".repeat(250) + ".io";
    assertThatThrownBy(() -> ContactPoint.email(raw))
        .isInstanceOf(InvalidContactPointException.class)
        .hasMessage("invalid email contact point '" + raw.substring(0, 40) + "...': must be at most 254 characters, "
            + "but was 255");
    assertThat(ContactPoint.email("a@" + "b".repeat(249) + ".io").value()).hasSize(254);
  }

  // ---------------------------------------------------------------- handles and external ids

  @Test
  void handle_dropsOneLeadingAtAndLowerCases() {
    assertThat(ContactPoint.handle("twitter", "@Ana").value()).isEqualTo("ana");
    assertThat(ContactPoint.handle("Twitter", "  @Ana_Lima ")).isEqualTo(ContactPoint.handle("twitter", "ana_lima"));
    assertThat(ContactPoint.handle("whatsapp", "+5511").kind().isHandle()).isTrue();
    assertThat(ContactPoint.handle("instagram", "a@b").value()).isEqualTo("a@b");
  }

  @Test
  void handle_invalid_isRejected() {
    ContactPointKind twitter = ContactPointKind.of("twitter");
    assertInvalid(twitter, "  ", "must not be blank");
    assertInvalid(twitter, "@", "must not be blank");
    assertInvalid(twitter, "ana lima", "must not contain whitespace or control characters, but has U+0020 at index 3");
    assertInvalid(twitter, "ana\u0007", "but has U+0007 at index 3");
    String tooLong = "a".repeat(257);
    assertThatThrownBy(() -> ContactPoint.of(twitter, tooLong))
        .isInstanceOf(InvalidContactPointException.class)
        .hasMessageContaining("must be at most 256 characters, but was 257");
    assertThatIllegalArgumentException().isThrownBy(() -> ContactPoint.handle("twit ter", "ana"))
        .withMessageContaining("'twit ter'");
  }

  @Test
  void handle_normalisation_isIdempotentForDoubleAt() {
    ContactPoint once = ContactPoint.handle("twitter", "@@ana");
    assertThat(new ContactPoint(once.kind(), once.value())).isEqualTo(once);
  }

  @Test
  void externalId_isTrimmedWithCaseKept() {
    assertThat(ContactPoint.externalId("  CRM-00A1 ").value()).isEqualTo("CRM-00A1");
    assertThat(ContactPoint.externalId("CRM-00A1")).isNotEqualTo(ContactPoint.externalId("crm-00a1"));
    assertThat(ContactPoint.externalId("Acct 42").value()).isEqualTo("Acct 42");
  }

  @Test
  void externalId_invalid_isRejected() {
    assertInvalid(ContactPointKind.EXTERNAL_ID, " ", "must not be blank");
    assertInvalid(ContactPointKind.EXTERNAL_ID, "a\u0000b", "must not contain control characters, but has U+0000 at "
        + "index 1");
    assertThatThrownBy(() -> ContactPoint.externalId("x".repeat(257)))
        .hasMessageContaining("must be at most 256 characters, but was 257");
  }

  @Test
  void toString_isKindAndValue() {
    assertThat(ContactPoint.email("A@B.io")).hasToString("email:a@b.io");
  }
}
