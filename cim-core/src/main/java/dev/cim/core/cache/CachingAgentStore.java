package dev.cim.core.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.cim.core.model.Agent;
import dev.cim.core.model.AgentId;
import dev.cim.core.spi.AgentStore;
import dev.cim.core.spi.Page;
import dev.cim.core.spi.PageRequest;
import java.util.Objects;
import java.util.Optional;

/**
 * A read cache in front of any {@link AgentStore}: caches {@link #findById} (including "not found") in a Caffeine
 * cache bounded by {@link CacheConfig}; {@link #findAll} and every write pass through.
 *
 * <p>Own writes are never stale: {@link #create}, {@link #update} and {@link #delete} remove the agent's entry
 * afterwards, also when they throw, and removal waits for a load of the same id in flight, so a value loaded before a
 * write is never cached after it. Writes that bypass this decorator (other processes) are seen only when the entry
 * expires, after at most {@link CacheConfig#expireAfterWrite()}.
 *
 * <p>Contract: the wrapped store's rules AS-1 to AS-9 still hold. Exceptions of the wrapped store pass through
 * unchanged. Null arguments throw {@link NullPointerException} before any effect.
 *
 * <p>Thread-safe if the wrapped store is.
 */
public final class CachingAgentStore implements AgentStore {
  private final AgentStore delegate;
  private final Cache<AgentId, Optional<Agent>> byId;

  private CachingAgentStore(AgentStore delegate, CacheConfig config) {
    this.delegate = delegate;
    this.byId = config.caffeine().build();
  }

  /**
   * Wraps a store with the default bounds ({@link CacheConfig#ofDefaults()}).
   *
   * @param store the store to cache; not null
   * @return the caching store
   * @throws NullPointerException if {@code store} is null
   */
  public static CachingAgentStore wrap(AgentStore store) {
    return wrap(store, CacheConfig.ofDefaults());
  }

  /**
   * Wraps a store.
   *
   * @param store the store to cache; not null
   * @param config the bounds; not null
   * @return the caching store
   * @throws NullPointerException if an argument is null
   */
  public static CachingAgentStore wrap(AgentStore store, CacheConfig config) {
    return new CachingAgentStore(Objects.requireNonNull(store, "store"), Objects.requireNonNull(config, "config"));
  }

  /** {@inheritDoc} Served from the cache when present; a miss loads and caches the result, also when empty. */
  @Override
  public Optional<Agent> findById(AgentId id) {
    Objects.requireNonNull(id, "id");
    return byId.get(id, delegate::findById);
  }

  /** {@inheritDoc} Then removes the agent's entry, also when it throws. */
  @Override
  public Agent create(Agent agent) {
    Objects.requireNonNull(agent, "agent");
    try {
      return delegate.create(agent);
    } finally {
      byId.invalidate(agent.id());
    }
  }

  /** {@inheritDoc} Then removes the agent's entry, also when it throws. */
  @Override
  public Agent update(Agent agent) {
    Objects.requireNonNull(agent, "agent");
    try {
      return delegate.update(agent);
    } finally {
      byId.invalidate(agent.id());
    }
  }

  /** {@inheritDoc} Passes through. */
  @Override
  public Page<Agent> findAll(PageRequest page) {
    return delegate.findAll(Objects.requireNonNull(page, "page"));
  }

  /** {@inheritDoc} Then removes the agent's entry, also when it throws. */
  @Override
  public boolean delete(AgentId id) {
    Objects.requireNonNull(id, "id");
    try {
      return delegate.delete(id);
    } finally {
      byId.invalidate(id);
    }
  }

  /**
   * Returns the hit and miss statistics of the cache.
   *
   * @return a snapshot; never null
   */
  public CacheStats stats() {
    return byId.stats();
  }

  /**
   * Returns how many entries the cache holds, approximately.
   *
   * @return the estimated number of entries, {@code >= 0}
   */
  public long estimatedSize() {
    return byId.estimatedSize();
  }
}
