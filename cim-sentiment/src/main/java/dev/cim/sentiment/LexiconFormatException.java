package dev.cim.sentiment;

import dev.cim.core.CimException;
import java.util.Locale;
import java.util.Objects;

/**
 * A lexicon file could not be loaded: a line is malformed. The message names the source, the line number and the
 * reason; the builder the file was loaded into is left unchanged.
 */
public final class LexiconFormatException extends CimException {
  private static final long serialVersionUID = 1L;

  /** The file or resource name. */
  private final String source;
  /** The 1-based line number. */
  private final int lineNumber;
  /** Why the line was refused. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param source the file or source name; not null
   * @param lineNumber the 1-based line number, or 0 if the problem is not tied to a line
   * @param reason what is wrong; not null
   */
  public LexiconFormatException(String source, int lineNumber, String reason) {
    super(String.format(Locale.ROOT, "lexicon '%s' line %d: %s", Objects.requireNonNull(source, "source"),
        lineNumber, Objects.requireNonNull(reason, "reason")));
    this.source = source;
    this.lineNumber = lineNumber;
    this.reason = reason;
  }

  /**
   * Returns the source name.
   *
   * @return the file or source name given to the loader; not null
   */
  public String getSource() {
    return source;
  }

  /**
   * Returns the line number.
   *
   * @return the 1-based line number of the bad line, or 0 if the problem is not tied to a line
   */
  public int getLineNumber() {
    return lineNumber;
  }

  /**
   * Returns the reason.
   *
   * @return what is wrong with the line; not null
   */
  public String getReason() {
    return reason;
  }
}
