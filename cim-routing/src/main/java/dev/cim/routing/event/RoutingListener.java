package dev.cim.routing.event;

/**
 * Receives the routing engine's events. Every method has a no-op default.
 *
 * <p>Listeners run synchronously on the thread whose call caused the event, after the engine has released its lock,
 * in the order the events happened within that call and in the order listeners were registered. They must be fast
 * and must not block; they may call the engine (for example to accept an offer), which then raises its own events
 * after the current ones. A listener that throws is isolated: the exception is logged at WARN (ids only) and counted
 * ({@code RoutingEngine.listenerFailures()}), the other listeners still run, and the engine's state is not affected.
 */
public interface RoutingListener {

  /**
   * A task was offered to an agent.
   *
   * @param event the event; not null
   */
  default void onOffered(TaskOffered event) {}

  /**
   * An agent accepted an offer.
   *
   * @param event the event; not null
   */
  default void onAccepted(OfferAccepted event) {}

  /**
   * An agent rejected an offer.
   *
   * @param event the event; not null
   */
  default void onRejected(OfferRejected event) {}

  /**
   * An offer timed out.
   *
   * @param event the event; not null
   */
  default void onTimedOut(OfferTimedOut event) {}

  /**
   * A task was assigned to an agent.
   *
   * @param event the event; not null
   */
  default void onAssigned(TaskAssigned event) {}

  /**
   * A task went back to waiting.
   *
   * @param event the event; not null
   */
  default void onRequeued(TaskRequeued event) {}

  /**
   * A task moved to its overflow queue.
   *
   * @param event the event; not null
   */
  default void onOverflowed(TaskOverflowed event) {}

  /**
   * A task was cancelled.
   *
   * @param event the event; not null
   */
  default void onCancelled(TaskCancelled event) {}

  /**
   * An assigned task completed.
   *
   * @param event the event; not null
   */
  default void onCompleted(TaskCompleted event) {}

  /**
   * An open offer of a task was withdrawn (accepted by another agent, agent offline or removed, task cancelled or
   * transferred); see {@link OfferWithdrawn} for when and in which order.
   *
   * @param event the event; not null
   * @since 0.1.0
   */
  default void onWithdrawn(OfferWithdrawn event) {}
}
