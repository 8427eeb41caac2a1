package dev.cim.routing.event;

import dev.cim.core.event.CimEvent;
import dev.cim.core.model.InteractionId;

/**
 * An event of the routing engine, about one task. Events are records stamped by the engine's clock; they carry ids,
 * never message text. Dispatch them with {@link #dispatchTo(RoutingListener)}.
 */
public interface RoutingEvent extends CimEvent {

  /**
   * Returns the task (the interaction) the event is about.
   *
   * @return the id; not null
   */
  InteractionId taskId();

  /**
   * Calls the listener's method for this event's type.
   *
   * @param listener the listener; not null
   */
  void dispatchTo(RoutingListener listener);
}
