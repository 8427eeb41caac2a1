package dev.cim.core.privacy;

import dev.cim.core.CimException;

/**
 * Thrown when a host-configured redaction pattern uses a construct outside the safe subset that {@link SafePattern}
 * runs in linear time (a backreference, a lookaround, an anchor, a possessive or lazy quantifier, a large bounded
 * repetition), or is malformed. The message names the pattern, the position (0-based, in UTF-16 code units) and the
 * construct.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class UnsafePatternException extends CimException {
  private static final long serialVersionUID = 1L;

  private final String patternName;
  private final int position;

  /**
   * Creates the exception.
   *
   * @param patternName the name the host gave the pattern; not null
   * @param position where in the pattern the problem is, 0-based
   * @param problem what is wrong there, e.g. {@code "backreference \\1 is not supported"}; not null
   */
  public UnsafePatternException(String patternName, int position, String problem) {
    super("redaction pattern '" + patternName + "' is not in the safe subset at position " + position + ": "
        + problem);
    this.patternName = patternName;
    this.position = position;
  }

  /**
   * Returns the name of the rejected pattern.
   *
   * @return the name; not null
   */
  public String getPatternName() {
    return patternName;
  }

  /**
   * Returns the 0-based position in the pattern where the problem is.
   *
   * @return the position, {@code >= 0}
   */
  public int getPosition() {
    return position;
  }
}
