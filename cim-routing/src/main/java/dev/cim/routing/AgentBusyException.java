package dev.cim.routing;

import dev.cim.core.CimException;
import dev.cim.core.model.AgentId;
import java.util.Objects;

/**
 * An agent holds work that the operation would not allow: they cannot be removed while tasks are assigned to them
 * (complete or transfer those first), and their profile cannot be replaced by one whose capacity cannot hold the tasks
 * they hold now (a channel over its new limit, or the whole over the new budget). The engine's state is unchanged.
 *
 * <p>Immutable and thread-safe.
 */
public final class AgentBusyException extends CimException {
  private static final long serialVersionUID = 1L;

  private final transient AgentId agentId;

  /**
   * Creates the exception.
   *
   * @param agentId the agent; not null
   * @param message what failed, naming the agent; not null
   */
  public AgentBusyException(AgentId agentId, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.agentId = Objects.requireNonNull(agentId, "agentId");
  }

  /**
   * Returns the agent.
   *
   * @return the agent; not null
   */
  public AgentId agentId() {
    return agentId;
  }
}
