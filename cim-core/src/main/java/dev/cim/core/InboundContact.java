package dev.cim.core;

import dev.cim.core.identity.ObservedContactPoint;
import dev.cim.core.model.Attributes;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.MessageId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An inbound contact for {@link InteractionHub#receive}: who wrote or called, on which channel, what they said, and
 * optionally what it is about and which conversation it continues.
 *
 * <pre>{@code
 * InboundContact call = InboundContact.of(Channel.VOICE, ContactPoint.phone("+1 415 555 0100"), "My bill is wrong")
 *     .withTopic("billing");
 * InboundContact chat = InboundContact.of(Channel.CHAT, ContactPoint.phone("+14155550100"), "still wrong")
 *     .withThreadRef("chat-session-77");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param channel the channel; not null
 * @param from the contact point it came from, normalised; not null
 * @param text what the customer wrote or said (for a call, a transcript or IVR summary, possibly empty); not null
 * @param topic what it is about (e.g. from an IVR menu or a web form), if known; not null
 * @param threadRef the channel's reference of the conversation it belongs to (an email thread id, a chat session id);
 *     a contact with the thread reference of an open interaction continues that interaction; not null
 * @param displayName the name the contact gave, used for a new customer; not null
 * @param messageId the host's id for this message (an email's Message-ID), making a repeated receive idempotent;
 *     empty to have the hub generate one; not null
 * @param priority the routing priority of a new interaction, {@code >= 0}
 * @param queue the queue for a new interaction, if any; not null
 * @param attributes attributes for the message; not null
 * @param observed further contact points seen on the contact (a number in a signature, a verified account id), for the
 *     hub's {@link dev.cim.core.identity.IdentityResolver}; {@code from} itself counts as observed with
 *     {@link dev.cim.core.identity.Evidence#CHANNEL} evidence; not null, no null elements (since 0.1.0)
 */
public record InboundContact(
    Channel channel,
    ContactPoint from,
    String text,
    Optional<String> topic,
    Optional<String> threadRef,
    Optional<String> displayName,
    Optional<MessageId> messageId,
    int priority,
    Optional<String> queue,
    Attributes attributes,
    List<ObservedContactPoint> observed) {

  /**
   * Validates the contact.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code priority} is negative
   */
  public InboundContact {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(threadRef, "threadRef");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(messageId, "messageId");
    if (priority < 0) {
      throw new IllegalArgumentException("priority must be >= 0, but was " + priority);
    }
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(attributes, "attributes");
    observed = List.copyOf(observed);
  }

  /**
   * Creates a contact with no further observed contact points (the form before 0.1.0).
   *
   * @param channel the channel; not null
   * @param from the contact point; not null
   * @param text the text; not null
   * @param topic the topic; not null
   * @param threadRef the thread reference; not null
   * @param displayName the display name; not null
   * @param messageId the host's message id; not null
   * @param priority the priority, {@code >= 0}
   * @param queue the queue; not null
   * @param attributes the message attributes; not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code priority} is negative
   */
  public InboundContact(Channel channel, ContactPoint from, String text, Optional<String> topic,
      Optional<String> threadRef, Optional<String> displayName, Optional<MessageId> messageId, int priority,
      Optional<String> queue, Attributes attributes) {
    this(channel, from, text, topic, threadRef, displayName, messageId, priority, queue, attributes, List.of());
  }

  /**
   * Returns a contact with no topic, thread, name, message id, queue or attributes, and priority 0.
   *
   * @param channel the channel; not null
   * @param from the contact point; not null
   * @param text the text; not null
   * @return the contact
   * @throws NullPointerException if an argument is null
   */
  public static InboundContact of(Channel channel, ContactPoint from, String text) {
    return new InboundContact(channel, from, text, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), 0, Optional.empty(), Attributes.empty(), List.of());
  }

  /**
   * Returns a copy with a topic.
   *
   * @param t the topic, or null for none
   * @return the copy
   */
  public InboundContact withTopic(String t) {
    return new InboundContact(channel, from, text, Optional.ofNullable(t), threadRef, displayName, messageId,
        priority, queue, attributes, observed);
  }

  /**
   * Returns a copy with a thread reference.
   *
   * @param ref the reference, or null for none
   * @return the copy
   */
  public InboundContact withThreadRef(String ref) {
    return new InboundContact(channel, from, text, topic, Optional.ofNullable(ref), displayName, messageId, priority,
        queue, attributes, observed);
  }

  /**
   * Returns a copy with a display name.
   *
   * @param name the name, or null for none
   * @return the copy
   */
  public InboundContact withDisplayName(String name) {
    return new InboundContact(channel, from, text, topic, threadRef, Optional.ofNullable(name), messageId, priority,
        queue, attributes, observed);
  }

  /**
   * Returns a copy with the host's message id.
   *
   * @param id the id, or null to let the hub generate one
   * @return the copy
   */
  public InboundContact withMessageId(MessageId id) {
    return new InboundContact(channel, from, text, topic, threadRef, displayName, Optional.ofNullable(id), priority,
        queue, attributes, observed);
  }

  /**
   * Returns a copy with a routing priority.
   *
   * @param p the priority, {@code >= 0}
   * @return the copy
   */
  public InboundContact withPriority(int p) {
    return new InboundContact(channel, from, text, topic, threadRef, displayName, messageId, p, queue, attributes,
        observed);
  }

  /**
   * Returns a copy with a queue.
   *
   * @param q the queue, or null for none
   * @return the copy
   */
  public InboundContact withQueue(String q) {
    return new InboundContact(channel, from, text, topic, threadRef, displayName, messageId, priority,
        Optional.ofNullable(q), attributes, observed);
  }

  /**
   * Returns a copy with message attributes.
   *
   * @param a the attributes; not null
   * @return the copy
   */
  public InboundContact withAttributes(Attributes a) {
    return new InboundContact(channel, from, text, topic, threadRef, displayName, messageId, priority, queue, a,
        observed);
  }

  /**
   * Returns a copy that also carries the given observed contact points, after those it had.
   *
   * @param more the observed contact points; not null, no null elements
   * @return the copy
   * @throws NullPointerException if {@code more} or an element is null
   * @since 0.1.0
   */
  public InboundContact withObserved(ObservedContactPoint... more) {
    List<ObservedContactPoint> all = new java.util.ArrayList<>(observed);
    all.addAll(List.of(more));
    return new InboundContact(channel, from, text, topic, threadRef, displayName, messageId, priority, queue,
        attributes, all);
  }

  /** Returns the channel, the contact point's kind and the text length, but no personal data. */
  @Override
  public String toString() {
    return "InboundContact[channel=" + channel + ", from=" + from.kind() + ", length=" + text.length() + "]";
  }
}
