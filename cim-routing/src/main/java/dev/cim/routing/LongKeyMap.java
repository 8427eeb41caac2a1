package dev.cim.routing;

import java.util.Arrays;

/**
 * A small open-addressing map from {@code long} keys (any value but {@link Long#MAX_VALUE}) to values, without
 * boxing: the engine's index of waiting tasks by packed skill-set signature. Removal leaves no tombstones. Not
 * thread-safe: guarded by the engine lock.
 *
 * @param <V> the value type
 */
final class LongKeyMap<V> {
  private static final long FREE = Long.MAX_VALUE;

  /** The filter's size bounds, in bits of cell index: 1 KB for a small map, at most 64 KB. */
  static final int MIN_FILTER_BITS = 10;
  static final int MAX_FILTER_BITS = 16;

  /**
   * A counting filter in front of the table: how many keys hash to each of its cells (a cell at 255 stays there, which
   * only costs a probe). A miss on a zero cell answers {@link #get} from a small array that stays in cache, not from
   * the table. It has four cells per table slot (at least eight per key), from 1 KB up to 64 KB, and is rebuilt when
   * the table grows, so a map with few keys stays small.
   */
  private int filterBits = MIN_FILTER_BITS;
  private byte[] filter = new byte[1 << MIN_FILTER_BITS];
  private long[] keys = newKeys(16);
  private Object[] values = new Object[16];
  private int size;

  private static long[] newKeys(int n) {
    long[] k = new long[n];
    Arrays.fill(k, FREE);
    return k;
  }

  /** A key's filter cell in a filter of {@code 2^bits} cells (the top bits of its hash, so cells nest as it grows). */
  static int cell(long key, int bits) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - bits));
  }

  private int cell(long key) {
    return cell(key, filterBits);
  }

  /** The filter's size, in bits of cell index (for tests). */
  int filterBits() {
    return filterBits;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  /** Number of keys. */
  int size() {
    return size;
  }

  /** The value of a key, or null. */
  @SuppressWarnings("unchecked")
  V get(long key) {
    if (filter[cell(key)] == 0) {
      return null;
    }
    long[] k = keys;
    int mask = k.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      long x = k[i];
      if (x == key) {
        return (V) values[i];
      }
      if (x == FREE) {
        return null;
      }
    }
  }

  /** Sets a key's value (the key must not be {@link Long#MAX_VALUE}). */
  void put(long key, V value) {
    if (key == FREE) {
      throw new IllegalArgumentException("key must not be Long.MAX_VALUE, but was " + key);
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      if (keys[i] == key) {
        values[i] = value;
        return;
      }
      if (keys[i] == FREE) {
        keys[i] = key;
        values[i] = value;
        size++;
        count(key, 1);
        return;
      }
    }
  }

  /**
   * Removes a key (backward-shift deletion: the entries after it in its probe run move up, so no tombstones are left
   * and lookups stay as short as if it had never been added).
   *
   * @return the value it had, or null
   */
  @SuppressWarnings("unchecked")
  V remove(long key) {
    long[] k = keys;
    int mask = k.length - 1;
    int i = slot(key, mask);
    while (k[i] != key) {
      if (k[i] == FREE) {
        return null;
      }
      i = (i + 1) & mask;
    }
    V old = (V) values[i];
    size--;
    count(key, -1);
    // shift later entries of the run into the hole when their home slot does not lie (cyclically) after the hole
    int hole = i;
    for (int j = (hole + 1) & mask; k[j] != FREE; j = (j + 1) & mask) {
      int home = slot(k[j], mask);
      boolean stays = hole <= j ? hole < home && home <= j : hole < home || home <= j;
      if (!stays) {
        k[hole] = k[j];
        values[hole] = values[j];
        hole = j;
      }
    }
    k[hole] = FREE;
    values[hole] = null;
    return old;
  }

  /** The number of slots, for iterating with {@link #keyAt} and {@link #valueAt}. */
  int slots() {
    return keys.length;
  }

  /** The key in a slot, or {@link Long#MAX_VALUE} for a free slot. */
  long keyAt(int slot) {
    return keys[slot];
  }

  /** The value in a slot (null for a free slot). */
  @SuppressWarnings("unchecked")
  V valueAt(int slot) {
    return (V) values[slot];
  }

  private void grow() {
    long[] oldKeys = keys;
    Object[] oldValues = values;
    keys = newKeys(oldKeys.length * 2);
    values = new Object[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != FREE) {
        int i = slot(oldKeys[j], mask);
        while (keys[i] != FREE) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
    int bits = Math.min(MAX_FILTER_BITS, Integer.numberOfTrailingZeros(keys.length) + 2);
    if (bits > filterBits) {
      filterBits = bits;
      filter = new byte[1 << bits];
      for (long k : keys) {
        if (k != FREE) {
          count(k, 1);
        }
      }
    }
  }

  /** Adds {@code by} to a key's filter cell, except that a cell at 255 stays there (it may count more keys). */
  private void count(long key, int by) {
    int c = cell(key);
    if (filter[c] != (byte) 255) {
      filter[c] += by;
    }
  }
}
