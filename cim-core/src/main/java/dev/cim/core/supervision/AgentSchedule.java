package dev.cim.core.supervision;

import dev.cim.core.model.AgentId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An agent's planned schedule: non-overlapping activity intervals, in time order. Time the schedule does not cover is
 * unscheduled and does not count in adherence.
 *
 * <p>Immutable and thread-safe.
 *
 * @param agentId the agent; not null
 * @param intervals the planned intervals, sorted by start here; they may touch but not overlap; not null
 * @since 0.1.0
 */
public record AgentSchedule(AgentId agentId, List<ScheduledActivity> intervals) {
  /**
   * Validates, sorts and copies the intervals.
   *
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if two intervals overlap
   */
  public AgentSchedule {
    Objects.requireNonNull(agentId, "agentId");
    List<ScheduledActivity> sorted = new ArrayList<>(List.copyOf(intervals));
    sorted.sort(Comparator.comparing(ScheduledActivity::start));
    for (int i = 1; i < sorted.size(); i++) {
      ScheduledActivity prev = sorted.get(i - 1);
      ScheduledActivity cur = sorted.get(i);
      if (cur.start().isBefore(prev.end())) {
        throw new IllegalArgumentException("schedule of agent '" + agentId + "' must not overlap, but " + cur
            + " starts before the end of " + prev);
      }
    }
    intervals = List.copyOf(sorted);
  }

  /**
   * Returns a schedule of the given intervals.
   *
   * @param agentId the agent; not null
   * @param intervals the intervals, in any order; not null
   * @return the schedule
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if two intervals overlap
   */
  public static AgentSchedule of(AgentId agentId, ScheduledActivity... intervals) {
    return new AgentSchedule(agentId, List.of(intervals));
  }
}
