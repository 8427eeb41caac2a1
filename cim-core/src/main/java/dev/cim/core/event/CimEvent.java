package dev.cim.core.event;

import java.time.Instant;

/**
 * Something that happened in cim, delivered to {@link CimListener}s.
 *
 * <p>Events are immutable records stamped with the time from the hub's injected {@link java.time.Clock}. They carry
 * identifiers and facts, never message text. The interface is deliberately not sealed: new event types may come in
 * minor releases, and hosts' modules may add their own; an exhaustive {@code switch} over events would break on
 * either, so dispatch with {@link #dispatchTo(CimListener)} instead.
 */
public interface CimEvent {

  /**
   * Returns when the event happened.
   *
   * @return the time, from the injected clock; not null
   */
  Instant occurredAt();

  /**
   * Calls the listener method for this event's type. cim's own events call their specific method
   * ({@code onMessageAdded}, ...); any other event calls {@link CimListener#onOtherEvent(CimEvent)}.
   *
   * @param listener the listener; not null
   */
  default void dispatchTo(CimListener listener) {
    listener.onOtherEvent(this);
  }
}
