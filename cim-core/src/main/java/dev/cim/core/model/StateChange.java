package dev.cim.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of an interaction's lifecycle: the state it entered and when.
 *
 * <p>Immutable and thread-safe.
 *
 * @param state the state entered; not null
 * @param at when; not null
 */
public record StateChange(InteractionState state, Instant at) {
  /**
   * Validates the arguments.
   *
   * @throws NullPointerException if an argument is null
   */
  public StateChange {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(at, "at");
  }
}
