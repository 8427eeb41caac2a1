package dev.cim.core;

import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Message;
import dev.cim.core.privacy.ConsentEntry;
import java.util.Objects;
import java.util.Optional;

/**
 * A proactive contact the company starts: the first message of an outbound interaction to a contact point on a
 * channel, for a purpose that the contact point must have opted in to (see {@link InteractionHub#sendOutbound}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param channel the channel; not null
 * @param to the contact point to reach, normalised; not null
 * @param purpose the purpose of the contact (e.g. {@code "marketing"}), normalised as {@link ConsentEntry#name}
 *     does; not null
 * @param role who writes: {@link AuthorRole#AGENT}, {@link AuthorRole#BOT} or {@link AuthorRole#SYSTEM}; not null
 * @param authorId the author's id (an agent id, a bot's name), if known; not null
 * @param text the first message; at most {@link Message#MAX_TEXT_LENGTH} characters; not null
 * @param topic what it is about, if known; not null
 */
public record OutboundContact(Channel channel, ContactPoint to, String purpose, AuthorRole role,
    Optional<String> authorId, String text, Optional<String> topic) {
  /**
   * Validates the contact.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the purpose is not valid, the role is not AGENT, BOT or SYSTEM, or the text
   *     is too long
   */
  public OutboundContact {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(to, "to");
    purpose = ConsentEntry.name("purpose", purpose);
    Objects.requireNonNull(role, "role");
    if (role != AuthorRole.AGENT && role != AuthorRole.BOT && role != AuthorRole.SYSTEM) {
      throw new IllegalArgumentException("role of an outbound contact must be AGENT, BOT or SYSTEM, but was " + role);
    }
    Objects.requireNonNull(authorId, "authorId");
    Objects.requireNonNull(text, "text");
    if (text.length() > Message.MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException("text of the outbound contact must be at most " + Message.MAX_TEXT_LENGTH
          + " characters, but was " + text.length());
    }
    Objects.requireNonNull(topic, "topic");
  }

  /**
   * Returns a system message with no author id and no topic.
   *
   * @param channel the channel; not null
   * @param to the contact point; not null
   * @param purpose the purpose; not null
   * @param text the text; not null
   * @return the contact
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the purpose or the text is not valid
   */
  public static OutboundContact of(Channel channel, ContactPoint to, String purpose, String text) {
    return new OutboundContact(channel, to, purpose, AuthorRole.SYSTEM, Optional.empty(), text, Optional.empty());
  }

  /**
   * Returns a copy written by another author.
   *
   * @param r the role: AGENT, BOT or SYSTEM; not null
   * @param id the author's id, or null for none
   * @return the copy
   */
  public OutboundContact withAuthor(AuthorRole r, String id) {
    return new OutboundContact(channel, to, purpose, r, Optional.ofNullable(id), text, topic);
  }

  /**
   * Returns a copy with a topic.
   *
   * @param t the topic, or null for none
   * @return the copy
   */
  public OutboundContact withTopic(String t) {
    return new OutboundContact(channel, to, purpose, role, authorId, text, Optional.ofNullable(t));
  }

  /** Returns the channel, kind of contact point and purpose, but neither the contact point's value nor the text. */
  @Override
  public String toString() {
    return "OutboundContact[channel=" + channel + ", to=" + to.kind() + ", purpose=" + purpose + ", role=" + role
        + ", length=" + text.length() + "]";
  }
}
