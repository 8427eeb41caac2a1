package dev.cim.core.bot;

import dev.cim.core.model.AttributeKey;
import java.util.Objects;

/**
 * The interaction attributes through which a bot's work reaches routing and the agent. A router reads them from
 * {@code RoutingRequest.interaction().attributes()} (for requirements and priority); the hub sets them, nothing else
 * should.
 *
 * <p>Immutable; thread-safe.
 *
 * @since 0.1.0
 */
public final class BotKeys {
  /** The name of the {@link BotPolicy} whose bot handles or handled the interaction; set when the bot takes it. */
  public static final AttributeKey<String> POLICY = AttributeKey.of("bot.policy", String.class);
  /** How the bot's part ended: {@link #OUTCOME_HANDED_OFF} or {@link #OUTCOME_RESOLVED}; absent while it runs. */
  public static final AttributeKey<String> OUTCOME = AttributeKey.of("bot.outcome", String.class);
  /** Why the bot handed off: its own reason, or {@link #REASON_FAILED} or {@link #REASON_TIMEOUT}. */
  public static final AttributeKey<String> REASON = AttributeKey.of("bot.reason", String.class);
  /** The topic the bot recognised, if it named one (it also becomes the interaction's topic if it had none). */
  public static final AttributeKey<String> TOPIC = AttributeKey.of("bot.topic", String.class);
  /** When the bot handed off (from the hub's clock). */
  public static final AttributeKey<java.time.Instant> HANDED_OFF_AT =
      AttributeKey.of("bot.handed-off-at", java.time.Instant.class);

  /** The prefix of the attribute names of collected fields. */
  public static final String FIELD_PREFIX = "bot.field.";
  /** Value of {@link #OUTCOME} after a hand-off. */
  public static final String OUTCOME_HANDED_OFF = "handed-off";
  /** Value of {@link #OUTCOME} after the bot resolved the interaction. */
  public static final String OUTCOME_RESOLVED = "resolved";
  /** {@link #REASON} when the bot threw or returned null. */
  public static final String REASON_FAILED = "bot-failed";
  /** {@link #REASON} when the bot exceeded its time budget. */
  public static final String REASON_TIMEOUT = "bot-timeout";

  private BotKeys() {}

  /**
   * Returns the attribute key of a collected field: {@code "bot.field." + name}.
   *
   * @param name the field name (normalised like an attribute name); not null
   * @return the key
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the name is blank or the resulting attribute name is not valid
   */
  public static AttributeKey<String> field(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("field name must not be blank, but was '" + name + "'");
    }
    return AttributeKey.of(FIELD_PREFIX + name.strip(), String.class);
  }
}
