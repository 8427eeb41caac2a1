package dev.cim.routing;

/**
 * Where a task held by the engine stands.
 */
public enum TaskStatus {
  /** In a queue, waiting for an agent. */
  WAITING,
  /** Offered to an agent who has not yet accepted. */
  OFFERED,
  /** Accepted by (or auto-assigned to) an agent, who holds capacity for it until it completes. */
  ASSIGNED
}
