package dev.cim.core;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.Customer;
import dev.cim.core.model.Interaction;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an agent needs to see so that the customer never has to repeat themselves: the profile, the unified timeline
 * across every channel, the open cases with their whole cross-channel conversation, the last agent, and the channels
 * the customer has used. Returned by {@link InteractionHub#context}.
 *
 * <p>It is agent-facing: the timeline includes supervisors' whispers
 * ({@link dev.cim.core.model.AuthorRole#SUPERVISOR_WHISPER}), which the customer must never see; for anything
 * customer-facing use {@link InteractionHub#customerTranscript}.
 *
 * <p>Immutable and thread-safe. It is a snapshot: it does not change when the stores change later.
 *
 * @param customer the profile; not null
 * @param timeline the most recent messages on every channel, newest first (at most the hub's timeline limit); not null
 * @param recentInteractions the most recent interactions on every channel, newest first; not null
 * @param openCases the cases with at least one open interaction, most recently active first; not null
 * @param lastAgent the agent who most recently handled the customer, if any; not null
 * @param channelsUsed the channels of the recent interactions, most recent first; not null
 */
public record CustomerContext(Customer customer, List<TimelineEntry> timeline, List<Interaction> recentInteractions,
    List<CaseView> openCases, Optional<AgentId> lastAgent, Set<Channel> channelsUsed) {
  /**
   * Validates and copies the arguments.
   *
   * @throws NullPointerException if an argument or an element is null
   */
  public CustomerContext {
    Objects.requireNonNull(customer, "customer");
    timeline = List.copyOf(timeline);
    recentInteractions = List.copyOf(recentInteractions);
    openCases = List.copyOf(openCases);
    Objects.requireNonNull(lastAgent, "lastAgent");
    channelsUsed = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(channelsUsed));
  }
}
