package dev.cim.routing.staffing;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Erlang C (M/M/N: Poisson arrivals, exponential handle times, N agents, nobody abandons, first come first served):
 * probability of waiting, service level, average speed of answer, occupancy, and the agents needed for a goal.
 *
 * <p>Numerics: the Erlang B blocking probability comes from the recursion {@code B(0) = 1,
 * B(n) = A·B(n-1) / (n + A·B(n-1))} in double precision, which stays in [0, 1] and needs no factorial or power, so
 * it is stable for tens of thousands of Erlangs (cost O(N)). Erlang C follows as {@code C = N·B / (N - A·(1 - B))}.
 *
 * <p>With {@code N <= A} the queue grows without bound: the probability of waiting is 1, the service level 0, the
 * ASA infinite and the occupancy 1.
 *
 * <p>Stateless and thread-safe. Every method validates its arguments and names the bad value in an
 * {@link IllegalArgumentException}.
 *
 * @since 0.1.0
 */
public final class ErlangC {

  /** The most agents any method considers (a guard against unbounded searches). */
  public static final int MAX_AGENTS = 10_000_000;

  private ErlangC() {}

  /**
   * Returns the Erlang B blocking probability: the share of contacts lost when {@code agents} agents serve
   * {@code erlangs} of traffic with no queue.
   *
   * @param erlangs offered load, finite and {@code >= 0}
   * @param agents agents, 0 to {@link #MAX_AGENTS}
   * @return the probability, 0 to 1
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static double erlangB(double erlangs, int agents) {
    checkErlangs(erlangs);
    checkAgents(agents);
    double b = 1.0;
    for (int n = 1; n <= agents; n++) {
      b = next(b, erlangs, n);
    }
    return b;
  }

  static double next(double b, double a, int n) {
    double ab = a * b;
    return ab / (n + ab);
  }

  /**
   * Returns the Erlang C probability that a contact waits.
   *
   * @param erlangs offered load, finite and {@code >= 0}
   * @param agents agents, 0 to {@link #MAX_AGENTS}
   * @return the probability, 0 to 1; 1 if {@code agents <= erlangs}
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static double probabilityOfWaiting(double erlangs, int agents) {
    return fromB(erlangB(erlangs, agents), erlangs, agents);
  }

  static double fromB(double b, double a, int n) {
    if (a == 0) {
      return 0;
    }
    if (n <= a) {
      return 1;
    }
    return Math.min(1.0, n * b / (n - a * (1 - b)));
  }

  /**
   * Returns the service level: the share of contacts answered within {@code within}, {@code 1 - C·e^(-(N-A)·t/AHT)}.
   *
   * @param traffic the traffic; not null
   * @param agents agents, 0 to {@link #MAX_AGENTS}
   * @param within the answer time; zero or positive; not null
   * @return the share, 0 to 1; 0 if {@code agents <= erlangs}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static double serviceLevel(Traffic traffic, int agents, Duration within) {
    Objects.requireNonNull(traffic, "traffic");
    double t = checkWithin(within);
    return serviceLevel(traffic, agents, probabilityOfWaiting(traffic.erlangs(), agents), t);
  }

  static double serviceLevel(Traffic traffic, int n, double c, double t) {
    double a = traffic.erlangs();
    if (a == 0) {
      return 1;
    }
    if (n <= a) {
      return 0;
    }
    return Math.max(0, 1 - c * Math.exp(-(n - a) * t / traffic.handleSeconds()));
  }

  /**
   * Returns the average speed of answer (the mean wait over all contacts, those not waiting count as 0):
   * {@code C·AHT / (N - A)}.
   *
   * @param traffic the traffic; not null
   * @param agents agents, 0 to {@link #MAX_AGENTS}
   * @return the ASA in seconds, {@code >= 0}; {@link Double#POSITIVE_INFINITY} if {@code agents <= erlangs}
   * @throws NullPointerException if {@code traffic} is null
   * @throws IllegalArgumentException if {@code agents} is out of range
   */
  public static double asaSeconds(Traffic traffic, int agents) {
    Objects.requireNonNull(traffic, "traffic");
    return asa(traffic, agents, probabilityOfWaiting(traffic.erlangs(), agents));
  }

