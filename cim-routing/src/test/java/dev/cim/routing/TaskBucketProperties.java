package dev.cim.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.model.Channel;
import dev.cim.core.model.InteractionId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link TaskBucket} holds the same tasks in the same order as a tree in rank order, whatever the adds and removes:
 * waves of adds and removes with few distinct ranks and ties, so that a bucket crosses from array to tree and back.
 */
class TaskBucketProperties {

  private static TaskState task(int i, int rank, int tie) {
    TaskState t = new TaskState(Task.builder(InteractionId.of("t" + i), Channel.VOICE).build(), tie, i);
    t.rank = rank;
    t.tie = tie;
    return t;
  }

  private static List<TaskState> tasks(long seed) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    List<TaskState> out = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      out.add(task(i, r.nextInt(3), r.nextInt(4))); // few ranks and ties: order falls to seq often
    }
    return out;
  }

  @Property(tries = 200)
  void holdsTheTasksOfATreeInRankOrder(@ForAll @IntRange(min = 1, max = 700) int steps, @ForAll long seed) {
    List<TaskState> all = tasks(seed);
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed ^ 0x5DEECE66DL);
    int most = 0;
    TaskBucket bucket = new TaskBucket();
    TreeSet<TaskState> model = new TreeSet<>(TaskBucket.RANK_ORDER);
    for (int k = 0; k < steps; k++) {
      int i = r.nextInt(200);
      // waves of 100 steps: mostly adds (past 64: a tree), then removes of tasks held (under 16: an array again)
      boolean adding = (k / 100) % 2 == 0 ? i % 10 != 0 : i % 10 == 0;
      if (adding || model.isEmpty()) {
        TaskState t = all.get(i);
        if (model.contains(t)) {
          continue;
        }
        assertThat(bucket.remove(t)).as("removing a task that is not there").isFalse();
        bucket.add(t);
        model.add(t);
      } else {
        TaskState t = new ArrayList<>(model).get(i % model.size());
        assertThat(bucket.remove(t)).isTrue();
        model.remove(t);
      }
      assertThat(bucket.size()).isEqualTo(model.size());
      assertThat(bucket.isEmpty()).isEqualTo(model.isEmpty());
      List<TaskState> walked = new ArrayList<>(model.size());
      bucket.forEach(walked::add);
      assertThat(walked).containsExactlyElementsOf(model);
      most = Math.max(most, model.size());
    }
    Statistics.label("past the array").collect(most > TaskBucket.ARRAY_MAX);
  }

  @Example
  void growsIntoATreeAndBack_keepingTheOrder() {
    TaskBucket bucket = new TaskBucket();
    List<TaskState> all = new ArrayList<>();
    for (int i = 0; i < TaskBucket.ARRAY_MAX + 10; i++) {
      TaskState t = task(i, i % 3, -i); // later tasks tie-break first within a rank
      all.add(t);
      bucket.add(t);
    }
    for (int i = 0; i < TaskBucket.ARRAY_MAX + 10 - 5; i++) {
      bucket.remove(all.get(i));
    }
    List<TaskState> walked = new ArrayList<>();
    bucket.forEach(walked::add);
    List<TaskState> expected = new ArrayList<>(all.subList(all.size() - 5, all.size()));
    expected.sort(TaskBucket.RANK_ORDER);
    assertThat(walked).containsExactlyElementsOf(expected);
    assertThat(walked.get(0).rank).isEqualTo(2.0);
  }
}
