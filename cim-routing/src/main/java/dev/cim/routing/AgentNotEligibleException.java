package dev.cim.routing;

import dev.cim.core.CimException;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.InteractionId;
import java.util.Objects;

/**
 * A task was transferred to an agent who can never take it where it waits: the agent is offline, does not handle the
 * task's channel, does not serve its queue, lacks one of its required skills, or holds one below the lowest level the
 * queue's relaxation can reach. The engine's state is unchanged.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AgentNotEligibleException extends CimException {
  private static final long serialVersionUID = 1L;

  private final transient AgentId agentId;
  private final transient InteractionId taskId;
  private final PassReason reason;

  /**
   * Creates the exception.
   *
   * @param agentId the agent; not null
   * @param taskId the task; not null
   * @param reason why the agent can never take the task; not null
   * @param message what failed, naming the agent, the task and the reason; not null
   */
  public AgentNotEligibleException(AgentId agentId, InteractionId taskId, PassReason reason, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.agentId = Objects.requireNonNull(agentId, "agentId");
    this.taskId = Objects.requireNonNull(taskId, "taskId");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns the agent.
   *
   * @return the agent; not null
   */
  public AgentId agentId() {
    return agentId;
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
   * Returns why the agent can never take the task: {@link PassReason#OFFLINE}, {@link PassReason#NO_CHANNEL},
   * {@link PassReason#NOT_IN_QUEUE}, {@link PassReason#MISSING_SKILL} or {@link PassReason#LEVEL_TOO_LOW}.
   *
   * @return the reason; not null
   */
  public PassReason reason() {
    return reason;
  }
}
