package dev.cim.core.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The bounds of the caching store decorators: how many entries each cache holds, how long an entry lives, and the
 * time source and executor Caffeine uses.
 *
 * <pre>{@code
 * CacheConfig config = CacheConfig.custom()
 *     .maximumSize(50_000)
 *     .expireAfterWrite(Duration.ofSeconds(10))   // the staleness bound when other processes write
 *     .build();
 * CustomerStore customers = CachingCustomerStore.wrap(jdbcCustomers, config);
 * }</pre>
 *
 * <p>{@code expireAfterWrite} is the longest an entry is served after it was loaded. A write through a decorator
 * removes what it changes at once, so it bounds only the staleness caused by writers that bypass the decorator (other
 * processes, other decorator instances, direct SQL).
 *
 * <p>Immutable and thread-safe.
 */
public final class CacheConfig {
  /** The default most entries per cache: 10,000. */
  public static final long DEFAULT_MAXIMUM_SIZE = 10_000;
  /** The default time an entry lives after it was loaded: 30 seconds. */
  public static final Duration DEFAULT_EXPIRE_AFTER_WRITE = Duration.ofSeconds(30);

  private static final CacheConfig DEFAULTS = new Builder().build();

  private final long maximumSize;
  private final Duration expireAfterWrite;
  private final Ticker ticker;
  private final Executor executor;

  private CacheConfig(Builder b) {
    this.maximumSize = b.maximumSize;
    this.expireAfterWrite = b.expireAfterWrite;
    this.ticker = b.ticker;
    this.executor = b.executor;
  }

  /**
   * Returns the default configuration: {@link #DEFAULT_MAXIMUM_SIZE} entries, {@link #DEFAULT_EXPIRE_AFTER_WRITE},
   * the system ticker and Caffeine's default executor.
   *
   * @return the defaults; never null
   */
  public static CacheConfig ofDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder starting from the defaults.
   *
   * @return a new builder; never null
   */
  public static Builder custom() {
    return new Builder();
  }

  /**
   * Returns a builder starting from another configuration.
   *
   * @param base the configuration to copy; not null
   * @return a new builder; never null
   * @throws NullPointerException if {@code base} is null
   */
  public static Builder from(CacheConfig base) {
    Objects.requireNonNull(base, "base");
    Builder b = new Builder();
    b.maximumSize = base.maximumSize;
    b.expireAfterWrite = base.expireAfterWrite;
    b.ticker = base.ticker;
    b.executor = base.executor;
    return b;
  }

  /**
   * Returns the most entries each cache of a decorator holds.
   *
   * @return the size bound, {@code >= 1}
   */
  public long maximumSize() {
    return maximumSize;
  }

  /**
   * Returns how long an entry is served after it was loaded.
   *
   * @return a positive duration; never null
   */
  public Duration expireAfterWrite() {
    return expireAfterWrite;
  }

  /**
   * Returns the time source of expiry.
   *
   * @return the ticker; never null
   */
  public Ticker ticker() {
    return ticker;
  }

  /**
   * Returns the executor Caffeine runs maintenance on, if one was set.
   *
   * @return the executor, or empty for Caffeine's default ({@code ForkJoinPool.commonPool()})
   */
  public Optional<Executor> executor() {
    return Optional.ofNullable(executor);
  }

  /** Returns a Caffeine builder with these bounds and statistics on. */
  Caffeine<Object, Object> caffeine() {
    Caffeine<Object, Object> c = Caffeine.newBuilder()
        .maximumSize(maximumSize)
        .expireAfterWrite(expireAfterWrite)
        .ticker(ticker)
        .recordStats();
    if (executor != null) {
      c.executor(executor);
    }
    return c;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "CacheConfig[maximumSize=%d, expireAfterWrite=%s, ticker=%s, executor=%s]",
        maximumSize, expireAfterWrite, ticker, executor == null ? "default" : executor);
  }

  /**
   * Builds a {@link CacheConfig}; each setter validates its value.
   *
   * <p>Not thread-safe; use one builder on one thread.
   */
  public static final class Builder {
    private long maximumSize = DEFAULT_MAXIMUM_SIZE;
    private Duration expireAfterWrite = DEFAULT_EXPIRE_AFTER_WRITE;
    private Ticker ticker = Ticker.systemTicker();
    private Executor executor;

    private Builder() {}

    /**
     * Sets the most entries each cache holds; the least recently and frequently used are evicted first.
     *
     * @param size the bound, {@code >= 1}
     * @return this builder
     * @throws IllegalArgumentException if {@code size} is less than 1
     */
    public Builder maximumSize(long size) {
      if (size < 1) {
        throw new IllegalArgumentException("maximumSize must be >= 1, but was " + size);
      }
      this.maximumSize = size;
      return this;
    }

    /**
     * Sets how long an entry is served after it was loaded: the bound on staleness caused by other writers.
     *
     * @param duration a positive duration; not null
     * @return this builder
     * @throws NullPointerException if {@code duration} is null
     * @throws IllegalArgumentException if {@code duration} is zero or negative
     */
    public Builder expireAfterWrite(Duration duration) {
      Objects.requireNonNull(duration, "duration");
      if (duration.isZero() || duration.isNegative()) {
        throw new IllegalArgumentException("expireAfterWrite must be positive, but was " + duration);
      }
      this.expireAfterWrite = duration;
      return this;
    }

    /**
     * Sets the time source of expiry; tests pass a fake ticker to move time by hand.
     *
     * @param ticker the ticker; not null
     * @return this builder
     * @throws NullPointerException if {@code ticker} is null
     */
    public Builder ticker(Ticker ticker) {
      this.ticker = Objects.requireNonNull(ticker, "ticker");
      return this;
    }

    /**
     * Sets the executor Caffeine runs maintenance (eviction, removal) on; tests pass {@code Runnable::run}.
     *
     * @param executor the executor; not null
     * @return this builder
     * @throws NullPointerException if {@code executor} is null
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration; never null
     */
    public CacheConfig build() {
      return new CacheConfig(this);
    }
  }
}
