package dev.cim.examples;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Skill;
import dev.cim.routing.AgentProfile;
import dev.cim.routing.CapacityModel;
import dev.cim.routing.Decision;
import dev.cim.routing.Presence;
import dev.cim.routing.RoutingConfig;
import dev.cim.routing.RoutingEngine;
import dev.cim.routing.Strategy;
import dev.cim.routing.Task;
import dev.cim.routing.event.RoutingListener;
import dev.cim.routing.event.TaskAssigned;
import dev.cim.routing.event.TaskOffered;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Embedding only the routing engine in existing contact-center software: the host feeds agents, presence and tasks,
 * and reacts to offers. No hub, no stores: the engine needs only cim-core's value types.
 */
public final class RoutingOnlyExample {
  private RoutingOnlyExample() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print; not null
   * @return the assignments made, as {@code task -> agent} strings, in order
   */
  public static List<String> run(PrintStream out) {
    List<String> assignments = new ArrayList<>();
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC); // your clock, or a test's
    RoutingEngine engine = RoutingEngine.builder()
        .clock(clock)
        .config(RoutingConfig.custom().strategy(Strategy.BEST_SKILL_MATCH).autoAccept(false).build())
        .listener(new RoutingListener() {
          @Override
          public void onOffered(TaskOffered e) { // ring the agent's phone / pop the chat in your software
            out.println("offer " + e.taskId() + " to " + e.agentId() + ": " + e.decision().summary());
          }

          @Override
          public void onAssigned(TaskAssigned e) {
            assignments.add(e.taskId() + " -> " + e.agentId());
          }
        })
        .build();

    // Agents: skills with levels (languages are skills), capacity per channel, presence.
    engine.addAgent(AgentProfile.of(AgentId.of("ann"), CapacityModel.single(Channel.VOICE, 1))
        .withSkill(Skill.of("billing"), 9).withSkill(Skill.language("es"), 8), Presence.AVAILABLE);
    engine.addAgent(AgentProfile.of(AgentId.of("bob"), CapacityModel.independent(Map.of(Channel.VOICE, 1,
        Channel.CHAT, 3))).withSkill(Skill.of("billing"), 5), Presence.AVAILABLE);

    // A Spanish-speaking caller about billing: only ann qualifies.
    InteractionId call = InteractionId.of("call-1");
    engine.submitTask(Task.builder(call, Channel.VOICE).require(Skill.of("billing"), 4)
        .require(Skill.language("es"), 5).priority(5).build());
    engine.accept(call, AgentId.of("ann")); // the agent picked up

    // A chat about billing: ann is busy on a call and handles no chat, so bob gets it.
    InteractionId chat = InteractionId.of("chat-1");
    engine.submitTask(Task.builder(chat, Channel.CHAT).require(Skill.of("billing"), 3).build());
    Decision why = engine.explain(chat);
    out.println("why: " + why.summary());
    engine.accept(chat, AgentId.of("bob"));

    engine.complete(call); // the call ended: ann's capacity is free again (after her wrap-up time)
    out.println("assigned: " + assignments);
    return assignments;
  }
}
