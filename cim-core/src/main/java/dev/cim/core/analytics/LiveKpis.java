package dev.cim.core.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The KPIs of the current interval, kept up to date fact by fact for a live dashboard. Intervals are
 * {@code [origin + k * interval, origin + (k + 1) * interval)}; a fact in a later interval starts a new one, and
 * {@link #snapshot(Instant)} then equals {@link Kpis#compute(Iterable, Instant)} over the facts of that interval (a
 * property test checks it).
 *
 * <pre>{@code
 * LiveKpis live = LiveKpis.create(KpiConfig.ofDefaults(), Duration.ofMinutes(15), dayStart, Dimension.QUEUE);
 * FactRecorder recorder = FactRecorder.attach(hub, log, live::accept);
 * KpiReport now = live.snapshot(clock.instant());
 * }</pre>
 *
 * <p>Facts must come in time order (the order of the clock that stamps them, as {@link FactRecorder} delivers them);
 * a fact older than the last one accepted is rejected. When several threads record at once, a fact stamped a moment
 * before another may reach this class after it and be rejected (the {@link FactLog} still has it, and a batch
 * computation over the log counts it); serialise the producers, or recompute from the log, where that matters. The
 * state held is bounded by the open interactions, the agents
 * and the resolutions inside the FCR window, plus the totals of the current interval.
 *
 * <p>Thread-safe: every method is synchronized.
 *
 * @since 0.1.0
 */
public final class LiveKpis {
  private final KpiConfig config;
  private final Duration interval;
  private final Instant origin;
  private final Dimension[] dimensions;
  private Instant intervalStart;
  private Instant lastAt;
  private KpiAccumulator total;
  private final Map<Dimension, KpiAccumulator> byDimension = new EnumMap<>(Dimension.class);

  private LiveKpis(KpiConfig config, Duration interval, Instant origin, Dimension[] dimensions) {
    this.config = config;
    this.interval = interval;
    this.origin = origin;
    this.dimensions = dimensions.clone();
    this.intervalStart = origin;
    reset();
  }

  /**
   * Creates live KPIs.
   *
   * @param config the formulas' settings; not null
   * @param interval the interval length, {@code > 0}; not null
   * @param origin the start of the first interval; not null
   * @param dimensions the dimensions to break down by, besides the total; not null, no null elements
   * @return the live KPIs, with an empty first interval
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if {@code interval} is not positive
   */
  public static LiveKpis create(KpiConfig config, Duration interval, Instant origin, Dimension... dimensions) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(interval, "interval");
    if (interval.isZero() || interval.isNegative()) {
      throw new IllegalArgumentException("interval must be > 0, but was " + interval);
    }
    Objects.requireNonNull(origin, "origin");
    for (Dimension d : Objects.requireNonNull(dimensions, "dimensions")) {
      Objects.requireNonNull(d, "dimension");
    }
    return new LiveKpis(config, interval, origin, dimensions);
  }

  private void reset() {
    total = new KpiAccumulator(config, f -> Kpis.TOTAL);
    byDimension.clear();
    for (Dimension d : dimensions) {
      byDimension.put(d, new KpiAccumulator(config, d::keyOf));
    }
  }

  /**
   * Takes a fact into account, first moving to the fact's interval if it is a later one.
   *
   * @param fact the fact; not null
   * @throws NullPointerException if {@code fact} is null
   * @throws IllegalArgumentException if the fact is before the origin or before the last fact accepted; nothing
   *     changes then
   */
  public synchronized void accept(Fact fact) {
    Objects.requireNonNull(fact, "fact");
    if (fact.at().isBefore(origin)) {
      throw new IllegalArgumentException("at of the fact must not be before the origin " + origin + ", but was "
          + fact.at());
    }
    if (lastAt != null && fact.at().isBefore(lastAt)) {
      throw new IllegalArgumentException("at of the fact must not be before the last accepted fact's " + lastAt
          + ", but was " + fact.at());
    }
    Instant start = intervalOf(fact.at());
    if (!start.equals(intervalStart)) {
      intervalStart = start;
      reset();
    }
    lastAt = fact.at();
    total.accept(fact);
    byDimension.values().forEach(a -> a.accept(fact));
  }

  private Instant intervalOf(Instant at) {
    long n = Duration.between(origin, at).toMillis() / interval.toMillis();
    return origin.plus(interval.multipliedBy(n));
  }

  /**
   * Returns the start of the current interval.
   *
   * @return the start; the origin until a fact moves it on
   */
  public synchronized Instant intervalStart() {
    return intervalStart;
  }

  /**
   * Returns the KPIs of the current interval.
   *
   * @param now the time to count open presence intervals up to; not null
   * @return the report
   * @throws NullPointerException if {@code now} is null
   */
  public synchronized KpiReport snapshot(Instant now) {
    Objects.requireNonNull(now, "now");
    return total.reports(now).getOrDefault(Kpis.TOTAL, Kpis.EMPTY);
  }

  /**
   * Returns the KPIs of the current interval broken down by a dimension given at creation.
   *
   * @param dimension the dimension; not null
   * @param now the time to count open presence intervals up to; not null
   * @return the report of each key, sorted by key
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the dimension was not given at creation
   */
  public synchronized Map<String, KpiReport> snapshot(Dimension dimension, Instant now) {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(now, "now");
    KpiAccumulator a = byDimension.get(dimension);
    if (a == null) {
      throw new IllegalArgumentException("dimension must be one given at creation " + byDimension.keySet()
          + ", but was " + dimension);
    }
    return Collections.unmodifiableMap(a.reports(now));
  }
}
