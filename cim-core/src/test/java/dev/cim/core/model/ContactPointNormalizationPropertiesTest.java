package dev.cim.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Normalisation is idempotent for every kind: {@code normalize(normalize(x)) == normalize(x)}, for valid raw inputs
 * written with random separators, spaces and case; and a contact point built from its own value equals itself.
 */
class ContactPointNormalizationPropertiesTest {
  private static final List<String> SEPARATORS = List.of("", "", "", " ", "-", ".", "/", "\u00a0", " - ");

  /** A raw phone number: the digits of an E.164 number written with a random prefix and random separators. */
  @Provide
  Arbitrary<String> rawInternationalPhones() {
    return Combinators.combine(ModelArbitraries.e164Numbers(), Arbitraries.of("+", "00", "+ ", "  +"),
        Arbitraries.of(SEPARATORS).list().ofSize(16), Arbitraries.of(true, false))
        .as((e164, prefix, seps, parens) -> {
          String digits = e164.substring(1);
          StringBuilder sb = new StringBuilder(prefix);
          for (int i = 0; i < digits.length(); i++) {
            sb.append(digits.charAt(i)).append(seps.get(i));
          }
          String s = sb.toString().strip();
          // sometimes put the area part in parentheses, as in "+1 (415) 555-0100"
          if (parens && s.startsWith("+") && digits.length() > 6) {
            s = "+" + digits.charAt(0) + " (" + digits.substring(1, 4) + ") " + digits.substring(4);
          }
          return s;
        })
        .filter(s -> s.length() <= 64);
  }

  /** A national number and the calling code to read it with. */
  @Provide
  Arbitrary<Tuple.Tuple2<String, String>> rawNationalPhones() {
    Arbitrary<String> code = Arbitraries.of("44", "39", "1", "55", "49", "33", "7", "353");
    return code.flatMap(c -> {
      Arbitrary<String> number;
      if (c.equals("1")) {
        // North American area codes and exchanges start with 2 to 9
        number = Combinators.combine(Arbitraries.of("", "1", "1 "), Arbitraries.chars().range('2', '9'),
            Arbitraries.strings().numeric().ofLength(2), Arbitraries.chars().range('2', '9'),
            Arbitraries.strings().numeric().ofLength(6))
            .as((p, a, rest, x, n) -> p + "(" + a + rest + ") " + x + n.substring(0, 2) + "-" + n.substring(2));
      } else {
        number = Combinators.combine(Arbitraries.of("0", ""), Arbitraries.chars().range('1', '9'),
            // leave room for a trunk 0 that Italy keeps
            Arbitraries.strings().numeric().ofMinLength(5).ofMaxLength(15 - c.length() - 2),
            Arbitraries.of(SEPARATORS))
            .as((trunk, first, rest, sep) -> trunk + first + sep + rest);
      }
      return number.map(n -> Tuple.of(c, n));
    });
  }

  /** An email written with random case and surrounding spaces. */
  @Provide
  Arbitrary<String> rawEmails() {
    return Combinators.combine(ModelArbitraries.emails(), Arbitraries.longs(), Arbitraries.of("", " ", "\t", "  "))
        .as((email, caseBits, pad) -> pad + randomCase(email, caseBits) + pad);
  }

  /** A handle written with random case, an optional single leading '@' and surrounding spaces. */
  @Provide
  Arbitrary<Tuple.Tuple2<ContactPointKind, String>> rawHandles() {
    return Combinators.combine(ModelArbitraries.handleKinds(), ModelArbitraries.handles(), Arbitraries.longs(),
        Arbitraries.of("", "@"), Arbitraries.of("", " ", "\u2003"))
        .as((kind, handle, caseBits, at, pad) -> Tuple.of(kind, pad + at + randomCase(handle, caseBits) + pad));
  }

  /** An external id with random case and surrounding spaces. */
  @Provide
  Arbitrary<String> rawExternalIds() {
    return Combinators.combine(ModelArbitraries.externalIds(), Arbitraries.of("", " ", "\n "))
        .as((id, pad) -> pad + id + pad);
  }

  private static String randomCase(String s, long bits) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(((bits >>> (i % 64)) & 1) == 1 ? Character.toUpperCase(c) : c);
    }
    return sb.toString();
  }

  private static void assertIdempotent(ContactPointNormalizer n, ContactPointKind kind, String raw) {
    String once = n.normalize(kind, raw);
    assertThat(n.normalize(kind, once)).as("normalize(normalize(%s))", raw).isEqualTo(once);
    assertThat(ContactPointNormalizer.DEFAULT.normalize(kind, once)).isEqualTo(once);
    ContactPoint p = n.of(kind, raw);
    assertThat(p.value()).isEqualTo(once);
    assertThat(new ContactPoint(kind, p.value())).isEqualTo(p);
  }

  @Property(tries = 500)
  void phone_international_isIdempotent(@ForAll("rawInternationalPhones") String raw) {
    assertIdempotent(ContactPointNormalizer.DEFAULT, ContactPointKind.PHONE, raw);
    assertThat(ContactPoint.phone(raw).value()).matches("\\+[1-9][0-9]{6,14}");
    Statistics.label("prefix").collect(raw.startsWith("00") ? "00" : "+");
  }

  @Property(tries = 500)
  void phone_national_isIdempotent(@ForAll("rawNationalPhones") Tuple.Tuple2<String, String> codeAndNumber) {
    ContactPointNormalizer n = ContactPointNormalizer.withDefaultCountryCallingCode(codeAndNumber.get1());
    String raw = codeAndNumber.get2();
    assertIdempotent(n, ContactPointKind.PHONE, raw);
    assertThat(n.normalize(ContactPointKind.PHONE, raw)).startsWith("+" + codeAndNumber.get1());
    Statistics.label("code").collect(codeAndNumber.get1());
  }

  @Property(tries = 500)
  void email_isIdempotentAndLowerCase(@ForAll("rawEmails") String raw) {
    assertIdempotent(ContactPointNormalizer.DEFAULT, ContactPointKind.EMAIL, raw);
    assertThat(ContactPoint.email(raw).value()).isEqualTo(raw.strip().toLowerCase(Locale.ROOT));
  }

  @Property(tries = 500)
  void handle_isIdempotent(@ForAll("rawHandles") Tuple.Tuple2<ContactPointKind, String> kindAndHandle) {
    assertIdempotent(ContactPointNormalizer.DEFAULT, kindAndHandle.get1(), kindAndHandle.get2());
    assertThat(ContactPoint.of(kindAndHandle.get1(), kindAndHandle.get2()).value()).doesNotStartWith("@")
        .isLowerCase();
  }

  @Property(tries = 300)
  void externalId_isIdempotentAndKeepsCase(@ForAll("rawExternalIds") String raw) {
    assertIdempotent(ContactPointNormalizer.DEFAULT, ContactPointKind.EXTERNAL_ID, raw);
    assertThat(ContactPoint.externalId(raw).value()).isEqualTo(raw.strip());
  }
}
