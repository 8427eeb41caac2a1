package dev.cim.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The configuration of one queue.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(String)}.
 *
 * @param name the queue; 1 to 128 characters, not blank; not null
 * @param weight the queue's priority when a freed agent chooses among the queues it serves, 0 to 1,000: added to the
 *     ranking score of the queue's tasks (a task's priority plus its aging)
 * @param ordering how waiting tasks are ordered; not null
 * @param relaxation bullseye steps, by strictly increasing {@code after}; not null
 * @param overflowAfter how long a task may wait in this queue before it moves to {@link #overflowTo()}; not null,
 *     present exactly when {@code overflowTo} is
 * @param overflowTo the queue a task moves to after {@code overflowAfter}, keeping its enqueue time and the level cap
 *     its relaxation reached; not null
 * @param serviceLevelThreshold the answer time that counts as within service level, positive; not null
 */
public record QueueConfig(String name, int weight, QueueOrdering ordering, List<RelaxationStep> relaxation,
    Optional<Duration> overflowAfter, Optional<String> overflowTo, Duration serviceLevelThreshold) {

  /** The default service-level threshold: 20 seconds (the classic 80/20). */
  public static final Duration DEFAULT_SERVICE_LEVEL = Duration.ofSeconds(20);

  /**
   * Validates and copies the arguments.
   *
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a value is out of range, the steps are not in increasing order, or overflow
   *     is half configured or points to this queue
   */
  public QueueConfig {
    Task.checkQueue("name", name);
    if (weight < 0 || weight > 1_000) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "weight of queue '%s' must be between 0 and 1000, but was %d", name, weight));
    }
    Objects.requireNonNull(ordering, "ordering");
    relaxation = List.copyOf(relaxation);
    for (int i = 1; i < relaxation.size(); i++) {
      if (relaxation.get(i).after().compareTo(relaxation.get(i - 1).after()) <= 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "relaxation steps of queue '%s' must have strictly increasing after, but step %d has %s after %s",
            name, i, relaxation.get(i).after(), relaxation.get(i - 1).after()));
      }
    }
    Objects.requireNonNull(overflowAfter, "overflowAfter");
    Objects.requireNonNull(overflowTo, "overflowTo");
    if (overflowAfter.isPresent() != overflowTo.isPresent()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "overflow of queue '%s' needs both a time and a target, but was after=%s to=%s",
          name, overflowAfter.orElse(null), overflowTo.orElse(null)));
    }
    overflowAfter.ifPresent(d -> {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "overflowAfter of queue '%s' must be positive, but was %s", name, d));
      }
    });
    overflowTo.ifPresent(t -> {
      Task.checkQueue("overflowTo", t);
      if (t.equals(name)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "overflowTo of queue '%s' must name another queue, but was '%s'", name, t));
      }
    });
    Objects.requireNonNull(serviceLevelThreshold, "serviceLevelThreshold");
    if (serviceLevelThreshold.isNegative() || serviceLevelThreshold.isZero()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "serviceLevelThreshold of queue '%s' must be positive, but was %s", name, serviceLevelThreshold));
    }
  }

  /**
   * Returns the default configuration for a queue: weight 0, {@link QueueOrdering#AGED_SCORE}, no relaxation, no
   * overflow, service level 20 seconds.
   *
   * @param name the queue; not null
   * @return the configuration
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank or too long
   */
  public static QueueConfig ofDefaults(String name) {
    return builder(name).build();
  }

  /**
   * Starts a builder with the defaults of {@link #ofDefaults(String)}.
   *
   * @param name the queue; not null
   * @return the builder
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank or too long
   */
  public static Builder builder(String name) {
    return new Builder(Task.checkQueue("name", name));
  }

  /**
   * Returns the highest minimum level still required after a wait, from the relaxation steps.
   *
   * @param waitedMillis how long the task has waited, in milliseconds
   * @return the cap, {@link dev.cim.core.model.Skill#MAX_LEVEL} when no step applies yet
   */
  public int levelCap(long waitedMillis) {
    int cap = dev.cim.core.model.Skill.MAX_LEVEL;
    for (RelaxationStep s : relaxation) {
      if (waitedMillis >= s.after().toMillis()) {
        cap = Math.min(cap, s.maxLevel());
      } else {
        break;
      }
    }
    return cap;
  }

  /**
   * Builds a {@link QueueConfig}. Each setter validates its argument, {@link #build()} the combination; not
   * thread-safe.
   */
  public static final class Builder {
    private final String name;
    private int weight;
    private QueueOrdering ordering = QueueOrdering.AGED_SCORE;
    private final List<RelaxationStep> relaxation = new ArrayList<>();
    private Duration overflowAfter;
    private String overflowTo;
    private Duration serviceLevel = DEFAULT_SERVICE_LEVEL;

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Sets the queue's weight.
     *
     * @param w 0 to 1,000
     * @return this builder
     * @throws IllegalArgumentException if {@code w} is out of range
     */
    public Builder weight(int w) {
      if (w < 0 || w > 1_000) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "weight of queue '%s' must be between 0 and 1000, but was %d", name, w));
      }
      this.weight = w;
      return this;
    }

    /**
     * Sets the ordering.
     *
     * @param o the ordering; not null
     * @return this builder
     * @throws NullPointerException if {@code o} is null
     */
    public Builder ordering(QueueOrdering o) {
      this.ordering = Objects.requireNonNull(o, "o");
      return this;
    }

    /**
     * Adds a relaxation step; steps must be added by increasing {@code after}.
     *
     * @param after the wait after which it applies, positive; not null
     * @param maxLevel the highest minimum level still required
     * @return this builder
     * @throws NullPointerException if {@code after} is null
     * @throws IllegalArgumentException if a value is out of range
     */
    public Builder relaxAfter(Duration after, int maxLevel) {
      relaxation.add(new RelaxationStep(after, maxLevel));
      return this;
    }

    /**
     * Moves tasks that waited {@code after} in this queue to another queue, keeping their enqueue time, their
     * required skills and the relaxation they reached here: after overflow a task's required-level cap never goes
     * back up (the target queue's own steps, counted from the enqueue time, apply only where they lower it further).
     *
     * @param after how long a task may wait here, positive; not null
     * @param target the other queue; not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code after} is not positive or {@code target} is blank
     */
    public Builder overflow(Duration after, String target) {
      Objects.requireNonNull(after, "after");
      if (after.isNegative() || after.isZero()) {
        throw new IllegalArgumentException("overflow after must be positive, but was " + after);
      }
      this.overflowAfter = after;
      this.overflowTo = Task.checkQueue("target", target);
      return this;
    }

    /**
     * Sets the service-level threshold.
     *
     * @param threshold positive; not null
     * @return this builder
     * @throws NullPointerException if {@code threshold} is null
     * @throws IllegalArgumentException if {@code threshold} is not positive
     */
    public Builder serviceLevel(Duration threshold) {
      Objects.requireNonNull(threshold, "threshold");
      if (threshold.isNegative() || threshold.isZero()) {
        throw new IllegalArgumentException("serviceLevelThreshold must be positive, but was " + threshold);
      }
      this.serviceLevel = threshold;
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration
     * @throws IllegalArgumentException if the steps are out of order or the overflow targets this queue
     */
    public QueueConfig build() {
      return new QueueConfig(name, weight, ordering, relaxation, Optional.ofNullable(overflowAfter),
          Optional.ofNullable(overflowTo), serviceLevel);
    }
  }
}
