package dev.cim.benchmarks.routing;

import dev.cim.core.model.InteractionId;
import dev.cim.routing.AgentProfile;
import dev.cim.routing.Task;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
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
 * Freed agent to waiting task, at steady state: every agent is busy and 10,000 tasks wait. One operation completes an
 * assigned task (its agent is freed and takes the best waiting task it is eligible for: the measured decision) and
 * submits one new task (a second decision, usually finding no free agent). Some tasks of the scenario fit no agent,
 * and about a fifth of freed agents find nothing they may take, so the backlog would grow by that much per operation:
 * when it passes {@link #backlog}, the task that has waited longest is cancelled, as a caller who hangs up, which
 * keeps it at 10,000.
 *
 * <p>Run: {@code mvn -B -q package -pl cim-benchmarks -am -DskipTests && java -jar
 * cim-benchmarks/target/benchmarks.jar AgentFreedBenchmark -f 1 -wi 2 -i 3 -r 2s -w 1s} (add {@code -t 2} for two
 * threads).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AgentFreedBenchmark {

  /** The router. */
  @Param({"ENGINE", "NAIVE"})
  public Impl impl;

  /** Number of agents. */
  @Param({"10000"})
  public int agents;

  /** Waiting tasks kept at steady state. */
  @Param({"10000"})
  public int backlog;

  /** The router (package-private for the tests). */
  DecisionRouter router;
  private List<Task> templates;
  private final AtomicLong ids = new AtomicLong();
  /** Submitted ids, oldest first; ids of tasks no longer waiting are dropped when they reach the head. */
  private final Queue<InteractionId> submitted = new ConcurrentLinkedQueue<>();

  /** Builds the agents, fills them and the backlog. */
  @Setup(Level.Trial)
  public void setUp() {
    router = impl.create();
    templates = RoutingScenario.tasks(65_536, 7);
    for (AgentProfile p : RoutingScenario.agents(agents, 11)) {
      router.addAvailableAgent(p);
    }
    long guard = 50L * agents + 10L * backlog;
    while (router.waiting() < backlog && guard > 0) {
      for (int i = 0; i < 500; i++) {
        submitNext();
      }
      guard -= 500;
    }
    if (router.waiting() < backlog) {
      throw new IllegalStateException("could not build a backlog of " + backlog + ", reached " + router.waiting());
    }
  }

  private void submitNext() {
    long n = ids.getAndIncrement();
    InteractionId id = InteractionId.of("t" + n);
    submitted.add(id);
    router.submit(RoutingScenario.withId(templates.get((int) (n & 65_535)), id));
  }

  /** Cancels the longest waiting tasks while more than {@link #backlog} wait. */
  private void abandonOverBacklog() {
    while (router.waiting() > backlog) {
      InteractionId oldest = submitted.poll();
      if (oldest == null) {
        return;
      }
      router.abandonIfWaiting(oldest);
    }
  }

  /**
   * Completes one assigned task (freed agent takes a waiting task) and submits a new one; over the backlog, the
   * longest waiting task is abandoned.
   *
   * @return the id completed, so the work is not eliminated
   */
  @Benchmark
  public Object completeAndSubmit() {
    InteractionId done = router.assigned().poll();
    if (done != null) {
      router.complete(done);
    }
    submitNext();
    abandonOverBacklog();
    return done;
  }
}
