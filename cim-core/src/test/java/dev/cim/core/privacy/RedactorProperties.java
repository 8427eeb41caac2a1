package dev.cim.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RedactorProperties {
  /** An email address as the issue means it; checked with the JDK's engine, independent of the redactor's scanner. */
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  /** A maximal digit run with at most one space or dash between digits. */
  private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[ -]?\\d)*");

  private final Redactor redactor = Redactor.builder()
      .pattern("between", "x.{1,6}y")
      .pattern("ab-run", "[ab]+1")
      .build();

  @Property(tries = 500)
  void redact_isIdempotent(@ForAll("texts") String text) {
    String once = redactor.redact(text);
    assertThat(redactor.redact(once)).isEqualTo(once);
  }

  @Property(tries = 500)
  void redact_leavesNoEmailAddress(@ForAll("texts") String text) {
    String out = redactor.redact(text);
    Matcher m = EMAIL.matcher(out);
    assertThat(m.find()).as("email '%s' left in '%s'", m.hitEnd() ? "" : safeGroup(m), out).isFalse();
  }

  @Property(tries = 500)
  void redact_leavesNoLuhnValidCardNumber(@ForAll("texts") String text) {
    String out = redactor.redact(text);
    Matcher m = DIGIT_RUN.matcher(out);
    while (m.find()) {
      String run = m.group();
      long digits = run.chars().filter(Character::isDigit).count();
      assertThat(digits >= 13 && digits <= 19 && Redactor.luhn(run, 0, run.length()))
          .as("card number '%s' left in '%s'", run, out).isFalse();
    }
  }

  @Property(tries = 200)
  void redact_masksEveryEmbeddedCardAndEmail(@ForAll("cards") String card, @ForAll("emails") String email) {
    String out = Redactor.defaults().redact("pay " + card + " then mail " + email + ".");
    assertThat(out).isEqualTo("pay [card] then mail [email].");
  }

  private static String safeGroup(Matcher m) {
    try {
      return m.group();
    } catch (IllegalStateException e) {
      return "";
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> noise = Arbitraries.of("a", "b", "x", "y", "1", "4", "0", " ", "  ", "-", ".", "@", "+", "(",
        ")", "[", "]", "_", "%", ".co", "[card]", "[email]", "[phone]", "[between]", "email", "\n");
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, noise), net.jqwik.api.Tuple.of(1, cards()), net.jqwik.api.Tuple.of(1, emails()),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(7).ofMaxLength(22)));
    return piece.list().ofMaxSize(25).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> cards() {
    Arbitrary<List<Integer>> body = Arbitraries.integers().between(0, 9).list().ofMinSize(12).ofMaxSize(18);
    Arbitrary<String> sep = Arbitraries.of("", " ", "-");
    Arbitrary<Integer> group = Arbitraries.integers().between(3, 6);
    return Combinators.combine(body, sep, group).as(RedactorProperties::formatCard);
  }

  @Provide
  Arbitrary<String> emails() {
    Arbitrary<String> local = Arbitraries.strings().withChars("abz09._%+-").ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> label = Arbitraries.strings().withChars("abz09-").ofMinLength(1).ofMaxLength(4);
    Arbitrary<String> tld = Arbitraries.strings().withChars("abcz").ofMinLength(2).ofMaxLength(3);
    return Combinators.combine(local, label.list().ofMinSize(1).ofMaxSize(3), tld)
        .as((l, labels, t) -> l + "@" + String.join(".", labels) + "." + t);
  }

  private static String formatCard(List<Integer> body, String sep, int group) {
    int[] digits = new int[body.size() + 1];
    for (int i = 0; i < body.size(); i++) {
      digits[i] = body.get(i);
    }
    for (int check = 0; check < 10; check++) {
      digits[body.size()] = check;
      StringBuilder s = new StringBuilder();
      for (int d : digits) {
        s.append(d);
      }
      if (Redactor.luhn(s, 0, s.length())) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
          if (i > 0 && i % group == 0) {
            out.append(sep);
          }
          out.append(s.charAt(i));
        }
        return out.toString();
      }
    }
    throw new AssertionError("no Luhn check digit");
  }
}
