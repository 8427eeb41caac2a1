package dev.cim.core;

import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Message;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One message in a customer's unified timeline, with the channel and case it belongs to.
 *
 * @param at when it was sent; not null
 * @param channel the channel of its interaction; not null
 * @param interactionId its interaction; not null
 * @param caseId its interaction's case; not null
 * @param role who wrote it; not null
 * @param authorId the author's id, if known; not null
 * @param text the text; not null
 * @param sentiment the sentiment score an analyser attached, if any; not null
 */
public record TimelineEntry(Instant at, Channel channel, InteractionId interactionId, CaseId caseId, AuthorRole role,
    Optional<String> authorId, String text, Optional<Double> sentiment) {
  /**
   * Validates the entry.
   *
   * @throws NullPointerException if an argument is null
   */
  public TimelineEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(authorId, "authorId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentiment, "sentiment");
  }

  static TimelineEntry of(Message m, Channel channel, CaseId caseId) {
    return new TimelineEntry(m.sentAt(), channel, m.interactionId(), caseId, m.role(), m.authorId(), m.text(),
        m.attributes().get(Message.SENTIMENT));
  }

  /** Returns time, channel and role, but not the text. */
  @Override
  public String toString() {
    return "TimelineEntry[at=" + at + ", channel=" + channel + ", interactionId=" + interactionId + ", role=" + role
        + "]";
  }
}
