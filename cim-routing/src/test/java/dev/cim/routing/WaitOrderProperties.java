package dev.cim.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.model.InteractionId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link WaitOrder} answers the oldest enqueue time of the tasks it holds, whatever the order they join and leave in:
 * a few tasks with few distinct times move between two orders (as between queues), so that out-of-order joins, dead
 * ring entries, compactions and re-joins all happen.
 */
class WaitOrderProperties {

  /** One step: task {@code task} joins order {@code order} if it is in none, else leaves the one it is in. */
  record Step(int task, int order) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return Arbitraries.integers().between(0, 39).flatMap(task -> Arbitraries.integers().between(0, 1)
        .map(order -> new Step(task, order))).list().ofMinSize(1).ofMaxSize(600);
  }

  private static TaskState task(int i, long at) {
    return new TaskState(Task.builder(InteractionId.of("t" + i), dev.cim.core.model.Channel.VOICE).build(), at, i);
  }

  @net.jqwik.api.Example
  void aTaskThatMovedOn_isNotCountedByTheOrderItLeft() {
    WaitOrder a = new WaitOrder();
    WaitOrder b = new WaitOrder();
    TaskState first = task(1, 5);
    TaskState second = task(2, 6);
    a.add(first);
    a.add(second);
    a.remove(first);
    b.add(first); // its entry in a's ring is dead, though a has not dropped it yet
    assertThat(a.oldest()).isEqualTo(6);
    assertThat(b.oldest()).isEqualTo(5);
    b.remove(first);
    a.remove(second);
    assertThat(a.oldest()).isEqualTo(Long.MAX_VALUE);
    assertThat(b.oldest()).isEqualTo(Long.MAX_VALUE);
  }

  @Property(tries = 300)
  void oldestIsTheEarliestTimeHeld(@ForAll("steps") List<Step> steps,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 50) int timeSpread) {
    List<TaskState> tasks = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      // times mostly ascending with the task number, some earlier: both the ring and the sorted set are used
      long at = (i % 7 == 3) ? i % timeSpread : i * 10L + i % timeSpread;
      tasks.add(task(i, at));
    }
    WaitOrder[] orders = {new WaitOrder(), new WaitOrder()};
    int[] in = new int[40];
    java.util.Arrays.fill(in, -1);
    for (Step s : steps) {
      TaskState t = tasks.get(s.task());
      if (in[s.task()] < 0) {
        orders[s.order()].add(t);
        in[s.task()] = s.order();
      } else {
        orders[in[s.task()]].remove(t);
        in[s.task()] = -1;
      }
      for (int o = 0; o < 2; o++) {
        long expected = Long.MAX_VALUE;
        for (int i = 0; i < 40; i++) {
          if (in[i] == o) {
            expected = Math.min(expected, tasks.get(i).enqueuedAt);
          }
        }
        assertThat(orders[o].oldest()).as("order %d after %s", o, s).isEqualTo(expected);
      }
    }
  }
}
