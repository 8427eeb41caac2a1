package dev.cim.sentiment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What a {@link Lexicon} holds for one term, as returned by {@link Lexicon#entry(String)}: its valence, its valence
 * when negated, its booster increment and its rule roles. An immutable value.
 *
 * @param term the normalised term (lower case, phrase words separated by single spaces); not null
 * @param valence the valence in [-5, 5], empty if the term has none (a rule word, a neutral word, a booster); for an
 *     {@link Rule#EXCESS} booster, the value of the booster and the neutral word after it ({@code too long})
 * @param negatedValence the valence when a negator precedes the term, empty if negation just flips and dampens the
 *     valence as usual
 * @param increment the change in magnitude a {@link Rule#BOOSTER} applies to the items after it (negative for a
 *     diminisher), 0 if the term is no booster
 * @param rules the term's roles in the scoring rules; an unmodifiable set, empty for a plain sentiment word
 */
public record LexiconEntry(String term, OptionalDouble valence, OptionalDouble negatedValence, double increment,
    Set<Rule> rules) {

  /** The roles a term can have in the scoring rules (the options of {@link LexiconFormat#CIM}). */
  public enum Rule {
    /** Negates the sentiment items that follow within the negation window ({@code not}, {@code never}). */
    NEGATOR,
    /** What came before it in the sentence weighs less, what follows more ({@code but}). */
    CONTRAST,
    /** The clause it opens weighs less, the one after it more ({@code although}). */
    CONCESSIVE,
    /** An intensifier or diminisher: changes the magnitude of the items after it by its increment. */
    BOOSTER,
    /** With {@link #BOOSTER}: boosts only items that end up negative ({@code still}). */
    NEG_ONLY,
    /** With {@link #BOOSTER}: before a word without sentiment, the pair counts the entry's valence ({@code too}). */
    EXCESS,
    /** A polite formula: its positive valence counts only if the rest of its sentence is not negative. */
    POLITE
  }

  /**
   * Creates an entry, copying the rules.
   *
   * @throws NullPointerException if an argument is null
   */
  public LexiconEntry {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(valence, "valence");
    Objects.requireNonNull(negatedValence, "negatedValence");
    Objects.requireNonNull(rules, "rules");
    rules = Collections.unmodifiableSet(rules.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(rules));
  }
}
