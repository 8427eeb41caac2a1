package dev.cim.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

  @Test
  void builtIn_hasThousandsOfEntries_andRuleWords() {
    Lexicon l = Lexicon.builtIn();
    assertThat(l.size()).isGreaterThan(2000);
    assertThat(l.valence("excellent").orElseThrow()).isGreaterThan(2);
    assertThat(l.valence("on hold").orElseThrow()).isNegative();
    assertThat(l.contains("not")).isTrue();
    assertThat(l.valence("not")).isEmpty();
  }

  @Test
  void rules_holdRuleWordsOnly() {
    Lexicon r = Lexicon.rules();
    assertThat(r.contains("not")).isTrue();
    assertThat(r.contains("very")).isTrue();
    assertThat(r.contains("excellent")).isFalse();
    assertThat(SentimentScorer.withLexicon(r).compound("excellent")).isZero();
    assertThat(r.contains("thanks")).isTrue();
    assertThat(r.contains("thank you")).as("a multi-word polite formula would hide a file's words").isFalse();
  }

  @Test
  void scorerToString_givesTheLexiconsSize() {
    assertThat(SentimentScorer.ofDefaults().toString()).contains("size=" + Lexicon.builtIn().size() + "]");
    Lexicon small = Lexicon.builder().put("good", 2.0).put("on hold", -1.8).build();
    assertThat(SentimentScorer.withLexicon(small).toString()).contains("size=2]");
  }

  @Test
  void valence_upToFiveInEitherDirection() {
    Lexicon l = Lexicon.builder().put("superb", 5.0).put("vile", -5.0).build();
    assertThat(l.valence("superb")).hasValue(5.0);
    assertThat(l.valence("vile")).hasValue(-5.0);
  }

  @Test
  void overlay_addsAndReplacesEntries() {
    Lexicon l = Lexicon.from(Lexicon.builtIn()).put("outage", -3.0).put("Acme Cloud", 2.0).build();
    SentimentScorer s = SentimentScorer.withLexicon(l);
    assertThat(s.compound("I love Acme Cloud")).isGreaterThan(SentimentScorer.ofDefaults().compound("I love Acme"));
    assertThat(s.compound("another outage")).isLessThan(SentimentScorer.ofDefaults().compound("another outage"));
    assertThat(Lexicon.builtIn().contains("acme cloud")).isFalse();
  }

  @Test
  void overlay_valenceOnlyKeepsRuleFlags() {
    Lexicon l = Lexicon.from(Lexicon.builtIn()).put("no", -1.0).build();
    assertThat(SentimentScorer.withLexicon(l).compound("no good")).isNegative();
  }

  @Test
  void builder_negatedValence_andBoosterAndNegatorAndContrast() {
    Lexicon l = Lexicon.builder().put("ok", 1.0).put("shown", 0.0, -2.0).putBooster("mega", 0.5).putNegator("nah")
        .put("bad", -2.0).putContrast("yet").build();
    SentimentScorer s = SentimentScorer.withLexicon(l);
    assertThat(s.compound("shown")).isZero();
    assertThat(s.compound("nah shown")).isNegative();
    assertThat(s.compound("mega ok")).isGreaterThan(s.compound("ok"));
    assertThat(s.compound("nah ok")).isNegative();
    assertThat(s.compound("ok yet bad")).isLessThan(s.compound("ok bad"));
  }

  @Test
  void builder_rejectsBadValues_withFieldAndValue() {
    Lexicon.Builder b = Lexicon.builder();
    assertThatThrownBy(() -> b.put("good", 7.0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("valence of 'good' must be in [-5.0, 5.0], but was 7.0");
    assertThatThrownBy(() -> b.put("good", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.put("  ", 1.0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("term must not be blank");
    assertThatThrownBy(() -> b.put("a b c d e f g h i", 1.0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 8 words");
    assertThatThrownBy(() -> b.putBooster("very", 3.0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("increment");
    assertThat(b.build().size()).isZero();
  }

  @Test
  void load_cimFormat_withOptionsCommentsAndHeader() throws IOException {
    String text = "#cim-lexicon 1\n# comment\n\nsplendid\t3.1\nmeh-ish\t-1\nreally\t0.4\tbooster\n"
        + "arrived\t0\tneg=-2\n";
    Lexicon l = Lexicon.builder().load(new StringReader(text), LexiconFormat.CIM, "t").build();
    assertThat(l.size()).isEqualTo(4);
    assertThat(l.valence("splendid")).hasValue(3.1);
    assertThat(l.valence("meh ish")).hasValue(-1.0);
    assertThat(SentimentScorer.withLexicon(l).compound("never arrived")).isZero(); // no negator in this lexicon
    Lexicon withRules = Lexicon.from(Lexicon.rules()).load(new StringReader(text), LexiconFormat.CIM, "t").build();
    assertThat(SentimentScorer.withLexicon(withRules).compound("never arrived")).isNegative();
  }

  @Test
  void load_vaderFormat_usesMean() throws IOException {
    String text = "superb\t3.1\t0.5\t[3, 3, 4, 3, 3, 3, 3, 3, 3, 3]\n:-(\t-1.9\t0.7\t[-2, -2]\nXD\t2.7\t0.6\t[3]\n"
        + "xd\t2.5\t0.6\t[3]\n( '}{' )\t1.6\t0.66\t[1, 2]\n";
    Lexicon l = Lexicon.from(Lexicon.rules()).load(new StringReader(text), LexiconFormat.VADER, "v").build();
    assertThat(l.valence("superb")).hasValue(3.1);
    assertThat(l.valence("xd")).hasValue(2.7); // case variants: the first wins
    assertThat(l.contains("( '}{' )")).isFalse(); // an emoticon with spaces cannot match: skipped
    SentimentScorer s = SentimentScorer.withLexicon(l);
    assertThat(s.compound("not superb")).isNegative();
    assertThat(s.compound("oh :-(")).isNegative();
  }

  @Test
  void load_afinnFormat_scalesIntegers() throws IOException {
    String text = "abandon\t-2\ncool stuff\t3\n";
    Lexicon l = Lexicon.builder().load(new StringReader(text), LexiconFormat.AFINN, "a").build();
    assertThat(l.valence("abandon")).hasValue(-1.6);
    assertThat(l.valence("cool stuff").orElseThrow()).isCloseTo(2.4, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void load_auto_detectsFormats(@TempDir Path dir) throws IOException {
    Path vader = Files.writeString(dir.resolve("v.txt"), "grand\t2.0\t0.5\t[2, 2]\n", StandardCharsets.UTF_8);
    Path afinn = Files.writeString(dir.resolve("a.txt"), "grand\t2\n", StandardCharsets.UTF_8);
    Path cim = Files.writeString(dir.resolve("c.tsv"), "#cim-lexicon 1\ngrand\t2.2\n", StandardCharsets.UTF_8);
    assertThat(Lexicon.load(vader, LexiconFormat.AUTO).valence("grand")).hasValue(2.0);
    assertThat(Lexicon.load(afinn, LexiconFormat.AUTO).valence("grand")).hasValue(1.6);
    assertThat(Lexicon.load(cim, LexiconFormat.AUTO).valence("grand")).hasValue(2.2);
    assertThat(Lexicon.load(cim, LexiconFormat.AUTO).contains("not")).isTrue();
  }

  @Test
  void load_badLines_failWithLineNumberAndReason_andLeaveBuilderUnchanged() {
    Lexicon.Builder b = Lexicon.builder().put("kept", 1.0);
    assertBad(b, "good\t2\nbad\tterrible\n", LexiconFormat.CIM, 2, "value must be a decimal number, but was "
        + "'terrible'");
    assertBad(b, "good\t2\ngood\t3\n", LexiconFormat.CIM, 2, "first on line 1");
    assertBad(b, "good\n", LexiconFormat.CIM, 1, "2 or 3 tab-separated fields");
    assertBad(b, "good\t2\tshiny\n", LexiconFormat.CIM, 1, "option must be one of");
    assertBad(b, "good\t9\n", LexiconFormat.CIM, 1, "must be in [-5.0, 5.0], but was 9.0");
    assertBad(b, "good\t2\nfine\t1.5\n", LexiconFormat.AFINN, 2, "value must be an integer, but was '1.5'");
    assertBad(b, "good\t6\n", LexiconFormat.AFINN, 1, "value must be in [-5, 5], but was 6");
    assertBad(b, "x\t1\t2\n", LexiconFormat.AFINN, 1, "2 tab-separated fields");
    assertBad(b, "fine\n", LexiconFormat.VADER, 1, "at least 2 tab-separated fields");
    assertBad(b, "fine\tNaN\t0\t[]\n", LexiconFormat.VADER, 1, "mean must be a decimal number");
    assertBad(b, "\t1\n", LexiconFormat.CIM, 1, "term must not be blank");
    assertThat(b.build().size()).isEqualTo(1);
  }

  private static void assertBad(Lexicon.Builder b, String text, LexiconFormat f, int line, String reason) {
    assertThatThrownBy(() -> b.load(new StringReader(text), f, "file.txt"))
        .isInstanceOfSatisfying(LexiconFormatException.class, e -> {
          assertThat(e.getLineNumber()).isEqualTo(line);
          assertThat(e.getSource()).isEqualTo("file.txt");
          assertThat(e.getReason()).contains(reason);
          assertThat(e.getMessage()).startsWith("lexicon 'file.txt' line " + line + ": ");
        });
  }

  @Test
  void load_missingFile_throwsIoException(@TempDir Path dir) {
    assertThatThrownBy(() -> Lexicon.load(dir.resolve("nope.txt"), LexiconFormat.CIM))
        .isInstanceOf(IOException.class);
  }

  @Test
  void nullParameters_throwNpeNamingTheParameter() {
    assertThatThrownBy(() -> Lexicon.from(null)).hasMessage("base");
    assertThatThrownBy(() -> Lexicon.builder().put(null, 1.0)).hasMessage("term");
    assertThatThrownBy(() -> Lexicon.builtIn().valence(null)).hasMessage("term");
    assertThatThrownBy(() -> Lexicon.builtIn().contains(null)).hasMessage("term");
    assertThatThrownBy(() -> Lexicon.load(null, LexiconFormat.CIM)).hasMessage("file");
    assertThatThrownBy(() -> Lexicon.builder().load(new StringReader(""), null, "x")).hasMessage("format");
    assertThatThrownBy(() -> SentimentScorer.withLexicon(null)).hasMessage("lexicon");
  }
}
