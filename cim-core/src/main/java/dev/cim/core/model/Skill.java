package dev.cim.core.model;

import java.util.Objects;

/**
 * A skill an agent has and an interaction may require (a product, a task, a language such as {@code lang.es}): an
 * open value type.
 *
 * <p>An agent holds a skill at a proficiency level from {@link #MIN_LEVEL} to {@link #MAX_LEVEL}. The name is
 * normalised (trimmed, lower-cased), so {@code Skill.of("Billing").equals(Skill.of("billing"))}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the normalised name: 1 to 64 characters of {@code a-z 0-9 _ - .}, starting with a letter or digit
 */
public record Skill(String name) implements Comparable<Skill> {
  /** The lowest proficiency level. */
  public static final int MIN_LEVEL = 1;
  /** The highest proficiency level. */
  public static final int MAX_LEVEL = 10;

  /**
   * Normalises and validates the name.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the normalised name is not valid
   */
  public Skill {
    name = Ids.name("skill", name);
  }

  /**
   * Returns the skill with the given name.
   *
   * @param name the name, in any case; not null
   * @return the skill
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the name is not valid
   */
  public static Skill of(String name) {
    return new Skill(name);
  }

  /**
   * Returns the skill that stands for speaking a language, named {@code lang.} and the language's BCP 47 tag.
   *
   * @param languageTag a BCP 47 language tag such as {@code "es"} or {@code "pt-BR"}; not null
   * @return the language skill, for example {@code lang.pt-br}
   * @throws NullPointerException if {@code languageTag} is null
   * @throws IllegalArgumentException if the tag is not valid
   */
  public static Skill language(String languageTag) {
    Objects.requireNonNull(languageTag, "languageTag");
    return new Skill("lang." + languageTag);
  }

  /**
   * Checks that a proficiency level is in range.
   *
   * @param skill the skill the level belongs to, for the message; not null
   * @param level the level to check
   * @return {@code level}
   * @throws IllegalArgumentException if {@code level} is outside {@code [MIN_LEVEL, MAX_LEVEL]}
   */
  public static int checkLevel(Skill skill, int level) {
    Objects.requireNonNull(skill, "skill");
    if (level < MIN_LEVEL || level > MAX_LEVEL) {
      throw new IllegalArgumentException("level of skill '" + skill.name() + "' must be between " + MIN_LEVEL
          + " and " + MAX_LEVEL + ", but was " + level);
    }
    return level;
  }

  /** Orders skills by name. */
  @Override
  public int compareTo(Skill other) {
    return name.compareTo(other.name);
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
