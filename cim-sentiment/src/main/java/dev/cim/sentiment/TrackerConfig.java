package dev.cim.sentiment;

import dev.cim.core.model.AuthorRole;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of the conversation tracking: smoothing, alert and recovery thresholds, which author roles count, and the
 * bounds on the trackers kept in memory.
 *
 * <p>The smoothed score is an exponentially weighted mean: {@code s = smoothing * score + (1 - smoothing) * s}, the
 * first message setting {@code s = score}. An alert is raised when {@code s <= alertThreshold} (after at least
 * {@code minMessages} tracked messages), or on a sharp drop: a message at or below {@code alertThreshold} that is at
 * least {@code dropThreshold} below the previous smoothed score. A recovery is raised when {@code s >=
 * recoveryThreshold}. {@code recoveryThreshold > alertThreshold} is the hysteresis that keeps it from flapping.
 *
 * <p>Start with {@link #ofDefaults()}, {@link #custom()} or {@link #from(TrackerConfig)}. Immutable and thread-safe.
 */
public final class TrackerConfig {
  private static final TrackerConfig DEFAULTS = new Builder().build();

  private final double smoothing;
  private final double alertThreshold;
  private final double recoveryThreshold;
  private final double dropThreshold;
  private final int minMessages;
  private final Set<AuthorRole> trackedRoles;
  private final boolean trackAgentsSeparately;
  private final long maximumInteractions;
  private final Duration expireAfterIdle;

  private TrackerConfig(Builder b) {
    this.smoothing = b.smoothing;
    this.alertThreshold = b.alertThreshold;
    this.recoveryThreshold = b.recoveryThreshold;
    this.dropThreshold = b.dropThreshold;
    this.minMessages = b.minMessages;
    this.trackedRoles = Set.copyOf(b.trackedRoles);
    this.trackAgentsSeparately = b.trackAgentsSeparately;
    this.maximumInteractions = b.maximumInteractions;
    this.expireAfterIdle = b.expireAfterIdle;
  }

  /**
   * Returns the defaults: smoothing 0.5, alert at -0.45, recovery at -0.05, sharp drop 0.9, two messages before a
   * threshold alert, customers' messages only, agents not tracked, at most 100,000 interactions, forgotten 72 hours
   * after their last tracked message.
   *
   * <p>Why: a customer's first message usually states the problem ("My order never arrived" scores about -0.5), so
   * an alert on one message would fire on most conversations; with two messages and -0.45 it takes a second
   * negative message (or a sharp drop after the first) to alert. 72 hours keeps an e-mail thread, whose replies
   * come hours or days apart, in one tracker (a chat's tracker is usually dropped at once by
   * {@link SentimentAnalyzer#forgetOnClose()}); the trackers stay bounded by {@link #maximumInteractions()}.
   *
   * @return the default settings; not null
   */
  public static TrackerConfig ofDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder starting from the defaults.
   *
   * @return a new builder; not null
   */
  public static Builder custom() {
    return new Builder();
  }

  /**
   * Returns a builder starting from other settings.
   *
   * @param base the settings to copy; not null
   * @return a new builder; not null
   */
  public static Builder from(TrackerConfig base) {
    Objects.requireNonNull(base, "base");
    Builder b = new Builder();
    b.smoothing = base.smoothing;
    b.alertThreshold = base.alertThreshold;
    b.recoveryThreshold = base.recoveryThreshold;
    b.dropThreshold = base.dropThreshold;
    b.minMessages = base.minMessages;
    b.trackedRoles = EnumSet.noneOf(AuthorRole.class);
    b.trackedRoles.addAll(base.trackedRoles);
    b.trackAgentsSeparately = base.trackAgentsSeparately;
    b.maximumInteractions = base.maximumInteractions;
    b.expireAfterIdle = base.expireAfterIdle;
    return b;
  }

  /**
   * Returns the weight of the newest message in the smoothed score.
   *
   * @return the smoothing factor in (0, 1]
   */
  public double smoothing() {
    return smoothing;
  }

  /**
   * Returns the smoothed score at or below which an alert is raised.
   *
   * @return the alert threshold in [-1, 0]
   */
  public double alertThreshold() {
    return alertThreshold;
  }

  /**
   * Returns the smoothed score at or above which an alerted conversation has recovered.
   *
   * @return the recovery threshold, above the alert threshold
   */
  public double recoveryThreshold() {
    return recoveryThreshold;
  }

  /**
   * Returns the fall from the smoothed score that counts as a sharp drop.
   *
   * @return the drop threshold in (0, 2]
   */
  public double dropThreshold() {
    return dropThreshold;
  }

  /**
   * Returns how many tracked messages a conversation needs before a threshold alert.
   *
   * @return at least 1
   */
  public int minMessages() {
    return minMessages;
  }

  /**
   * Returns the author roles whose messages make up the conversation's tracked score.
   *
   * @return an immutable, non-empty set; not null
   */
  public Set<AuthorRole> trackedRoles() {
    return trackedRoles;
  }

  /**
   * Returns whether agents' messages are tracked in a separate score (never raising events).
   *
   * @return whether agents are tracked separately
   */
  public boolean trackAgentsSeparately() {
    return trackAgentsSeparately;
  }

  /**
   * Returns the most trackers held at once (and the most alert markers); beyond it, the tracker whose last tracked
   * message is the oldest is evicted (see {@link SentimentAnalyzer} for the details).
   *
   * @return at least 1
   */
  public long maximumInteractions() {
    return maximumInteractions;
  }

  /**
   * Returns how long a tracker is kept after its last tracked message (reading its snapshot does not count).
   *
   * @return a positive duration; not null
   */
  public Duration expireAfterIdle() {
    return expireAfterIdle;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "TrackerConfig[smoothing=%s, alert=%s, recovery=%s, drop=%s, minMessages=%d, "
        + "roles=%s, agentsSeparately=%s, max=%d, idle=%s]", smoothing, alertThreshold, recoveryThreshold,
        dropThreshold, minMessages, trackedRoles, trackAgentsSeparately, maximumInteractions, expireAfterIdle);
  }

  /**
   * Builds a {@link TrackerConfig}; each setter validates its value and leaves the builder unchanged when it throws.
   * Not thread-safe.
   */
  public static final class Builder {
    private double smoothing = 0.5;
    private double alertThreshold = -0.45;
    private double recoveryThreshold = -0.05;
    private double dropThreshold = 0.9;
    private int minMessages = 2;
    private EnumSet<AuthorRole> trackedRoles = EnumSet.of(AuthorRole.CUSTOMER);
    private boolean trackAgentsSeparately;
    private long maximumInteractions = 100_000;
    private Duration expireAfterIdle = Duration.ofHours(72);

    private Builder() {
    }

    /**
     * Sets the weight of the newest message in the smoothed score.
     *
     * @param value in (0, 1]; 1 means no smoothing
     * @return this builder
     * @throws IllegalArgumentException if the value is outside (0, 1]
     */
    public Builder smoothing(double value) {
      if (!(value > 0.0 && value <= 1.0)) {
        throw new IllegalArgumentException("smoothing must be in (0, 1], but was " + value);
      }
      smoothing = value;
      return this;
    }

    /**
     * Sets the alert threshold.
     *
     * @param value in [-1, 0]
     * @return this builder
     * @throws IllegalArgumentException if the value is outside [-1, 0]
     */
    public Builder alertThreshold(double value) {
      if (!(value >= -1.0 && value <= 0.0)) {
        throw new IllegalArgumentException("alertThreshold must be in [-1, 0], but was " + value);
      }
      alertThreshold = value;
      return this;
    }

    /**
     * Sets the recovery threshold; {@link #build()} checks it is above the alert threshold.
     *
     * @param value in [-1, 1]
     * @return this builder
     * @throws IllegalArgumentException if the value is outside [-1, 1]
     */
    public Builder recoveryThreshold(double value) {
      if (!(value >= -1.0 && value <= 1.0)) {
        throw new IllegalArgumentException("recoveryThreshold must be in [-1, 1], but was " + value);
      }
      recoveryThreshold = value;
      return this;
    }

    /**
     * Sets the sharp-drop threshold.
     *
     * @param value in (0, 2]; 2 disables drop alerts in practice
     * @return this builder
     * @throws IllegalArgumentException if the value is outside (0, 2]
     */
    public Builder dropThreshold(double value) {
      if (!(value > 0.0 && value <= 2.0)) {
        throw new IllegalArgumentException("dropThreshold must be in (0, 2], but was " + value);
      }
      dropThreshold = value;
      return this;
    }

    /**
     * Sets how many tracked messages a conversation needs before a threshold alert.
     *
     * @param value at least 1
     * @return this builder
     * @throws IllegalArgumentException if the value is below 1
     */
    public Builder minMessages(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("minMessages must be >= 1, but was " + value);
      }
      minMessages = value;
      return this;
    }

    /**
     * Sets the author roles whose messages make up the tracked score.
     *
     * @param roles a non-empty set; not null
     * @return this builder
     * @throws IllegalArgumentException if the set is empty
     * @throws NullPointerException if the set or an element is null
     */
    public Builder trackedRoles(Set<AuthorRole> roles) {
      Objects.requireNonNull(roles, "roles");
      roles.forEach(r -> Objects.requireNonNull(r, "role"));
      if (roles.isEmpty()) {
        throw new IllegalArgumentException("trackedRoles must not be empty, but was " + roles);
      }
      trackedRoles = EnumSet.copyOf(roles);
      return this;
    }

    /**
     * Sets whether agents' messages are tracked in a separate score.
     *
     * @param value whether to track them
     * @return this builder
     */
    public Builder trackAgentsSeparately(boolean value) {
      trackAgentsSeparately = value;
      return this;
    }

    /**
     * Sets the most interactions tracked at once.
     *
     * @param value at least 1
     * @return this builder
     * @throws IllegalArgumentException if the value is below 1
     */
    public Builder maximumInteractions(long value) {
      if (value < 1) {
        throw new IllegalArgumentException("maximumInteractions must be >= 1, but was " + value);
      }
      maximumInteractions = value;
      return this;
    }

    /**
     * Sets how long a tracker is kept without a new message.
     *
     * @param value a positive duration; not null
     * @return this builder
     * @throws IllegalArgumentException if the duration is zero or negative
     */
    public Builder expireAfterIdle(Duration value) {
      Objects.requireNonNull(value, "value");
      if (value.isZero() || value.isNegative()) {
        throw new IllegalArgumentException("expireAfterIdle must be positive, but was " + value);
      }
      expireAfterIdle = value;
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings; not null
     * @throws IllegalStateException if the recovery threshold is not above the alert threshold, or agents are both a
     *     tracked role and tracked separately
     */
    public TrackerConfig build() {
      if (!(recoveryThreshold > alertThreshold)) {
        throw new IllegalStateException("recoveryThreshold must be above alertThreshold " + alertThreshold
            + ", but was " + recoveryThreshold);
      }
      if (trackAgentsSeparately && trackedRoles.contains(AuthorRole.AGENT)) {
        throw new IllegalStateException("trackAgentsSeparately must be false when AGENT is a tracked role, but "
            + "trackedRoles was " + trackedRoles);
      }
      return new TrackerConfig(this);
    }
  }
}
