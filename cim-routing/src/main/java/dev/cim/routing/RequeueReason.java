package dev.cim.routing;

/**
 * Why a task went back to waiting.
 */
public enum RequeueReason {
  /** Its agent rejected the offer. */
  REJECTED,
  /** Its offer timed out. */
  TIMED_OUT,
  /** Its agent went offline before accepting. */
  AGENT_OFFLINE,
  /** Its agent was removed from the engine before accepting. */
  AGENT_REMOVED,
  /** It was transferred to a queue or an agent. */
  TRANSFERRED
}
