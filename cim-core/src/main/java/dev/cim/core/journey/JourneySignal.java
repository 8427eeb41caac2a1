package dev.cim.core.journey;

import dev.cim.core.model.Channel;
import dev.cim.core.model.CustomerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened to a customer that may move them along their journey. Create one with the factories.
 *
 * @param kind what happened; not null
 * @param customerId the customer; not null
 * @param at when; not null
 * @param channel the channel of a touchpoint (INTERACTION and OUTCOME); not null
 * @param topic the topic of a touchpoint, if known; not null
 * @param outcome the outcome (OUTCOME: a disposition such as {@code "resolved"} or {@code "refund-issued"}); not null
 * @param sentiment a sentiment score in [-1, 1] (SENTIMENT); not null
 * @param event the host event's name (HOST_EVENT, e.g. {@code "contract-signed"}); not null
 * @since 0.1.0
 */
public record JourneySignal(Kind kind, CustomerId customerId, Instant at, Optional<Channel> channel,
    Optional<String> topic, Optional<String> outcome, Optional<Double> sentiment, Optional<String> event) {

  /** What a signal reports. */
  public enum Kind {
    /** The customer contacted the company (a touchpoint). */
    INTERACTION,
    /** An interaction ended with an outcome (a touchpoint). */
    OUTCOME,
    /** The customer's sentiment was measured. */
    SENTIMENT,
    /** The host reported a business event (signed, paid, cancelled, ...). */
    HOST_EVENT
  }

  /**
   * Validates the signal: the kind decides what is required.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a part the kind requires is missing, or the sentiment is outside [-1, 1]
   */
  public JourneySignal {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(sentiment, "sentiment");
    Objects.requireNonNull(event, "event");
    boolean ok = switch (kind) {
      case INTERACTION -> channel.isPresent();
      case OUTCOME -> channel.isPresent() && outcome.isPresent();
      case SENTIMENT -> sentiment.isPresent();
      case HOST_EVENT -> event.isPresent();
    };
    if (!ok) {
      throw new IllegalArgumentException("a " + kind + " signal must carry its "
          + switch (kind) {
            case INTERACTION -> "channel";
            case OUTCOME -> "channel and outcome";
            case SENTIMENT -> "sentiment";
            case HOST_EVENT -> "event";
          } + ", but was " + channel + ", " + outcome + ", " + sentiment + ", " + event);
    }
    if (sentiment.isPresent() && !(sentiment.get() >= -1 && sentiment.get() <= 1)) {
      throw new IllegalArgumentException("sentiment must be in [-1, 1], but was " + sentiment.get());
    }
  }

  /**
   * A contact on a channel.
   *
   * @param customer the customer; not null
   * @param at when; not null
   * @param channel the channel; not null
   * @param topic the topic, or null
   * @return the signal
   * @throws NullPointerException if a required argument is null
   */
  public static JourneySignal interaction(CustomerId customer, Instant at, Channel channel, String topic) {
    return new JourneySignal(Kind.INTERACTION, customer, at, Optional.of(channel), Optional.ofNullable(topic),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * An interaction's end with an outcome.
   *
   * @param customer the customer; not null
   * @param at when; not null
   * @param channel the channel; not null
   * @param topic the topic, or null
   * @param outcome the outcome; not null
   * @return the signal
   * @throws NullPointerException if a required argument is null
   */
  public static JourneySignal outcome(CustomerId customer, Instant at, Channel channel, String topic,
      String outcome) {
    return new JourneySignal(Kind.OUTCOME, customer, at, Optional.of(channel), Optional.ofNullable(topic),
        Optional.of(outcome), Optional.empty(), Optional.empty());
  }

  /**
   * A sentiment reading.
   *
   * @param customer the customer; not null
   * @param at when; not null
   * @param score in [-1, 1]
   * @return the signal
   * @throws NullPointerException if a required argument is null
   * @throws IllegalArgumentException if the score is outside [-1, 1]
   */
  public static JourneySignal sentiment(CustomerId customer, Instant at, double score) {
    return new JourneySignal(Kind.SENTIMENT, customer, at, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(score), Optional.empty());
  }

  /**
   * A host business event.
   *
   * @param customer the customer; not null
   * @param at when; not null
   * @param event its name; not null
   * @return the signal
   * @throws NullPointerException if a required argument is null
   */
  public static JourneySignal hostEvent(CustomerId customer, Instant at, String event) {
    return new JourneySignal(Kind.HOST_EVENT, customer, at, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of(event));
  }

  /**
   * Tells whether this signal is a touchpoint (INTERACTION or OUTCOME).
   *
   * @return true for touchpoints
   */
  public boolean isTouchpoint() {
    return kind == Kind.INTERACTION || kind == Kind.OUTCOME;
  }
}
