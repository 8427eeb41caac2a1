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

  /**
   * Tasks 0 to 39 at times 0 to 39, and an order of 16 entries whose head has moved to the fifth (tasks 0 to 3 left),
   * with tasks 16 to 19 added: they wrap around to the ring's start, which is then full.
   */
  private static WaitOrder wrappedFullRing(List<TaskState> ts) {
    WaitOrder w = new WaitOrder();
    for (int i = 0; i < 40; i++) {
      ts.add(task(i, i));
    }
    for (int i = 0; i < 16; i++) {
      w.add(ts.get(i));
    }
    for (int i = 0; i < 4; i++) {
      w.remove(ts.get(i));
    }
    assertThat(w.oldest()).isEqualTo(4);
    for (int i = 16; i < 20; i++) {
      w.add(ts.get(i));
    }
    return w;
  }

  @net.jqwik.api.Example
  void growWhileWrapped_keepsOrder() {
    List<TaskState> ts = new ArrayList<>();
    WaitOrder w = wrappedFullRing(ts);
    w.add(ts.get(20)); // doubles while wrapped
    for (int i = 4; i < 20; i++) {
      assertThat(w.oldest()).isEqualTo(i);
      w.remove(ts.get(i));
    }
    assertThat(w.oldest()).isEqualTo(20);
    w.remove(ts.get(20));
    assertThat(w.oldest()).isEqualTo(Long.MAX_VALUE);
  }

  @net.jqwik.api.Example
  void compactWhileWrapped_keepsOrder() {
    List<TaskState> ts = new ArrayList<>();
    WaitOrder w = wrappedFullRing(ts);
    for (int i = 5; i < 14; i++) {
      w.remove(ts.get(i)); // 9 dead in the middle, 7 live (4, 14, 15, 16..19)
    }
    w.add(ts.get(20)); // compacts in place while wrapped
    long[] expect = {4, 14, 15, 16, 17, 18, 19, 20};
    for (long x : expect) {
      assertThat(w.oldest()).isEqualTo(x);
      w.remove(ts.get((int) x));
    }
    assertThat(w.oldest()).isEqualTo(Long.MAX_VALUE);
  }

  @net.jqwik.api.Example
  void deadEntriesBehindALiveHead_areReleased() {
    WaitOrder w = new WaitOrder();
    w.add(task(0, 0)); // e.g. needs a skill nobody has: waits for ever
    List<TaskState> spike = new ArrayList<>();
    for (int i = 1; i <= 100_000; i++) {
      TaskState t = task(i, i);
      spike.add(t);
      w.add(t);
    }
    spike.forEach(w::remove); // the spike is served
    assertThat(w.oldest()).isEqualTo(0);
    assertThat(w.entries()).as("ring entries still holding tasks, 1 waiting").isLessThanOrEqualTo(64);
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
