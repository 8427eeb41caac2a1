package dev.cim.routing.sim;

import java.util.Objects;

/**
 * How busy one agent group was in one replication.
 *
 * <p>Immutable and thread-safe.
 *
 * @param group the group; not null
 * @param agents the number of agents
 * @param staffedSeconds agent-seconds on shift inside the measured period
 * @param busySeconds agent-seconds inside those shifts holding at least one task or in wrap-up
 * @param handled tasks assigned to the group's agents in the measured period
 * @since 0.1.0
 */
public record GroupResult(String group, int agents, double staffedSeconds, double busySeconds, long handled) {

  /**
   * Validates the result.
   *
   * @throws NullPointerException if {@code group} is null
   */
  public GroupResult {
    Objects.requireNonNull(group, "group");
  }

  /**
   * Returns the occupancy: busy time / staffed time.
   *
   * @return 0 to 1; {@link Double#NaN} if nobody was staffed
   */
  public double occupancy() {
    return staffedSeconds == 0 ? Double.NaN : busySeconds / staffedSeconds;
  }
}
