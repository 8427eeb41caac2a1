package dev.cim.routing.staffing;

import java.util.Locale;
import java.util.Objects;

/**
 * The answer to "how many agents for this traffic and goal": the agents needed on the phones, the agents to schedule
 * once shrinkage (breaks, training, absence) is allowed for, and the figures expected with that many agents.
 *
 * <p>Immutable and thread-safe.
 *
 * @param traffic the traffic planned for; not null
 * @param goal the goal met; not null
 * @param agents agents needed handling contacts, {@code >= 0}
 * @param shrinkage the share of scheduled time not spent handling contacts, 0 (inclusive) to 1 (exclusive)
 * @param scheduledAgents {@code ceil(agents / (1 - shrinkage))}, {@code >= agents}
 * @param probabilityOfWaiting the share of contacts that wait at all, 0 to 1
 * @param serviceLevel the share answered within the goal's time (for an ASA goal: within the ASA time), 0 to 1
 * @param asaSeconds the average speed of answer in seconds, {@code >= 0}
 * @param occupancy the share of the agents' time spent handling contacts, 0 to 1
 * @since 0.1.0
 */
public record StaffingPlan(Traffic traffic, ServiceGoal goal, int agents, double shrinkage, int scheduledAgents,
    double probabilityOfWaiting, double serviceLevel, double asaSeconds, double occupancy) {

  /**
   * Validates the plan.
   *
   * @throws NullPointerException if {@code traffic} or {@code goal} is null
   * @throws IllegalArgumentException if a count or the shrinkage is out of range
   */
  public StaffingPlan {
    Objects.requireNonNull(traffic, "traffic");
    Objects.requireNonNull(goal, "goal");
    ErlangC.checkShrinkage(shrinkage);
    if (agents < 0 || scheduledAgents < agents) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "agents must be >= 0 and scheduledAgents >= agents, but were %d and %d", agents, scheduledAgents));
    }
  }

  /**
   * Returns a short multi-line description with the figures rounded for people.
   *
   * @return the text; never null
   */
  public String describe() {
    return String.format(Locale.ROOT,
        "traffic            %.2f Erlangs (%.1f contacts/h, AHT %.1f s)%n"
            + "goal               %s%n"
            + "agents needed      %d%n"
            + "with shrinkage     %d (shrinkage %.0f%%)%n"
            + "P(wait)            %.1f%%%n"
            + "service level      %.1f%% within %.0f s%n"
            + "ASA                %.1f s%n"
            + "occupancy          %.1f%%%n",
        traffic.erlangs(), traffic.arrivalsPerSecond() * 3600, traffic.handleSeconds(), goal, agents,
        scheduledAgents, shrinkage * 100, probabilityOfWaiting * 100, serviceLevel * 100,
        goal.time().toNanos() / 1e9, asaSeconds, occupancy * 100);
  }
}
