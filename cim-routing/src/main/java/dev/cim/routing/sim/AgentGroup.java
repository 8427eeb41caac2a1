package dev.cim.routing.sim;

import dev.cim.core.model.Skill;
import dev.cim.routing.AgentProfile;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A group of identical agents working the same shift: {@code count} agents named {@code name-1 .. name-count}, with
 * the same skills, capacity, wrap-up time and queues, available from {@code shiftStart} to {@code shiftEnd} of
 * simulated time (at the end they go offline: they finish what they hold but take nothing new).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the group name, also the agent id prefix; 1 to 64 characters of letters, digits, {@code - _ .}; not
 *     null
 * @param count how many agents, 1 to 100,000
 * @param profile the template profile (its id is replaced per agent); not null
 * @param shiftStart when the agents become available, {@code >= 0}; not null
 * @param shiftEnd when they go offline, after {@code shiftStart}; not null
 * @since 0.1.0
 */
public record AgentGroup(String name, int count, AgentProfile profile, Duration shiftStart, Duration shiftEnd) {

  /**
   * Validates the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name, count or shift is out of range
   */
  public AgentGroup {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[A-Za-z0-9_.\\-]{1,64}")) {
      throw new IllegalArgumentException(
          "group name must be 1 to 64 letters, digits, '-', '_' or '.', but was '" + name + "'");
    }
    if (count < 1 || count > 100_000) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "count of group '%s' must be between 1 and 100000, but was %d", name, count));
    }
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(shiftStart, "shiftStart");
    Objects.requireNonNull(shiftEnd, "shiftEnd");
    if (shiftStart.isNegative() || shiftEnd.compareTo(shiftStart) <= 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "shift of group '%s' must start at or after PT0S and end after it starts, but was %s to %s",
          name, shiftStart, shiftEnd));
    }
  }

  /**
   * Returns a group with skills, working all the time from 0 to {@code shiftEnd}.
   *
   * @param name the group name; not null
   * @param count the number of agents, 1 to 100,000
   * @param profile the template profile; not null
   * @param shiftEnd when the shift ends; positive; not null
   * @return the group
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static AgentGroup of(String name, int count, AgentProfile profile, Duration shiftEnd) {
    return new AgentGroup(name, count, profile, Duration.ZERO, shiftEnd);
  }

  /**
   * Returns a copy with another shift.
   *
   * @param start when the agents become available; not null
   * @param end when they go offline; not null
   * @return the copy
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the shift is out of range
   */
  public AgentGroup withShift(Duration start, Duration end) {
    return new AgentGroup(name, count, profile, start, end);
  }

  /**
   * Returns the skills of the group's agents.
   *
   * @return level by skill; never null
   */
  public Map<Skill, Integer> skills() {
    return profile.skills();
  }

  /**
   * Returns the queues the group serves (empty: all).
   *
   * @return the queues; never null
   */
  public Set<String> queues() {
    return profile.queues();
  }
}
