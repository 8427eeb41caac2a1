package dev.cim.benchmarks.routing;

import dev.cim.core.model.InteractionId;
import dev.cim.routing.AgentProfile;
import dev.cim.routing.Task;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * New task to agent: agents are available, and each operation submits a task (the measured decision: the best ready
 * agent with its skills, by longest idle) and then cancels it, freeing the agent again (its freed-agent decision
 * finds no waiting task). Tasks no agent can take are cancelled from the queue. Agent counts 1,000 / 10,000 /
 * 100,000 show how the per-decision cost grows.
 *
 * <p>Run: {@code mvn -B -q package -pl cim-benchmarks -am -DskipTests && java -jar
 * cim-benchmarks/target/benchmarks.jar TaskArrivesBenchmark -f 1 -wi 2 -i 3 -r 2s -w 1s} (add {@code -t 2} for two
 * threads, {@code -p agents=10000} for one size).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TaskArrivesBenchmark {

  /** The router. */
  @Param({"ENGINE", "NAIVE"})
  public Impl impl;

  /** Number of agents. */
  @Param({"1000", "10000", "100000"})
  public int agents;

  private DecisionRouter router;
  private List<Task> templates;
  private final AtomicLong ids = new AtomicLong();

  /** Builds the agents, all available. */
  @Setup(Level.Trial)
  public void setUp() {
    router = impl.create();
    templates = RoutingScenario.tasks(65_536, 7);
    for (AgentProfile p : RoutingScenario.agents(agents, 11)) {
      router.addAvailableAgent(p);
    }
  }

  /**
   * Submits a task and cancels it.
   *
   * @return the id, so the work is not eliminated
   */
  @Benchmark
  public Object submitAndCancel() {
    long n = ids.getAndIncrement();
    InteractionId id = InteractionId.of("t" + n);
    router.submit(RoutingScenario.withId(templates.get((int) (n & 65_535)), id));
    router.cancel(id);
    router.assigned().poll();
    return id;
  }
}
