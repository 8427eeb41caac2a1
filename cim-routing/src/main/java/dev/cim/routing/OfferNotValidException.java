package dev.cim.routing;

import dev.cim.core.CimException;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.InteractionId;
import java.util.Objects;

/**
 * An agent tried to accept or reject an offer that is not open for them: it expired, was withdrawn, was made to
 * another agent, or the task is not offered at all. The engine's state is unchanged.
 *
 * <p>Immutable and thread-safe.
 */
public final class OfferNotValidException extends CimException {
  private static final long serialVersionUID = 1L;

  private final transient InteractionId taskId;
  private final transient AgentId agentId;

  /**
   * Creates the exception.
   *
   * @param taskId the task; not null
   * @param agentId the agent who tried; not null
   * @param message what failed, naming both; not null
   */
  public OfferNotValidException(InteractionId taskId, AgentId agentId, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.taskId = Objects.requireNonNull(taskId, "taskId");
    this.agentId = Objects.requireNonNull(agentId, "agentId");
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
   * Returns the agent who tried.
   *
   * @return the agent; not null
   */
  public AgentId agentId() {
    return agentId;
  }
}
