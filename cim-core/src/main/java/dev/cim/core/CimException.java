package dev.cim.core;

/**
 * The root of every exception that cim throws on purpose.
 *
 * <p>Subclasses are named for the failure and live in the package of the feature that throws them (for example
 * {@link dev.cim.core.model.IllegalTransitionException} or {@link dev.cim.core.spi.VersionConflictException}). They
 * carry the failure's context in fields with getters, and their messages name the subject, the rule and the rejected
 * value. Catch {@code CimException} to handle every cim failure in one place.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public abstract class CimException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what failed, naming the subject and the rejected value; not null
   */
  protected CimException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what failed, naming the subject and the rejected value; not null
   * @param cause the underlying failure; may be null
   */
  protected CimException(String message, Throwable cause) {
    super(message, cause);
  }
}
