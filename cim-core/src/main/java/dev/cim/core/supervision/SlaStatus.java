package dev.cim.core.supervision;

import dev.cim.core.event.SlaBreached;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.InteractionId;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The SLA an interaction was given and how it stands: a snapshot kept by {@link SlaMonitor}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param interactionId the interaction; not null
 * @param customerId its customer; not null
 * @param policy the applied policy, chosen when the interaction opened; not null
 * @param openedAt when the interaction opened; not null
 * @param deadlines the targets still running (not yet met, not yet breached) and when each is due; not null
 * @param firstRespondedAt when the first response came, if it did; not null
 * @param resolvedAt when the interaction was resolved, if it was; not null
 * @param breaches every miss so far, oldest first; not null
 * @param finished true once the interaction reached a terminal state; no target runs any more
 * @since 0.1.0
 */
public record SlaStatus(InteractionId interactionId, CustomerId customerId, SlaPolicy policy, Instant openedAt,
    Map<SlaBreached.Target, Instant> deadlines, Optional<Instant> firstRespondedAt, Optional<Instant> resolvedAt,
    List<SlaBreached> breaches, boolean finished) {
  /**
   * Validates and copies the arguments.
   *
   * @throws NullPointerException if an argument or an element is null
   */
  public SlaStatus {
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(openedAt, "openedAt");
    deadlines = deadlines.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(deadlines));
    deadlines.values().forEach(v -> Objects.requireNonNull(v, "deadline"));
    Objects.requireNonNull(firstRespondedAt, "firstRespondedAt");
    Objects.requireNonNull(resolvedAt, "resolvedAt");
    breaches = List.copyOf(breaches);
  }

  /**
   * Tells whether a target was missed.
   *
   * @param target the target; not null
   * @return true if a breach of that target was raised
   * @throws NullPointerException if {@code target} is null
   */
  public boolean breached(SlaBreached.Target target) {
    Objects.requireNonNull(target, "target");
    return breaches.stream().anyMatch(b -> b.target() == target);
  }
}
