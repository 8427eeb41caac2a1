package dev.cim.routing;

import dev.cim.core.model.Agent;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.Skill;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the routing engine knows about an agent that does not change by the second: skills and levels, team,
 * capacity, wrap-up time and the queues served. Presence and load live in the engine.
 *
 * <p>Immutable and thread-safe. Build one with {@link #of(AgentId, CapacityModel)} and the {@code with*} methods, or
 * from a stored core agent with {@link #from(Agent)}.
 *
 * @param id the agent; not null
 * @param skills level by skill, each between {@link Skill#MIN_LEVEL} and {@link Skill#MAX_LEVEL}; languages are
 *     skills too ({@link Skill#language(String)}); not null
 * @param team the team, if any; not null
 * @param capacity how much work the agent may hold at once; not null
 * @param wrapUp how long after completing a task the agent gets no offers, 0 to 1 hour; not null
 * @param queues the queues the agent serves; empty means every queue; not null
 */
public record AgentProfile(AgentId id, Map<Skill, Integer> skills, Optional<String> team, CapacityModel capacity,
    Duration wrapUp, Set<String> queues) {

  /** The longest wrap-up time. */
  public static final Duration MAX_WRAP_UP = Duration.ofHours(1);

  /**
   * Validates and copies the arguments.
   *
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a level or the wrap-up time is out of range, or a queue name is blank
   */
  public AgentProfile {
    Objects.requireNonNull(id, "id");
    skills = Map.copyOf(skills);
    skills.forEach(Skill::checkLevel);
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(wrapUp, "wrapUp");
    if (wrapUp.isNegative() || wrapUp.compareTo(MAX_WRAP_UP) > 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "wrapUp of agent '%s' must be between PT0S and %s, but was %s", id, MAX_WRAP_UP, wrapUp));
    }
    queues = Set.copyOf(queues);
    queues.forEach(q -> Task.checkQueue("queue", q));
  }

  /**
   * Returns a profile with no skills, no team, no wrap-up time, serving every queue.
   *
   * @param id the agent; not null
   * @param capacity the capacity model; not null
   * @return the profile
   * @throws NullPointerException if an argument is null
   */
  public static AgentProfile of(AgentId id, CapacityModel capacity) {
    return new AgentProfile(id, Map.of(), Optional.empty(), capacity, Duration.ZERO, Set.of());
  }

  /**
   * Returns the profile of a stored core agent: its skills, team and per-channel capacity (channels independent).
   *
   * @param agent the agent; not null, with at least one channel of capacity
   * @return the profile, with no wrap-up time, serving every queue
   * @throws NullPointerException if {@code agent} is null
   * @throws IllegalArgumentException if the agent handles no channel
   */
  public static AgentProfile from(Agent agent) {
    Objects.requireNonNull(agent, "agent");
    return new AgentProfile(agent.id(), agent.skills(), agent.team(), CapacityModel.of(agent), Duration.ZERO,
        Set.of());
  }

  /**
   * Returns the agent's level of a skill.
   *
   * @param skill the skill; not null
   * @return the level, 0 if the agent does not have it
   */
  public int level(Skill skill) {
    return skills.getOrDefault(Objects.requireNonNull(skill, "skill"), 0);
  }

  /**
   * Tells whether the agent serves a queue.
   *
   * @param queue the queue; not null
   * @return true if {@link #queues()} is empty or contains it
   */
  public boolean serves(String queue) {
    Objects.requireNonNull(queue, "queue");
    return queues.isEmpty() || queues.contains(queue);
  }

  /**
   * Returns a copy with a skill at a level, replacing any level it had.
   *
   * @param skill the skill; not null
   * @param level the level, {@link Skill#MIN_LEVEL} to {@link Skill#MAX_LEVEL}
   * @return the copy
   * @throws NullPointerException if {@code skill} is null
   * @throws IllegalArgumentException if {@code level} is out of range
   */
  public AgentProfile withSkill(Skill skill, int level) {
    Objects.requireNonNull(skill, "skill");
    Skill.checkLevel(skill, level);
    Map<Skill, Integer> s = new HashMap<>(skills);
    s.put(skill, level);
    return new AgentProfile(id, s, team, capacity, wrapUp, queues);
  }

  /**
   * Returns a copy in a team.
   *
   * @param t the team; not null
   * @return the copy
   * @throws NullPointerException if {@code t} is null
   */
  public AgentProfile withTeam(String t) {
    return new AgentProfile(id, skills, Optional.of(Objects.requireNonNull(t, "t")), capacity, wrapUp, queues);
  }

  /**
   * Returns a copy with another capacity model.
   *
   * @param c the capacity model; not null
   * @return the copy
   * @throws NullPointerException if {@code c} is null
   */
  public AgentProfile withCapacity(CapacityModel c) {
    return new AgentProfile(id, skills, team, Objects.requireNonNull(c, "c"), wrapUp, queues);
  }

  /**
   * Returns a copy with another wrap-up time.
   *
   * @param w the wrap-up time, 0 to {@link #MAX_WRAP_UP}; not null
   * @return the copy
   * @throws NullPointerException if {@code w} is null
   * @throws IllegalArgumentException if {@code w} is out of range
   */
  public AgentProfile withWrapUp(Duration w) {
    return new AgentProfile(id, skills, team, capacity, w, queues);
  }

  /**
   * Returns a copy that also serves a queue (an agent serving every queue then serves only the named ones).
   *
   * @param queue the queue; not null, not blank
   * @return the copy
   * @throws NullPointerException if {@code queue} is null
   * @throws IllegalArgumentException if {@code queue} is blank
   */
  public AgentProfile withQueue(String queue) {
    Set<String> q = new HashSet<>(queues);
    q.add(Task.checkQueue("queue", queue));
    return new AgentProfile(id, skills, team, capacity, wrapUp, q);
  }

  /**
   * Tells whether the agent handles a channel.
   *
   * @param channel the channel; not null
   * @return true if the capacity model has a limit for it
   */
  public boolean handles(Channel channel) {
    return capacity.limit(channel) > 0;
  }
}
