package dev.cim.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One message of an interaction: something the customer, an agent, a bot, the system or a supervisor wrote or said.
 *
 * <p>Messages are append-only: a store never changes a message once appended, so they carry no version. Analysers
 * (such as cim-sentiment) attach their results as attributes before the message is stored, for example
 * {@link #SENTIMENT}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the identifier; not null
 * @param interactionId the interaction it belongs to; not null
 * @param role who wrote it; not null
 * @param authorId the author's identifier (an agent id, a bot's name), if known; not null
 * @param text the text, possibly empty, at most {@link #MAX_TEXT_LENGTH} characters; not null
 * @param sentAt when it was sent; not null
 * @param attributes custom attributes; not null
 */
public record Message(
    MessageId id,
    InteractionId interactionId,
    AuthorRole role,
    Optional<String> authorId,
    String text,
    Instant sentAt,
    Attributes attributes) {

  /** The longest text accepted: 1 MiB of UTF-16 code units. */
  public static final int MAX_TEXT_LENGTH = 1 << 20;

  /** The sentiment compound score in [-1, 1] that a {@code MessageAnalyzer} attached, if any. */
  public static final AttributeKey<Double> SENTIMENT = AttributeKey.of("cim.sentiment", Double.class);

  /**
   * Validates the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the text is longer than {@link #MAX_TEXT_LENGTH}, or the author id is blank
   *     or longer than 256 characters
   */
  public Message {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(authorId, "authorId");
    authorId.ifPresent(a -> Customer.checkText("authorId", a));
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException("text of message '" + id + "' must be at most " + MAX_TEXT_LENGTH
          + " characters, but was " + text.length());
    }
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(attributes, "attributes");
  }

  /**
   * Returns a message with no author id and no attributes.
   *
   * @param id the identifier; not null
   * @param interactionId the interaction; not null
   * @param role who wrote it; not null
   * @param text the text; not null
   * @param sentAt when; not null
   * @return the message
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the text is too long
   */
  public static Message of(MessageId id, InteractionId interactionId, AuthorRole role, String text, Instant sentAt) {
    return new Message(id, interactionId, role, Optional.empty(), text, sentAt, Attributes.empty());
  }

  /**
   * Returns a copy with other attributes.
   *
   * @param a the attributes; not null
   * @return the copy
   */
  public Message withAttributes(Attributes a) {
    return new Message(id, interactionId, role, authorId, text, sentAt, a);
  }

  /**
   * Returns a copy with another text; for redaction before storing.
   *
   * @param t the text; not null
   * @return the copy
   */
  public Message withText(String t) {
    return new Message(id, interactionId, role, authorId, t, sentAt, attributes);
  }

  /**
   * Returns a copy in another interaction; for merging.
   *
   * @param i the interaction; not null
   * @return the copy
   */
  public Message withInteractionId(InteractionId i) {
    return new Message(id, i, role, authorId, text, sentAt, attributes);
  }

  /** Returns the id, role and time, but not the text, which may hold personal data. */
  @Override
  public String toString() {
    return "Message[id=" + id + ", interactionId=" + interactionId + ", role=" + role + ", sentAt=" + sentAt
        + ", length=" + text.length() + "]";
  }
}
