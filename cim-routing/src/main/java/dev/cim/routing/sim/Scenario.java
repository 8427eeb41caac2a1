package dev.cim.routing.sim;

import dev.cim.routing.RoutingConfig;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to simulate: the routing configuration the real engine runs with, the contact streams, the agent groups, and
 * the simulated period.
 *
 * <p>Contacts arrive from 0 to {@code horizon}; statistics count the contacts that arrive from {@code warmup} to
 * {@code horizon} (the start-up transient is left out), followed until they are answered or abandon (after the
 * horizon the simulation runs on until nothing is left to happen). Agent occupancy is measured over the part of each
 * shift inside {@code [warmup, horizon)}.
 *
 * <p>Offers: with {@link RoutingConfig#autoAccept()} the engine assigns at once; otherwise the simulated agent
 * accepts after a delay drawn from {@code answerDelay} (none: at once), and an offer not accepted within the
 * configured offer timeout times out in the engine.
 *
 * <p>Immutable and thread-safe.
 *
 * @param routing the engine configuration; not null
 * @param streams the contact streams; not null, not empty
 * @param groups the agent groups, names unique; not null, not empty
 * @param horizon how long contacts arrive; positive, at most 366 days; not null
 * @param warmup how long at the start is left out of the statistics; zero or positive, shorter than {@code horizon};
 *     not null
 * @param tickEvery how often the engine's {@code tick()} runs; zero (the default) means "exactly when needed": at
 *     wrap-up ends, offer expiries, and when a waiting contact reaches a relaxation step or the overflow time of its
 *     queue; a positive period ticks at that period instead of at the contacts' relaxation and overflow times (wrap-up
 *     ends and offer expiries still tick at once); not null
 * @param answerDelay how long an agent takes to accept an offer when the engine does not auto-accept; not null
 * @since 0.1.0
 */
public record Scenario(RoutingConfig routing, List<ContactStream> streams, List<AgentGroup> groups, Duration horizon,
    Duration warmup, Duration tickEvery, Optional<Distribution> answerDelay) {

  /** The longest horizon. */
  public static final Duration MAX_HORIZON = Duration.ofDays(366);

  /**
   * Validates and copies the arguments.
   *
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a list is empty, group names repeat, or a duration is out of range
   */
  public Scenario {
    Objects.requireNonNull(routing, "routing");
    streams = List.copyOf(streams);
    groups = List.copyOf(groups);
    Objects.requireNonNull(horizon, "horizon");
    Objects.requireNonNull(warmup, "warmup");
    Objects.requireNonNull(tickEvery, "tickEvery");
    Objects.requireNonNull(answerDelay, "answerDelay");
    if (streams.isEmpty()) {
      throw new IllegalArgumentException("streams must hold at least one contact stream, but was empty");
    }
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("groups must hold at least one agent group, but was empty");
    }
    Set<String> names = new HashSet<>();
    for (AgentGroup g : groups) {
      if (!names.add(g.name())) {
        throw new IllegalArgumentException("group names must be unique, but '" + g.name() + "' repeats");
      }
    }
    if (horizon.isNegative() || horizon.isZero() || horizon.compareTo(MAX_HORIZON) > 0) {
      throw new IllegalArgumentException("horizon must be positive and at most " + MAX_HORIZON + ", but was "
          + horizon);
    }
    if (warmup.isNegative() || warmup.compareTo(horizon) >= 0) {
      throw new IllegalArgumentException("warmup must be zero or positive and shorter than the horizon " + horizon
          + ", but was " + warmup);
    }
    if (tickEvery.isNegative() || (!tickEvery.isZero() && tickEvery.toMillis() < 1)) {
      throw new IllegalArgumentException("tickEvery must be zero or at least 1 ms, but was " + tickEvery);
    }
  }

  /**
   * Returns a scenario with no warm-up, ticks only when needed, and agents who accept at once.
   *
   * @param routing the engine configuration; not null
   * @param streams the contact streams; not null, not empty
   * @param groups the agent groups; not null, not empty
   * @param horizon how long contacts arrive; not null
   * @return the scenario
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static Scenario of(RoutingConfig routing, List<ContactStream> streams, List<AgentGroup> groups,
      Duration horizon) {
    return new Scenario(routing, streams, groups, horizon, Duration.ZERO, Duration.ZERO, Optional.empty());
  }

  /**
   * Returns a copy with a warm-up period.
   *
   * @param w the warm-up; not null
   * @return the copy
   * @throws NullPointerException if {@code w} is null
   * @throws IllegalArgumentException if {@code w} is negative or not shorter than the horizon
   */
  public Scenario withWarmup(Duration w) {
    return new Scenario(routing, streams, groups, horizon, w, tickEvery, answerDelay);
  }

  /**
   * Returns a copy with a fixed tick period.
   *
   * @param every the period, zero for "when needed"; not null
   * @return the copy
   * @throws NullPointerException if {@code every} is null
   * @throws IllegalArgumentException if {@code every} is negative or below 1 ms
   */
  public Scenario withTickEvery(Duration every) {
    return new Scenario(routing, streams, groups, horizon, warmup, every, answerDelay);
  }

  /**
   * Returns a copy whose agents accept offers after a delay drawn from {@code d} (ignored with auto-accept).
   *
   * @param d the delay distribution; not null
   * @return the copy
   * @throws NullPointerException if {@code d} is null
   */
  public Scenario withAnswerDelay(Distribution d) {
    return new Scenario(routing, streams, groups, horizon, warmup, tickEvery, Optional.of(Objects.requireNonNull(d,
        "d")));
  }
}
