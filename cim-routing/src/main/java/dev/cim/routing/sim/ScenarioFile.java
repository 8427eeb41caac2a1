package dev.cim.routing.sim;

import java.util.Locale;
import java.util.Objects;

/**
 * A scenario as read from a file, with how to run it.
 *
 * <p>Immutable and thread-safe. Read one with {@link ScenarioJson#parse(String)}.
 *
 * @param scenario the scenario; not null
 * @param replications independent replications, 2 to 10,000
 * @param seed the experiment's seed
 * @param confidence the confidence level of the intervals, strictly between 0 and 1
 * @since 0.1.0
 */
public record ScenarioFile(Scenario scenario, int replications, long seed, double confidence) {

  /**
   * Validates the values.
   *
   * @throws NullPointerException if {@code scenario} is null
   * @throws IllegalArgumentException if {@code replications} or {@code confidence} is out of range
   */
  public ScenarioFile {
    Objects.requireNonNull(scenario, "scenario");
    if (replications < 2 || replications > 10_000) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "replications must be between 2 and 10000, but was %d", replications));
    }
    Estimate.checkConfidence(confidence);
  }

  /**
   * Runs the replications.
   *
   * @return the report; never null
   */
  public SimulationReport run() {
    return Simulator.replicate(scenario, replications, seed, confidence);
  }
}
