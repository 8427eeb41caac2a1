package dev.cim.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every term the builder accepts is matched by the text that is exactly that term. */
class LexiconTermProperties {

  @Property(tries = 1000)
  void acceptedTerm_isMatched_whenTextIsExactlyTheTerm(@ForAll("terms") String term,
      @ForAll("valences") double valence) {
    Lexicon.Builder b = Lexicon.builder();
    try {
      b.put(term, valence);
    } catch (IllegalArgumentException rejected) {
      return; // the other half: rejected terms are covered by LexiconTermRuleTest
    }
    SentimentResult r = SentimentScorer.withLexicon(b.build()).explain(term);
    assertThat(r.compound()).as("compound of '%s'", term).isNotZero();
    assertThat(r.explanation().orElseThrow().contributions())
        .as("contributions of '%s'", term)
        .anySatisfy(c -> assertThat(c.lexiconValence()).isEqualTo(valence));
  }

  @Provide
  Arbitrary<Double> valences() {
    return Arbitraries.of(-3.0, -1.5, 0.5, 2.0, 4.0);
  }

  @Provide
  Arbitrary<String> terms() {
    // small alphabets, so that the accepted ones are many: letters, digits, apostrophes, hyphens, spaces, marks
    Arbitrary<String> word = Arbitraries.strings().withChars("ab1'\u00e9").ofMinLength(1).ofMaxLength(4);
    Arbitrary<String> phrase = word.list().ofMinSize(1).ofMaxSize(3)
        .map(ws -> String.join(" ", ws));
    Arbitrary<String> hyphened = Combinators.combine(word, word).as((x, y) -> x + "-" + y);
    Arbitrary<String> emoticon = Arbitraries.strings().withChars(":;()<>=-'^*/xdp3").ofMinLength(2)
        .ofMaxLength(4).filter(s -> !Character.isLetterOrDigit(s.charAt(0)));
    Arbitrary<String> emoji = Arbitraries.of(List.of("\u2665", "\u263A", "\uD83D\uDE21", "\uD83D\uDC4D",
        "\u2764\uFE0F", "\uD83D\uDC4D\uD83C\uDFFB", "!", "?"));
    return Arbitraries.oneOf(word, phrase, hyphened, emoticon, emoji);
  }
}
