package dev.cim.sentiment;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a text got its score: each item (word, phrase, emoticon, emoji) that carried sentiment, with the rules that
 * changed it, and the adjustments applied to the whole text. The values add up: the contributions' values plus the
 * adjustments' values are the raw sum (up to rounding of the doubles), whose normalisation is the compound score
 * ({@code rawSum / sqrt(rawSum^2 + 16)} for the built-in scorer).
 *
 * <p>Immutable and thread-safe. It quotes terms of the text: do not log it above DEBUG.
 *
 * @param contributions the items in text order; not null
 * @param adjustments text-level adjustments that are no item's (exclamation marks, repeated question marks), in the
 *     order applied; not null
 * @param rawSum the sum of the items' and the adjustments' values, before normalisation to [-1, 1]
 */
public record Explanation(List<Contribution> contributions, List<Adjustment> adjustments, double rawSum) {
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
   * Renders the explanation on one line, numbers with two decimals, e.g. {@code sum +3.75; contributions: helpful
   * -0.93 [negated by 'not', contrast 'but': earlier part x0.50], kind +4.43 [intensified 0.45, clause weight x1.50];
   * adjustments: exclamation x1 +0.25}. It quotes terms of the text: do not log it above DEBUG.
   *
   * @return the text; not null
   */
  public String render() {
    StringBuilder sb = new StringBuilder(64 + 48 * contributions.size());
    sb.append("sum ").append(signed(rawSum)).append("; contributions: ");
    if (contributions.isEmpty()) {
      sb.append("none");
    }
    for (int k = 0; k < contributions.size(); k++) {
      Contribution c = contributions.get(k);
      sb.append(k == 0 ? "" : ", ").append(c.term()).append(' ').append(signed(c.value()));
      if (!c.rules().isEmpty()) {
        sb.append(" [").append(String.join(", ", c.rules())).append(']');
      }
    }
    sb.append("; adjustments: ");
    if (adjustments.isEmpty()) {
      sb.append("none");
    }
    for (int k = 0; k < adjustments.size(); k++) {
      Adjustment a = adjustments.get(k);
      sb.append(k == 0 ? "" : ", ").append(a.rule()).append(' ').append(signed(a.value()));
    }
    return sb.toString();
  }

  private static String signed(double v) {
    return String.format(Locale.ROOT, "%+.2f", v + 0.0);
  }

  /**
   * One item of the text that carried sentiment.
   *
   * @param term the lexicon term that matched (lower case; a phrase's words separated by spaces); not null
   * @param start the index of its first char in the text
   * @param end the index after its last char
   * @param lexiconValence its valence in the lexicon
   * @param value what it added to the raw sum, after all the rules, the sentence-level ones included: the contrast
   *     weight of the part before {@code but}, the question's damping of positive items, and a polite formula that
   *     does not count in a negative sentence (0)
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
      Objects.requireNonNull(term, "term");
      rules = List.copyOf(rules);
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("span must satisfy 0 <= start <= end, but was [" + start + ", " + end + ")");
      }
    }
  }

  /**
   * A text-level adjustment that belongs to no item.
   *
   * @param rule the rule in words (e.g. {@code "exclamation x2"}); not null
   * @param value what it added to the raw sum
   */
  public record Adjustment(String rule, double value) {
    /**
     * Validates.
     *
     * @throws NullPointerException if rule is null
     */
    public Adjustment {
      Objects.requireNonNull(rule, "rule");
    }
  }
}
