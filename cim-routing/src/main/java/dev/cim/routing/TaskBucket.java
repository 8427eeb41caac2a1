package dev.cim.routing;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.TreeSet;

/**
 * The waiting tasks of one bucket of a queue's index (one skill set, or one skill at one level), in rank order: best
 * rank first, then the tie-break ({@link TaskState#tie}), then arrival ({@link TaskState#seq}). Most buckets hold one
 * to a few tasks, so a small bucket is a sorted array (an insertion or removal moves a few references, a walk reads
 * consecutive slots); a bucket that grows past {@link #ARRAY_MAX} becomes a tree, so a queue with a million waiting
 * tasks of one kind still inserts in logarithmic time, and turns back into an array below {@link #ARRAY_MIN}.
 *
 * <p>A task's rank, tie and seq must not change while it is in a bucket. Not thread-safe: guarded by the engine lock.
 */
final class TaskBucket implements Iterable<TaskState> {
  /** Rank order: a total order, since {@link TaskState#seq} is unique. */
  static final Comparator<TaskState> RANK_ORDER = (a, b) -> {
    int c = Double.compare(b.rank, a.rank);
    if (c != 0) {
      return c;
    }
    c = Long.compare(a.tie, b.tie);
    return c != 0 ? c : Long.compare(a.seq, b.seq);
  };

  /** The most tasks kept in the sorted array. */
  static final int ARRAY_MAX = 64;
  /** Below this many, a tree bucket turns back into an array (apart from {@link #ARRAY_MAX}, so no thrashing). */
  static final int ARRAY_MIN = 16;

  /** Sorted, {@code size} entries; null while the bucket is a tree. */
  private TaskState[] items = new TaskState[2];
  private int size;
  /** The tasks once past {@link #ARRAY_MAX}; null while the bucket is an array. */
  private TreeSet<TaskState> tree;

  /** Whether no task waits here. */
  boolean isEmpty() {
    return tree == null ? size == 0 : tree.isEmpty();
  }

  /** How many tasks wait here. */
  int size() {
    return tree == null ? size : tree.size();
  }

  /** Adds a task not already here. */
  void add(TaskState t) {
    if (tree != null) {
      tree.add(t);
      return;
    }
    if (size == ARRAY_MAX) {
      tree = new TreeSet<>(RANK_ORDER);
      for (int i = 0; i < size; i++) {
        tree.add(items[i]);
      }
      tree.add(t);
      items = null;
      size = 0;
      return;
    }
    int at = -(search(t) + 1);
    if (size == items.length) {
      items = Arrays.copyOf(items, Math.min(ARRAY_MAX, size * 2));
    }
    System.arraycopy(items, at, items, at + 1, size - at);
    items[at] = t;
    size++;
  }

  /** Removes a task; returns whether it was here. */
  boolean remove(TaskState t) {
    if (tree != null) {
      boolean removed = tree.remove(t);
      if (tree.size() < ARRAY_MIN) {
        items = new TaskState[ARRAY_MIN * 2];
        for (TaskState x : tree) {
          items[size++] = x;
        }
        tree = null;
      }
      return removed;
    }
    int at = search(t);
    if (at < 0 || items[at] != t) {
      return false;
    }
    System.arraycopy(items, at + 1, items, at, size - at - 1);
    items[--size] = null;
    return true;
  }

  /** Where a task is in the array (its index), or {@code -(insertion point) - 1}. */
  private int search(TaskState t) {
    int lo = 0;
    int hi = size - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = RANK_ORDER.compare(items[mid], t);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -(lo + 1);
  }

  /** The tasks in rank order, best first. The bucket must not change during the iteration. */
  @Override
  public Iterator<TaskState> iterator() {
    if (tree != null) {
      return tree.iterator();
    }
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      public TaskState next() {
        if (next >= size) {
          throw new NoSuchElementException();
        }
        return items[next++];
      }
    };
  }
}
