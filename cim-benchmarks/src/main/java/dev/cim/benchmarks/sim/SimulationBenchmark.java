package dev.cim.benchmarks.sim;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.Skill;
import dev.cim.routing.AgentProfile;
import dev.cim.routing.CapacityModel;
import dev.cim.routing.RoutingConfig;
import dev.cim.routing.sim.AgentGroup;
import dev.cim.routing.sim.ArrivalProcess;
import dev.cim.routing.sim.ContactStream;
import dev.cim.routing.sim.Distribution;
import dev.cim.routing.sim.Replication;
import dev.cim.routing.sim.Scenario;
import dev.cim.routing.sim.Simulator;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One simulated day of a 200-agent center: 12 hours, about 20,000 contacts (a morning and afternoon peak), handle
 * time lognormal with mean 6 minutes, exponential patience of 4 minutes, 10 s wrap-up. {@code SINGLE_SKILL}: one
 * queue, one group of 200. {@code MULTI_SKILL}: four queues each requiring its skill, agents in four groups of 40
 * with one skill plus one group of 40 with all four, longest idle. One operation simulates the whole day with the
 * real engine ({@link Simulator#run}); {@code fifoBaseline} runs the same traffic through a bare event loop with a
 * FIFO dispatcher and no engine, to show what the engine costs on top of the event handling.
 *
 * <p>On a shared machine the wall time per op swings with the load; the {@link Cpu} counters add the benchmark
 * thread's own CPU time: {@code cpuMicros / ops} is the CPU cost of one simulated day on that thread, and
 * {@code processCpuMicros / ops} the whole JVM's (garbage collection and JIT included) over the same spans.
 *
 * <p>Run: {@code mvn -B -q package -pl cim-benchmarks -am -DskipTests && java -jar
 * cim-benchmarks/target/benchmarks.jar SimulationBenchmark -f 1 -wi 3 -i 5 -r 2s -w 2s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SimulationBenchmark {

  /** Single or multi-skill day. */
  @Param({"SINGLE_SKILL", "MULTI_SKILL"})
  public String shape;

  private Scenario scenario;
  private long seed;

  /** Per-hour rates of a 12-hour day, about 20,000 contacts in all. */
  static final double[] DAY = {900, 1500, 2000, 2100, 1900, 1500, 1400, 1800, 2000, 1900, 1500, 1000};

  /** Builds the scenario. */
  @Setup
  public void setUp() {
    scenario = "SINGLE_SKILL".equals(shape) ? singleSkill() : multiSkill();
  }

  static Scenario singleSkill() {
    ContactStream s = stream("sales", DAY, Map.of());
    AgentGroup g = AgentGroup.of("team", 200, profile(Map.of()), Duration.ofHours(12));
    return Scenario.of(RoutingConfig.custom().autoAccept(true).build(), List.of(s), List.of(g), Duration.ofHours(12));
  }

  static Scenario multiSkill() {
    List<ContactStream> streams = new ArrayList<>();
    List<AgentGroup> groups = new ArrayList<>();
    for (int q = 0; q < 4; q++) {
      double[] quarter = new double[DAY.length];
      for (int i = 0; i < DAY.length; i++) {
        quarter[i] = DAY[i] / 4;
      }
      Skill skill = Skill.of("s" + q);
      streams.add(stream("q" + q, quarter, Map.of(skill, 3)));
      groups.add(AgentGroup.of("g" + q, 40, profile(Map.of(skill, 6)), Duration.ofHours(12)));
    }
    groups.add(AgentGroup.of("blend", 40, profile(Map.of(Skill.of("s0"), 4, Skill.of("s1"), 4, Skill.of("s2"), 4,
        Skill.of("s3"), 4)), Duration.ofHours(12)));
    return Scenario.of(RoutingConfig.custom().autoAccept(true).build(), streams, groups, Duration.ofHours(12));
  }

  private static ContactStream stream(String queue, double[] rates, Map<Skill, Integer> required) {
    return ContactStream.of(queue, Channel.VOICE, ArrivalProcess.piecewise(Duration.ofHours(1), rates),
            Distribution.lognormal(Duration.ofMinutes(6), Duration.ofMinutes(4)))
        .withPatience(Distribution.exponential(Duration.ofMinutes(4)))
        .withRequired(required);
  }

  private static AgentProfile profile(Map<Skill, Integer> skills) {
    AgentProfile p = AgentProfile.of(AgentId.of("template"), CapacityModel.single(Channel.VOICE, 1))
        .withWrapUp(Duration.ofSeconds(10));
    for (Map.Entry<Skill, Integer> e : skills.entrySet()) {
      p = p.withSkill(e.getKey(), e.getValue());
    }
    return p;
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** CPU time of the benchmark thread, summed per iteration (JMH prints the totals beside the score). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Cpu {
    /** CPU microseconds of the benchmark thread spent in the measured operations. */
    public long cpuMicros;
    /**
     * CPU microseconds of the whole JVM during the measured operations: adds garbage collection and JIT compiler
     * threads (and JMH's own, mostly idle), an upper bound of what one operation costs.
     */
    public long processCpuMicros;
    /** Operations (simulated days) measured. */
    public long ops;
  }

  /**
   * Simulates one day with the real engine.
   *
   * @param cpu the CPU counters
   * @return the replication, so the work is not eliminated
   */
  @Benchmark
  public Replication simulateDay(Cpu cpu) {
    long p0 = OS.getProcessCpuTime();
    long t0 = THREADS.getCurrentThreadCpuTime();
    Replication r = Simulator.run(scenario, seed++);
    cpu.cpuMicros += (THREADS.getCurrentThreadCpuTime() - t0) / 1000;
    cpu.processCpuMicros += (OS.getProcessCpuTime() - p0) / 1000;
    cpu.ops++;
    return r;
  }

  /**
   * The same traffic through a bare event loop: 200 identical servers, FIFO, patience, wrap-up; no engine.
   *
   * @param cpu the CPU counters
   * @return answered contacts, so the work is not eliminated
   */
  @Benchmark
  public long fifoBaseline(Cpu cpu) {
    long p0 = OS.getProcessCpuTime();
    long t0 = THREADS.getCurrentThreadCpuTime();
    long r = fifo(seed++);
    cpu.cpuMicros += (THREADS.getCurrentThreadCpuTime() - t0) / 1000;
    cpu.processCpuMicros += (OS.getProcessCpuTime() - p0) / 1000;
    cpu.ops++;
    return r;
  }

  static long fifo(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    ArrivalProcess arrivals = ArrivalProcess.piecewise(Duration.ofHours(1), DAY);
    Distribution handle = Distribution.lognormal(Duration.ofMinutes(6), Duration.ofMinutes(4));
    Distribution patience = Distribution.exponential(Duration.ofMinutes(4));
    PriorityQueue<double[]> events = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
    ArrayDeque<double[]> waiting = new ArrayDeque<>();
    int free = 200;
    long answered = 0;
    double t = arrivals.nextArrival(0, rnd);
    events.add(new double[] {t, 0, 0});
    while (!events.isEmpty()) {
      double[] e = events.poll();
      double now = e[0];
      if (e[1] == 0) { // arrival: {time, 0, deadline slot}
        double[] c = {now + patience.sampleSeconds(rnd), 0};
        waiting.add(c);
        events.add(new double[] {c[0], 2, 0, waiting.size()});
        double next = arrivals.nextArrival(now, rnd);
        if (next < 12 * 3600) {
          events.add(new double[] {next, 0, 0});
        }
      } else if (e[1] == 1) { // server free
        free++;
      }
      // e[1] == 2: a patience deadline; expired contacts are dropped below
      while (free > 0 && !waiting.isEmpty()) {
        double[] c = waiting.poll();
        if (c[0] < now) {
          continue; // abandoned
        }
        free--;
        answered++;
        events.add(new double[] {now + handle.sampleSeconds(rnd) + 10, 1, 0});
      }
    }
    return answered;
  }
}
