package dev.cim.benchmarks.routing;

import dev.cim.core.model.InteractionId;
import dev.cim.routing.AgentProfile;
import dev.cim.routing.Task;
import java.util.Queue;

/** What the benchmarks drive: the engine or the naive baseline, auto-accepting. */
interface DecisionRouter {
  void addAvailableAgent(AgentProfile profile);

  void submit(Task task);

  void complete(InteractionId id);

  void cancel(InteractionId id);

  /** How many tasks wait; cheap enough to call once per operation. */
  int waiting();

  /**
   * Cancels a task if it still waits, as when a caller hangs up: the benchmark's way of keeping its backlog steady.
   *
   * @return whether the task was waiting and is now cancelled
   */
  boolean abandonIfWaiting(InteractionId id);

  /** Ids of tasks assigned so far and not yet taken by the benchmark; thread-safe. */
  Queue<InteractionId> assigned();
}
