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
 * Freed agent to waiting task, in an overloaded center: agents are busy and 10,000 tasks wait. One operation completes
 * an assigned task (its agent is freed and takes the best waiting task it may: the measured decision) and submits
 * {@link #arrivals} new tasks (2: more decisions, most finding no free agent); while more than {@link #backlog} wait,
 * the task that has waited longest is cancelled, as a caller who hangs up. The tasks are the scenario's, less those no
 * agent could ever take (about a fifth of those generated: a rare skill at a level, or a set of skills, that no agent
 * has), which would otherwise fill the backlog and leave every freed agent with nothing to take.
 *
 * <p>At steady state (checked by {@code AgentFreedBenchmarkTest}) about 98% of agents are busy and a freed agent
 * takes a waiting task in a little over half of the decisions; the others find none they may take among the 10,000
 * and stay free for the next arrival. So one operation is three decisions: one freed agent, two new tasks.
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

  /**
   * Tasks submitted per operation, which completes one: with 2, twice as many calls arrive as are answered, so agents
   * stay busy and the backlog stays full of tasks a freed agent may take (with 1, freed agents that find nothing sit
   * idle and take the next arrivals themselves, and the backlog keeps only tasks few agents can take).
   */
  @Param({"2"})
  public int arrivals = 2;

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
    List<AgentProfile> profiles = RoutingScenario.agents(agents, 11);
    templates = RoutingScenario.servable(RoutingScenario.tasks(65_536, 7), profiles);
    for (AgentProfile p : profiles) {
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
    router.submit(RoutingScenario.withId(templates.get((int) (n % templates.size())), id));
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
   * Completes one assigned task (its agent is freed and takes the best waiting task it may: the measured decision),
   * submits {@link #arrivals} new tasks, and over the backlog abandons the longest waiting ones.
   *
   * @return the id completed, so the work is not eliminated
   */
  @Benchmark
  public Object completeAndSubmit() {
    Object done = completeOne();
    arrive();
    return done;
  }

  /** The first half of an operation: completes the oldest assigned task, if any; returns its id or null. */
  InteractionId completeOne() {
    InteractionId done = router.assigned().poll();
    if (done != null) {
      router.complete(done);
    }
    return done;
  }

  /** The second half of an operation: the new tasks, and the abandonment that keeps the backlog at its size. */
  void arrive() {
    for (int i = 0; i < arrivals; i++) {
      submitNext();
    }
    abandonOverBacklog();
  }
}
