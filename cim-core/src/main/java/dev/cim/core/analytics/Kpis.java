package dev.cim.core.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes contact-center KPIs from {@link Fact}s, as one total or broken down by a {@link Dimension}.
 *
 * <h2>What the facts are</h2>
 * The facts given (a {@link FactLog} window, or any collection) are the whole world: facts are taken in time order
 * (then sequence), and a measure whose starting fact is not among them is not counted (an answer to a contact that
 * queued before the window has no wait). Each measure is counted in the group of the fact that completes it: waits by
 * the ANSWERED or ABANDONED fact, handle times by the terminal fact, FCR by the RESOLVED fact, response times by the
 * AGENT_MESSAGE fact, containment by the first bot fact, occupancy by the PRESENCE fact that began the interval, surveys by the SURVEY fact.
 *
 * <h2>Formulas</h2>
 * An interaction's <em>wait</em> starts at its first QUEUED fact (or its ARRIVED fact if it never queued) and ends at
 * its first ANSWERED fact (answered) or its ABANDONED fact before any answer (abandoned). T is the channel's
 * {@linkplain KpiConfig#serviceLevelThreshold(dev.cim.core.model.Channel) service-level threshold}, S the
 * {@linkplain KpiConfig#shortAbandon() short-abandon threshold}. With A answered, Aw answered with wait {@code <= T},
 * B abandoned, Bs abandoned with wait {@code < S}, Bt abandoned with wait {@code <= T}:
 * <ul>
 *   <li>Average Speed of Answer: {@code ASA = sum of waits of answered contacts / A}.
 *   <li>Service Level: {@code SL = Aw / D}, where D follows {@link KpiConfig#abandonedPolicy()}: {@code A}
 *       (EXCLUDED), {@code A + B} (COUNTED_AS_MISSED), {@code A + B - Bs} (SHORT_EXCLUDED, the default), or
 *       {@code A + B - Bt} (WITHIN_THRESHOLD_EXCLUDED).
 *   <li>Abandonment Rate: {@code (B - Bs) / (A + B - Bs)}.
 *   <li>Average Handle Time: {@code AHT = sum of (talk + hold + wrap-up) / handled}, over answered interactions that
 *       ended (RESOLVED, CLOSED, or ABANDONED after an answer); talk is the time from ANSWERED or HOLD_ENDED to the
 *       next state fact, hold from HOLD_STARTED to the next, wrap-up from WRAP_UP_STARTED to the next. The means of
 *       talk, hold and wrap-up alone are reported too.
 *   <li>First Contact Resolution: {@code FCR = (R - Rr) / R}, R the RESOLVED facts, Rr those followed by an ARRIVED
 *       fact on the same case within the {@linkplain KpiConfig#fcrWindow() FCR window} ({@code resolved < arrived <=
 *       resolved + window}).
 *   <li>First Response Time (written channels only): {@code FRT = sum over interactions of (first AGENT_MESSAGE - the
 *       first CUSTOMER_MESSAGE before it) / interactions with such a reply}. Average response time: the same for
 *       every AGENT_MESSAGE that follows unanswered customer messages, measured from the oldest of them. A
 *       BOT_HANDOFF fact (on a written channel) moves the start of the customer messages still unanswered to the
 *       hand-off: a customer the bot talked to waits for a human only from then, and bot replies (which give no
 *       fact) never stop the clock.
 *   <li>Occupancy: {@code busy / (available + busy)}, summing each agent's PRESENCE intervals (from one PRESENCE fact
 *       to the agent's next, the last one open until the end of the computation); AWAY and OFFLINE count in neither.
 *   <li>Transfer rate: {@code answered interactions transferred at least once after the answer / A}.
 *   <li>Bot containment: {@code BR / BE}, BE the interaction lives with a bot outcome (their first BOT_RESOLVED
 *       or BOT_HANDOFF fact, which decides the group), BR those whose first bot outcome is BOT_RESOLVED.
 *       Conversations still with the bot, or abandoned while with it, have no bot outcome and are not counted.
 *   <li>CSAT: {@code answers of 4 or 5 / CSAT answers}. NPS: see {@link Nps}. Customer Effort Score: the mean of CES
 *       answers.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Kpis {
  /** Time order, then sequence: the order of {@link FactLog#read}. */
  static final Comparator<Fact> ORDER = Comparator.comparing(Fact::at).thenComparingLong(Fact::sequence);
  static final String TOTAL = "";

  private final KpiConfig config;

  private Kpis(KpiConfig config) {
    this.config = config;
  }

  /**
   * Returns a calculator with the given settings.
   *
   * @param config the settings; not null
   * @return the calculator
   * @throws NullPointerException if {@code config} is null
   */
  public static Kpis of(KpiConfig config) {
    return new Kpis(Objects.requireNonNull(config, "config"));
  }

  /**
   * Returns the settings.
   *
   * @return the settings
   */
  public KpiConfig config() {
    return config;
  }

  /**
   * Computes the KPIs of the facts.
   *
   * @param facts the facts, in any order; not null, no null elements
   * @param end when the computation ends: open presence intervals count up to here; not null
   * @return the report
   * @throws NullPointerException if an argument or element is null
   */
  public KpiReport compute(Iterable<Fact> facts, Instant end) {
    return fold(facts, end, f -> TOTAL).getOrDefault(TOTAL, EMPTY);
  }

  /**
   * Computes the KPIs of a window of a log: {@code compute(log.read(from, to), to)}.
   *
   * @param log the log; not null
   * @param from the start, inclusive; not null
   * @param to the end, exclusive; not null
   * @return the report
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public KpiReport compute(FactLog log, Instant from, Instant to) {
    return compute(log.read(from, to), to);
  }

  /**
   * Computes the KPIs of the facts per value of a dimension (see the class documentation for which fact decides).
   *
   * @param facts the facts, in any order; not null, no null elements
   * @param end when the computation ends; not null
   * @param dimension the dimension; not null
   * @return a report for the key of every fact given (even one no measure counts in), sorted by key; facts without
   *     the dimension under {@link Dimension#NONE}
   * @throws NullPointerException if an argument or element is null
   */
  public Map<String, KpiReport> breakdown(Iterable<Fact> facts, Instant end, Dimension dimension) {
    Objects.requireNonNull(dimension, "dimension");
    return fold(facts, end, dimension::keyOf);
  }

  /**
   * Breaks down a window of a log: {@code breakdown(log.read(from, to), to, dimension)}.
   *
   * @param log the log; not null
   * @param from the start, inclusive; not null
   * @param to the end, exclusive; not null
   * @param dimension the dimension; not null
   * @return the report of each key, sorted by key
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public Map<String, KpiReport> breakdown(FactLog log, Instant from, Instant to, Dimension dimension) {
    return breakdown(log.read(from, to), to, dimension);
  }

  private Map<String, KpiReport> fold(Iterable<Fact> facts, Instant end, java.util.function.Function<Fact, String> key) {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(end, "end");
    List<Fact> sorted = new ArrayList<>();
    for (Fact f : facts) {
      sorted.add(Objects.requireNonNull(f, "fact"));
    }
    sorted.sort(ORDER);
    KpiAccumulator acc = new KpiAccumulator(config, key);
    sorted.forEach(acc::accept);
    return java.util.Collections.unmodifiableMap(acc.reports(end));
  }

  static final KpiReport EMPTY = new KpiReport(0, 0, 0, 0, Mean.NONE, Ratio.NONE, Ratio.NONE, Mean.NONE,
      Mean.NONE, Mean.NONE, Mean.NONE, Ratio.NONE, Mean.NONE, Mean.NONE, Ratio.NONE, Ratio.NONE, Ratio.NONE, Nps.NONE,
      Mean.NONE, Ratio.NONE);
}
