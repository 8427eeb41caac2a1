package dev.cim.benchmarks.routing;

import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Skill;
import dev.cim.routing.AgentProfile;
import dev.cim.routing.Presence;
import dev.cim.routing.RoutingEngine;
import dev.cim.routing.Task;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Retained heap per agent and per waiting task of a routing engine: heap in use after full collections, before and
 * after adding N agents (available, so they are in the ready index) and then M waiting tasks (the agents are set away
 * first, so every task waits and is in the queue index). Each agent's profile and each task (with its own id and
 * requirement map) are counted, as the engine retains them; the {@link Skill} objects are shared, as a host that
 * reuses its skill values would. Not a JMH benchmark (JMH's gc profiler measures allocation, not retention).
 *
 * <p>Run: {@code java -XX:+UseSerialGC -Xmx2g -cp cim-benchmarks/target/benchmarks.jar
 * dev.cim.benchmarks.routing.RoutingMemory [agents] [tasks] [runs]} (default 10,000 agents, 100,000 tasks, 3 runs).
 */
public final class RoutingMemory {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private RoutingMemory() {}

  /**
   * Heap in use after full collections: the least of eight readings, each after {@code System.gc()} and a short
   * pause (one collection does not always release everything at once, for example objects whose reference processing
   * needs a second cycle), so the reading is live data plus as little garbage as this method can get rid of.
   */
  static long usedAfterGc() {
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 8; i++) {
      System.gc();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      least = Math.min(least, MEMORY.getHeapMemoryUsage().getUsed());
    }
    return least;
  }

  /**
   * Measures and prints.
   *
   * @param args optional: agents, tasks, runs
   */
  public static void main(String[] args) {
    int agents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int tasks = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<Task> templates = RoutingScenario.tasks(65_536, 7);
    for (int run = 1; run <= runs; run++) {
      measure(run, agents, tasks, templates);
      if (Boolean.getBoolean("raw")) {
        System.out.printf(Locale.ROOT, "  raw heap after the run: %,d%n", usedAfterGc());
      }
    }
  }

  /** One run, in its own frame so that nothing of an earlier run stays reachable from a stack slot. */
  private static void measure(int run, int agents, int tasks, List<Task> templates) {
    RoutingEngine e = RoutingEngine.builder()
        .clock(Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC)).build();
    long before = usedAfterGc();
    addAgents(e, agents, run);
    long withAgents = usedAfterGc();
    for (var id : e.agentIds()) {
      e.setPresence(id, Presence.AWAY);
    }
    long agentsAway = usedAfterGc();
    for (int i = 0; i < tasks; i++) {
      Task tpl = templates.get(i & 65_535);
      Task.Builder b = Task.builder(InteractionId.of("task-" + run + "-" + i), tpl.channel())
          .priority(tpl.priority());
      for (Map.Entry<Skill, Integer> r : tpl.required().entrySet()) {
        b.require(r.getKey(), r.getValue());
      }
      e.submitTask(b.build());
    }
    long withTasks = usedAfterGc();
    System.out.printf(Locale.ROOT,
        "run %d: %,d agents available: %,d bytes per agent (%,d when away, out of the ready index); "
            + "%,d waiting tasks: %,d bytes per task%n",
        run, agents, (withAgents - before) / agents, (agentsAway - before) / agents, tasks,
        (withTasks - agentsAway) / tasks);
    if (Boolean.getBoolean("raw")) {
      System.out.printf(Locale.ROOT, "  raw heap: %,d empty, %,d with agents, %,d agents away, %,d with tasks%n",
          before, withAgents, agentsAway, withTasks);
    }
    if (e.taskIds().size() != tasks) {
      throw new IllegalStateException("expected every task to wait, but " + e.taskIds().size() + " are held");
    }
  }

  private static void addAgents(RoutingEngine e, int agents, int run) {
    for (AgentProfile p : RoutingScenario.agents(agents, 11 + run)) {
      e.addAgent(p, Presence.AVAILABLE);
    }
  }
}