  static double asa(Traffic traffic, int n, double c) {
    double a = traffic.erlangs();
    if (a == 0) {
      return 0;
    }
    return n <= a ? Double.POSITIVE_INFINITY : c * traffic.handleSeconds() / (n - a);
  }

  /**
   * Returns the occupancy: the share of the agents' time spent handling contacts, {@code A / N}.
   *
   * @param traffic the traffic; not null
   * @param agents agents, 0 to {@link #MAX_AGENTS}
   * @return the share, 0 to 1; 1 if {@code agents <= erlangs} (0 agents with no traffic gives 0)
   * @throws NullPointerException if {@code traffic} is null
   * @throws IllegalArgumentException if {@code agents} is out of range
   */
  public static double occupancy(Traffic traffic, int agents) {
    Objects.requireNonNull(traffic, "traffic");
    checkAgents(agents);
    double a = traffic.erlangs();
    if (a == 0) {
      return 0;
    }
    return agents <= a ? 1.0 : a / agents;
  }

  /**
   * Returns the fewest agents that meet a goal (no shrinkage), searching upwards from {@code floor(A) + 1} with the
   * Erlang B recursion continued step by step (O(N) in all).
   *
   * @param traffic the traffic; not null
   * @param goal the goal; not null
   * @return the agents, 0 if there is no traffic
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if more than {@link #MAX_AGENTS} agents would be needed
   */
  public static int agentsFor(Traffic traffic, ServiceGoal goal) {
    return plan(traffic, goal, 0).agents();
  }

  /**
   * Returns the staffing plan for a goal: the fewest agents that meet it, the agents to schedule with shrinkage, and
   * the figures expected with that many agents.
   *
   * @param traffic the traffic; not null
   * @param goal the goal; not null
   * @param shrinkage share of scheduled time not available for contacts, 0 (inclusive) to 1 (exclusive)
   * @return the plan; never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code shrinkage} is out of range or more than {@link #MAX_AGENTS} agents
   *     would be needed
   */
  public static StaffingPlan plan(Traffic traffic, ServiceGoal goal, double shrinkage) {
    Objects.requireNonNull(traffic, "traffic");
    Objects.requireNonNull(goal, "goal");
    checkShrinkage(shrinkage);
    double a = traffic.erlangs();
    double t = goal.time().toNanos() / 1e9;
    if (a == 0) {
      return new StaffingPlan(traffic, goal, 0, shrinkage, 0, 0, 1, 0, 0);
    }
    if (a >= MAX_AGENTS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "traffic must be below %d Erlangs, but was %s", MAX_AGENTS, a));
    }
    int n = (int) Math.floor(a) + 1;
    double b = erlangB(a, n);
    while (true) {
      double c = fromB(b, a, n);
      double sl = serviceLevel(traffic, n, c, t);
      double asa = asa(traffic, n, c);
      if (goal.isMetBy(sl, asa)) {
        int scheduled = (int) Math.ceil(n / (1 - shrinkage) - 1e-9);
        return new StaffingPlan(traffic, goal, n, shrinkage, Math.max(n, scheduled), c, sl, asa, a / n);
      }
      if (n >= MAX_AGENTS) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "goal %s needs more than %d agents for %s Erlangs", goal, MAX_AGENTS, a));
      }
      n++;
      b = next(b, a, n);
    }
  }

  static void checkErlangs(double erlangs) {
    if (!(erlangs >= 0) || Double.isInfinite(erlangs)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "erlangs must be finite and >= 0, but was %s", erlangs));
    }
  }

  static void checkAgents(int agents) {
    if (agents < 0 || agents > MAX_AGENTS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "agents must be between 0 and %d, but was %d", MAX_AGENTS, agents));
    }
  }

  static double checkWithin(Duration within) {
    Objects.requireNonNull(within, "within");
    if (within.isNegative()) {
      throw new IllegalArgumentException("within must be zero or positive, but was " + within);
    }
    return within.toNanos() / 1e9;
  }

  static void checkShrinkage(double shrinkage) {
    if (!(shrinkage >= 0 && shrinkage < 1)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "shrinkage must be at least 0 and below 1, but was %s", shrinkage));
    }
  }
}
