package dev.cim.core.internal;

import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed array of locks chosen by a key's hash, so that operations on one key are serialised without a lock per key.
 * Thread-safe. Not API.
 */
public final class StripedLocks {
  private final ReentrantLock[] locks;

  /**
   * Creates the stripes.
   *
   * @param stripes how many locks, a power of two
   */
  public StripedLocks(int stripes) {
    if (Integer.bitCount(stripes) != 1) {
      throw new IllegalArgumentException("stripes must be a power of two, but was " + stripes);
    }
    locks = new ReentrantLock[stripes];
    for (int i = 0; i < stripes; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  /**
   * Returns the lock for a key.
   *
   * @param key the key; not null
   * @return its lock
   */
  public ReentrantLock lockFor(Object key) {
    int h = key.hashCode();
    h ^= (h >>> 16);
    return locks[h & (locks.length - 1)];
  }
}
