package dev.cim.benchmarks.routing;

import dev.cim.core.model.InteractionId;
import dev.cim.routing.AgentProfile;
import dev.cim.routing.Presence;
import dev.cim.routing.RoutingConfig;
import dev.cim.routing.RoutingEngine;
import dev.cim.routing.Task;
import dev.cim.routing.TaskStatus;
import dev.cim.routing.UnknownTaskException;
import dev.cim.routing.event.RoutingListener;
import dev.cim.routing.event.TaskAssigned;
import dev.cim.routing.event.TaskCancelled;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** The cim routing engine with auto-accept, longest idle, default explanations. */
final class EngineRouter implements DecisionRouter {
  private final Queue<InteractionId> assigned = new ConcurrentLinkedQueue<>();
  private final RoutingEngine engine;
  /** Submitted, less assigned, less cancelled while waiting: kept from the engine's events, as a host would. */
  private final AtomicInteger waiting = new AtomicInteger();
  /** Tasks assigned so far (for tests). */
  private final AtomicLong assignments = new AtomicLong();

  EngineRouter() {
    engine = RoutingEngine.builder().config(RoutingConfig.custom().autoAccept(true).build())
        .listener(new RoutingListener() {
          @Override
          public void onAssigned(TaskAssigned e) {
            waiting.decrementAndGet();
            assignments.incrementAndGet();
            assigned.add(e.taskId());
          }

          @Override
          public void onCancelled(TaskCancelled e) {
            if (e.previousStatus() == TaskStatus.WAITING) {
              waiting.decrementAndGet();
            }
          }
        }).build();
  }

  /** How many tasks were assigned so far (for tests). */
  long assignments() {
    return assignments.get();
  }

  /** The engine (for tests). */
  RoutingEngine engine() {
    return engine;
  }

  @Override
  public void addAvailableAgent(AgentProfile profile) {
    engine.addAgent(profile, Presence.AVAILABLE);
  }

  @Override
  public void submit(Task task) {
    waiting.incrementAndGet();
    engine.submitTask(task);
  }

  @Override
  public void complete(InteractionId id) {
    try {
      engine.complete(id);
    } catch (UnknownTaskException e) {
      // with two threads, abandonIfWaiting can cancel a task that another thread's freed agent took in between
    }
  }

  @Override
  public void cancel(InteractionId id) {
    engine.cancelTask(id);
  }

  @Override
  public int waiting() {
    return waiting.get();
  }

  @Override
  public boolean abandonIfWaiting(InteractionId id) {
    if (engine.task(id).map(t -> t.status() == TaskStatus.WAITING).orElse(false)) {
      // lenient: with two threads the task may be taken, or even completed, between the check and the cancel
      engine.cancel(id);
      return true;
    }
    return false;
  }

  @Override
  public Queue<InteractionId> assigned() {
    return assigned;
  }
}
