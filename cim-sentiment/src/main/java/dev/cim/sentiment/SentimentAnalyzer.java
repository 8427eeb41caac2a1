package dev.cim.sentiment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.cim.core.MessageAnalyzer;
import dev.cim.core.event.CimEvent;
import dev.cim.core.event.CimListener;
import dev.cim.core.event.InteractionStateChanged;
import dev.cim.core.event.SentimentAlert;
import dev.cim.core.event.SentimentRecovered;
import dev.cim.core.model.Attributes;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Message;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * cim-sentiment's {@link MessageAnalyzer}: scores every message, attaches the score as {@link Message#SENTIMENT},
 * follows each interaction's customer sentiment with a {@link ConversationTracker}, and returns a
 * {@link SentimentAlert} when a conversation turns negative and a {@link SentimentRecovered} when it comes back, both
 * stamped with the message's {@code sentAt}.
 *
 * <pre>{@code
 * SentimentAnalyzer analyzer = SentimentAnalyzer.builder()
 *     .config(TrackerConfig.custom().alertThreshold(-0.4).build())
 *     .build();
 * // give it to the InteractionHub builder as its MessageAnalyzer, and register analyzer.forgetOnClose()
 * // as a listener so that trackers of closed interactions are dropped at once.
 * }</pre>
 *
 * <p>Memory is bounded: trackers live in a Caffeine cache of at most {@link TrackerConfig#maximumInteractions()}
 * entries, each dropped after {@link TrackerConfig#expireAfterIdle()} without a message (time from the injected
 * clock), or at once with {@link #forget}. Thread-safe: the hub may call it from many threads; updates of one
 * interaction's tracker are atomic.
 */
public final class SentimentAnalyzer implements MessageAnalyzer {
  private static final Logger LOG = LoggerFactory.getLogger(SentimentAnalyzer.class);

  private final SentimentScorer scorer;
  private final TrackerConfig config;
  private final Cache<Key, ConversationTracker> trackers;

  private record Key(InteractionId interaction, boolean agents) {
  }

  private SentimentAnalyzer(Builder b) {
    this.scorer = b.scorer;
    this.config = b.config;
    Clock clock = b.clock;
    this.trackers = Caffeine.newBuilder()
        .maximumSize(config.maximumInteractions())
        .expireAfterAccess(config.expireAfterIdle())
        .ticker(() -> {
          Instant now = clock.instant();
          return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        })
        .executor(Runnable::run)
        .build();
  }

  /**
   * Returns a builder: the default scorer, {@link TrackerConfig#ofDefaults()}, {@link Clock#systemUTC()}.
   *
   * @return a new builder; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an analyser with all defaults.
   *
   * @return a new analyser; not null
   */
  public static SentimentAnalyzer ofDefaults() {
    return builder().build();
  }

  /**
   * Scores the message and updates the interaction's tracker if the message's role is tracked.
   *
   * @param interaction the interaction; not null
   * @param message the message; not null
   * @return the score as {@link Message#SENTIMENT}, and at most one alert or recovery event; not null
   * @throws NullPointerException if an argument is null
   */
  @Override
  public Analysis analyze(Interaction interaction, Message message) {
    Objects.requireNonNull(interaction, "interaction");
    Objects.requireNonNull(message, "message");
    double score = scorer.compound(message.text());
    if (Double.isNaN(score)) {
      score = 0.0;
    }
    score = Math.max(-1.0, Math.min(1.0, score));
    Attributes attrs = Attributes.of(Message.SENTIMENT, score);
    AuthorRole role = message.role();
    boolean tracked = config.trackedRoles().contains(role);
    boolean agentSide = !tracked && role == AuthorRole.AGENT && config.trackAgentsSeparately();
    if (!tracked && !agentSide) {
      return new Analysis(attrs, List.of());
    }
    Key key = new Key(message.interactionId(), agentSide);
    ConversationTracker.Observation[] out = new ConversationTracker.Observation[1];
    final double s = score;
    trackers.asMap().compute(key, (k, tracker) -> {
      ConversationTracker t = tracker == null ? new ConversationTracker(config) : tracker;
      out[0] = t.observe(s);
      return t;
    });
    ConversationTracker.Observation o = out[0];
    if (agentSide || o.transition() == ConversationTracker.Transition.NONE) {
      return new Analysis(attrs, List.of());
    }
    CimEvent event;
    if (o.transition() == ConversationTracker.Transition.ALERT) {
      event = new SentimentAlert(message.interactionId(), interaction.customerId(), message.id(), score,
          o.snapshot().smoothed(), o.reason(), message.sentAt());
      LOG.debug("sentiment alert for interaction {}: {}", message.interactionId(), o.reason());
    } else {
      event = new SentimentRecovered(message.interactionId(), interaction.customerId(), message.id(),
          o.snapshot().smoothed(), message.sentAt());
      LOG.debug("sentiment recovered for interaction {}: {}", message.interactionId(), o.reason());
    }
    return new Analysis(attrs, List.of(event));
  }

  /**
   * Returns the tracked state of an interaction's conversation (customers' messages, or the tracked roles).
   *
   * @param interaction the interaction; not null
   * @return the state, or empty if it is not tracked (no tracked message yet, forgotten or expired)
   */
  public Optional<ConversationSnapshot> snapshot(InteractionId interaction) {
    Objects.requireNonNull(interaction, "interaction");
    return Optional.ofNullable(trackers.getIfPresent(new Key(interaction, false))).map(ConversationTracker::snapshot);
  }

  /**
   * Returns the separately tracked state of the agents' messages of an interaction.
   *
   * @param interaction the interaction; not null
   * @return the state, or empty if agents are not tracked separately or no agent message was seen
   */
  public Optional<ConversationSnapshot> agentSnapshot(InteractionId interaction) {
    Objects.requireNonNull(interaction, "interaction");
    return Optional.ofNullable(trackers.getIfPresent(new Key(interaction, true))).map(ConversationTracker::snapshot);
  }

  /**
   * Drops the trackers of an interaction, e.g. when it ends. A later message starts a new tracker.
   *
   * @param interaction the interaction; not null
   */
  public void forget(InteractionId interaction) {
    Objects.requireNonNull(interaction, "interaction");
    trackers.invalidate(new Key(interaction, false));
    trackers.invalidate(new Key(interaction, true));
  }

  /**
   * Returns the number of trackers held (customer and agent side counted separately), after pending evictions.
   *
   * @return the number of trackers
   */
  public long trackedCount() {
    trackers.cleanUp();
    return trackers.estimatedSize();
  }

  /**
   * Returns a listener that forgets an interaction's trackers when it enters a terminal state (resolved, closed,
   * abandoned). Register it on the hub. It is fast and never throws.
   *
   * @return the listener; not null
   */
  public CimListener forgetOnClose() {
    return new CimListener() {
      @Override
      public void onInteractionStateChanged(InteractionStateChanged event) {
        if (event.to().isTerminal()) {
          forget(event.interactionId());
        }
      }
    };
  }

  /**
   * Returns the settings.
   *
   * @return the settings; not null
   */
  public TrackerConfig config() {
    return config;
  }

  @Override
  public String toString() {
    return "SentimentAnalyzer[scorer=" + scorer + ", config=" + config + "]";
  }

  /** Builds a {@link SentimentAnalyzer}. Not thread-safe. */
  public static final class Builder {
    private SentimentScorer scorer = SentimentScorer.ofDefaults();
    private TrackerConfig config = TrackerConfig.ofDefaults();
    private Clock clock = Clock.systemUTC();

    private Builder() {
    }

    /**
     * Sets the scorer.
     *
     * @param value the scorer; not null
     * @return this builder
     */
    public Builder scorer(SentimentScorer value) {
      scorer = Objects.requireNonNull(value, "scorer");
      return this;
    }

    /**
     * Sets the tracking settings.
     *
     * @param value the settings; not null
     * @return this builder
     */
    public Builder config(TrackerConfig value) {
      config = Objects.requireNonNull(value, "config");
      return this;
    }

    /**
     * Sets the clock that times trackers' idle expiry (events carry the message's time, not the clock's).
     *
     * @param value the clock; not null
     * @return this builder
     */
    public Builder clock(Clock value) {
      clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Builds the analyser.
     *
     * @return a new analyser; not null
     */
    public SentimentAnalyzer build() {
      return new SentimentAnalyzer(this);
    }
  }
}
