package dev.cim.routing.sim;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one simulated run.
 *
 * <p>Immutable and thread-safe.
 *
 * @param seed the seed that reproduces it
 * @param queues per queue, by name; not null
 * @param groups per agent group, in scenario order; not null
 * @param contacts every contact that arrived, warm-up included
 * @param engineCalls calls made to the routing engine (submit, accept, complete, cancel, presence, tick)
 * @since 0.1.0
 */
public record Replication(long seed, List<QueueResult> queues, List<GroupResult> groups, long contacts,
    long engineCalls) {

  /**
   * Validates and copies the lists.
   *
   * @throws NullPointerException if a list or element is null
   */
  public Replication {
    queues = List.copyOf(queues);
    groups = List.copyOf(groups);
  }

  /**
   * Returns the figures of every queue together (each queue's contacts judged against its own threshold).
   *
   * @return the total, named {@code "all"}; never null
   */
  public QueueResult total() {
    QueueResult t = new QueueResult("all", 0, 0, 0, 0, 0, 0, 0);
    for (QueueResult q : queues) {
      t = t.plus(q, "all");
    }
    return t;
  }

  /**
   * Returns one queue's figures.
   *
   * @param queue the queue; not null
   * @return the figures, zeros if the queue got no contact
   * @throws NullPointerException if {@code queue} is null
   */
  public QueueResult queue(String queue) {
    Objects.requireNonNull(queue, "queue");
    return queues.stream().filter(q -> q.queue().equals(queue)).findFirst()
        .orElse(new QueueResult(queue, 0, 0, 0, 0, 0, 0, 0));
  }

  /**
   * Returns the occupancy of all agents together.
   *
   * @return 0 to 1; {@link Double#NaN} if nobody was staffed
   */
  public double occupancy() {
    double staffed = groups.stream().mapToDouble(GroupResult::staffedSeconds).sum();
    double busy = groups.stream().mapToDouble(GroupResult::busySeconds).sum();
    return staffed == 0 ? Double.NaN : busy / staffed;
  }
}
