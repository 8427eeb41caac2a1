package dev.cim.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rule that a lexicon term must be something a token can match. */
class LexiconTermRuleTest {

  @ParameterizedTest
  @ValueSource(strings = {"24/7", "c++", "a.m.", "good!", "x:)", "rock 'n' roll", "!", "\u2764\uFE0F",
      "a'", "can`t", "://x", "<num>:)"})
  void put_termNoTokenCanMatch_rejectedNamingTheTerm_builderUnchanged(String term) {
    Lexicon.Builder b = Lexicon.builder().put("fine", 1.0);
    assertThatThrownBy(() -> b.put(term, 2.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("term must be ")
        .hasMessageContaining(", but was '" + term + "'");
    assertThatThrownBy(() -> b.putBooster(term, 0.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.putNegator(term)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.putContrast(term)).isInstanceOf(IllegalArgumentException.class);
    Lexicon l = b.build();
    assertThat(l.size()).isEqualTo(1);
    assertThat(l.contains("fine")).isTrue();
  }

  @Test
  void put_rejection_saysWhy() {
    assertThatThrownBy(() -> Lexicon.builder().put("c++", 1.0)).hasMessageContaining("'+'");
    assertThatThrownBy(() -> Lexicon.builder().put("\u2764\uFE0F", 1.0)).hasMessageContaining("one character");
    assertThatThrownBy(() -> Lexicon.builder().put("!", 1.0)).hasMessageContaining("mark");
  }

  @ParameterizedTest
  @ValueSource(strings = {"don't", "well-known", "24 7", "a m", "<num> hours", ":)", ":-(", "<3", "\u2665",
      "\uD83D\uDE21", "caf\u00e9", "sooo good", "GOOD", "can\u2019t", "'tis", "\uD835\uDC00"})
  void put_matchableTerm_acceptedAndScored(String term) {
    Lexicon l = Lexicon.builder().put(term, 2.0).build();
    String text = term.replace("<num>", "12");
    assertThat(SentimentScorer.withLexicon(l).compound(text)).as(text).isPositive();
  }

  @Test
  void load_cimFile_unmatchableTerm_failsWithSourceAndLine() {
    Lexicon.Builder b = Lexicon.builder().put("fine", 1.0);
    assertThatThrownBy(() -> b.load(new StringReader("good\t2\nc++\t1\n"), LexiconFormat.CIM, "my.tsv"))
        .isInstanceOfSatisfying(LexiconFormatException.class, e -> {
          assertThat(e.getSource()).isEqualTo("my.tsv");
          assertThat(e.getLineNumber()).isEqualTo(2);
          assertThat(e.getReason()).startsWith("term must be ").contains("but was 'c++'");
        });
    assertThat(b.build().size()).isEqualTo(1);
  }

  @Test
  void load_vaderAndAfinn_unmatchableTermsSkipped_restLoaded() throws Exception {
    Lexicon v = Lexicon.builder().load(new StringReader(
        "8)\t2.0\t0.5\t[2]\n( '}{' )\t1.6\t0.5\t[2]\ngrand\t2.0\t0.5\t[2]\n"), LexiconFormat.VADER, "v").build();
    assertThat(v.contains("grand")).isTrue();
    assertThat(v.size()).isEqualTo(1);
    Lexicon a = Lexicon.builder().load(new StringReader("c++\t2\ngrand\t2\n"), LexiconFormat.AFINN, "a").build();
    assertThat(a.size()).isEqualTo(1);
  }

  @Test
  void builtIn_everyTermPassesTheRule() {
    assertThat(Lexicon.builtIn().size()).isGreaterThan(2000);
  }
}
