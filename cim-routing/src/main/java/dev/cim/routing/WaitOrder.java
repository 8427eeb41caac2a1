package dev.cim.routing;

import java.util.Comparator;
import java.util.TreeSet;

/**
 * The waiting tasks of one queue by enqueue time, so that a queue snapshot reads the oldest wait without looking at
 * every task. Tasks usually join in enqueue-time order (a new task is enqueued when it arrives): those are appended to
 * a ring, whose head is then the oldest. A task that joins with an earlier time than the last appended one (a requeue,
 * an overflow or transfer, a changed priority, a recovered backlog) goes to a small sorted set instead. A leaving task
 * is dropped from the set at once, but from the ring lazily: its entry there dies (its stamp no longer matches the
 * task's) and is skipped when it reaches the head, or dropped when the ring is rebuilt: when it is full and at least
 * half dead, or when over three quarters of it is dead (so a task that waits for ever at the head does not keep the
 * tasks served after it). The ring stays within four times the waiting count (or 64 entries), and each operation is
 * amortised constant time (logarithmic in the sorted set).
 *
 * <p>Not thread-safe: guarded by the engine lock.
 */
final class WaitOrder {
  private static final Comparator<TaskState> BY_ENQUEUE_TIME = Comparator.<TaskState>comparingLong(t -> t.enqueuedAt)
      .thenComparingLong(t -> t.seq);

  private TaskState[] tasks = new TaskState[16];
  private long[] stamps = new long[16];
  private int head;
  private int size;
  /** Ring entries whose task is still here (the sorted set's tasks are not counted). */
  private int liveInRing;
  private long lastAppended = Long.MIN_VALUE;
  private final TreeSet<TaskState> outOfOrder = new TreeSet<>(BY_ENQUEUE_TIME);
  /** Rings of at most this many entries are not shrunk. */
  private static final int MIN_SHRINK = 64;

  /** How many ring entries hold a task, live or dead (for tests: at most four times the live ones, or 64). */
  int entries() {
    return size;
  }

  /** Adds a task that is not here. */
  void add(TaskState t) {
    if (t.enqueuedAt < lastAppended) {
      t.waitStamp = -1;
      outOfOrder.add(t);
      return;
    }
    if (size == tasks.length) {
      rebuild(liveInRing * 2 <= size ? tasks.length : tasks.length * 2);
    }
    int at = (head + size) & (tasks.length - 1);
    long stamp = ++t.waitGen; // a task's own counter, so an entry left in another queue's ring never matches again
    tasks[at] = t;
    stamps[at] = stamp;
    t.waitStamp = stamp;
    size++;
    liveInRing++;
    lastAppended = t.enqueuedAt;
  }

  /** Removes a task that is here. */
  void remove(TaskState t) {
    if (t.waitStamp == -1) {
      outOfOrder.remove(t);
    } else {
      liveInRing--;
    }
    t.waitStamp = 0;
    if (liveInRing == 0 && size > 0) {
      int mask = tasks.length - 1;
      for (int i = 0; i < size; i++) {
        tasks[(head + i) & mask] = null; // every ring entry is dead: each was added once, so this is amortised
      }
      head = 0;
      size = 0;
      lastAppended = Long.MIN_VALUE;
    } else if (size > MIN_SHRINK && liveInRing * 4 < size) {
      // most entries are dead behind a live one that stays (a task no agent takes): let go of the tasks they hold,
      // and of the space; each rebuild drops at least three quarters of the entries, so this is amortised too
      rebuild(Math.max(16, Integer.highestOneBit(liveInRing * 2 - 1) << 1));
    }
  }

  /** The earliest enqueue time of the tasks here, or {@link Long#MAX_VALUE} if none. */
  long oldest() {
    while (size > 0 && tasks[head].waitStamp != stamps[head]) {
      tasks[head] = null;
      head = (head + 1) & (tasks.length - 1);
      size--;
    }
    long oldest = size > 0 ? tasks[head].enqueuedAt : Long.MAX_VALUE;
    return outOfOrder.isEmpty() ? oldest : Math.min(oldest, outOfOrder.first().enqueuedAt);
  }

  /** Copies the live entries, in order, into new arrays of the given length (a power of two). */
  private void rebuild(int length) {
    int mask = tasks.length - 1;
    TaskState[] t = new TaskState[length];
    long[] s = new long[length];
    int w = 0;
    for (int i = 0; i < size; i++) {
      int r = (head + i) & mask;
      if (tasks[r].waitStamp == stamps[r]) {
        t[w] = tasks[r];
        s[w] = stamps[r];
        w++;
      }
    }
    tasks = t;
    stamps = s;
    head = 0;
    size = w;
  }
}
