package dev.cim.core.journey;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A journey: its stages, the stage a new customer starts in, and the transition rules, tried in order (the first that
 * fires wins; one transition per signal).
 *
 * <pre>{@code
 * JourneyDefinition journey = JourneyDefinition.builder("prospect")
 *     .stages("onboarding", "active", "at-risk", "churned")
 *     .rule(TransitionRule.from("prospect", "onboarding", "contract signed",
 *         s -> s.event().filter("contract-signed"::equals).isPresent()))
 *     .rule(TransitionRule.fromAny("at-risk", "sentiment < -0.5", s -> s.sentiment().orElse(0.0) < -0.5))
 *     .build();
 * }</pre>
 *
 * <p>Immutable; thread-safe if the rules' conditions are.
 *
 * @since 0.1.0
 */
public final class JourneyDefinition {
  private final String initial;
  private final Set<String> stages;
  private final List<TransitionRule> rules;

  private JourneyDefinition(Builder b) {
    this.initial = b.initial;
    this.stages = Set.copyOf(b.stages);
    this.rules = List.copyOf(b.rules);
  }

  /**
   * Returns a builder.
   *
   * @param initialStage the stage a customer starts in; not blank
   * @return the builder
   * @throws NullPointerException if {@code initialStage} is null
   * @throws IllegalArgumentException if it is blank
   */
  public static Builder builder(String initialStage) {
    return new Builder(initialStage);
  }

  /**
   * Returns the initial stage.
   *
   * @return the stage
   */
  public String initialStage() {
    return initial;
  }

  /**
   * Returns every stage, the initial one included.
   *
   * @return the stages; immutable
   */
  public Set<String> stages() {
    return stages;
  }

  /**
   * Returns the rules, in order.
   *
   * @return the rules; immutable
   */
  public List<TransitionRule> rules() {
    return rules;
  }

  /** Builds a {@link JourneyDefinition}. Not thread-safe. */
  public static final class Builder {
    private final String initial;
    private final Set<String> stages = new LinkedHashSet<>();
    private final List<TransitionRule> rules = new ArrayList<>();

    private Builder(String initial) {
      this.initial = stage(initial);
      stages.add(this.initial);
    }

    private static String stage(String s) {
      Objects.requireNonNull(s, "stage");
      if (s.isBlank()) {
        throw new IllegalArgumentException("stage must not be blank, but was '" + s + "'");
      }
      return s;
    }

    /**
     * Adds stages.
     *
     * @param names the stage names; not null, none blank
     * @return this builder
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if a name is blank (nothing is added then)
     */
    public Builder stages(String... names) {
      List<String> checked = new ArrayList<>();
      for (String n : names) {
        checked.add(stage(n));
      }
      stages.addAll(checked);
      return this;
    }

    /**
     * Adds a rule after those added so far; its stages must have been added.
     *
     * @param rule the rule; not null
     * @return this builder
     * @throws NullPointerException if {@code rule} is null
     * @throws IllegalArgumentException if the rule names an unknown stage
     */
    public Builder rule(TransitionRule rule) {
      Objects.requireNonNull(rule, "rule");
      for (String s : rule.from().map(f -> List.of(f, rule.to())).orElse(List.of(rule.to()))) {
        if (!stages.contains(s)) {
          throw new IllegalArgumentException("rule '" + rule.description() + "' names stage '" + s
              + "', but the stages are " + stages);
        }
      }
      rules.add(rule);
      return this;
    }

    /**
     * Builds the definition.
     *
     * @return the definition
     */
    public JourneyDefinition build() {
      return new JourneyDefinition(this);
    }
  }
}
