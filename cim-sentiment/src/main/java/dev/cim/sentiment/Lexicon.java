package dev.cim.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An immutable sentiment lexicon: terms (words, multi-word phrases, emoticons, emoji) with a valence on a [-4, 4]
 * scale, and the rule words the scorer needs (negators, intensifiers and diminishers, contrast words).
 *
 * <p>Start with {@link #builtIn()}, the lexicon this project writes and ships as the resource
 * {@code dev/cim/sentiment/cim-lexicon.tsv}; overlay domain words with {@code Lexicon.from(Lexicon.builtIn())
 * .put("outage", -2.5).build()}; or load a file in cim's, VADER's or AFINN's format with {@link #load(Path,
 * LexiconFormat)}, which keeps cim's rule words. Terms are case-insensitive; {@code -} and white space inside a phrase
 * both separate its words.
 *
 * <p>A term must be something the scorer's tokenizer can produce, or it would never score: a word of letters and digits
 * (an apostrophe only between two of them: {@code don't}), a phrase of such words ({@code on hold}, {@code <num>
 * hours}), an emoticon (an ASCII mark, then no white space: {@code :-(}), or one emoji or symbol character. Marks
 * inside a word separate words when text is read, so {@code c++}, {@code 24/7}, {@code a.m.}, {@code good!},
 * {@code x:)} and {@code rock 'n' roll} are rejected by the builder (with an {@link IllegalArgumentException} naming
 * the term and the reason) and by cim-format files (a {@link LexiconFormatException}); VADER and AFINN files, written
 * for other tokenizers, have such terms skipped. Write {@code 24 7} or {@code a m} for the phrases they read as.
 *
 * <p>Immutable and thread-safe; lookups during scoring allocate nothing.
 */
public final class Lexicon {
  /** Flag: the term negates the items that follow it within the negation window. */
  static final int NEGATOR = 1;
  /** Flag: "but": the clause before weighs less, the one after more. */
  static final int CONTRAST = 2;
  /** Flag: "although": the clause it opens weighs less, the one after more. */
  static final int CONCESSIVE = 4;
  /** Flag: an intensifier (positive boost) or diminisher (negative boost). */
  static final int BOOSTER = 8;
  /** Flag: with BOOSTER, only boosts items that end up negative ("still"). */
  static final int NEG_ONLY = 16;
  /** Flag: with BOOSTER, "too": before a word without sentiment the pair counts as an item (the spec's valence). */
  static final int EXCESS = 32;
  /** Flag: a polite formula ("thanks"): its positive value counts only if the rest of its sentence is not negative. */
  static final int POLITE = 64;
  static final int RULE_FLAGS = NEGATOR | CONTRAST | CONCESSIVE | BOOSTER | NEG_ONLY | EXCESS;

  /** The term that stands for any number written in digits, alone or in phrases ({@code "<num> hours"}). */
  static final String NUMBER = "<num>";
  private static final String BUILT_IN_RESOURCE = "cim-lexicon.tsv";
  private static final int MAX_TERM_LENGTH = 100;
  private static final int MAX_PHRASE_WORDS = 8;
  private static final double MAX_VALENCE = 5.0;
  private static final double MAX_BOOST = 2.0;

  private static volatile Lexicon builtIn;
  private static volatile Lexicon rules;

  private final Map<String, Spec> specs;
  final LexiconTable table;

  private Lexicon(Map<String, Spec> specs) {
    this.specs = specs;
    this.table = new LexiconTable(specs);
  }

  /**
   * Returns the lexicon shipped with cim: general sentiment vocabulary, customer-service language, idioms,
   * emoticons, emoji and the rule words.
   *
   * @return the shared built-in lexicon; not null
   * @throws IllegalStateException if the resource is missing or malformed (a packaging error)
   */
  public static Lexicon builtIn() {
    Lexicon l = builtIn;
    if (l == null) {
      synchronized (Lexicon.class) {
        l = builtIn;
        if (l == null) {
          try (InputStream in = Lexicon.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("resource " + BUILT_IN_RESOURCE + " must be on the class path, but was "
                  + "missing");
            }
            l = builder().load(new InputStreamReader(in, StandardCharsets.UTF_8), LexiconFormat.CIM,
                BUILT_IN_RESOURCE).build();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (LexiconFormatException e) {
            throw new IllegalStateException("built-in lexicon is malformed: " + e.getMessage(), e);
          }
          builtIn = l;
        }
      }
    }
    return l;
  }

