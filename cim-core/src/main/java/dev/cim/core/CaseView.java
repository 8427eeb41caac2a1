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
 * @param conversation the messages of all its interactions across channels, oldest first (by time sent, then message
 *     id); empty where the caller did not load them; not null (since 0.1.0)
 */
public record CaseView(CaseId caseId, Optional<String> topic, List<Interaction> interactions, Set<Channel> channels,
    Set<AgentId> agents, InteractionState latestState, Instant lastActivity, List<TimelineEntry> conversation) {
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
    conversation = List.copyOf(conversation);
  }

  /**
   * Creates a view without the conversation (the form before 0.1.0).
   *
   * @param caseId the case; not null
   * @param topic the topic; not null
   * @param interactions its interactions, oldest first; not empty
   * @param channels the channels; not null
   * @param agents the agents; not null
   * @param latestState the latest state; not null
   * @param lastActivity the latest update time; not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code interactions} is empty
   */
  public CaseView(CaseId caseId, Optional<String> topic, List<Interaction> interactions, Set<Channel> channels,
      Set<AgentId> agents, InteractionState latestState, Instant lastActivity) {
    this(caseId, topic, interactions, channels, agents, latestState, lastActivity, List.of());
  }

  /**
   * Builds the view of a case with its conversation; agents who wrote messages count as involved.
   *
   * @param caseId the case
   * @param oldestFirst its interactions, oldest first, not empty
   * @param conversation its messages, oldest first
   */
  static CaseView of(CaseId caseId, List<Interaction> oldestFirst, List<TimelineEntry> conversation) {
    CaseView v = of(caseId, oldestFirst);
    Set<AgentId> agents = new LinkedHashSet<>(v.agents());
    for (TimelineEntry e : conversation) {
      if (e.role() == dev.cim.core.model.AuthorRole.AGENT && e.authorId().isPresent()) {
        try {
          agents.add(AgentId.of(e.authorId().get()));
        } catch (IllegalArgumentException notAnAgentId) {
          // an author id that is no valid agent id names no agent
        }
      }
    }
    return new CaseView(caseId, v.topic(), oldestFirst, v.channels(), agents, v.latestState(), v.lastActivity(),
        conversation);
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
