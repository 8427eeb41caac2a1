package dev.cim.routing;

import dev.cim.core.CimException;
import dev.cim.core.model.AgentId;
import java.util.Objects;

/**
 * An operation named an agent the engine does not know. The engine's state is unchanged.
 *
 * <p>Immutable and thread-safe.
 */
public final class UnknownAgentException extends CimException {
  private static final long serialVersionUID = 1L;

  private final transient AgentId agentId;

  /**
   * Creates the exception.
   *
   * @param agentId the offending id; not null
   * @param message what failed, naming the id; not null
   */
  public UnknownAgentException(AgentId agentId, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.agentId = Objects.requireNonNull(agentId, "agentId");
  }

  /**
   * Returns the offending id.
   *
   * @return the id; not null
   */
  public AgentId agentId() {
    return agentId;
  }
}
