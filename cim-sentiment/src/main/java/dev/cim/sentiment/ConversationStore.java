package dev.cim.sentiment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A bounded map for {@link SentimentAnalyzer}'s per-conversation state that drops the entry <em>written</em> least
 * recently: an entry is stamped with the injected clock's time when it is written (created, or touched by
 * {@link #compute}/{@link #put}), and only writes reorder; reads never do.
 *
 * <p>The map is split into segments, each a {@link LinkedHashMap} in write order guarded by its own monitor. A key
 * goes to the segment of its <em>route</em> ({@code route.apply(key)}), so keys with the same route (an interaction's
 * customer and agent trackers) share a segment and can be changed together under {@link #locked}. Each segment holds
 * its share of {@code maximumSize} (the shares add up to it exactly); on every write the segment first drops the
 * entries idle for {@code expireAfterIdle} or longer from its head (oldest write first), then evicts its head while it
 * holds more than its share. The segment count is the largest power of two up to {@value #MAX_SEGMENTS} that leaves at
 * least {@value #MIN_PER_SEGMENT} entries per segment, so a store of fewer than {@code 2 * MIN_PER_SEGMENT} entries is
 * one segment and exactly least-recently-written; a larger one is so per segment.
 *
 * <p>Thread-safe. Values are mutable objects changed only under their segment's monitor (in {@link #compute} or
 * {@link #read}); they must not be used outside it.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class ConversationStore<K, V> {
  /** At most this many segments. */
  static final int MAX_SEGMENTS = 16;
  /** A segment holds at least this many entries, unless the whole store holds fewer. */
  static final int MIN_PER_SEGMENT = 64;

  private final Function<? super K, ?> route;
  private final Clock clock;
  /** Nanoseconds of idleness after which an entry is dropped; {@link Long#MAX_VALUE} for never. */
  private final long idleNanos;
  private final Segment<K, V>[] segments;

  private static final class Stamped<V> {
    final V value;
    final long writtenNanos;

    Stamped(V value, long writtenNanos) {
      this.value = value;
      this.writtenNanos = writtenNanos;
    }
  }

  private static final class Segment<K, V> {
    final long capacity;
    final LinkedHashMap<K, Stamped<V>> map = new LinkedHashMap<>();

    Segment(long capacity) {
      this.capacity = capacity;
    }
  }

  /**
   * Creates a store.
   *
   * @param maximumSize the most entries held; at least 1
   * @param expireAfterIdle how long after its last write an entry is dropped; null for never
   * @param clock the clock of the write stamps; not null
   * @param route the key's route, which picks its segment; not null, never returns null
   */
  @SuppressWarnings("unchecked")
  ConversationStore(long maximumSize, Duration expireAfterIdle, Clock clock, Function<? super K, ?> route) {
    if (maximumSize < 1) {
      throw new IllegalArgumentException("maximumSize must be >= 1, but was " + maximumSize);
    }
    this.clock = Objects.requireNonNull(clock, "clock");
    this.route = Objects.requireNonNull(route, "route");
    this.idleNanos = expireAfterIdle == null ? Long.MAX_VALUE : saturatedNanos(expireAfterIdle);
    int count = segmentCount(maximumSize);
    this.segments = new Segment[count];
    for (int k = 0; k < count; k++) {
      segments[k] = new Segment<>(maximumSize / count + (k < maximumSize % count ? 1 : 0));
    }
  }

  /** The number of segments for a bound: a power of two, at most {@link #MAX_SEGMENTS}. */
  static int segmentCount(long maximumSize) {
    int count = 1;
    while (count < MAX_SEGMENTS && maximumSize / (count * 2L) >= MIN_PER_SEGMENT) {
      count *= 2;
    }
    return count;
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  private long now() {
    Instant t = clock.instant();
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }

  private Segment<K, V> segment(Object routeValue) {
    int h = routeValue.hashCode();
    h ^= h >>> 16;
    return segments[h & (segments.length - 1)];
  }

  private Segment<K, V> segmentOf(K key) {
    return segment(route.apply(key));
  }

  private boolean expired(Stamped<V> s, long now) {
    return idleNanos != Long.MAX_VALUE && now - s.writtenNanos >= idleNanos;
  }

  /** The live entry of the key, or null; an expired one is removed. Under the segment's monitor. */
  private Stamped<V> live(Segment<K, V> seg, K key, long now) {
    Stamped<V> s = seg.map.get(key);
    if (s != null && expired(s, now)) {
      seg.map.remove(key);
      return null;
    }
    return s;
  }

  /** Writes the value at the tail, then drops expired entries and evicts down to the share. Under the monitor. */
  private void write(Segment<K, V> seg, K key, V value, long now) {
    seg.map.remove(key);
    seg.map.put(key, new Stamped<>(value, now));
    Iterator<Map.Entry<K, Stamped<V>>> it = seg.map.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<K, Stamped<V>> head = it.next();
      if (seg.map.size() > seg.capacity || expired(head.getValue(), now)) {
        it.remove();
      } else {
        break;
      }
    }
  }

  /**
   * Atomically (under the key's segment monitor) gets the key's live value or creates one, and lets
   * {@code update} change it. The entry is written (stamped now and moved to the tail) if it was created or
   * {@code update} returned true; otherwise it keeps its place and its idle time runs on.
   *
   * @param key the key; not null
   * @param create makes the value when the key has no live entry; runs under the monitor; not null
   * @param update changes the value; returns whether this counts as a write; runs under the monitor; not null
   */
  void compute(K key, Function<? super K, ? extends V> create, Predicate<? super V> update) {
    Segment<K, V> seg = segmentOf(key);
    synchronized (seg) {
      long now = now();
      Stamped<V> s = live(seg, key, now);
      V value = s == null ? Objects.requireNonNull(create.apply(key), "created value") : s.value;
      boolean written = update.test(value);
      if (s == null || written) {
        write(seg, key, value, now);
      }
    }
  }

  /**
   * Writes a value for the key (stamped now, at the tail), replacing any.
   *
   * @param key the key; not null
   * @param value the value; not null
   */
  void put(K key, V value) {
    Objects.requireNonNull(value, "value");
    Segment<K, V> seg = segmentOf(key);
    synchronized (seg) {
      write(seg, key, value, now());
    }
  }

  /**
   * Applies {@code reader} to the key's live value under its segment monitor, without reordering or restamping.
   *
   * @param key the key; not null
   * @param reader reads the value; not null
   * @param <R> the result type
   * @return the reader's result, or null if the key has no live entry
   */
  <R> R read(K key, Function<? super V, ? extends R> reader) {
    Segment<K, V> seg = segmentOf(key);
    synchronized (seg) {
      Stamped<V> s = live(seg, key, now());
      return s == null ? null : reader.apply(s.value);
    }
  }

  /**
   * Whether the key has a live entry (a read: no reordering).
   *
   * @param key the key; not null
   * @return true if present and not expired
   */
  boolean contains(K key) {
    return read(key, v -> Boolean.TRUE) != null;
  }

  /**
   * Removes the key's entry, if any.
   *
   * @param key the key; not null
   */
  void remove(K key) {
    Segment<K, V> seg = segmentOf(key);
    synchronized (seg) {
      seg.map.remove(key);
    }
  }

  /**
   * Runs the action holding the monitor of the segment of the route (the same monitor {@link #compute} takes for
   * keys of that route). The monitor is reentrant, so the action may call this store's methods for such keys.
   *
   * @param routeValue a route value, as returned by the route function; not null
   * @param action the action; not null
   */
  void locked(Object routeValue, Runnable action) {
    Segment<K, V> seg = segment(Objects.requireNonNull(routeValue, "routeValue"));
    synchronized (seg) {
      action.run();
    }
  }

  /**
   * Returns the number of live entries, after dropping the expired ones (segment by segment: not a snapshot of the
   * whole store under concurrent writes).
   *
   * @return the number of live entries
   */
  long size() {
    long total = 0;
    for (Segment<K, V> seg : segments) {
      synchronized (seg) {
        long now = now();
        seg.map.values().removeIf(s -> expired(s, now));
        total += seg.map.size();
      }
    }
    return total;
  }

  /**
   * Returns the number of segments.
   *
   * @return the segment count, a power of two
   */
  int segmentCount() {
    return segments.length;
  }
}
