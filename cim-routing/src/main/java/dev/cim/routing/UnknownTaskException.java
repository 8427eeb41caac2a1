package dev.cim.routing;

import dev.cim.core.CimException;
import dev.cim.core.model.InteractionId;
import java.util.Objects;

/**
 * An operation named a task the engine does not hold (never submitted, or already completed or cancelled). The engine's state is unchanged.
 *
 * <p>Immutable and thread-safe.
 */
public final class UnknownTaskException extends CimException {
  private static final long serialVersionUID = 1L;

  private final transient InteractionId taskId;

  /**
   * Creates the exception.
   *
   * @param taskId the offending id; not null
   * @param message what failed, naming the id; not null
   */
  public UnknownTaskException(InteractionId taskId, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.taskId = Objects.requireNonNull(taskId, "taskId");
  }

  /**
   * Returns the offending id.
   *
   * @return the id; not null
   */
  public InteractionId taskId() {
    return taskId;
  }
}
