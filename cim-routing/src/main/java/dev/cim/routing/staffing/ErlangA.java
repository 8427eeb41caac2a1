package dev.cim.routing.staffing;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Erlang A (M/M/N+M: Poisson arrivals, exponential handle times, N agents, first come first served, and customers
 * who abandon after an exponential patience): probability of waiting, of abandonment, service level and ASA.
 *
 * <p><b>Method.</b> The number of contacts in the system is a birth-death chain (birth rate λ, death rate
 * {@code min(n, N)·μ + max(n - N, 0)·θ}, μ = 1/AHT, θ = 1/mean patience). Its stationary distribution is computed
 * directly, in log space (no factorial or power overflows, stable for thousands of Erlangs), and truncated where the
 * remaining weight is below {@code e^-40} of the largest. By PASTA an arrival sees that distribution. An arrival that
 * finds {@code n >= N} takes queue position {@code j = n - N + 1}; at position {@code i} it moves on at rate
 * {@code N·μ + (i - 1)·θ} (a service or someone ahead abandoning) and leaves at rate θ, so it is served with
 * probability {@code N·μ / (N·μ + j·θ)} after a wait that is a sum of exponentials with rates
 * {@code N·μ + i·θ, i = 1..j}. The mean of that wait is exact; its distribution (for the service level) is computed
 * by uniformization of the position chain, truncated where the Poisson tail is below {@code 1e-15}. This is exact up to
 * those truncations; it is not the Garnett-Mandelbaum-Reiman approximation.
 *
 * <p><b>Definitions.</b> Service level = contacts answered within the time / all arriving contacts (those who abandon
 * count as not answered in time). ASA = mean wait of answered contacts. Average wait = mean time in queue of every
 * contact, abandoned ones included (Little's law: average queue length / λ).
 *
 * <p>Stateless and thread-safe. Cost: O(N + queue tail) for the chain plus O(queue tail × (N·μ + tail·θ)·t) for the
 * service level.
 *
 * @since 0.1.0
 */
public final class ErlangA {

  /** The most queue states beyond the agents the chain may need before it is considered unbounded. */
  public static final int MAX_QUEUE_STATES = 20_000_000;

  private static final double LOG_CUTOFF = 40;

  private ErlangA() {}

  /**
   * The figures of an M/M/N+M system.
   *
   * @param agents agents, {@code >= 0}
   * @param probabilityOfWaiting share of contacts that find every agent busy, 0 to 1
   * @param probabilityOfAbandonment share of contacts that abandon, 0 to 1
   * @param serviceLevel share of all contacts answered within the time asked for, 0 to 1
   * @param asaSeconds mean wait of answered contacts, seconds; {@link Double#NaN} if nobody is answered
   * @param averageWaitSeconds mean time in queue over every contact (abandoned ones included), seconds
   * @param averageQueueLength mean number of contacts waiting
   * @param occupancy share of agent time handling contacts, 0 to 1
   * @since 0.1.0
   */
  public record Result(int agents, double probabilityOfWaiting, double probabilityOfAbandonment,
      double serviceLevel, double asaSeconds, double averageWaitSeconds, double averageQueueLength,
      double occupancy) {}

  /**
   * Evaluates an M/M/N+M system.
   *
   * @param traffic the traffic; not null
   * @param agents agents, 0 to {@link ErlangC#MAX_AGENTS}
   * @param meanPatience the mean time a contact waits before abandoning; positive; not null
   * @param within the answer time of the service level; zero or positive; not null
   * @return the figures; never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is out of range, or the queue would need more than
   *     {@link #MAX_QUEUE_STATES} states (patience extremely long for an overloaded system)
   */
  public static Result evaluate(Traffic traffic, int agents, Duration meanPatience, Duration within) {
    Objects.requireNonNull(traffic, "traffic");
    ErlangC.checkAgents(agents);
    double theta = 1.0 / checkPatience(meanPatience);
    double t = ErlangC.checkWithin(within);
    double lambda = traffic.arrivalsPerSecond();
    double mu = 1.0 / traffic.handleSeconds();
    int n0 = agents;
    if (lambda == 0) {
      return new Result(n0, 0, 0, 1, 0, 0, 0, 0);
    }
    // log weights of states 0..k
    double[] lw = new double[Math.max(16, n0 + 16)];
    double max = 0;
    int k = 0;
    while (true) {
      int n = k + 1;
      double d = Math.min(n, n0) * mu + Math.max(n - n0, 0) * theta;
      double ratio = lambda / d;
      if (n > n0 && ratio < 1 && lw[k] < max - LOG_CUTOFF) {
        break;
      }
      if (n - n0 > MAX_QUEUE_STATES) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "meanPatience %s is too long for %s Erlangs on %d agents: the queue needs more than %d states",
            meanPatience, traffic.erlangs(), n0, MAX_QUEUE_STATES));
      }
      if (n >= lw.length) {
        lw = Arrays.copyOf(lw, lw.length * 2);
      }
      lw[n] = lw[k] + Math.log(ratio);
      max = Math.max(max, lw[n]);
      k = n;
    }
    int last = k;
    double z = 0;
    double[] p = new double[last + 1];
    for (int n = 0; n <= last; n++) {
      p[n] = Math.exp(lw[n] - max);
      z += p[n];
    }
    double below = 0;
    for (int n = 0; n <= last; n++) {
      p[n] /= z;
      if (n < n0) {
        below += p[n];
      }
    }
    int positions = last - n0 + 1; // arrival positions 1..positions, position j sees n0 + j - 1 in system
    double nmu = n0 * mu;
    double lq = 0;
    double servedWaiting = 0;
    double waitServed = 0;
    double h = 0;
    double[] mass = new double[positions + 2];
    for (int j = 1; j <= positions; j++) {
      double q = p[n0 + j - 1];
      lq += (j - 1) * q;
      double rate = nmu + j * theta;
      h += 1.0 / rate;
      double served = nmu / rate;
      servedWaiting += q * served;
      waitServed += q * served * h;
      mass[j] = q * served;
    }
    double pWait = 1.0 - below;
    double pAbandon = Math.min(1.0, theta * lq / lambda);
    double pServed = below + servedWaiting;
    double sl = below + answeredWithin(mass, positions, nmu, theta, t);
    double asa = pServed > 0 ? waitServed / pServed : Double.NaN;
    double occupancy = n0 == 0 ? 0 : Math.min(1.0, lambda * (1 - pAbandon) / nmu);
    return new Result(n0, clamp(pWait), clamp(pAbandon), clamp(sl), asa, lq / lambda, lq, occupancy);
  }

  /** Mass (by starting position, already weighted by the chance to be served) reaching service within t. */
  private static double answeredWithin(double[] mass, int positions, double nmu, double theta, double t) {
    if (t == 0 || nmu == 0) {
      return 0;
    }
    double big = nmu + positions * theta;
    double l = big * t;
    int steps = (int) Math.ceil(l + 14 * Math.sqrt(l) + 40);
    // tail[k] = P(Poisson(l) >= k)
    double[] pk = new double[steps + 2];
    double logp = -l;
    for (int i = 0; i <= steps + 1; i++) {
      if (i > 0) {
        logp += Math.log(l / i);
      }
      pk[i] = Math.exp(logp);
    }
    double[] tail = new double[steps + 2];
    double acc = 0;
    for (int i = steps + 1; i >= 0; i--) {
      acc += pk[i];
      tail[i] = acc;
    }
    double[] m = mass.clone();
    double result = 0;
    int top = positions;
    for (int step = 1; step <= steps; step++) {
      double absorbed = m[1] * (nmu + theta) / big;
      // position i moves down with probability (nmu + i*theta)/big
      double carry = 0;
      for (int i = top; i >= 1; i--) {
        double move = m[i] * (nmu + i * theta) / big;
        m[i] = m[i] - move + carry;
        carry = move;
      }
      result += absorbed * tail[step];
      while (top > 1 && m[top] < 1e-300) {
        top--;
      }
    }
    return result;
  }

  /**
   * Returns the fewest agents that meet a goal under Erlang A (service level counts abandoned contacts as not
   * answered in time; ASA is over answered contacts).
   *
   * @param traffic the traffic; not null
   * @param meanPatience the mean patience; positive; not null
   * @param goal the goal; not null
   * @return the agents, 0 if there is no traffic
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is out of range or more than {@link ErlangC#MAX_AGENTS} agents
   *     would be needed
   */
  public static int agentsFor(Traffic traffic, Duration meanPatience, ServiceGoal goal) {
    Objects.requireNonNull(traffic, "traffic");
    Objects.requireNonNull(goal, "goal");
    checkPatience(meanPatience);
    if (traffic.arrivalsPerSecond() == 0) {
      return 0;
    }
    int lo = 0; // does not meet (no agent answers anyone)
    int hi = Math.max(1, (int) Math.ceil(traffic.erlangs()));
    while (!meets(traffic, hi, meanPatience, goal)) {
      lo = hi;
      if (hi >= ErlangC.MAX_AGENTS) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "goal %s needs more than %d agents", goal, ErlangC.MAX_AGENTS));
      }
      hi = (int) Math.min(ErlangC.MAX_AGENTS, 2L * hi);
    }
    while (hi - lo > 1) {
      int mid = lo + (hi - lo) / 2;
      if (meets(traffic, mid, meanPatience, goal)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  private static boolean meets(Traffic traffic, int agents, Duration patience, ServiceGoal goal) {
    Result r = evaluate(traffic, agents, patience, goal.time());
    return goal.isMetBy(r.serviceLevel(), Double.isNaN(r.asaSeconds()) ? Double.POSITIVE_INFINITY : r.asaSeconds());
  }

  private static double checkPatience(Duration meanPatience) {
    Objects.requireNonNull(meanPatience, "meanPatience");
    if (meanPatience.isNegative() || meanPatience.isZero()) {
      throw new IllegalArgumentException("meanPatience must be positive, but was " + meanPatience);
    }
    return meanPatience.toNanos() / 1e9;
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
