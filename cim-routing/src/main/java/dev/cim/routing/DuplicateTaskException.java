package dev.cim.routing;

import dev.cim.core.CimException;
import dev.cim.core.model.InteractionId;
import java.util.Objects;

/**
 * A task was submitted while the engine already holds a task with the same id. The engine's state is unchanged.
 *
 * <p>Immutable and thread-safe.
 */
public final class DuplicateTaskException extends CimException {
  private static final long serialVersionUID = 1L;

  private final transient InteractionId taskId;

  /**
   * Creates the exception.
   *
   * @param taskId the offending id; not null
   * @param message what failed, naming the id; not null
   */
  public DuplicateTaskException(InteractionId taskId, String message) {
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
