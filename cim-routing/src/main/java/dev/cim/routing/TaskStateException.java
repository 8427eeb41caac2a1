package dev.cim.routing;

import dev.cim.core.CimException;
import dev.cim.core.model.InteractionId;
import java.util.Objects;

/**
 * An operation needs a task in another state (for example completing a task that is still waiting). The engine's
 * state is unchanged.
 *
 * <p>Immutable and thread-safe.
 */
public final class TaskStateException extends CimException {
  private static final long serialVersionUID = 1L;

  private final transient InteractionId taskId;
  private final TaskStatus status;

  /**
   * Creates the exception.
   *
   * @param taskId the task; not null
   * @param status its current status; not null
   * @param message what failed, naming the task and its status; not null
   */
  public TaskStateException(InteractionId taskId, TaskStatus status, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.taskId = Objects.requireNonNull(taskId, "taskId");
    this.status = Objects.requireNonNull(status, "status");
  }

  /**
   * Returns the task.
   *
   * @return the task; not null
   */
  public InteractionId taskId() {
    return taskId;
  }

  /**
   * Returns the task's status when the operation failed.
   *
   * @return the status; not null
   */
  public TaskStatus status() {
    return status;
  }
}
