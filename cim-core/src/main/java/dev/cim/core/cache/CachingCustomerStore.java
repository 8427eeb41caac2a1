package dev.cim.core.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.spi.CustomerStore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A read cache in front of any {@link CustomerStore}: caches {@link #findById} and {@link #findByContactPoint}
 * (including "not found") in two Caffeine caches bounded by {@link CacheConfig}, and passes every write through.
 *
 * <h2>Own writes: never stale</h2>
 * Every write through this decorator, whether it succeeds or throws, removes afterwards the cache entries of what it
 * may have changed: the customer's id and the contact points of both the new version (given) and the old version (if
 * cached). Loads run inside Caffeine's per-key computation, and removal waits for a load of the same key in flight,
 * so a value loaded before a write cannot be cached after it. The contact-point cache maps a contact point to the
 * owner's id only; a hit is checked against the owner's current (cached) value, and if the owner no longer holds the
 * contact point (it was removed by an update or an erasure whose old version was not cached) the entry is dropped and
 * the store asked. So once a write through this decorator has returned, no read through it returns a value older
 * than that write.
 *
 * <h2>Other writers: stale for at most {@code expireAfterWrite}</h2>
 * Writes that bypass this decorator (another process, another decorator instance over the same database, direct
 * SQL) are not seen until the entry expires: a read may return a value up to {@link CacheConfig#expireAfterWrite()}
 * old, including a customer that was since erased or a contact point that was since moved. If several processes write
 * the same customers, keep that bound short or use no cache.
 *
 * <p>Contract: the wrapped store's rules CS-1 to CS-10 still hold (the decorator passes the cim-tck kit). Exceptions
 * of the wrapped store pass through unchanged. Null arguments throw {@link NullPointerException} before any effect.
 *
 * <p>Thread-safe if the wrapped store is.
 */
public final class CachingCustomerStore implements CustomerStore {
  private static final int ATTEMPTS = 3;

  private final CustomerStore delegate;
  private final Cache<CustomerId, Optional<Customer>> byId;
  private final Cache<ContactPoint, Optional<CustomerId>> byContactPoint;

  private CachingCustomerStore(CustomerStore delegate, CacheConfig config) {
    this.delegate = delegate;
    this.byId = config.caffeine().build();
    this.byContactPoint = config.caffeine().build();
  }

  /**
   * Wraps a store with the default bounds ({@link CacheConfig#ofDefaults()}).
   *
   * @param store the store to cache; not null
   * @return the caching store
   * @throws NullPointerException if {@code store} is null
   */
  public static CachingCustomerStore wrap(CustomerStore store) {
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
  public static CachingCustomerStore wrap(CustomerStore store, CacheConfig config) {
    return new CachingCustomerStore(Objects.requireNonNull(store, "store"), Objects.requireNonNull(config, "config"));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Served from the cache when present; a miss loads from the wrapped store and caches the result, also when empty.
   */
  @Override
  public Optional<Customer> findById(CustomerId id) {
    Objects.requireNonNull(id, "id");
    return byId.get(id, delegate::findById);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Served from the cache when the cached owner still holds the contact point; otherwise loaded from the wrapped
   * store.
   */
  @Override
  public Optional<Customer> findByContactPoint(ContactPoint contactPoint) {
    Objects.requireNonNull(contactPoint, "contactPoint");
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Customer[] fresh = new Customer[1];
      boolean[] loaded = new boolean[1];
      Optional<CustomerId> owner = byContactPoint.get(contactPoint, cp -> {
        Optional<Customer> found = delegate.findByContactPoint(cp);
        fresh[0] = found.orElse(null);
        loaded[0] = true;
        return found.map(Customer::id);
      });
      if (loaded[0]) {
        return Optional.ofNullable(fresh[0]);
      }
      if (owner.isEmpty()) {
        return Optional.empty();
      }
      Optional<Customer> customer = findById(owner.get());
      if (customer.isPresent() && customer.get().hasContactPoint(contactPoint)) {
        return customer;
      }
      byContactPoint.asMap().remove(contactPoint, owner);
    }
    return delegate.findByContactPoint(contactPoint);
  }

  /** {@inheritDoc} Then removes the customer's entries, also when it throws. */
  @Override
  public Customer create(Customer customer) {
    Objects.requireNonNull(customer, "customer");
    try {
      return delegate.create(customer);
    } finally {
      forget(customer.id(), customer.contactPoints(), null);
    }
  }

  /** {@inheritDoc} Then removes the entries of the customer and of the contact points of both versions. */
  @Override
  public Customer update(Customer customer) {
    Objects.requireNonNull(customer, "customer");
    Optional<Customer> old = byId.policy().getIfPresentQuietly(customer.id());
    try {
      return delegate.update(customer);
    } finally {
      forget(customer.id(), customer.contactPoints(), old);
    }
  }

  /** {@inheritDoc} Then removes the customer's entries and those of its contact points, also when it throws. */
  @Override
  public boolean erase(CustomerId id) {
    Objects.requireNonNull(id, "id");
    Optional<Customer> old = byId.policy().getIfPresentQuietly(id);
    try {
      return delegate.erase(id);
    } finally {
      forget(id, Set.of(), old);
    }
  }

  private void forget(CustomerId id, Set<ContactPoint> points, Optional<Customer> old) {
    byId.invalidate(id);
    byContactPoint.invalidateAll(points);
    if (old != null && old.isPresent()) {
      byContactPoint.invalidateAll(old.get().contactPoints());
    }
  }

  /**
   * Returns the hit and miss statistics of the two caches, named {@code "customersById"} and
   * {@code "customersByContactPoint"}. A contact-point hit also reads the owner by id, which counts in the first.
   *
   * @return a snapshot, in that order; never null
   */
  public Map<String, CacheStats> stats() {
    Map<String, CacheStats> m = new LinkedHashMap<>();
    m.put("customersById", byId.stats());
    m.put("customersByContactPoint", byContactPoint.stats());
    return Collections.unmodifiableMap(m);
  }

  /**
   * Returns how many entries the two caches hold, approximately.
   *
   * @return the estimated number of entries, {@code >= 0}
   */
  public long estimatedSize() {
    return byId.estimatedSize() + byContactPoint.estimatedSize();
  }

  /**
   * Performs pending maintenance (expiry, eviction) now; Caffeine does it lazily otherwise. For tests and metrics.
   */
  public void cleanUp() {
    byId.cleanUp();
    byContactPoint.cleanUp();
  }
}
