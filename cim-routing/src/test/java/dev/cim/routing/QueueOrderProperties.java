package dev.cim.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.InteractionId;
import dev.cim.routing.event.TaskAssigned;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Queue order: aged score then FIFO, and bounded wait under aging. */
class QueueOrderProperties {
  static final AgentId ANN = AgentId.of("ann");

  record Arrival(int gapMinutes, int priority) {}

  @Provide
  Arbitrary<Arrival> arrival() {
    return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 5))
        .as(Arrival::new);
  }

  RoutingEngine busyEngine(MutableClock clock, Recorder rec, double aging) {
    RoutingEngine e = RoutingEngine.builder().clock(clock).listener(rec)
        .config(RoutingConfig.custom().autoAccept(true).agingPerMinute(aging).build()).build();
    e.addAgent(AgentProfile.of(ANN, CapacityModel.single(Channel.VOICE, 1)), Presence.AVAILABLE);
    e.submitTask(Task.builder(InteractionId.of("busy"), Channel.VOICE).build());
    return e;
  }

  /**
   * With aging {@code r} points per minute, tasks are served by {@code priority - r * enqueueMinute} descending,
   * and in submission order when that is equal (FIFO within equal effective priority).
   */
  @Property(tries = 200)
  void drainOrder_isAgedScoreThenFifo(@ForAll @Size(min = 1, max = 25) List<@net.jqwik.api.From("arrival") Arrival>
      arrivals, @ForAll @IntRange(min = 0, max = 2) int aging) {
    MutableClock clock = MutableClock.start();
    Recorder rec = new Recorder();
    RoutingEngine e = busyEngine(clock, rec, aging);
    List<int[]> submitted = new ArrayList<>(); // index, priority, minute
    int minute = 0;
    for (int i = 0; i < arrivals.size(); i++) {
      Arrival a = arrivals.get(i);
      clock.advance(Duration.ofMinutes(a.gapMinutes()));
      minute += a.gapMinutes();
      e.submitTask(Task.builder(InteractionId.of("t" + i), Channel.VOICE).priority(a.priority()).build());
      submitted.add(new int[] {i, a.priority(), minute});
    }
    List<String> served = drain(e, rec, "busy", arrivals.size());
    List<String> expected = submitted.stream()
        .sorted(Comparator.<int[]>comparingInt(s -> -(s[1] - aging * s[2])).thenComparingInt(s -> s[0]))
        .map(s -> "t" + s[0]).toList();
    assertThat(served).isEqualTo(expected);
  }

  private static List<String> drain(RoutingEngine e, Recorder rec, String first, int n) {
    List<String> served = new ArrayList<>();
    String current = first;
    for (int i = 0; i < n; i++) {
      e.complete(InteractionId.of(current));
      List<TaskAssigned> assigned = rec.of(TaskAssigned.class);
      current = assigned.get(assigned.size() - 1).taskId().value();
      served.add(current);
    }
    return served;
  }

  /**
   * Bounded overtaking: in any interleaving of arrivals and completions, a task served while an older task T waited
   * arrived at most {@code (maxPriority - priority(T)) / r} minutes after T. So with service keeping up with
   * arrivals, no task waits more than that plus the work ahead of it: no starvation.
   */
  @Property(tries = 200)
  void agingBoundsHowLongAnyTaskCanBeOvertaken(
      @ForAll @Size(min = 1, max = 60) List<@net.jqwik.api.From("arrival") Arrival> arrivals,
      @ForAll @Size(max = 60) List<Boolean> completeAfter, @ForAll @IntRange(min = 1, max = 3) int aging) {
    MutableClock clock = MutableClock.start();
    Recorder rec = new Recorder();
    RoutingEngine e = busyEngine(clock, rec, aging);
    Map<String, Instant> enq = new HashMap<>();
    Map<String, Integer> prio = new HashMap<>();
    List<String> servedOrder = new ArrayList<>();
    Map<String, Instant> servedAt = new HashMap<>();
    String current = "busy";
    int maxPriority = 5;
    for (int i = 0; i < arrivals.size(); i++) {
      clock.advance(Duration.ofMinutes(arrivals.get(i).gapMinutes()));
      String id = "t" + i;
      e.submitTask(Task.builder(InteractionId.of(id), Channel.VOICE).priority(arrivals.get(i).priority()).build());
      enq.put(id, clock.instant());
      prio.put(id, arrivals.get(i).priority());
      if (i < completeAfter.size() && completeAfter.get(i) && current != null) {
        e.complete(InteractionId.of(current));
        current = lastAssigned(rec, current);
        if (current != null && !servedAt.containsKey(current) && !current.equals("busy")) {
          servedOrder.add(current);
          servedAt.put(current, clock.instant());
        }
      }
    }
    for (String u : servedOrder) {
      for (String t : enq.keySet()) {
        boolean tWaitingWhenUServed = !enq.get(t).isAfter(servedAt.get(u))
            && (!servedAt.containsKey(t) || servedAt.get(t).isAfter(servedAt.get(u))
            || (servedAt.get(t).equals(servedAt.get(u)) && servedOrder.indexOf(t) > servedOrder.indexOf(u)));
        if (tWaitingWhenUServed && enq.get(u).isAfter(enq.get(t))) {
          long lateMinutes = Duration.between(enq.get(t), enq.get(u)).toMinutes();
          assertThat(lateMinutes).as("%s overtook %s", u, t)
              .isLessThanOrEqualTo((long) Math.floor((double) (maxPriority - prio.get(t)) / aging));
        }
      }
    }
  }

  private static String lastAssigned(Recorder rec, String previous) {
    List<TaskAssigned> assigned = rec.of(TaskAssigned.class);
    if (assigned.isEmpty()) {
      return null;
    }
    String last = assigned.get(assigned.size() - 1).taskId().value();
    return last.equals(previous) ? null : last;
  }

  /**
   * A low-priority task behind a backlog and a never-ending stream of top-priority tasks (one arrival per service)
   * is still served, within {@code maxPriority / r} minutes plus the backlog ahead of it.
   */
  @Property(tries = 100)
  void lowPriorityTask_isServedDespiteEndlessHighPriorityStream(@ForAll @IntRange(min = 0, max = 10) int backlog,
      @ForAll @IntRange(min = 1, max = 20) int maxPriority, @ForAll @IntRange(min = 1, max = 4) int aging) {
    MutableClock clock = MutableClock.start();
    Recorder rec = new Recorder();
    RoutingEngine e = busyEngine(clock, rec, aging);
    for (int i = 0; i < backlog; i++) {
      e.submitTask(Task.builder(InteractionId.of("b" + i), Channel.VOICE).priority(maxPriority).build());
    }
    e.submitTask(Task.builder(InteractionId.of("low"), Channel.VOICE).priority(0).build());
    String current = "busy";
    int bound = backlog + maxPriority / aging + 2;
    int minutes = 0;
    while (minutes <= bound && !current.equals("low")) {
      clock.advance(Duration.ofMinutes(1));
      minutes++;
      e.submitTask(Task.builder(InteractionId.of("h" + minutes), Channel.VOICE).priority(maxPriority).build());
      e.complete(InteractionId.of(current));
      List<TaskAssigned> assigned = rec.of(TaskAssigned.class);
      current = assigned.get(assigned.size() - 1).taskId().value();
    }
    assertThat(current).as("low-priority task served within %d minutes", bound).isEqualTo("low");
  }
}
