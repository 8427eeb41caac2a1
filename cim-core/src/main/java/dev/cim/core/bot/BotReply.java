package dev.cim.core.bot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Bot} decided about a customer's message. Create one with {@link #answer}, {@link #ask},
 * {@link #resolve} or {@link #handOff}.
 *
 * @param kind what the bot does; not null
 * @param text what the bot says to the customer, stored as a {@code BOT} message; required for ANSWER, ASK and
 *     RESOLVE, optional for HAND_OFF ("connecting you to an agent"); not null
 * @param reason why the bot hands off (HAND_OFF only, required there); not null
 * @param topic the intent or topic the bot recognised (HAND_OFF, optional); not null
 * @param fields what the bot collected (HAND_OFF, optional), name to value; names are attribute names (1 to
 *     {@value #MAX_FIELD_NAME} characters of a-z, 0-9, '_', '-', '.', lower-cased), values not null; copied in order
 * @param disposition how the bot resolved it (RESOLVE only, required there); not null
 * @since 0.1.0
 */
public record BotReply(Kind kind, Optional<String> text, Optional<String> reason, Optional<String> topic,
    Map<String, String> fields, Optional<String> disposition) {

  /** The longest field name: an attribute name is at most 64 characters, less the prefix {@code "bot.field."}. */
  public static final int MAX_FIELD_NAME = 54;

  /** What a bot does with a message. */
  public enum Kind {
    /** Answers; the bot keeps the conversation. */
    ANSWER,
    /** Asks the customer for more; the bot keeps the conversation. */
    ASK,
    /** Resolves the interaction (it ends RESOLVED; the bot contained it). */
    RESOLVE,
    /** Hands off to a human: the interaction is queued for routing. */
    HAND_OFF
  }

  /**
   * Validates the reply: the kind decides which parts are required or allowed.
   *
   * @throws NullPointerException if an argument, a field name or value is null
   * @throws IllegalArgumentException if a part is missing or not allowed for the kind, or a field name is not valid
   */
  public BotReply {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(disposition, "disposition");
    Map<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : fields.entrySet()) {
      String name = Objects.requireNonNull(e.getKey(), "field name");
      if (name.length() > MAX_FIELD_NAME) {
        throw new IllegalArgumentException("field name must be at most " + MAX_FIELD_NAME + " characters, but was '"
            + name + "'");
      }
      String key = BotKeys.field(name).name();
      copy.put(key.substring(BotKeys.FIELD_PREFIX.length()), Objects.requireNonNull(e.getValue(), "field " + name));
    }
    fields = java.util.Collections.unmodifiableMap(copy);
    boolean handOff = kind == Kind.HAND_OFF;
    if (!handOff && text.isEmpty()) {
      throw new IllegalArgumentException("text must be present for a " + kind + " reply, but was empty");
    }
    if (handOff != reason.isPresent()) {
      throw new IllegalArgumentException("reason must be present exactly for a HAND_OFF reply, but was " + reason
          + " for " + kind);
    }
    if (!handOff && (topic.isPresent() || !fields.isEmpty())) {
      throw new IllegalArgumentException("topic and fields are for a HAND_OFF reply only, but were " + topic + " and "
          + fields.keySet() + " for " + kind);
    }
    if ((kind == Kind.RESOLVE) != disposition.isPresent()) {
      throw new IllegalArgumentException("disposition must be present exactly for a RESOLVE reply, but was "
          + disposition + " for " + kind);
    }
  }

  /**
   * The bot answers and keeps the conversation.
   *
   * @param text what it says; not null
   * @return the reply
   * @throws NullPointerException if {@code text} is null
   */
  public static BotReply answer(String text) {
    return new BotReply(Kind.ANSWER, Optional.of(text), Optional.empty(), Optional.empty(), Map.of(),
        Optional.empty());
  }

  /**
   * The bot asks for more and keeps the conversation.
   *
   * @param question what it asks; not null
   * @return the reply
   * @throws NullPointerException if {@code question} is null
   */
  public static BotReply ask(String question) {
    return new BotReply(Kind.ASK, Optional.of(question), Optional.empty(), Optional.empty(), Map.of(),
        Optional.empty());
  }

  /**
   * The bot resolves the interaction.
   *
   * @param text its last words to the customer; not null
   * @param disposition how it was resolved, e.g. {@code "password-reset"}; not null
   * @return the reply
   * @throws NullPointerException if an argument is null
   */
  public static BotReply resolve(String text, String disposition) {
    return new BotReply(Kind.RESOLVE, Optional.of(text), Optional.empty(), Optional.empty(), Map.of(),
        Optional.of(disposition));
  }

  /**
   * The bot hands off to a human.
   *
   * @param reason why, e.g. {@code "dispute needs a human"}; not null
   * @param topic the recognised topic, or null if none
   * @param fields what the bot collected; not null (see the record documentation for valid names)
   * @return the reply, without text (add some with {@link #withText})
   * @throws NullPointerException if {@code reason}, {@code fields} or an entry is null
   * @throws IllegalArgumentException if a field name is not valid
   */
  public static BotReply handOff(String reason, String topic, Map<String, String> fields) {
    return new BotReply(Kind.HAND_OFF, Optional.empty(), Optional.of(reason), Optional.ofNullable(topic), fields,
        Optional.empty());
  }

  /**
   * Returns this reply with other text.
   *
   * @param t the text; not null
   * @return the new reply
   * @throws NullPointerException if {@code t} is null
   */
  public BotReply withText(String t) {
    return new BotReply(kind, Optional.of(t), reason, topic, fields, disposition);
  }

  /**
   * Tells whether the bot keeps the conversation (ANSWER or ASK).
   *
   * @return true if the interaction stays with the bot
   */
  public boolean continues() {
    return kind == Kind.ANSWER || kind == Kind.ASK;
  }
}
