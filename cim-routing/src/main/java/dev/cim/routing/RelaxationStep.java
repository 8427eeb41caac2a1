package dev.cim.routing;

import dev.cim.core.model.Skill;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A step of bullseye routing: once a task has waited {@code after}, no required minimum level is above
 * {@code maxLevel}. Steps {@code (30s, 5), (60s, 1)} mean: the configured levels for 30 s, then at most level 5, then
 * any agent with the skill.
 *
 * <p>Immutable and thread-safe.
 *
 * @param after the wait after which the step applies, positive; not null
 * @param maxLevel the highest minimum level still required, {@link Skill#MIN_LEVEL} to {@link Skill#MAX_LEVEL}
 */
public record RelaxationStep(Duration after, int maxLevel) {
  /**
   * Validates the step.
   *
   * @throws NullPointerException if {@code after} is null
   * @throws IllegalArgumentException if {@code after} is not positive or {@code maxLevel} out of range
   */
  public RelaxationStep {
    Objects.requireNonNull(after, "after");
    if (after.isNegative() || after.isZero()) {
      throw new IllegalArgumentException("relaxation step after must be positive, but was " + after);
    }
    if (maxLevel < Skill.MIN_LEVEL || maxLevel > Skill.MAX_LEVEL) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "relaxation step maxLevel must be between %d and %d, but was %d", Skill.MIN_LEVEL, Skill.MAX_LEVEL,
          maxLevel));
    }
  }

  /**
   * Returns a step.
   *
   * @param after the wait after which the step applies, positive; not null
   * @param maxLevel the highest minimum level still required
   * @return the step
   * @throws NullPointerException if {@code after} is null
   * @throws IllegalArgumentException if a value is out of range
   */
  public static RelaxationStep after(Duration after, int maxLevel) {
    return new RelaxationStep(after, maxLevel);
  }
}
