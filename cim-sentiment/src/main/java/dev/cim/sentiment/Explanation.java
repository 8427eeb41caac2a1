package dev.cim.sentiment;

import java.util.List;

/**
 * Why a text got its score: each item (word, phrase, emoticon, emoji) that carried sentiment, with the rules that
 * changed it, and the adjustments applied to the whole text.
 *
 * <p>Immutable and thread-safe. It quotes terms of the text: do not log it above DEBUG.
 *
 * @param contributions the items in text order; not null
 * @param adjustments text-level adjustments in words (e.g. {@code "exclamation x2: +0.50"}); not null
 * @param rawSum the sum of the items and adjustments before normalisation to [-1, 1]
 */
public record Explanation(List<Contribution> contributions, List<String> adjustments, double rawSum) {
  /** An explanation with nothing in it. */
  public static final Explanation EMPTY = new Explanation(List.of(), List.of(), 0.0);

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a list or an element is null
   */
  public Explanation {
    contributions = List.copyOf(contributions);
    adjustments = List.copyOf(adjustments);
  }

  /**
   * One item of the text that carried sentiment.
   *
   * @param term the lexicon term that matched (lower case; a phrase's words separated by spaces); not null
   * @param start the index of its first char in the text
   * @param end the index after its last char
   * @param lexiconValence its valence in the lexicon
   * @param value what it added to the sum after the rules
   * @param rules the rules that changed it, in the order applied (e.g. {@code "negated by 'not'"}); not null
   */
  public record Contribution(String term, int start, int end, double lexiconValence, double value,
      List<String> rules) {
    /**
     * Validates and copies.
     *
     * @throws NullPointerException if term, rules or a rule is null
     * @throws IllegalArgumentException if the span is negative or reversed
     */
    public Contribution {
      java.util.Objects.requireNonNull(term, "term");
      rules = List.copyOf(rules);
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("span must satisfy 0 <= start <= end, but was [" + start + ", " + end + ")");
      }
    }
  }
}
