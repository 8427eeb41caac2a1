package dev.cim.benchmarks.routing;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Skill;
import dev.cim.routing.AgentProfile;
import dev.cim.routing.CapacityModel;
import dev.cim.routing.Task;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The issue-3 scenario, generated deterministically: agents with 4 to 10 of 200 skills (popularity skewed: a few
 * skills are common, most are rare) at levels 1 to 10, each taking one voice call or up to three chats; tasks needing
 * 1 to 3 skills with minimum levels 1 to 6, in 10 priorities, half voice, half chat.
 */
public final class RoutingScenario {
  /** Number of distinct skills. */
  public static final int SKILLS = 200;

  private static final List<Skill> SKILL_LIST = new ArrayList<>();

  static {
    for (int i = 0; i < SKILLS; i++) {
      SKILL_LIST.add(Skill.of("skill-" + i));
    }
  }

  private RoutingScenario() {}

  /** Picks a skill with skew: low indexes are much more common. */
  static Skill skill(SplittableRandom r) {
    double u = r.nextDouble();
    return SKILL_LIST.get((int) (SKILLS * u * u));
  }

  /**
   * Generates agent profiles.
   *
   * @param count how many
   * @param seed the random seed
   * @return the profiles
   */
  public static List<AgentProfile> agents(int count, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    CapacityModel cap = CapacityModel.exclusive(Map.of(Channel.VOICE, 1, Channel.CHAT, 3));
    List<AgentProfile> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int n = 4 + r.nextInt(7);
      Map<Skill, Integer> skills = new LinkedHashMap<>();
      while (skills.size() < n) {
        skills.put(skill(r), 1 + r.nextInt(10));
      }
      out.add(new AgentProfile(AgentId.of("agent-" + i), skills, java.util.Optional.empty(), cap,
          java.time.Duration.ZERO, java.util.Set.of()));
    }
    return out;
  }

  /**
   * Generates task templates (the id is replaced per use).
   *
   * @param count how many
   * @param seed the random seed
   * @return the tasks, with ids {@code tpl-<i>}
   */
  public static List<Task> tasks(int count, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Task> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Task.Builder b = Task.builder(InteractionId.of("tpl-" + i), r.nextBoolean() ? Channel.VOICE : Channel.CHAT)
          .priority(r.nextInt(10));
      int n = 1 + r.nextInt(3);
      for (int k = 0; k < n; k++) {
        b.require(skill(r), 1 + r.nextInt(6));
      }
      out.add(b.build());
    }
    return out;
  }

  /**
   * Keeps the tasks that at least one of the agents may take: an agent with every required skill at the task's
   * minimum level or above (every agent of the scenario takes both channels). A generated task can need a rare skill
   * at a level, or a set of skills, that no agent has; such a task would wait forever.
   *
   * @param tasks the tasks, in order
   * @param agents the agents
   * @return the servable tasks, in their order
   */
  public static List<Task> servable(List<Task> tasks, List<AgentProfile> agents) {
    // per skill, per minimum level: the agents with that skill at that level or above
    Map<Skill, BitSet[]> atLeast = new HashMap<>();
    for (int i = 0; i < agents.size(); i++) {
      for (Map.Entry<Skill, Integer> e : agents.get(i).skills().entrySet()) {
        BitSet[] byLevel = atLeast.computeIfAbsent(e.getKey(), k -> new BitSet[Skill.MAX_LEVEL + 1]);
        for (int level = Skill.MIN_LEVEL; level <= e.getValue(); level++) {
          if (byLevel[level] == null) {
            byLevel[level] = new BitSet(agents.size());
          }
          byLevel[level].set(i);
        }
      }
    }
    List<Task> out = new ArrayList<>(tasks.size());
    for (Task t : tasks) {
      BitSet able = null;
      for (Map.Entry<Skill, Integer> e : t.required().entrySet()) {
        BitSet[] byLevel = atLeast.get(e.getKey());
        BitSet holders = byLevel == null ? null : byLevel[e.getValue()];
        if (holders == null) {
          able = new BitSet();
          break;
        }
        if (able == null) {
          able = (BitSet) holders.clone();
        } else {
          able.and(holders);
        }
      }
      if (able == null || !able.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Returns a template with a new id.
   *
   * @param template the template
   * @param id the id
   * @return the task
   */
  public static Task withId(Task template, InteractionId id) {
    return new Task(id, template.channel(), template.queue(), template.priority(), template.required(),
        template.preferred(), template.preferredAgent(), template.preferredAgentWait(), template.enqueuedAt());
  }
}
