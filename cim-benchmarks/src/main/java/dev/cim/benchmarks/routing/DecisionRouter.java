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

  int waiting();

  /** Ids of tasks assigned so far and not yet taken by the benchmark; thread-safe. */
  Queue<InteractionId> assigned();
}
