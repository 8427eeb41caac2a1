package dev.cim.routing;

import dev.cim.core.model.Channel;
import dev.cim.core.model.InteractionId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An agent's routing state at one moment.
 *
 * <p>Immutable and thread-safe.
 *
 * @param profile the profile; not null
 * @param presence the presence; not null
 * @param load tasks offered or assigned per channel (channels with none are absent); not null
 * @param usedBudget total weight held, {@code >= 0}
 * @param offered tasks offered to the agent and not yet answered; not null
 * @param assigned tasks assigned to the agent; not null
 * @param wrapUpUntil the end of the current wrap-up, if in wrap-up; not null
 */
public record AgentSnapshot(AgentProfile profile, Presence presence, Map<Channel, Integer> load, int usedBudget,
    Set<InteractionId> offered, Set<InteractionId> assigned, Optional<Instant> wrapUpUntil) {
  /**
   * Validates and copies the arguments.
   *
   * @throws NullPointerException if an argument is null
   */
  public AgentSnapshot {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(presence, "presence");
    load = Map.copyOf(load);
    offered = Set.copyOf(offered);
    assigned = Set.copyOf(assigned);
    Objects.requireNonNull(wrapUpUntil, "wrapUpUntil");
  }
}
