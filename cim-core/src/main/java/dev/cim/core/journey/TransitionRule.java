package dev.cim.core.journey;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Moves a customer from one stage (or any stage) to another when a signal satisfies a condition.
 *
 * @param from the stage the rule applies in; empty for any stage; not null
 * @param to the stage it moves to; not null
 * @param description what it checks, for the stage history (e.g. {@code "sentiment < -0.5"}); not blank
 * @param when the condition; thread-safe, fast, must not throw; not null
 * @since 0.1.0
 */
public record TransitionRule(Optional<String> from, String to, String description, Predicate<JourneySignal> when) {
  /**
   * Validates the rule.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a stage name or the description is blank
   */
  public TransitionRule {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(when, "when");
    if (from.map(String::isBlank).orElse(false) || to.isBlank() || description.isBlank()) {
      throw new IllegalArgumentException("from, to and description must not be blank, but were " + from + ", '" + to
          + "', '" + description + "'");
    }
  }

  /**
   * A rule from one stage.
   *
   * @param from the stage; not null
   * @param to the target; not null
   * @param description the description; not null
   * @param when the condition; not null
   * @return the rule
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a name or the description is blank
   */
  public static TransitionRule from(String from, String to, String description, Predicate<JourneySignal> when) {
    return new TransitionRule(Optional.of(from), to, description, when);
  }

  /**
   * A rule from any stage.
   *
   * @param to the target; not null
   * @param description the description; not null
   * @param when the condition; not null
   * @return the rule
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a name or the description is blank
   */
  public static TransitionRule fromAny(String to, String description, Predicate<JourneySignal> when) {
    return new TransitionRule(Optional.empty(), to, description, when);
  }

  /**
   * Tells whether the rule moves a customer in a stage on a signal (never to the stage they are in).
   *
   * @param stage the current stage; not null
   * @param signal the signal; not null
   * @return true if it fires
   * @throws NullPointerException if an argument is null
   */
  public boolean fires(String stage, JourneySignal signal) {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(signal, "signal");
    return from.map(stage::equals).orElse(true) && !to.equals(stage) && when.test(signal);
  }
}
