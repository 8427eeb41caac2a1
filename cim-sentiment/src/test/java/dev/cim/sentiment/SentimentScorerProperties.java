package dev.cim.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class SentimentScorerProperties {
  private static final SentimentScorer SCORER = SentimentScorer.ofDefaults();

  private static final String[] POSITIVE = {"good", "great", "excellent", "helpful", "wonderful", "friendly",
      "amazing", "fantastic", "pleasant", "reliable"};
  private static final String[] NEGATIVE = {"bad", "terrible", "awful", "rude", "useless", "horrible", "slow",
      "disappointing", "unacceptable", "broken"};
  private static final String[] SUBJECTS = {"The agent", "Your support", "The app", "This service", "The staff",
      "My new phone", "The delivery", "The billing team"};
  private static final String[] INTENSIFIERS = {"very", "extremely", "really", "incredibly", "totally", "so"};
  private static final String[] WORDS = {"the", "agent", "good", "not", "but", "very", "refund", "on", "hold",
      "never", "again", "!", "?", ":)", ":(", "😡", "❤️", "GREAT", "sooo", "still", "waiting", "thanks", "for",
      "nothing", ",", ".", "although", "kind", "of", "isn't", "HELP", "cancel", "-", "top-notch"};

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(300),
        Arbitraries.strings().withCharRange('\uD800', '\uDFFF').withChars("ab :)!?").ofMaxLength(50),
        Arbitraries.of(WORDS).list().ofMaxSize(40).map(l -> String.join(" ", l)),
        Arbitraries.of(WORDS).list().ofMaxSize(40).map(l -> String.join("", l)));
  }

  @Provide
  Arbitrary<String[]> polar() {
    return Combinators.combine(Arbitraries.of(SUBJECTS), Arbitraries.of(POSITIVE), Arbitraries.of(NEGATIVE),
        Arbitraries.of(true, false)).as((s, p, n, positive) -> new String[] {s, positive ? p : n});
  }

  @Property(tries = 300)
  void score_alwaysInRange_andNeverThrows(@ForAll("anyText") String text) {
    SentimentResult r = SCORER.score(text);
    assertThat(r.compound()).isBetween(-1.0, 1.0);
    assertThat(r.positive() + r.negative() + r.neutral()).isBetween(0.999, 1.001);
    SentimentResult e = SCORER.explain(text);
    assertThat(e.compound()).isEqualTo(r.compound());
    assertThat(e.positive()).isEqualTo(r.positive());
    assertThat(SCORER.compound(text)).isEqualTo(r.compound());
  }

  @Property(tries = 200)
  void score_isDeterministic(@ForAll("anyText") String text) {
    double first = SCORER.compound(text);
    SCORER.compound("something else entirely, terrible!"); // interleave to catch stale scratch state
    assertThat(SCORER.compound(text)).isEqualTo(first);
    assertThat(SCORER.compound(new StringBuilder(text))).isEqualTo(first);
  }

  @Property(tries = 200)
  void negation_flipsSignOfClearlyPolarSentence(@ForAll("polar") String[] parts) {
    double plain = SCORER.compound(parts[0] + " is " + parts[1] + ".");
    double negated = SCORER.compound(parts[0] + " is not " + parts[1] + ".");
    assertThat(plain).isNotZero();
    assertThat(Math.signum(negated)).isEqualTo(-Math.signum(plain));
  }

  @Property(tries = 200)
  void intensifier_neverLowersMagnitude(@ForAll("polar") String[] parts,
      @ForAll("intensifier") String intensifier, @ForAll boolean negate) {
    String not = negate ? "not " : "";
    double plain = SCORER.compound(parts[0] + " is " + not + parts[1]);
    double boosted = SCORER.compound(parts[0] + " is " + not + intensifier + " " + parts[1]);
    assertThat(Math.abs(boosted)).isGreaterThanOrEqualTo(Math.abs(plain));
    assertThat(Math.signum(boosted)).isEqualTo(Math.signum(plain));
  }

  @Provide
  Arbitrary<String> intensifier() {
    return Arbitraries.of(INTENSIFIERS);
  }

  /** Lexicon words, elongated terms, stems, rule words and marks; no hyphen (a hyphen before a space is a break). */
  private static final String[] SPACED_WORDS = {"good", "goood", "sooo", "soooo", "booo", "grrr", "bbb", "not",
      "very", "on", "hold", "thanks", "for", "nothing", "unhelpful", "helpfully", "hated", "loving", "worst",
      "disappointed", "unacceptable", "don't", "isn’t", "GREAT", "Good", "3", "hours", "!", "?", ".", ",", ":)",
      ":(", "😡", "but", "still", "waiting", "kind", "of", "too", "long", "naïve", "café",
      "I", "A", "Thanks", "Sooo", "Sssuper", "Unhelpful", "Not", "But", "Never", "Disappointing", "Unacceptable",
      "Helpfully", "Cancel", "On", "Too", "Still"};

  @Provide
  Arbitrary<String> spacedText() {
    Arbitrary<String> made = Arbitraries.strings().withChars("abdegilnostuy").ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> capitalised = made.map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
    return Arbitraries.oneOf(Arbitraries.of(SPACED_WORDS), Arbitraries.of(SPACED_WORDS), made, capitalised).list()
        .ofMaxSize(30)
        .map(l -> String.join(" ", l));
  }

  /**
   * A no-break space separates words exactly as a space does: the same result, explanation included. The space
   * takes the tokenizer's fast path for lower-case ASCII words and for a capital followed by lower-case ASCII
   * letters, the no-break space its general path, so this compares the two on every word.
   */
  @Property(tries = 300)
  void noBreakSpace_separatesWordsExactlyAsASpaceDoes(@ForAll("spacedText") String text) {
    assertThat(SCORER.explain(text.replace(' ', '\u00A0'))).isEqualTo(SCORER.explain(text));
    assertThat(SCORER.compound(text.replace(' ', '\u00A0'))).isEqualTo(SCORER.compound(text));
  }

  /**
   * The tokenizer's 8-bytes-at-once count of leading lower-case ASCII letters agrees with a byte-by-byte count, for
   * bytes around the letters' bounds and with the high bit set.
   */
  @Property(tries = 500)
  void lowerCaseRun_countsTheLeadingLowerCaseLettersOfEightBytes(@ForAll("eightBytes") byte[] bytes) {
    long w = 0;
    for (byte b : bytes) {
      w = w << 8 | (b & 0xFF);
    }
    int expected = 0;
    while (expected < 8 && bytes[expected] >= 'a' && bytes[expected] <= 'z') {
      expected++;
    }
    assertThat(RuleBasedScorer.lowerCaseRun(w)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<byte[]> eightBytes() {
    Arbitrary<Byte> edge = Arbitraries.of((byte) 'a', (byte) 'z', (byte) 'm', (byte) ('a' - 1), (byte) ('z' + 1),
        (byte) 'A', (byte) 'Z', (byte) 0, (byte) ' ', (byte) '\'', (byte) 0x7F, (byte) 0x80, (byte) 0xE1, (byte) 0xFA,
        (byte) 0xFF);
    Arbitrary<Byte> letter = Arbitraries.bytes().between((byte) 'a', (byte) 'z');
    return Arbitraries.frequencyOf(Tuple.of(3, letter), Tuple.of(1, edge), Tuple.of(1, Arbitraries.bytes()))
        .array(byte[].class).ofSize(8);
  }

  private static final RuleBasedScorer VISITING_ALL = new RuleBasedScorer(Lexicon.builtIn(), true);

  /**
   * The rules pass visits only the tokens the tokenizer lists (marks, words with a role, possible phrase starts) and
   * counts the others as neutral words by position: the result, explanation included, is the one of visiting every
   * token.
   */
  @Property(tries = 300)
  void listedTokens_scoreAsIfEveryTokenWereVisited(@ForAll("spacedText") String spaced, @ForAll("anyText") String any) {
    for (String text : new String[] {spaced, any, spaced + " " + any}) {
      assertThat(SCORER.explain(text)).isEqualTo(VISITING_ALL.explain(text));
      assertThat(SCORER.score(text)).isEqualTo(VISITING_ALL.score(text));
      assertThat(SCORER.compound(text)).isEqualTo(VISITING_ALL.compound(text));
    }
  }

  private static final String[] NEGATIVE_EMO = {"😡", "😤", "😠", ":(", ":-(", ">:(", "👎"};
  private static final String[] POSITIVE_EMO = {"🙂", "😊", "❤️", ":)", ":-)", ":D", "👍"};

  /**
   * Emoticons and emoji are never negated or otherwise turned around: appending a negative one (after a space) to
   * any text never raises its compound score, and appending a positive one never lowers it.
   */
  @Property(tries = 300)
  void appendedEmoji_neverMovesTheScoreAgainstItsSign(@ForAll("spacedText") String spaced, @ForAll("anyText") String any,
      @ForAll("negativeEmo") String negative, @ForAll("positiveEmo") String positive) {
    for (String text : new String[] {spaced, any}) {
      double plain = SCORER.compound(text);
      assertThat(SCORER.compound(text + " " + negative)).as("%s + %s", text, negative).isLessThanOrEqualTo(plain);
      assertThat(SCORER.compound(text + " " + positive)).as("%s + %s", text, positive).isGreaterThanOrEqualTo(plain);
    }
  }

  @Provide
  Arbitrary<String> negativeEmo() {
    return Arbitraries.of(NEGATIVE_EMO);
  }

  @Provide
  Arbitrary<String> positiveEmo() {
    return Arbitraries.of(POSITIVE_EMO);
  }

  /**
   * An explanation adds up: the values of its contributions (after every rule, sentence-level ones included) and of
   * its adjustments sum to its raw sum.
   */
  @Property(tries = 300)
  void explanation_contributionsPlusAdjustments_equalRawSum(@ForAll("spacedText") String spaced,
      @ForAll("anyText") String any) {
    for (String text : new String[] {spaced, any, spaced + "? " + any + "!"}) {
      Explanation e = SCORER.explain(text).explanation().orElseThrow();
      double total = e.contributions().stream().mapToDouble(Explanation.Contribution::value).sum()
          + e.adjustments().stream().mapToDouble(Explanation.Adjustment::value).sum();
      assertThat(total).as(text).isCloseTo(e.rawSum(), org.assertj.core.data.Offset.offset(1e-9));
    }
  }
}
