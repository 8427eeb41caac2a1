package dev.cim.routing.sim;

import dev.cim.core.CimException;
import java.util.Objects;

/**
 * A scenario file is not valid: not JSON, a field missing, unknown, of the wrong type or out of range. The message
 * and {@link #path()} name where (a JSON path such as {@code $.streams[0].handleTime.mean}) and {@link #reason()}
 * says why.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ScenarioFormatException extends CimException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param path the JSON path of the offending value; not null
   * @param reason what is wrong, naming the value; not null
   * @param cause the underlying failure; may be null
   */
  public ScenarioFormatException(String path, String reason, Throwable cause) {
    super("scenario " + Objects.requireNonNull(path, "path") + ": " + Objects.requireNonNull(reason, "reason"),
        cause);
    this.path = path;
    this.reason = reason;
  }

  /**
   * Returns where in the file the problem is.
   *
   * @return a JSON path starting with {@code $}; not null
   */
  public String path() {
    return path;
  }

  /**
   * Returns what is wrong.
   *
   * @return the reason; not null
   */
  public String reason() {
    return reason;
  }
}
