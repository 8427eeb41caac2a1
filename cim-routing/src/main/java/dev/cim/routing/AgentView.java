package dev.cim.routing;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;

/**
 * A read-only view of an agent's live routing state, handed to an {@link AgentScorer}.
 *
 * <p>A view is valid only during the call that receives it, on that thread, while the engine holds its lock: do not
 * keep it.
 */
public interface AgentView {

  /**
   * Returns the agent's id.
   *
   * @return the id; not null
   */
  AgentId id();

  /**
   * Returns the agent's profile.
   *
   * @return the profile; not null
   */
  AgentProfile profile();

  /**
   * Returns the number of tasks offered to or assigned to the agent on a channel.
   *
   * @param channel the channel; not null
   * @return the load, {@code >= 0}
   */
  int load(Channel channel);

  /**
   * Returns the total weight of the tasks offered to or assigned to the agent.
   *
   * @return the used share of {@link CapacityModel#budget()}, {@code >= 0}
   */
  int usedBudget();

  /**
   * Returns how many milliseconds the agent has been ready for a channel (see {@link Strategy#LONGEST_IDLE}).
   *
   * @param channel the channel; not null
   * @return the milliseconds, {@code >= 0}; 0 if the agent is not ready for it
   */
  long readyMillis(Channel channel);
}
