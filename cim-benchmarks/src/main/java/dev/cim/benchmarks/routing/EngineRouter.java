package dev.cim.benchmarks.routing;

import dev.cim.core.model.InteractionId;
import dev.cim.routing.AgentProfile;
import dev.cim.routing.Presence;
import dev.cim.routing.RoutingConfig;
import dev.cim.routing.RoutingEngine;
import dev.cim.routing.Task;
import dev.cim.routing.event.RoutingListener;
import dev.cim.routing.event.TaskAssigned;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The cim routing engine with auto-accept, longest idle, default explanations. */
final class EngineRouter implements DecisionRouter {
  private final Queue<InteractionId> assigned = new ConcurrentLinkedQueue<>();
  private final RoutingEngine engine;

  EngineRouter() {
    engine = RoutingEngine.builder().config(RoutingConfig.custom().autoAccept(true).build())
        .listener(new RoutingListener() {
          @Override
          public void onAssigned(TaskAssigned e) {
            assigned.add(e.taskId());
          }
        }).build();
  }

  @Override
  public void addAvailableAgent(AgentProfile profile) {
    engine.addAgent(profile, Presence.AVAILABLE);
  }

  @Override
  public void submit(Task task) {
    engine.submitTask(task);
  }

  @Override
  public void complete(InteractionId id) {
    engine.complete(id);
  }

  @Override
  public void cancel(InteractionId id) {
    engine.cancelTask(id);
  }

  @Override
  public int waiting() {
    return engine.queue(Task.DEFAULT_QUEUE).waiting();
  }

  @Override
  public Queue<InteractionId> assigned() {
    return assigned;
  }
}
