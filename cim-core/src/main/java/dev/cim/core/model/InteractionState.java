package dev.cim.core.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The lifecycle of an {@link Interaction}.
 *
 * <p>The legal moves are exactly those of {@link #allowedNext()}:
 * <ul>
 *   <li>{@code NEW} -> QUEUED, ACTIVE, RESOLVED, CLOSED, ABANDONED
 *   <li>{@code QUEUED} -> OFFERED, ACTIVE, TRANSFERRED, CLOSED, ABANDONED
 *   <li>{@code OFFERED} -> ACTIVE (accepted), QUEUED (rejected or timed out), CLOSED, ABANDONED
 *   <li>{@code ACTIVE} -> HELD, WRAP_UP, TRANSFERRED, RESOLVED, CLOSED
 *   <li>{@code HELD} -> ACTIVE, WRAP_UP, TRANSFERRED, CLOSED, ABANDONED
 *   <li>{@code WRAP_UP} -> RESOLVED, CLOSED
 *   <li>{@code TRANSFERRED} -> QUEUED, OFFERED, ACTIVE, CLOSED, ABANDONED
 *   <li>{@code RESOLVED}, {@code CLOSED}, {@code ABANDONED}: terminal, no moves
 * </ul>
 */
public enum InteractionState {
  /** Opened, not yet routed. */
  NEW,
  /** Waiting in a queue for an agent. */
  QUEUED,
  /** Offered to an agent, who has not yet accepted. */
  OFFERED,
  /** Being handled by an agent. */
  ACTIVE,
  /** On hold: the agent has the interaction but is not talking to the customer. */
  HELD,
  /** The conversation has ended; the agent does after-contact work. */
  WRAP_UP,
  /** Handed on by an agent to a queue or another agent; it moves on to QUEUED, OFFERED or ACTIVE. */
  TRANSFERRED,
  /** Terminal: the customer's matter was resolved. */
  RESOLVED,
  /** Terminal: ended without resolution (follow-up needed, spam, duplicate, ...); the disposition says why. */
  CLOSED,
  /** Terminal: the customer left before an agent handled the interaction. */
  ABANDONED;

  private Set<InteractionState> next;

  static {
    NEW.next = EnumSet.of(QUEUED, ACTIVE, RESOLVED, CLOSED, ABANDONED);
    QUEUED.next = EnumSet.of(OFFERED, ACTIVE, TRANSFERRED, CLOSED, ABANDONED);
    OFFERED.next = EnumSet.of(ACTIVE, QUEUED, CLOSED, ABANDONED);
    ACTIVE.next = EnumSet.of(HELD, WRAP_UP, TRANSFERRED, RESOLVED, CLOSED);
    HELD.next = EnumSet.of(ACTIVE, WRAP_UP, TRANSFERRED, CLOSED, ABANDONED);
    WRAP_UP.next = EnumSet.of(RESOLVED, CLOSED);
    TRANSFERRED.next = EnumSet.of(QUEUED, OFFERED, ACTIVE, CLOSED, ABANDONED);
    RESOLVED.next = EnumSet.noneOf(InteractionState.class);
    CLOSED.next = EnumSet.noneOf(InteractionState.class);
    ABANDONED.next = EnumSet.noneOf(InteractionState.class);
    for (InteractionState s : values()) {
      s.next = java.util.Collections.unmodifiableSet(s.next);
    }
  }

  /**
   * Returns the states this state may move to.
   *
   * @return an immutable set, empty for terminal states
   */
  public Set<InteractionState> allowedNext() {
    return next;
  }

  /**
   * Tells whether this state may move to {@code target}.
   *
   * @param target the state to move to; not null
   * @return true if the move is legal
   * @throws NullPointerException if {@code target} is null
   */
  public boolean canMoveTo(InteractionState target) {
    return next.contains(Objects.requireNonNull(target, "target"));
  }

  /**
   * Tells whether this state ends the lifecycle (RESOLVED, CLOSED, ABANDONED).
   *
   * @return true for terminal states
   */
  public boolean isTerminal() {
    return next.isEmpty();
  }

  /**
   * Tells whether an agent holds the interaction in this state (ACTIVE, HELD, WRAP_UP).
   *
   * @return true while an agent is working on it
   */
  public boolean isWithAgent() {
    return this == ACTIVE || this == HELD || this == WRAP_UP;
  }
}
