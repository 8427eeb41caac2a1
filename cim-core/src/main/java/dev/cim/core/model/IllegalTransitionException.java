package dev.cim.core.model;

import dev.cim.core.CimException;
import java.util.Objects;

/**
 * Thrown when an interaction is asked to make a move its lifecycle does not allow, such as CLOSED to QUEUED. The
 * interaction is unchanged.
 */
public final class IllegalTransitionException extends CimException {
  private static final long serialVersionUID = 1L;

  private final InteractionId interactionId;
  private final InteractionState from;
  private final InteractionState to;

  /**
   * Creates the exception.
   *
   * @param interactionId the interaction; not null
   * @param from its current state; not null
   * @param to the state asked for; not null
   */
  public IllegalTransitionException(InteractionId interactionId, InteractionState from, InteractionState to) {
    super(message(interactionId, from, to));
    this.interactionId = interactionId;
    this.from = from;
    this.to = to;
  }

  private static String message(InteractionId interactionId, InteractionState from, InteractionState to) {
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return "interaction '" + interactionId + "' cannot move from " + from + " to " + to + "; allowed from " + from
        + ": " + (from.allowedNext().isEmpty() ? "none (terminal)" : from.allowedNext());
  }

  /**
   * Returns the interaction.
   *
   * @return the id; not null
   */
  public InteractionId getInteractionId() {
    return interactionId;
  }

  /**
   * Returns the state the interaction is in.
   *
   * @return the current state; not null
   */
  public InteractionState getFrom() {
    return from;
  }

  /**
   * Returns the state asked for.
   *
   * @return the rejected target; not null
   */
  public InteractionState getTo() {
    return to;
  }
}
