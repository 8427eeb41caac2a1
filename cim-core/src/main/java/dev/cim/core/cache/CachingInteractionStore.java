package dev.cim.core.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.Message;
import dev.cim.core.spi.DuplicateEntityException;
import dev.cim.core.spi.EntityNotFoundException;
import dev.cim.core.spi.InteractionStore;
import dev.cim.core.spi.Page;
import dev.cim.core.spi.PageRequest;
import dev.cim.core.spi.VersionConflictException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A read cache in front of any {@link InteractionStore}: caches {@link #findById} (including "not found") and the
 * first page of each customer's {@link #timeline} (per page size) in Caffeine caches bounded by {@link CacheConfig}.
 * Every other query (later timeline pages, by customer, by state, by case, messages of one interaction) and every
 * write passes through to the wrapped store.
 *
 * <h2>Own writes: never stale</h2>
 * A write through this decorator, whether it succeeds or throws, invalidates afterwards what it may have changed:
 * <ul>
 *   <li>{@link #create} and {@link #update} remove the interaction's entry; an update that moves the interaction to
 *       another customer also invalidates the timelines of both customers;
 *   <li>{@link #appendMessage} invalidates the timeline of the interaction's customer;
 *   <li>{@link #eraseCustomer} invalidates the customer's timeline and every cached interaction (erasure is rare, and
 *       the decorator cannot list a customer's interactions without asking the store).
 * </ul>
 * Timelines and erasure are invalidated by epochs rather than by key: each cached value records an epoch read just
 * before it was loaded from the store, and a write increments the epoch after it reached the store, so a value that
 * may predate the write is loaded again, even if its load was still in flight during the write. Timeline epochs are
 * striped by customer (1024 stripes): a write to one customer's timeline may also reload another's that shares its
 * stripe, never the reverse. So once a write through this decorator has returned, no read through it returns a value
 * older than that write.
 *
 * <h2>Other writers: stale for at most {@code expireAfterWrite}</h2>
 * Writes that bypass this decorator (another process, another decorator instance, direct SQL) are not seen until the
 * entry expires: for up to {@link CacheConfig#expireAfterWrite()} a read may return an interaction in an older state,
 * a timeline first page without the newest messages, or data of an erased customer.
 *
 * <p>Contract: the wrapped store's rules IS-1 to IS-15 still hold (the decorator passes the cim-tck kit). Exceptions of
 * the wrapped store pass through unchanged. Null arguments throw {@link NullPointerException} before any effect.
 *
 * <p>Thread-safe if the wrapped store is.
 */
public final class CachingInteractionStore implements InteractionStore {
  private static final int ATTEMPTS = 3;
  private static final int STRIPES = 1024;

  private final InteractionStore delegate;
  private final Cache<InteractionId, Loaded<Optional<Interaction>>> byId;
  private final Cache<TimelineKey, Loaded<Page<Message>>> timelines;
  /** Incremented after every erasure: every cached interaction loaded before it is loaded again. */
  private final AtomicLong erasures = new AtomicLong();
  /** Incremented when the decorator cannot tell whose timeline a write changed: every timeline is loaded again. */
  private final AtomicLong allTimelines = new AtomicLong();
  private final AtomicLongArray timelineStripes = new AtomicLongArray(STRIPES);

  /** A timeline's first page of one size. */
  private record TimelineKey(CustomerId customerId, int size) {}

  private CachingInteractionStore(InteractionStore delegate, CacheConfig config) {
    this.delegate = delegate;
    this.byId = config.caffeine().build();
    this.timelines = config.caffeine().build();
  }

  /**
   * Wraps a store with the default bounds ({@link CacheConfig#ofDefaults()}).
   *
   * @param store the store to cache; not null
   * @return the caching store
   * @throws NullPointerException if {@code store} is null
   */
  public static CachingInteractionStore wrap(InteractionStore store) {
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
  public static CachingInteractionStore wrap(InteractionStore store, CacheConfig config) {
    return new CachingInteractionStore(Objects.requireNonNull(store, "store"),
        Objects.requireNonNull(config, "config"));
  }

  /** {@inheritDoc} Served from the cache when present; a miss loads and caches the result, also when empty. */
  @Override
  public Optional<Interaction> findById(InteractionId id) {
    Objects.requireNonNull(id, "id");
    return cached(byId, id, erasures::get, () -> delegate.findById(id));
  }

  /** {@inheritDoc} Then removes the interaction's entry, also when it throws. */
  @Override
  public Interaction create(Interaction interaction) {
    Objects.requireNonNull(interaction, "interaction");
    try {
      return delegate.create(interaction);
    } finally {
      byId.invalidate(interaction.id());
    }
  }

  /**
   * {@inheritDoc} Reads the stored interaction first (through the cache) to learn its customer; afterwards removes
   * its entry and, if the customer changed, invalidates both customers' timelines (all timelines if the stored
   * customer could not be told).
   */
  @Override
  public Interaction update(Interaction interaction) {
    Objects.requireNonNull(interaction, "interaction");
    Optional<Interaction> before = findById(interaction.id());
    try {
      Interaction updated = delegate.update(interaction);
      if (before.isPresent() && before.get().version() == interaction.version()) {
        // The cached value was the stored one: we know the customer the interaction had.
        CustomerId from = before.get().customerId();
        if (!from.equals(interaction.customerId())) {
          bumpTimeline(from);
          bumpTimeline(interaction.customerId());
        }
      } else {
        allTimelines.incrementAndGet();
      }
      return updated;
    } catch (VersionConflictException | EntityNotFoundException | IllegalArgumentException e) {
      throw e; // the SPI says these write nothing
    } catch (RuntimeException | Error e) {
      allTimelines.incrementAndGet(); // may or may not have been written: we cannot tell whose timeline changed
      throw e;
    } finally {
      byId.invalidate(interaction.id());
    }
  }

  /** {@inheritDoc} Passes through. */
  @Override
  public Page<Interaction> findByCustomer(CustomerId customerId, PageRequest page) {
    return delegate.findByCustomer(Objects.requireNonNull(customerId, "customerId"),
        Objects.requireNonNull(page, "page"));
  }

  /** {@inheritDoc} Passes through. */
  @Override
  public List<Interaction> findOpenByCustomer(CustomerId customerId) {
    return delegate.findOpenByCustomer(Objects.requireNonNull(customerId, "customerId"));
  }

  /** {@inheritDoc} Passes through. */
  @Override
  public Page<Interaction> findByState(InteractionState state, PageRequest page) {
    return delegate.findByState(Objects.requireNonNull(state, "state"), Objects.requireNonNull(page, "page"));
  }

  /** {@inheritDoc} Passes through. */
  @Override
  public List<Interaction> findByCase(CaseId caseId) {
    return delegate.findByCase(Objects.requireNonNull(caseId, "caseId"));
  }

  /**
   * {@inheritDoc} Afterwards reads the interaction (through the cache) and invalidates its customer's timeline; if it
   * cannot tell the customer, invalidates every timeline.
   */
  @Override
  public Message appendMessage(Message message) {
    Objects.requireNonNull(message, "message");
    boolean written = false;
    try {
      Message stored = delegate.appendMessage(message);
      written = true;
      return stored;
    } catch (DuplicateEntityException | EntityNotFoundException e) {
      throw e; // the SPI says these write nothing
    } catch (RuntimeException | Error e) {
      written = true; // may or may not have been written
      throw e;
    } finally {
      if (written) {
        forgetTimelineOf(message.interactionId());
      }
    }
  }

  /** {@inheritDoc} Passes through. */
  @Override
  public Page<Message> findMessages(InteractionId interactionId, PageRequest page) {
    return delegate.findMessages(Objects.requireNonNull(interactionId, "interactionId"),
        Objects.requireNonNull(page, "page"));
  }

  /**
   * {@inheritDoc} A first page (no cursor) is served from the cache when present; later pages pass through (their
   * cursors belong to the wrapped store).
   */
  @Override
  public Page<Message> timeline(CustomerId customerId, PageRequest page) {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(page, "page");
    if (page.cursor().isPresent()) {
      return delegate.timeline(customerId, page);
    }
    return cached(timelines, new TimelineKey(customerId, page.size()), () -> timelineEpoch(customerId),
        () -> delegate.timeline(customerId, page));
  }

  /**
   * {@inheritDoc} Afterwards, also when it throws, invalidates the customer's timeline and every cached interaction.
   */
  @Override
  public ErasedCount eraseCustomer(CustomerId customerId) {
    Objects.requireNonNull(customerId, "customerId");
    try {
      return delegate.eraseCustomer(customerId);
    } finally {
      erasures.incrementAndGet();
      bumpTimeline(customerId);
      byId.asMap().values().removeIf(l -> l.value().map(i -> i.customerId().equals(customerId)).orElse(false));
    }
  }

  /**
   * Returns the hit and miss statistics of the two caches, named {@code "interactionsById"} and
   * {@code "timelineFirstPages"}. A hit on a value that an epoch shows to be outdated counts as a hit and then as a
   * miss.
   *
   * @return a snapshot, in that order; never null
   */
  public Map<String, CacheStats> stats() {
    Map<String, CacheStats> m = new LinkedHashMap<>();
    m.put("interactionsById", byId.stats());
    m.put("timelineFirstPages", timelines.stats());
    return Collections.unmodifiableMap(m);
  }

  /**
   * Returns how many entries the two caches hold, approximately.
   *
   * @return the estimated number of entries, {@code >= 0}
   */
  public long estimatedSize() {
    return byId.estimatedSize() + timelines.estimatedSize();
  }

  /** Performs pending maintenance (expiry, eviction) now; Caffeine does it lazily otherwise. For tests and metrics. */
  public void cleanUp() {
    byId.cleanUp();
    timelines.cleanUp();
  }

  // ---------------------------------------------------------------- epochs

  private void forgetTimelineOf(InteractionId interactionId) {
    try {
      Optional<Interaction> i = findById(interactionId);
      if (i.isPresent()) {
        bumpTimeline(i.get().customerId());
      }
    } catch (RuntimeException e) {
      allTimelines.incrementAndGet();
      throw e;
    }
  }

  private static int stripe(CustomerId customerId) {
    int h = customerId.hashCode();
    return (h ^ (h >>> 16)) & (STRIPES - 1);
  }

  private void bumpTimeline(CustomerId customerId) {
    timelineStripes.incrementAndGet(stripe(customerId));
  }

  /** The sum of the global and the customer's stripe epoch: both only grow, so any increment changes it. */
  private long timelineEpoch(CustomerId customerId) {
    return allTimelines.get() + timelineStripes.get(stripe(customerId));
  }

  /**
   * Reads through a cache whose values carry the epoch read before their load. A value with an older epoch is removed
   * (only if still the same value) and loaded again; after a few such rounds (writes racing the reads) the store is
   * asked directly.
   */
  private static <K, V> V cached(Cache<K, Loaded<V>> cache, K key, LongSupplier epoch,
      Supplier<V> load) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Loaded<V> l = cache.get(key, k -> {
        long e = epoch.getAsLong();
        return new Loaded<>(load.get(), e);
      });
      if (l.epoch() == epoch.getAsLong()) {
        return l.value();
      }
      cache.asMap().remove(key, l);
    }
    return load.get();
  }
}
