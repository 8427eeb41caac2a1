package dev.cim.benchmarks.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.routing.AgentProfile;
import dev.cim.routing.QueueSnapshot;
import dev.cim.routing.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The freed-agent benchmark measures what it says: a steady backlog, and freed agents that take waiting tasks. */
class AgentFreedBenchmarkTest {

  private static AgentFreedBenchmark benchmark(Impl impl, int agents, int backlog) {
    AgentFreedBenchmark b = new AgentFreedBenchmark();
    b.impl = impl;
    b.agents = agents;
    b.backlog = backlog;
    b.arrivals = 2;
    b.setUp();
    return b;
  }

  @Test
  void engine_backlogStaysAtItsSize_agentsStayBusy_andFreedAgentsTakeWaitingTasks() {
    AgentFreedBenchmark b = benchmark(Impl.ENGINE, 1_000, 1_000);
    EngineRouter router = (EngineRouter) b.router;
    for (int i = 0; i < 20_000; i++) { // past the start, to the steady state
      b.completeAndSubmit();
    }
    int completed = 0;
    long took = 0;
    for (int i = 0; i < 20_000; i++) {
      long before = router.assignments();
      if (b.completeOne() != null) {
        completed++;
        took += router.assignments() - before;
      }
      b.arrive();
    }
    QueueSnapshot q = router.engine().queue(Task.DEFAULT_QUEUE);
    assertThat(b.router.waiting()).isEqualTo(q.waiting()).isBetween(1_000 - 2, 1_000);
    assertThat(completed).as("operations that freed an agent").isEqualTo(20_000);
    assertThat(q.agentsAvailable()).as("agents with room for a task").isLessThan(150);
    assertThat((double) took / completed).as("freed agents that took a waiting task").isBetween(0.4, 1.0);
  }

  @Test
  void servable_keepsExactlyTheTasksSomeAgentMayTake() {
    List<AgentProfile> agents = RoutingScenario.agents(50, 3);
    List<Task> tasks = RoutingScenario.tasks(2_000, 5);
    List<Task> kept = RoutingScenario.servable(tasks, agents);
    List<Task> expected = tasks.stream()
        .filter(t -> agents.stream().anyMatch(a -> t.required().entrySet().stream()
            .allMatch(r -> a.skills().getOrDefault(r.getKey(), 0) >= r.getValue())))
        .toList();
    assertThat(kept).isEqualTo(expected);
    assertThat(kept.size()).as("some tasks kept, some dropped").isBetween(1, tasks.size() - 1);
  }

  @Test
  void naive_backlogStaysAtItsSize() {
    AgentFreedBenchmark b = benchmark(Impl.NAIVE, 200, 200);
    for (int i = 0; i < 2_000; i++) {
      b.completeAndSubmit();
    }
    assertThat(b.router.waiting()).isBetween(200 - 2, 200);
  }
}
