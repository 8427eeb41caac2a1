package dev.cim.core.event;

/**
 * Receives cim's events. Every method has a no-op default, so a listener implements only what it needs and a new event
 * type never breaks a host's code.
 *
 * <p>The contract for implementations: listeners run synchronously on the thread that caused the event, in the order
 * they were registered. They must be fast, must not block, and must not call back into the hub that delivers the event
 * (hand work to an executor or a queue instead). A listener that throws is isolated: the exception is logged at WARN
 * (without event content) and counted, the other listeners still run, and the operation that raised the event is not
 * affected.
 */
public interface CimListener {

  /**
   * A customer was created on first contact.
   *
   * @param event the event; not null
   */
  default void onCustomerCreated(CustomerCreated event) {}

  /**
   * An interaction was opened.
   *
   * @param event the event; not null
   */
  default void onInteractionOpened(InteractionOpened event) {}

  /**
   * A message was stored.
   *
   * @param event the event; not null
   */
  default void onMessageAdded(MessageAdded event) {}

  /**
   * An interaction moved to another state.
   *
   * @param event the event; not null
   */
  default void onInteractionStateChanged(InteractionStateChanged event) {}

  /**
   * A conversation turned negative.
   *
   * @param event the event; not null
   */
  default void onSentimentAlert(SentimentAlert event) {}

  /**
   * A conversation that had turned negative recovered.
   *
   * @param event the event; not null
   */
  default void onSentimentRecovered(SentimentRecovered event) {}

  /**
   * A customer and everything that belongs to them were erased.
   *
   * @param event the event; not null
   */
  default void onCustomerErased(CustomerErased event) {}

  /**
   * An interaction missed a target of its service-level agreement.
   *
   * @param event the event; not null
   * @since 0.1.0
   */
  default void onSlaBreached(SlaBreached event) {}

  /**
   * A supervisor joined an agent's conversation visibly (barge-in).
   *
   * @param event the event; not null
   * @since 0.1.0
   */
  default void onSupervisorBargedIn(SupervisorBargedIn event) {}

  /**
   * Two customers were merged.
   *
   * @param event the event; not null
   * @since 0.1.0
   */
  default void onCustomersMerged(CustomersMerged event) {}

  /**
   * A merge of two customers was undone.
   *
   * @param event the event; not null
   * @since 0.1.0
   */
  default void onCustomersUnmerged(CustomersUnmerged event) {}

  /**
   * An event without a method of its own in this interface (for example, one added by a host's module).
   *
   * @param event the event; not null
   */
  default void onOtherEvent(CimEvent event) {}
}
