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

  /**
   * A counting filter in front of the table: how many keys hash to each of its cells (a cell at 255 stays there, which
   * only costs a probe). A miss on a zero cell answers {@link #get} from 64 KB that stay in cache, not from the table.
   */
  private static final int FILTER_BITS = 16;
  private final byte[] filter = new byte[1 << FILTER_BITS];
  private long[] keys = newKeys(16);
  private Object[] values = new Object[16];
  private int size;

  private static long[] newKeys(int n) {
    long[] k = new long[n];
    Arrays.fill(k, FREE);
    return k;
  }

  static int cell(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - FILTER_BITS));
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
        int c = cell(key);
        if (filter[c] != (byte) 255) {
          filter[c]++;
        }
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
    int c = cell(key);
    if (filter[c] != (byte) 255) {
      filter[c]--;
    }
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
  }
}
