package dev.cim.core;

import dev.cim.core.event.CimEvent;
import dev.cim.core.model.Attributes;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.Message;
import java.util.List;
import java.util.Objects;

/**
 * A port through which the {@link InteractionHub} has every message analysed before it is stored; cim-sentiment
 * implements it with a sentiment scorer and a conversation tracker.
 *
 * <p>The hub calls {@link #analyze} once for each message it receives or records, of every author role, before
 * storing it; the analyser decides which roles count. The attributes it returns are added to the stored message
 * (e.g. {@link Message#SENTIMENT}); the events it returns (e.g. a {@link dev.cim.core.event.SentimentAlert}) are
 * published to the hub's listeners after the message is stored.
 *
 * <p>Contract for implementations: thread-safe (the hub calls it from many threads, at most once at a time per
 * interaction); fast and non-blocking (it runs on the caller's thread); it must not call back into the hub. If it
 * throws, the hub logs a WARN and stores the message without analysis: nothing the customer wrote is lost.
 */
@FunctionalInterface
public interface MessageAnalyzer {

  /** An analyser that adds nothing. */
  MessageAnalyzer NOOP = (interaction, message) -> Analysis.NONE;

  /**
   * Analyses a message.
   *
   * @param interaction the interaction the message belongs to, as stored before this message; not null
   * @param message the message, not yet stored; not null
   * @return what to attach and publish; not null
   */
  Analysis analyze(Interaction interaction, Message message);

  /**
   * The result of an analysis.
   *
   * @param attributes attributes to add to the message; not null
   * @param events events to publish after the message is stored, stamped with the message's time; not null
   */
  record Analysis(Attributes attributes, List<CimEvent> events) {
    /** Nothing to attach or publish. */
    public static final Analysis NONE = new Analysis(Attributes.empty(), List.of());

    /**
     * Validates and copies the arguments.
     *
     * @throws NullPointerException if an argument or an event is null
     */
    public Analysis {
      Objects.requireNonNull(attributes, "attributes");
      events = List.copyOf(events);
    }
  }
}
