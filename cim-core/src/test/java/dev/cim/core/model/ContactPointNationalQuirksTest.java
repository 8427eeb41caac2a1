package dev.cim.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue #6: one subscriber written two ways is one contact point (Brazil's ninth digit, Mexico's mobile 1). */
class ContactPointNationalQuirksTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      +55 11 8765-4321     | +55 11 98765-4321   | +5511987654321
      +55 (21) 7123-4567   | +55 21 97123-4567   | +5521971234567
      0055 31 9988 7766    | +55 31 99988-7766   | +5531999887766
      +55 85 6123 4567     | +5585961234567      | +5585961234567
      +52 1 55 1234 5678   | +52 55 1234 5678    | +525512345678
      +521 33 1234 5678    | 0052 33 1234 5678   | +523312345678
      """)
  void phone_twoSpellingsOfOneMobile_areOneContactPoint(String old, String current, String canonical) {
    assertThat(ContactPoint.phone(old)).isEqualTo(ContactPoint.phone(current));
    assertThat(ContactPoint.phone(old).value()).isEqualTo(canonical);
    assertThat(ContactPoint.phone(canonical).value()).as("idempotent").isEqualTo(canonical);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      55 | (11) 8765-4321   | +5511987654321
      55 | 011 98765 4321   | +5511987654321
      52 | 1 55 1234 5678   | +525512345678
      52 | 55 1234 5678     | +525512345678
      """)
  void phone_nationalFormat_getsTheSameCanonicalForm(String code, String raw, String canonical) {
    assertThat(ContactPointNormalizer.withDefaultCountryCallingCode(code).phone(raw).value()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @CsvSource(textBlock = """
      +55 11 3456-7890, +551134567890
      +55 11 2345-6789, +551123456789
      +55 10 8765-4321, +551087654321
      +55 11 98765-4321, +5511987654321
      +52 55 1234 5678, +525512345678
      +52 2 55 1234 567, +522551234567
      +1 415 555 0100, +14155550100
      """)
  void phone_landlinesAndOtherNumbers_areUnchanged(String raw, String expected) {
    assertThat(ContactPoint.phone(raw).value()).isEqualTo(expected);
  }
}
