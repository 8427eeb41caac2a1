package dev.cim.core.analytics;

/**
 * What an agent is doing, as a host reports it for occupancy ({@link FactRecorder#recordPresence}).
 *
 * @since 0.1.0
 */
public enum AgentActivity {
  /** Logged in and ready, handling nothing. */
  AVAILABLE,
  /** Logged in and handling at least one interaction. */
  BUSY,
  /** Logged in but not taking work (break, meeting, training). */
  AWAY,
  /** Logged out. */
  OFFLINE
}
