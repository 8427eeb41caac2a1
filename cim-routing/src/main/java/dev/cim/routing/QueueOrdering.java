package dev.cim.routing;

/**
 * How a queue orders its waiting tasks.
 */
public enum QueueOrdering {
  /** Strictly by priority, then first in first out; no aging (a low-priority task can starve). */
  PRIORITY_THEN_FIFO,
  /**
   * By score: priority plus {@link RoutingConfig#agingPerMinute()} points per minute waited, then first in first out.
   * Every task's effective priority grows at the same rate, so a task of priority {@code p} waits behind tasks that
   * arrived after it for at most {@code (maxPriority - p) / agingPerMinute} minutes (bounded wait).
   */
  AGED_SCORE,
  /** By priority, then last in first out (for callback lists and the like; old tasks can starve). */
  PRIORITY_THEN_LIFO
}