  /**
   * Returns only the rule words of the built-in lexicon (negators, intensifiers, diminishers, contrast and concessive
   * words, and the single-word polite formulas such as {@code thanks}, with no valence), with no sentiment-bearing
   * terms: the base that {@link #load(Path, LexiconFormat)} puts a file's entries on. Multi-word polite formulas
   * ({@code thank you}, {@code much appreciated}) are left out: a phrase without a valence would hide the valences
   * that the file gives its words. The excess word {@code too} keeps its excess value.
   *
   * @return the shared rule-word lexicon; not null
   */
  public static Lexicon rules() {
    Lexicon l = rules;
    if (l == null) {
      Builder b = builder();
      for (Map.Entry<String, Spec> e : builtIn().specs.entrySet()) {
        Spec s = e.getValue();
        if ((s.flags & RULE_FLAGS) != 0 || ((s.flags & POLITE) != 0 && e.getKey().indexOf(' ') < 0)) {
          b.specs.put(e.getKey(), new Spec((s.flags & EXCESS) != 0 ? s.valence : 0.0, Double.NaN, s.boost, s.flags));
        }
      }
      l = b.build();
      rules = l;
    }
    return l;
  }

  /**
   * Loads a lexicon file on top of cim's {@link #rules()}: the file supplies the sentiment-bearing terms, cim supplies
   * the rule words (a rule word that the file lists keeps its rule and takes the file's valence).
   *
   * @param file the UTF-8 file; not null
   * @param format its format, or {@link LexiconFormat#AUTO}; not null
   * @return the lexicon; not null
   * @throws IOException if the file cannot be read
   * @throws LexiconFormatException if a line is malformed (the message names the line and the reason)
   */
  public static Lexicon load(Path file, LexiconFormat format) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    return from(rules()).load(file, format).build();
  }

  /**
   * Returns an empty builder.
   *
   * @return a new builder; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding all entries of a base lexicon, to overlay entries on it.
   *
   * @param base the lexicon to start from; not null
   * @return a new builder; not null
   */
  public static Builder from(Lexicon base) {
    Objects.requireNonNull(base, "base");
    Builder b = new Builder();
    b.specs.putAll(base.specs);
    return b;
  }

  /**
   * Returns the number of terms (words, phrases, emoticons, emoji, rule words).
   *
   * @return the number of entries
   */
  public int size() {
    return specs.size();
  }

  /**
   * Returns whether the lexicon holds a term.
   *
   * @param term the term, any case; not null
   * @return whether it is present (with a valence or as a rule word)
   */
  public boolean contains(String term) {
    Objects.requireNonNull(term, "term");
    return specs.containsKey(normalize(term));
  }

  /**
   * Returns the valence of a term.
   *
   * @param term the term, any case; not null
   * @return its valence, in [-5, 5] (cim's own entries use [-4, 4]; a loaded or built entry may use up to 5), or empty
   *     if the term is absent or has no valence of its own
   */
  public OptionalDouble valence(String term) {
    Objects.requireNonNull(term, "term");
    Spec s = specs.get(normalize(term));
    return s == null || s.valence == 0.0 || (s.flags & BOOSTER) != 0 ? OptionalDouble.empty()
        : OptionalDouble.of(s.valence);
  }

  /**
   * Returns everything the lexicon holds for a term: valence, negated valence, booster increment and rule roles
   * ({@link #valence(String)} gives only the first, and nothing for a rule word).
   *
   * @param term the term, any case; not null
   * @return the entry, or empty if the term is absent
   */
  public Optional<LexiconEntry> entry(String term) {
    Objects.requireNonNull(term, "term");
    String t = normalize(term);
    Spec s = specs.get(t);
    return s == null ? Optional.empty() : Optional.of(s.toEntry(t));
  }

  @Override
  public String toString() {
    return "Lexicon[size=" + specs.size() + "]";
  }

  /** One entry: valence, valence when negated (NaN if none), booster increment, rule flags. */
  record Spec(double valence, double negValence, double boost, int flags) {
    /** A file line over an earlier entry: see {@link Builder}'s merge rule. */
    Spec merge(Spec over) {
      return (over.flags & RULE_FLAGS) != 0 ? over : new Spec(over.valence, over.negValence, boost, flags);
    }

    LexiconEntry toEntry(String term) {
      boolean booster = (flags & BOOSTER) != 0;
      boolean hasValence = booster ? (flags & EXCESS) != 0 : valence != 0.0;
      EnumSet<LexiconEntry.Rule> rules = EnumSet.noneOf(LexiconEntry.Rule.class);
      int[] bits = {NEGATOR, CONTRAST, CONCESSIVE, BOOSTER, NEG_ONLY, EXCESS, POLITE};
      LexiconEntry.Rule[] roles = {LexiconEntry.Rule.NEGATOR, LexiconEntry.Rule.CONTRAST, LexiconEntry.Rule.CONCESSIVE,
          LexiconEntry.Rule.BOOSTER, LexiconEntry.Rule.NEG_ONLY, LexiconEntry.Rule.EXCESS, LexiconEntry.Rule.POLITE};
      for (int k = 0; k < bits.length; k++) {
        if ((flags & bits[k]) != 0) {
          rules.add(roles[k]);
        }
      }
      return new LexiconEntry(term, hasValence ? OptionalDouble.of(valence) : OptionalDouble.empty(),
          Double.isNaN(negValence) ? OptionalDouble.empty() : OptionalDouble.of(negValence), booster ? boost : 0.0,
          rules);
    }
  }

  /** Normalises a term: lower case, curly apostrophes straightened, phrase words separated by single spaces. */
  static String normalize(String term) {
    String t = term.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (t.isEmpty() || !(Character.isLetterOrDigit(t.codePointAt(0)) || t.startsWith(NUMBER))) {
      return t;
    }
    StringBuilder sb = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c) || c == '-') {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Builds a {@link Lexicon}. Each method validates its arguments and leaves the builder unchanged when it throws.
   *
   * <p><b>The merge rule.</b> An entry has a valence, a negated valence, a booster increment and rule roles (see
   * {@link LexiconEntry}); each method changes only what it names and keeps the rest of an earlier entry for the
   * same term:
   * <ol>
   *   <li>{@link #put(String, double)} and {@link #put(String, double, double)} set the valence and the negated
   *       valence (the first clears it) and keep the roles; on a booster, which has no valence of its own, they
   *       throw (use {@link #putExcess} or {@link #remove} first).</li>
   *   <li>{@link #putNegator}, {@link #putContrast}, {@link #putConcessive} and {@link #putPolite} add their role and
   *       keep the valences and the other roles.</li>
   *   <li>{@link #putBooster(String, double, boolean)} makes the term a booster with that increment (and no valence,
   *       negated valence or excess value), keeping its non-booster roles; {@link #putExcess} then gives a booster its
   *       excess value.</li>
   *   <li>A line of a loaded file describes a whole entry: with options ({@code negator}, {@code booster}, ...) it
   *       replaces the earlier entry; without, it sets the valence and negated valence as {@code put} does, keeping
   *       the roles (on a booster, the value becomes its excess value, which counts only for an excess booster).</li>
   * </ol>
   *
   * <p>Not thread-safe: use a builder from one thread.
   */
  public static final class Builder {
    private final LinkedHashMap<String, Spec> specs = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Adds or replaces a sentiment-bearing term.
     *
     * @param term a word, a phrase (words separated by spaces or hyphens), an emoticon or an emoji; not null
     * @param valence the valence in [-5, 5] (cim's own scale is [-4, 4])
     * @return this builder
     * @throws IllegalArgumentException if the term is blank, longer than 100 characters, has more than 8 words or is
     *     nothing a token can match ({@code c++}, {@code 24/7}, {@code good!}: see {@link Lexicon}), if the valence
     *     is outside [-5, 5], or if the term is a booster
     */
    public Builder put(String term, double valence) {
      return putValence(term, valence, Double.NaN);
    }

    /**
     * Adds or replaces a term with a separate valence for when it is negated ("received" is neutral, "never received"
     * is negative).
     *
     * @param term the term; not null
     * @param valence the valence in [-5, 5]
     * @param negatedValence the valence in [-5, 5] when a negator precedes it
     * @return this builder
     * @throws IllegalArgumentException if the term or a value is invalid, or the term is a booster
     */
    public Builder put(String term, double valence, double negatedValence) {
      checkValence("negatedValence", term, negatedValence, MAX_VALENCE);
      return putValence(term, valence, negatedValence);
    }

    /**
     * Makes a term an intensifier (positive increment, "very") or a diminisher (negative increment, "slightly"); as
     * {@link #putBooster(String, double, boolean)} with {@code negativeOnly} false.
     *
     * @param term the term; not null
     * @param increment the change in magnitude applied to the next sentiment items, in [-2, 2]
     * @return this builder
     * @throws IllegalArgumentException if the term or the increment is invalid
     */
    public Builder putBooster(String term, double increment) {
      return putBooster(term, increment, false);
    }

    /**
     * Makes a term a booster: it drops the term's valence, negated valence and excess value (a booster has none) and
     * any earlier booster settings, and keeps its other roles.
     *
     * @param term the term; not null
     * @param increment the change in magnitude applied to the next sentiment items, in [-2, 2]
     * @param negativeOnly whether it boosts only items that end up negative ("still": the file option
     *     {@code negonly})
     * @return this builder
     * @throws IllegalArgumentException if the term or the increment is invalid
     */
    public Builder putBooster(String term, double increment, boolean negativeOnly) {
      String t = checkTerm(term);
      checkValence("increment", term, increment, MAX_BOOST);
      Spec old = specs.get(t);
      int keep = old == null ? 0 : old.flags & ~(BOOSTER | NEG_ONLY | EXCESS);
      specs.put(t, new Spec(0.0, Double.NaN, increment, keep | BOOSTER | (negativeOnly ? NEG_ONLY : 0)));
      return this;
    }

    /**
     * Gives a booster an excess value ("too": before a word without sentiment, as in "too long", the pair counts this
     * valence; the file option {@code excess=<value>}).
     *
     * @param term a term this builder already holds as a booster; not null
     * @param excessValence the valence of the pair, in [-5, 5]
     * @return this builder
     * @throws IllegalArgumentException if the term is invalid, absent or no booster, or the value is outside [-5, 5]
     */
    public Builder putExcess(String term, double excessValence) {
      String t = checkTerm(term);
      checkValence("excessValence", term, excessValence, MAX_VALENCE);
      Spec old = specs.get(t);
      if (old == null || (old.flags & BOOSTER) == 0) {
        throw new IllegalArgumentException("term must be a booster to take an excess value (call putBooster first), "
            + "but '" + t + "' is " + (old == null ? "absent" : "no booster"));
      }
      specs.put(t, new Spec(excessValence, old.negValence, old.boost, old.flags | EXCESS));
      return this;
    }

    /**
     * Makes a term a negator ("not", "never", "without"), keeping its valences and other roles.
     *
     * @param term the term; not null
     * @return this builder
     * @throws IllegalArgumentException if the term is invalid
     */
    public Builder putNegator(String term) {
      return addRole(term, NEGATOR);
    }

    /**
     * Makes a term a contrast word ("but", "however": what came before it in the sentence weighs less, what follows
     * weighs more), keeping its valences and other roles.
     *
     * @param term the term; not null
     * @return this builder
     * @throws IllegalArgumentException if the term is invalid
     */
    public Builder putContrast(String term) {
      return addRole(term, CONTRAST);
    }

    /**
     * Makes a term a concessive word ("although": the clause it opens weighs less, the one after it more; the file
     * option {@code concessive}), keeping its valences and other roles.
     *
     * @param term the term; not null
     * @return this builder
     * @throws IllegalArgumentException if the term is invalid
     */
    public Builder putConcessive(String term) {
      return addRole(term, CONCESSIVE);
    }

    /**
     * Makes a term a polite formula ("thanks": its positive valence counts only if the rest of its sentence is not
     * negative; the file option {@code polite}), keeping its valences and other roles.
     *
     * @param term the term; not null
     * @return this builder
     * @throws IllegalArgumentException if the term is invalid
     */
    public Builder putPolite(String term) {
      return addRole(term, POLITE);
    }

    /**
     * Removes a term if present.
     *
     * @param term the term; not null
     * @return this builder
     */
    public Builder remove(String term) {
      Objects.requireNonNull(term, "term");
      specs.remove(normalize(term));
      return this;
    }

    /**
     * Loads the entries of a UTF-8 file into this builder.
     *
     * @param file the file; not null
     * @param format its format; not null
     * @return this builder
     * @throws IOException if the file cannot be read
     * @throws LexiconFormatException if a line is malformed; the builder is then unchanged
     */
    public Builder load(Path file, LexiconFormat format) throws IOException {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(format, "format");
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return load(r, format, file.toString());
      }
    }

    /**
     * Loads entries from a reader into this builder. The reader is read to its end and not closed.
     *
     * @param reader the text; not null
     * @param format its format; not null
     * @param sourceName the name used in error messages; not null
     * @return this builder
     * @throws IOException if reading fails
     * @throws LexiconFormatException if a line is malformed; the builder is then unchanged
     */
    public Builder load(Reader reader, LexiconFormat format, String sourceName) throws IOException {
      Objects.requireNonNull(reader, "reader");
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(sourceName, "sourceName");
      BufferedReader br = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
      List<String> lines = new ArrayList<>();
      for (String line = br.readLine(); line != null; line = br.readLine()) {
        lines.add(line);
      }
      LinkedHashMap<String, Spec> parsed = LexiconParser.parse(lines, format, sourceName);
      for (Map.Entry<String, Spec> e : parsed.entrySet()) {
        putSpec(e.getKey(), e.getValue());
      }
      return this;
    }

    /**
     * Builds the lexicon.
     *
     * @return the immutable lexicon; not null
     * @throws IllegalArgumentException if the terms total 8,388,608 characters or more
     */
    public Lexicon build() {
      return new Lexicon(new LinkedHashMap<>(specs));
    }

    private Builder putValence(String term, double valence, double negatedValence) {
      String t = checkTerm(term);
      checkValence("valence", term, valence, MAX_VALENCE);
      Spec old = specs.get(t);
      if (old != null && (old.flags & BOOSTER) != 0) {
        throw new IllegalArgumentException("term must not be a booster to take a valence (a booster has none of its "
            + "own: use putExcess, or remove it first), but '" + t + "' is one");
      }
      specs.put(t, new Spec(valence, negatedValence, 0.0, old == null ? 0 : old.flags));
      return this;
    }

    private Builder addRole(String term, int role) {
      String t = checkTerm(term);
      Spec old = specs.get(t);
      specs.put(t, old == null ? new Spec(0.0, Double.NaN, 0.0, role)
          : new Spec(old.valence, old.negValence, old.boost, old.flags | role));
      return this;
    }

    private void putSpec(String t, Spec s) {
      Spec old = specs.get(t);
      specs.put(t, old == null ? s : old.merge(s));
    }
  }

  static String checkTerm(String term) {
    Objects.requireNonNull(term, "term");
    String t = normalize(term);
    if (t.isEmpty()) {
      throw new IllegalArgumentException("term must not be blank, but was '" + term + "'");
    }
    if (t.length() > MAX_TERM_LENGTH) {
      throw new IllegalArgumentException("term must be at most " + MAX_TERM_LENGTH + " characters, but was "
          + t.length());
    }
    int words = 1;
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == ' ') {
        words++;
      }
    }
    if (words > MAX_PHRASE_WORDS) {
      throw new IllegalArgumentException("term must have at most " + MAX_PHRASE_WORDS + " words, but '" + t
          + "' has " + words);
    }
    String problem = tokenProblem(t);
    if (problem != null) {
      throw new IllegalArgumentException("term must be " + TERM_RULE + ", but was '" + term + "': " + problem);
    }
    return t;
  }

  /** What a term must be, in the words of the error messages. */
  static final String TERM_RULE = "a word (letters and digits, an apostrophe only between two of them), a phrase of "
      + "such words, an emoticon (an ASCII mark then no white space) or one emoji or symbol";

  /**
   * The one place that says which terms a token can match (see the tokenizer in {@link RuleBasedScorer}): a term
   * some text can never produce would be accepted and then never score. A normalised term is matchable if it is
   * <ul>
   *   <li>one supplementary character (a surrogate pair: an emoji such as U+1F621), or</li>
   *   <li>a word or phrase: its first character is a letter or digit (or it starts with {@code <num>}) and each of its
   *       space-separated words is {@code <num>} or is made of letters and digits of the Basic Multilingual Plane
   *       other than U+02BC, already lower case, with an apostrophe {@code '} only between two of them (the tokenizer
   *       reads {@code -}, {@code .}, {@code /} and other marks between letters as separators), or</li>
   *   <li>an emoticon: two or more characters, the first an ASCII mark, no white space, not starting with
   *       {@code ://} (which starts a URL), or</li>
   *   <li>one character outside ASCII that is no letter or digit (a symbol or emoji such as U+2665); a single ASCII mark
   *       is punctuation, never a token, and a longer term starting with such a character (an emoji with a variation
   *       selector, skin tone or joiner) cannot match: only its first character becomes a token.</li>
   * </ul>
   *
   * @param t a normalised, non-empty term
   * @return null if a token can match it, else why not
   */
  static String tokenProblem(String t) {
    char c0 = t.charAt(0);
    if (t.length() == 2 && Character.isHighSurrogate(c0) && Character.isLowSurrogate(t.charAt(1))) {
      return null;
    }
    if (Character.isLetterOrDigit(t.codePointAt(0)) || t.startsWith(NUMBER)) {
      for (String w : t.split(" ")) {
        String p = wordProblem(w);
        if (p != null) {
          return p;
        }
      }
      return null;
    }
    if (c0 < 128) {
      if (t.length() == 1) {
        return "a single mark such as '" + c0 + "' is punctuation, never a token";
      }
      for (int i = 0; i < t.length(); i++) {
        if (Character.isWhitespace(t.charAt(i))) {
          return "an emoticon must not contain white space";
        }
      }
      return t.startsWith("://") ? "an emoticon must not start with '://', which starts a URL" : null;
    }
    return t.length() == 1 ? null : "an emoji or symbol must be one character (no variation selector, skin tone or "
        + "joiner after it), as only its first character becomes a token";
  }

  private static String wordProblem(String w) {
    if (w.equals(NUMBER)) {
      return null;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '\'') {
        if (i == 0 || i + 1 == w.length() || !isWordChar(w.charAt(i + 1))) {
          return "an apostrophe must stand between two letters or digits of a word, as in '" + w + "' it does not";
        }
      } else if (!isWordChar(c)) {
        return Character.isSurrogate(c) ? "a word must not contain a character outside the Basic Multilingual Plane"
            : "'" + c + "' cannot be part of a word (it separates words or is a mark of its own)";
      } else if (Character.toLowerCase(c) != c) {
        return "'" + c + "' is lower-cased to '" + Character.toLowerCase(c) + "' when text is read";
      }
    }
    return null;
  }

  /** A char a word token can hold besides the inner apostrophe; as the tokenizer's rule. */
  private static boolean isWordChar(char c) {
    return !Character.isSurrogate(c) && c != '\u02BC' && Character.isLetterOrDigit(c);
  }

  static void checkValence(String field, String term, double v, double max) {
    if (!(v >= -max && v <= max)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "%s of '%s' must be in [-%s, %s], but was %s",
          field, term, max, max, v));
    }
  }
}
