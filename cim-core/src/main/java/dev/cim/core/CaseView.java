package dev.cim.core;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionState;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One case (one matter) of a customer as an agent sees it: every interaction of the case across channels, oldest
 * first, the channels and agents involved, and where it stands now.
 *
 * @param caseId the case; not null
 * @param topic the topic of its latest interaction that has one, if any; not null
 * @param interactions its interactions, oldest first; not empty
 * @param channels the channels used, in order of first use; not null
 * @param agents the agents involved, in order of first involvement; not null
 * @param latestState the state of its latest interaction; not null
 * @param lastActivity the latest update time of its interactions; not null
 */
public record CaseView(CaseId caseId, Optional<String> topic, List<Interaction> interactions, Set<Channel> channels,
    Set<AgentId> agents, InteractionState latestState, Instant lastActivity) {
  /**
   * Validates and copies the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code interactions} is empty
   */
  public CaseView {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(topic, "topic");
    interactions = List.copyOf(interactions);
    if (interactions.isEmpty()) {
      throw new IllegalArgumentException("interactions of case '" + caseId + "' must not be empty");
    }
    channels = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(channels));
    agents = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(agents));
    Objects.requireNonNull(latestState, "latestState");
    Objects.requireNonNull(lastActivity, "lastActivity");
  }

  static CaseView of(CaseId caseId, List<Interaction> oldestFirst) {
    Set<Channel> channels = new LinkedHashSet<>();
    Set<AgentId> agents = new LinkedHashSet<>();
    Optional<String> topic = Optional.empty();
    Instant last = oldestFirst.get(0).updatedAt();
    for (Interaction i : oldestFirst) {
      channels.add(i.channel());
      i.assignedAgent().ifPresent(agents::add);
      if (i.topic().isPresent()) {
        topic = i.topic();
      }
      if (i.updatedAt().isAfter(last)) {
        last = i.updatedAt();
      }
    }
    Interaction latest = oldestFirst.get(oldestFirst.size() - 1);
    return new CaseView(caseId, topic, oldestFirst, channels, agents, latest.state(), last);
  }

  /**
   * Tells whether any interaction of the case is still open.
   *
   * @return true if the case is open
   */
  public boolean isOpen() {
    return interactions.stream().anyMatch(Interaction::isOpen);
  }
}
