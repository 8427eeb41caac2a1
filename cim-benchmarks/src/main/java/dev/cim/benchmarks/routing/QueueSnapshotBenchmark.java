package dev.cim.benchmarks.routing;

import dev.cim.core.model.InteractionId;
import dev.cim.routing.AgentProfile;
import dev.cim.routing.Presence;
import dev.cim.routing.QueueSnapshot;
import dev.cim.routing.RoutingConfig;
import dev.cim.routing.RoutingEngine;
import dev.cim.routing.Task;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * A supervisor's queue snapshot (waiting, offered, oldest wait, agents available, service level) of an engine holding
 * many waiting tasks: the snapshot is taken under the engine lock, so its cost is a stall of every routing call. Half
 * the agents are available and take what they can of the first tasks; half are offline; the tasks after those wait in
 * the default queue. There is no baseline in the same run: the engine before 2026-11-29 (late) scanned every task and
 * agent for a snapshot, and its figures are in {@code cim-routing/README.md}.
 *
 * <p>Run: {@code mvn -B -q package -pl cim-benchmarks -am -DskipTests && java -jar
 * cim-benchmarks/target/benchmarks.jar QueueSnapshotBenchmark -f 1 -wi 3 -i 3 -w 1s -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueueSnapshotBenchmark {

  /** Waiting tasks. */
  @Param({"10000", "1000000"})
  public int waiting;

  /** Agents. */
  @Param({"10000"})
  public int agents;

  private RoutingEngine engine;

  /** Builds the engine and its backlog of exactly {@link #waiting} tasks. */
  @Setup(Level.Trial)
  public void setUp() {
    engine = RoutingEngine.builder().config(RoutingConfig.custom().autoAccept(true).build()).build();
    int i = 0;
    for (AgentProfile p : RoutingScenario.agents(agents, 11)) {
      engine.addAgent(p, i++ % 2 == 0 ? Presence.AVAILABLE : Presence.OFFLINE);
    }
    List<Task> templates = RoutingScenario.tasks(65_536, 7);
    // tasks that no available agent can take wait; the others are assigned and stay so. Checked in steps, as an
    // engine that scans for its snapshot would make a check per task quadratic.
    long n = 0;
    for (int left = waiting; left > 0; left = waiting - engine.queue(Task.DEFAULT_QUEUE).waiting()) {
      for (int k = 0; k < left; k++, n++) {
        engine.submitTask(RoutingScenario.withId(templates.get((int) (n & 65_535)), InteractionId.of("t" + n)));
      }
    }
  }

  /**
   * Takes the default queue's snapshot.
   *
   * @return it, so the work is not eliminated
   */
  @Benchmark
  public QueueSnapshot snapshot() {
    return engine.queue(Task.DEFAULT_QUEUE);
  }
}
