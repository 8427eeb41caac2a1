package dev.cim.core.model;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person (or team member account) who handles interactions.
 *
 * <p>An agent has skills at proficiency levels ({@link Skill#MIN_LEVEL} to {@link Skill#MAX_LEVEL}), languages, a
 * team and a capacity per channel: how many interactions of that channel they may handle at once (for example one
 * voice call, or up to three chats). A channel missing from {@code capacity} is one the agent does not handle.
 * Presence (available, away, offline) is not stored here: it changes by the second and belongs to the routing engine.
 *
 * <p>{@code version} is the optimistic-concurrency version: {@code 0} until stored, then the store's.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the identifier; not null
 * @param name the display name, 1 to 256 characters; not null
 * @param skills proficiency level by skill; not null, levels in range
 * @param languages the languages spoken; not null
 * @param team the team, if any; not null
 * @param capacity the most concurrent interactions per channel, each 1 to 100; not null
 * @param attributes the host's custom attributes; not null
 * @param version the stored version, {@code >= 0}
 */
public record Agent(
    AgentId id,
    String name,
    Map<Skill, Integer> skills,
    Set<Locale> languages,
    Optional<String> team,
    Map<Channel, Integer> capacity,
    Attributes attributes,
    long version) {

  /** The most concurrent interactions an agent may have on one channel. */
  public static final int MAX_CAPACITY = 100;

  /**
   * Validates and copies the arguments.
   *
   * @throws NullPointerException if an argument or a collection element is null
   * @throws IllegalArgumentException if a level or capacity is out of range, the name or team is blank or too long,
   *     or {@code version} is negative
   */
  public Agent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Customer.checkText("name", name);
    skills = Map.copyOf(skills);
    skills.forEach(Skill::checkLevel);
    languages = Set.copyOf(languages);
    Objects.requireNonNull(team, "team");
    team.ifPresent(t -> Customer.checkText("team", t));
    capacity = Map.copyOf(capacity);
    capacity.forEach((channel, max) -> {
      if (max < 1 || max > MAX_CAPACITY) {
        throw new IllegalArgumentException("capacity of agent '" + id + "' on channel '" + channel
            + "' must be between 1 and " + MAX_CAPACITY + ", but was " + max);
      }
    });
    Objects.requireNonNull(attributes, "attributes");
    Customer.checkVersion(version);
  }

  /**
   * Returns a new, never stored agent with no skills, languages, team or capacity.
   *
   * @param id the identifier; not null
   * @param name the display name; not null
   * @return the agent
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank or too long
   */
  public static Agent of(AgentId id, String name) {
    return new Agent(id, name, Map.of(), Set.of(), Optional.empty(), Map.of(), Attributes.empty(), 0);
  }

  /**
   * Returns the agent's level of a skill.
   *
   * @param skill the skill; not null
   * @return the level, or 0 if the agent does not have the skill
   */
  public int level(Skill skill) {
    return skills.getOrDefault(Objects.requireNonNull(skill, "skill"), 0);
  }

  /**
   * Returns the agent's capacity on a channel.
   *
   * @param channel the channel; not null
   * @return the most concurrent interactions, or 0 if the agent does not handle the channel
   */
  public int capacityFor(Channel channel) {
    return capacity.getOrDefault(Objects.requireNonNull(channel, "channel"), 0);
  }

  /**
   * Returns a copy with the skill at the given level, replacing any level it had.
   *
   * @param skill the skill; not null
   * @param level the level, in range
   * @return the copy
   */
  public Agent withSkill(Skill skill, int level) {
    Map<Skill, Integer> s = new java.util.HashMap<>(skills);
    s.put(Objects.requireNonNull(skill, "skill"), level);
    return new Agent(id, name, s, languages, team, capacity, attributes, version);
  }

  /**
   * Returns a copy with other languages.
   *
   * @param l the languages; not null
   * @return the copy
   */
  public Agent withLanguages(Set<Locale> l) {
    return new Agent(id, name, skills, l, team, capacity, attributes, version);
  }

  /**
   * Returns a copy in another team.
   *
   * @param t the team, or null for none
   * @return the copy
   */
  public Agent withTeam(String t) {
    return new Agent(id, name, skills, languages, Optional.ofNullable(t), capacity, attributes, version);
  }

  /**
   * Returns a copy with the given capacity on a channel, replacing any it had.
   *
   * @param channel the channel; not null
   * @param max the most concurrent interactions, 1 to {@link #MAX_CAPACITY}
   * @return the copy
   */
  public Agent withCapacity(Channel channel, int max) {
    Map<Channel, Integer> c = new java.util.HashMap<>(capacity);
    c.put(Objects.requireNonNull(channel, "channel"), max);
    return new Agent(id, name, skills, languages, team, c, attributes, version);
  }

  /**
   * Returns a copy with other attributes.
   *
   * @param a the attributes; not null
   * @return the copy
   */
  public Agent withAttributes(Attributes a) {
    return new Agent(id, name, skills, languages, team, capacity, a, version);
  }

  /**
   * Returns a copy with another version; for stores.
   *
   * @param v the version, {@code >= 0}
   * @return the copy
   */
  public Agent withVersion(long v) {
    return new Agent(id, name, skills, languages, team, capacity, attributes, v);
  }
}
