package dev.cim.sentiment;

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
 * <p>Memory is bounded. The trackers (customer and agent side counted separately) are at most
 * {@link TrackerConfig#maximumInteractions()}; when that is full, the tracker whose last tracked message is the oldest
 * is evicted (by message: reading a snapshot, a redelivery or an untracked role's message does not count). A tracker is
 * also dropped {@link TrackerConfig#expireAfterIdle()} after its last tracked message (time from the injected clock),
 * or at once with {@link #forget}. A conversation whose tracker is evicted or expires loses its smoothing and its
 * remembered message ids (its next message starts a new tracker), but not its alert marker (rule 1). The store is split
 * into up to 16 segments of at least 64 trackers each (one segment below 128), and "oldest" holds within a segment: an
 * interaction's segment is fixed by its id, so eviction is least recently messaged per segment, exactly so when
 * {@code maximumInteractions} is below 128.
 *
 * <p>Rules (per interaction, as the hub sees them):
 * <ol>
 *   <li>Never two {@link SentimentAlert}s without a {@link SentimentRecovered} between them, also across a tracker's
 *       expiry or eviction: the analyser keeps a small marker for each interaction whose latest event was an alert
 *       (at most {@link TrackerConfig#maximumInteractions()} markers; when that is full, the marker of the interaction
 *       that alerted least recently is dropped, per segment as for the trackers; no idle expiry). A marker is lost
 *       only that way, by a recovery or by {@link #forget}: an evicted or expired tracker keeps it. A new tracker of
 *       a marked interaction starts in the alerted state, so its first event can only be a recovery.
 *       {@link #forget} (and {@link #forgetOnClose()}) drops the marker with the trackers: the interaction has ended,
 *       and a later message starts afresh.</li>
 *   <li>A message whose id is among the last {@value #REMEMBERED_IDS} ids tracked for the interaction (and side) is
 *       a redelivery: it is scored and returned with its score, but it does not change the tracker and raises no
 *       event, and it does not restart the tracker's idle time nor move it among the most recent. The ids are kept
 *       as 64-bit hashes (a collision, which would drop a message as a redelivery, is about as likely as 1 in
 *       10<sup>17</sup> per message); they go with the tracker when it expires or is evicted.</li>
 *   <li>A message of another interaction ({@code message.interactionId()} not {@code interaction.id()}) is rejected
 *       with an {@link IllegalArgumentException} naming both ids; nothing changes.</li>
 *   <li>Agents' trackers ({@link TrackerConfig#trackAgentsSeparately()}) never alert: their snapshots are never
 *       {@code alerting}.</li>
 * </ol>
 *
 * <p>Thread-safe: the hub may call it from many threads; updates of one interaction's trackers and marker are atomic,
 * and {@link #forget} drops them atomically with respect to {@link #analyze} of that interaction.
 */
public final class SentimentAnalyzer implements MessageAnalyzer {
  /** How many message ids per tracker are remembered to recognise a redelivery. */
  public static final int REMEMBERED_IDS = 32;

  private static final Logger LOG = LoggerFactory.getLogger(SentimentAnalyzer.class);

  private final SentimentScorer scorer;
  private final TrackerConfig config;
  /** The trackers, least recently written (by a tracked message) evicted first. */
  private final ConversationStore<Key, Tracked> trackers;
  /** The interactions whose latest event was an alert (see rule 1), least recently alerted evicted first. */
  private final ConversationStore<InteractionId, Boolean> alerted;

  private record Key(InteractionId interaction, boolean agents) {
  }

  /** A tracker and the hashes of the last message ids it took. Guarded by its store segment's monitor. */
  private static final class Tracked {
    final ConversationTracker tracker;
    final long[] seen = new long[REMEMBERED_IDS];
    int count;

    Tracked(ConversationTracker tracker) {
      this.tracker = tracker;
    }

    /** Remembers the id's hash; false if it is among the last {@link #REMEMBERED_IDS} remembered. */
    boolean firstSight(long hash) {
      for (int k = Math.min(count, REMEMBERED_IDS) - 1; k >= 0; k--) {
        if (seen[k] == hash) {
          return false;
        }
      }
      seen[count % REMEMBERED_IDS] = hash;
      count++;
      return true;
    }
  }

  private SentimentAnalyzer(Builder b) {
    this.scorer = b.scorer;
    this.config = b.config;
    // An interaction's two trackers share a tracker segment (routed by the interaction id); analyze and forget both
    // hold that segment's monitor while they touch the interaction's marker, so they are atomic with respect to each
    // other. Lock order: a tracker segment, then a marker segment, never the reverse.
    this.trackers = new ConversationStore<>(config.maximumInteractions(), config.expireAfterIdle(), b.clock,
        Key::interaction);
    this.alerted = new ConversationStore<>(config.maximumInteractions(), null, b.clock, id -> id);
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
   * Scores the message and, if its role is tracked and its id was not among the interaction's last
   * {@value #REMEMBERED_IDS}, updates the interaction's tracker (see the class's rules).
   *
   * @param interaction the interaction; not null
   * @param message the message; not null; of this interaction
   * @return the score as {@link Message#SENTIMENT}, and at most one alert or recovery event (none for a
   *     redelivery); not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the message's interaction id is not the interaction's; nothing changes
   */
  @Override
  public Analysis analyze(Interaction interaction, Message message) {
    Objects.requireNonNull(interaction, "interaction");
    Objects.requireNonNull(message, "message");
    InteractionId id = interaction.id();
    if (!message.interactionId().equals(id)) {
      throw new IllegalArgumentException("message.interactionId must be the interaction's id " + id
          + ", but was " + message.interactionId());
    }
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
    Key key = new Key(id, agentSide);
    long hash = hash(message.id().value());
    ConversationTracker.Observation[] out = new ConversationTracker.Observation[1];
    final double s = score;
    trackers.compute(key,
        k -> new Tracked(new ConversationTracker(config, !agentSide, !agentSide && alerted.contains(id))),
        t -> {
          if (!t.firstSight(hash)) {
            return false; // a redelivery: no change, and the idle time runs on
          }
          ConversationTracker.Observation o = t.tracker.observe(s);
          if (o.transition() == ConversationTracker.Transition.ALERT) {
            alerted.put(id, Boolean.TRUE);
          } else if (o.transition() == ConversationTracker.Transition.RECOVERED) {
            alerted.remove(id);
          }
          out[0] = o;
          return true;
        });
    ConversationTracker.Observation o = out[0];
    if (o == null || o.transition() == ConversationTracker.Transition.NONE) {
      return new Analysis(attrs, List.of());
    }
    CimEvent event;
    if (o.transition() == ConversationTracker.Transition.ALERT) {
      event = new SentimentAlert(id, interaction.customerId(), message.id(), score, o.snapshot().smoothed(),
          o.reason(), message.sentAt());
      LOG.debug("sentiment alert for interaction {}: {}", id, o.reason());
    } else {
      event = new SentimentRecovered(id, interaction.customerId(), message.id(), o.snapshot().smoothed(),
          message.sentAt());
      LOG.debug("sentiment recovered for interaction {}: {}", id, o.reason());
    }
    return new Analysis(attrs, List.of(event));
  }

  /** A 64-bit FNV-1a hash of the chars, for the redelivery check. */
  private static long hash(String value) {
    long h = 0xcbf29ce484222325L;
    for (int k = 0; k < value.length(); k++) {
      char c = value.charAt(k);
      h = (h ^ (c & 0xff)) * 0x100000001b3L;
      h = (h ^ (c >>> 8)) * 0x100000001b3L;
    }
    return h;
  }

  /**
   * Returns the tracked state of an interaction's conversation (customers' messages, or the tracked roles).
   *
   * @param interaction the interaction; not null
   * @return the state, or empty if it is not tracked (no tracked message yet, forgotten or expired)
   */
  public Optional<ConversationSnapshot> snapshot(InteractionId interaction) {
    Objects.requireNonNull(interaction, "interaction");
    return Optional.ofNullable(trackers.read(new Key(interaction, false), t -> t.tracker.snapshot()));
  }

  /**
   * Returns the separately tracked state of the agents' messages of an interaction.
   *
   * @param interaction the interaction; not null
   * @return the state ({@code alerting} always false: agents never alert), or empty if agents are not tracked
   *     separately or no agent message was seen, or the tracker expired
   */
  public Optional<ConversationSnapshot> agentSnapshot(InteractionId interaction) {
    Objects.requireNonNull(interaction, "interaction");
    return Optional.ofNullable(trackers.read(new Key(interaction, true), t -> t.tracker.snapshot()));
  }

  /**
   * Drops the trackers of an interaction and its alert marker, e.g. when it ends. A later message starts a new
   * tracker, which may alert again.
   *
   * @param interaction the interaction; not null
   */
  public void forget(InteractionId interaction) {
    Objects.requireNonNull(interaction, "interaction");
    trackers.locked(interaction, () -> {
      trackers.remove(new Key(interaction, false));
      trackers.remove(new Key(interaction, true));
      alerted.remove(interaction);
    });
  }

  /**
   * Returns the number of trackers held (customer and agent side counted separately), after pending evictions.
   *
   * @return the number of trackers
   */
  public long trackedCount() {
    return trackers.size();
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
