package dev.cim.benchmarks.routing;

import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Skill;
import dev.cim.routing.AgentProfile;
import dev.cim.routing.Presence;
import dev.cim.routing.RoutingConfig;
import dev.cim.routing.RoutingEngine;
import dev.cim.routing.Strategy;
import dev.cim.routing.Task;
import dev.cim.routing.TaskSnapshot;
import dev.cim.routing.TaskStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Routing quality, not speed: compares the per-event greedy choice with batch mode (an optimal assignment at a tick)
 * on the benchmark scenario ({@link RoutingScenario}), deterministically, on a fixed clock. Two situations:
 *
 * <ul>
 *   <li><b>backlog</b>: tasks wait (enqueued over the last 10 minutes) and the agents come back from a break; greedy:
 *       each agent, as it becomes available, takes the best waiting tasks it can; batch: one tick matches all.</li>
 *   <li><b>burst</b>: the agents are idle and the tasks arrive at once; greedy: each task takes the best ready
 *       agent as it arrives; batch: one tick matches all.</li>
 * </ul>
 *
 * <p>Both use {@link Strategy#BEST_SKILL_MATCH} and auto-accept. Figures: tasks matched, the sum and mean of the
 * matched agents' levels in the tasks' required skills (skill match), the summed priority of the matched tasks, and
 * the mean wait of the tasks matched and of those left waiting. Not a JMH benchmark: nothing here is timed except the
 * batch tick, as an indication only.
 *
 * <p>Run: {@code java -cp cim-benchmarks/target/benchmarks.jar dev.cim.benchmarks.routing.BatchVersusGreedy [agents]
 * [tasks]} (default 300 agents, 600 tasks).
 */
public final class BatchVersusGreedy {
  private BatchVersusGreedy() {}

  /**
   * The figures of one run.
   *
   * @param matched tasks assigned
   * @param skillMatch sum over assigned tasks of the agent's levels in the required skills
   * @param priority sum of the assigned tasks' priorities
   * @param meanWaitMatched mean wait of the assigned tasks, seconds
   * @param meanWaitLeft mean wait of the tasks left waiting, seconds
   * @param millis wall time of the matching (indicative)
   */
  public record Figures(int matched, long skillMatch, long priority, double meanWaitMatched, double meanWaitLeft,
      long millis) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "matched %4d | skill match %6d (%.2f per task) | priority %5d | wait matched %5.1f s, left %5.1f s | %d ms",
          matched, skillMatch, matched == 0 ? 0.0 : (double) skillMatch / matched, priority, meanWaitMatched,
          meanWaitLeft, millis);
    }
  }

  /**
   * Runs one situation in one mode.
   *
   * @param agents how many agents
   * @param tasks how many tasks
   * @param batch batch mode or greedy
   * @param backlog the backlog situation, else the burst
   * @return the figures
   */
  public static Figures run(int agents, int tasks, boolean batch, boolean backlog) {
    Instant now = Instant.parse("2026-01-01T12:00:00Z");
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    RoutingEngine e = RoutingEngine.builder().clock(clock).config(RoutingConfig.custom()
        .strategy(Strategy.BEST_SKILL_MATCH).autoAccept(true).batchMode(batch).batchLimit(10_000).build()).build();
    List<AgentProfile> profiles = RoutingScenario.agents(agents, 11);
    Map<String, AgentProfile> byId = new HashMap<>();
    profiles.forEach(p -> byId.put(p.id().value(), p));
    List<Task> templates = RoutingScenario.tasks(tasks, 7);
    long started;
    if (backlog) {
      profiles.forEach(p -> e.addAgent(p, Presence.OFFLINE));
      submit(e, templates, now);
      started = System.nanoTime();
      profiles.forEach(p -> e.setPresence(p.id(), Presence.AVAILABLE));
      e.tick();
    } else {
      profiles.forEach(p -> e.addAgent(p, Presence.AVAILABLE));
      started = System.nanoTime();
      submit(e, templates, now);
      e.tick();
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    int matched = 0;
    long skill = 0;
    long prio = 0;
    double waitMatched = 0;
    double waitLeft = 0;
    for (InteractionId id : e.taskIds()) {
      TaskSnapshot s = e.task(id).orElseThrow();
      double wait = Duration.between(s.enqueuedAt(), now).toMillis() / 1000.0;
      if (s.status() == TaskStatus.ASSIGNED) {
        matched++;
        AgentProfile p = byId.get(s.agent().orElseThrow().value());
        for (Skill k : s.task().required().keySet()) {
          skill += p.level(k);
        }
        prio += s.task().priority();
        waitMatched += wait;
      } else {
        waitLeft += wait;
      }
    }
    int left = e.taskIds().size() - matched;
    return new Figures(matched, skill, prio, matched == 0 ? 0 : waitMatched / matched,
        left == 0 ? 0 : waitLeft / left, millis);
  }

  /** Submits the tasks with enqueue times spread over the 10 minutes before now. */
  private static void submit(RoutingEngine e, List<Task> templates, Instant now) {
    for (int i = 0; i < templates.size(); i++) {
      Instant at = now.minusMillis((long) (templates.size() - i) * 600_000L / templates.size());
      e.submitTask(RoutingScenario.withId(templates.get(i), InteractionId.of("t" + i)).withEnqueuedAt(at));
    }
  }

  /**
   * Prints the comparison.
   *
   * @param args optional: agents, tasks
   */
  public static void main(String[] args) {
    int agents = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    int tasks = args.length > 1 ? Integer.parseInt(args[1]) : 600;
    System.out.printf(Locale.ROOT, "%d agents, %d tasks (RoutingScenario seeds 11 / 7), BEST_SKILL_MATCH%n", agents,
        tasks);
    for (boolean backlog : new boolean[] {true, false}) {
      String name = backlog ? "backlog" : "burst  ";
      System.out.println(name + " greedy: " + run(agents, tasks, false, backlog));
      System.out.println(name + " batch : " + run(agents, tasks, true, backlog));
    }
  }
}
