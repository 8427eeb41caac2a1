package dev.cim.core.journey;

import dev.cim.core.model.CustomerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's move into a stage.
 *
 * @param customerId the customer; not null
 * @param from the stage left; empty for the customer's entry into the initial stage; not null
 * @param to the stage entered; not null
 * @param at when (the signal's time); not null
 * @param because the rule's description, or {@code "first signal"} for the entry; not null
 * @since 0.1.0
 */
public record StageChange(CustomerId customerId, Optional<String> from, String to, Instant at, String because) {
  /**
   * Validates the change.
   *
   * @throws NullPointerException if an argument is null
   */
  public StageChange {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(because, "because");
  }
}
