package dev.cim.sentiment;

/**
 * The plain-text formats a {@link Lexicon} can be loaded from.
 *
 * <p>All formats are UTF-8 text, one entry per line. See the module README for the full description of
 * {@link #CIM}.
 */
public enum LexiconFormat {
  /**
   * cim's own format: {@code term<TAB>value[<TAB>options]}, {@code #} comments and blank lines ignored, optional first
   * line {@code #cim-lexicon 1}. The value is a valence in [-5, 5] (cim's own entries use [-4, 4]); options are a
   * comma-separated list of {@code negator}, {@code contrast}, {@code concessive}, {@code booster} (the value is then
   * the increment in [-2, 2], negative for a diminisher), {@code negonly} (with {@code booster}: boosts only negative
   * items), {@code excess=<value>} (with {@code booster}: the term and the next word count {@code value} when that
   * word has no sentiment, as {@code too long}), {@code polite} (a polite formula: its positive value counts only if
   * the rest of its sentence is not negative), and {@code neg=<value>} (the valence when the term is negated).
   */
  CIM,
  /**
   * The VADER lexicon's format: {@code token<TAB>mean<TAB>std<TAB>[ratings]}; only the first two fields are used and
   * the mean is taken as the valence (already on a [-4, 4] scale). Terms no token can match (emoticons containing
   * spaces such as <code>( '&#125;&#123;' )</code>, emoticons starting with a letter or digit such as {@code 8)}: see
   * {@link Lexicon}) are skipped, where a {@link #CIM} file is rejected.
   */
  VADER,
  /**
   * The AFINN format: {@code word<TAB>integer} with integers in [-5, 5], scaled by 0.8 to cim's [-4, 4] scale. As in
   * {@link #VADER}, terms no token can match are skipped.
   */
  AFINN,
  /**
   * Detect from the content: {@link #CIM} if the first non-blank line is {@code #cim-lexicon ...} or any line has the
   * options column or a decimal value with two fields; {@link #VADER} if lines have four fields; otherwise
   * {@link #AFINN}. The first line that decides wins. A cim-format file without the header whose values are all
   * integers and that has no options is therefore read as AFINN (its values scaled by 0.8): start cim files with
   * {@code #cim-lexicon 1}, or name the format. The command line's {@code --format} defaults to this.
   */
  AUTO
}
