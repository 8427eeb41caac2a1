package dev.cim.benchmarks.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.routing.Task;
import org.junit.jupiter.api.Test;

/** The freed-agent benchmark measures what it says: a steady backlog, and freed agents that take waiting tasks. */
class AgentFreedBenchmarkTest {

  private static AgentFreedBenchmark benchmark(Impl impl, int agents, int backlog) {
    AgentFreedBenchmark b = new AgentFreedBenchmark();
    b.impl = impl;
    b.agents = agents;
    b.backlog = backlog;
    b.setUp();
    return b;
  }

  @Test
  void engine_backlogStaysAtItsSize_andTheEventCountMatchesTheEngine() {
    AgentFreedBenchmark b = benchmark(Impl.ENGINE, 1_000, 1_000);
    int completed = 0;
    for (int i = 0; i < 20_000; i++) {
      if (b.completeAndSubmit() != null) {
        completed++;
      }
    }
    int engineWaiting = ((EngineRouter) b.router).engine().queue(Task.DEFAULT_QUEUE).waiting();
    assertThat(b.router.waiting()).isEqualTo(engineWaiting).isEqualTo(1_000);
    assertThat(completed).as("operations that freed an agent").isGreaterThan(10_000);
  }

  @Test
  void naive_backlogStaysAtItsSize() {
    AgentFreedBenchmark b = benchmark(Impl.NAIVE, 200, 200);
    for (int i = 0; i < 2_000; i++) {
      b.completeAndSubmit();
    }
    assertThat(b.router.waiting()).isEqualTo(200);
  }
}
