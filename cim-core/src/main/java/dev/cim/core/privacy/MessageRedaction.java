package dev.cim.core.privacy;

import dev.cim.core.model.AttributeKey;
import dev.cim.core.model.Channel;
import dev.cim.core.model.Message;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Redaction of message text before it is stored, with a {@link RedactionPolicy} per channel; given to the hub with
 * {@code InteractionHub.builder().redaction(...)}.
 *
 * <pre>{@code
 * MessageRedaction redaction = MessageRedaction.builder(Redactor.builder().pattern("order", "ORD-\\d{8}").build())
 *     .policy(Channel.VOICE, RedactionPolicy.maskKeepingEncryptedOriginal(myKms::encrypt))
 *     .build();                                         // every other channel: RedactionPolicy.mask()
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MessageRedaction {
  /**
   * The attribute holding the host-encrypted unredacted text of a message whose channel policy keeps originals; set
   * only when redaction changed the text.
   */
  public static final AttributeKey<String> ENCRYPTED_ORIGINAL =
      AttributeKey.of("cim.privacy.encrypted-original", String.class);

  private final Redactor redactor;
  private final RedactionPolicy defaultPolicy;
  private final Map<Channel, RedactionPolicy> policies;

  private MessageRedaction(Builder b) {
    this.redactor = b.redactor;
    this.defaultPolicy = b.defaultPolicy;
    this.policies = Map.copyOf(b.policies);
  }

  /**
   * Returns a builder whose default policy for every channel is {@link RedactionPolicy#mask()}.
   *
   * @param redactor what finds the personal data; not null
   * @return a new builder
   * @throws NullPointerException if {@code redactor} is null
   */
  public static Builder builder(Redactor redactor) {
    return new Builder(Objects.requireNonNull(redactor, "redactor"));
  }

  /**
   * Returns the redactor.
   *
   * @return the redactor; not null
   */
  public Redactor redactor() {
    return redactor;
  }

  /**
   * Returns the policy of a channel.
   *
   * @param channel the channel; not null
   * @return its policy, or the default one; not null
   * @throws NullPointerException if {@code channel} is null
   */
  public RedactionPolicy policyFor(Channel channel) {
    return policies.getOrDefault(Objects.requireNonNull(channel, "channel"), defaultPolicy);
  }

  /**
   * Redacts a text for a channel: masks it and, if the channel's policy keeps originals and the text changed,
   * encrypts the original.
   *
   * @param channel the channel; not null
   * @param text the text; not null
   * @return the result; not null
   * @throws NullPointerException if an argument is null, or the encryptor returned null
   * @throws IllegalArgumentException if the redacted text is longer than {@link Message#MAX_TEXT_LENGTH} (tokens can
   *     be longer than what they replace)
   * @throws RuntimeException whatever the host's encryptor throws; nothing should then be stored
   */
  public Redacted redact(Channel channel, String text) {
    Objects.requireNonNull(text, "text");
    RedactionPolicy policy = policyFor(channel);
    String masked = redactor.redact(text);
    if (masked.equals(text)) {
      return new Redacted(text, Optional.empty());
    }
    if (masked.length() > Message.MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException("redacted text must be at most " + Message.MAX_TEXT_LENGTH
          + " characters, but was " + masked.length());
    }
    Optional<String> cipher = Optional.empty();
    if (policy.encryptor().isPresent()) {
      cipher = Optional.of(Objects.requireNonNull(policy.encryptor().get().encrypt(text), "encryptor returned null"));
    }
    return new Redacted(masked, cipher);
  }

  /**
   * Returns the message as it may be stored: {@link #redact} applied to its text ({@link Redacted#applyTo}). A
   * message with nothing to mask is returned unchanged.
   *
   * @param channel the channel of the message's interaction; not null
   * @param message the message; not null
   * @return the message to store; not null
   * @throws NullPointerException if an argument is null, or the encryptor returned null
   * @throws IllegalArgumentException if the redacted text is too long
   * @throws RuntimeException whatever the host's encryptor throws; nothing should then be stored
   */
  public Message apply(Channel channel, Message message) {
    Objects.requireNonNull(message, "message");
    return redact(channel, message.text()).applyTo(message);
  }

  /**
   * A redacted text and, if the policy keeps originals and something was masked, the encrypted original.
   *
   * @param text the text to store; not null
   * @param encryptedOriginal the host-encrypted original; not null
   */
  public record Redacted(String text, Optional<String> encryptedOriginal) {
    /**
     * Validates the result.
     *
     * @throws NullPointerException if an argument is null
     */
    public Redacted {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(encryptedOriginal, "encryptedOriginal");
    }

    /**
     * Returns a copy of the message with this text and, if present, the encrypted original in
     * {@link #ENCRYPTED_ORIGINAL}.
     *
     * @param message the message; not null
     * @return the copy, or the message itself if nothing changes
     * @throws NullPointerException if {@code message} is null
     */
    public Message applyTo(Message message) {
      Objects.requireNonNull(message, "message");
      if (text.equals(message.text()) && encryptedOriginal.isEmpty()) {
        return message;
      }
      Message out = message.withText(text);
      return encryptedOriginal.isEmpty() ? out
          : out.withAttributes(out.attributes().with(ENCRYPTED_ORIGINAL, encryptedOriginal.get()));
    }
  }

  /** Builds a {@link MessageRedaction}. Not thread-safe. */
  public static final class Builder {
    private final Redactor redactor;
    private RedactionPolicy defaultPolicy = RedactionPolicy.mask();
    private final Map<Channel, RedactionPolicy> policies = new HashMap<>();

    private Builder(Redactor redactor) {
      this.redactor = redactor;
    }

    /**
     * Sets the policy of channels without their own (default: {@link RedactionPolicy#mask()}).
     *
     * @param policy the policy; not null
     * @return this builder
     * @throws NullPointerException if {@code policy} is null
     */
    public Builder defaultPolicy(RedactionPolicy policy) {
      this.defaultPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the policy of one channel.
     *
     * @param channel the channel; not null
     * @param policy the policy; not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the channel already has a policy
     */
    public Builder policy(Channel channel, RedactionPolicy policy) {
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(policy, "policy");
      if (policies.containsKey(channel)) {
        throw new IllegalStateException("policy of channel " + channel + " was already set to "
            + policies.get(channel));
      }
      policies.put(channel, policy);
      return this;
    }

    /**
     * Builds the redaction.
     *
     * @return the redaction; not null
     */
    public MessageRedaction build() {
      return new MessageRedaction(this);
    }
  }
}
