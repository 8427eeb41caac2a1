package dev.cim.sentiment;

import java.util.Objects;

/**
 * Scores the sentiment of a text. Hosts may plug in their own implementation (a model, a remote service); cim's
 * built-in one is a lexicon-and-rules scorer: {@link #ofDefaults()} or {@link #withLexicon(Lexicon)}.
 *
 * <p>The built-in scorer handles negation (including "n't", within a window of three words), intensifiers and
 * diminishers, contrast ("but", "however": the clause after weighs more; "although": the clause it opens weighs
 * less), ALL-CAPS emphasis in mixed-case text, exclamation and question marks, elongated words ("sooo"), emoticons and
 * emoji, multi-word phrases and idioms, and the language of customer service. It accepts any text: empty, white
 * space, megabytes, mixed scripts, control characters, unpaired surrogates; its time is linear in the text's length.
 *
 * <p>Contract for every implementation: thread-safe (one instance serves many threads); never throws except a
 * {@link NullPointerException} on a null text; deterministic for the same text.
 */
public interface SentimentScorer {

  /**
   * Scores a text.
   *
   * @param text the text; not null
   * @return the scores, without explanation; not null
   * @throws NullPointerException if text is null
   */
  SentimentResult score(CharSequence text);

  /**
   * Scores a text and explains the score: which terms and rules moved it. Slower than {@link #score}: use it to
   * show a person why, not in bulk. The default implementation returns {@link #score} with an empty explanation.
   *
   * @param text the text; not null
   * @return the scores, with an explanation; not null
   * @throws NullPointerException if text is null
   */
  default SentimentResult explain(CharSequence text) {
    SentimentResult r = score(text);
    return r.explanation().isPresent() ? r : r.withExplanation(Explanation.EMPTY);
  }

  /**
   * Returns only the compound score; implementations may do this without allocating.
   *
   * @param text the text; not null
   * @return the compound score in [-1, 1]
   * @throws NullPointerException if text is null
   */
  default double compound(CharSequence text) {
    return score(text).compound();
  }

  /**
   * Returns the built-in scorer with the {@link Lexicon#builtIn() built-in lexicon}, shared.
   *
   * @return the shared scorer; not null
   */
  static SentimentScorer ofDefaults() {
    return RuleBasedScorer.defaults();
  }

  /**
   * Returns a built-in scorer that uses another lexicon.
   *
   * @param lexicon the lexicon; not null
   * @return a new scorer; not null
   */
  static SentimentScorer withLexicon(Lexicon lexicon) {
    Objects.requireNonNull(lexicon, "lexicon");
    return new RuleBasedScorer(lexicon);
  }
}
