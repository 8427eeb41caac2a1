package dev.cim.core.supervision;

import java.time.Instant;

/**
 * Receives supervisor alerts from a {@link SupervisorMonitor}: one {@link #onAlert} per condition, and one
 * {@link #onCleared} when that condition ends; the same condition is not alerted again until it cleared.
 *
 * <p>Listeners run synchronously on the thread that detected the change (a hub event's thread or the caller of
 * {@link SupervisorMonitor#tick}), after the monitor's lock is released. They must be fast and must not block; one
 * that throws is logged at WARN and does not affect the others or the monitor.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SupervisorListener {
  /**
   * A condition started.
   *
   * @param alert the alert; not null
   */
  void onAlert(SupervisorAlert alert);

  /**
   * A condition that was alerted ended (the customer was answered, the hold ended, the conversation recovered, ...).
   * The default does nothing.
   *
   * @param alert the alert raised when it started; not null
   * @param at when it ended; not null
   */
  default void onCleared(SupervisorAlert alert, Instant at) {}
}
