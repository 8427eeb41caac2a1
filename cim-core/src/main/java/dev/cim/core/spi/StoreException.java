package dev.cim.core.spi;

import dev.cim.core.CimException;

/**
 * Thrown by a store when its backing storage fails (a lost connection, a full disk, a corrupt row): a failure of the
 * infrastructure, not of the caller's input. Implementations wrap their own exceptions in it, keeping the cause.
 *
 * <p>After a {@code StoreException} from a write, the write may or may not have happened; a caller retries with the
 * same entity (creation is idempotent) or reads again.
 */
public class StoreException extends CimException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed; not null
   * @param cause the underlying failure; may be null
   */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
