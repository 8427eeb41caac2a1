package dev.cim.core.analytics;

import dev.cim.core.model.Channel;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The settings of the KPI formulas. Start from {@link #ofDefaults()} or {@link #custom()}.
 *
 * <p>Defaults: service-level threshold 20 s on every channel, abandoned contacts {@link AbandonedPolicy#SHORT_EXCLUDED}
 * with a short-abandon threshold of 5 s, an FCR repeat-contact window of 7 days, and written channels CHAT, EMAIL,
 * SMS, SOCIAL and APP.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class KpiConfig {
  private final Duration serviceLevelThreshold;
  private final Map<Channel, Duration> thresholdByChannel;
  private final AbandonedPolicy abandonedPolicy;
  private final Duration shortAbandon;
  private final Duration fcrWindow;
  private final Set<Channel> writtenChannels;

  private KpiConfig(Builder b) {
    this.serviceLevelThreshold = b.serviceLevelThreshold;
    this.thresholdByChannel = Map.copyOf(b.thresholdByChannel);
    this.abandonedPolicy = b.abandonedPolicy;
    this.shortAbandon = b.shortAbandon;
    this.fcrWindow = b.fcrWindow;
    this.writtenChannels = Set.copyOf(b.writtenChannels);
  }

  /**
   * Returns the default settings.
   *
   * @return the defaults
   */
  public static KpiConfig ofDefaults() {
    return custom().build();
  }

  /**
   * Returns a builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder custom() {
    return new Builder();
  }

  /**
   * Returns the service-level threshold T of a channel: its own if set, otherwise the default.
   *
   * @param channel the channel; not null
   * @return the threshold
   * @throws NullPointerException if {@code channel} is null
   */
  public Duration serviceLevelThreshold(Channel channel) {
    return thresholdByChannel.getOrDefault(Objects.requireNonNull(channel, "channel"), serviceLevelThreshold);
  }

  /**
   * Returns how abandoned contacts count in the service level.
   *
   * @return the policy
   */
  public AbandonedPolicy abandonedPolicy() {
    return abandonedPolicy;
  }

  /**
   * Returns the short-abandon threshold: a contact abandoned after waiting less than this is a short abandon, left out
   * of the abandonment rate (and of the service level under {@link AbandonedPolicy#SHORT_EXCLUDED}).
   *
   * @return the threshold, {@code >= 0}
   */
  public Duration shortAbandon() {
    return shortAbandon;
  }

  /**
   * Returns the FCR window: a resolution is a first-contact resolution if no contact on the same case arrives within
   * this time after it.
   *
   * @return the window, {@code > 0}
   */
  public Duration fcrWindow() {
    return fcrWindow;
  }

  /**
   * Returns the written channels, whose messages count for first response and response times.
   *
   * @return an immutable set
   */
  public Set<Channel> writtenChannels() {
    return writtenChannels;
  }

  /**
   * Builds a {@link KpiConfig}. Each setter validates its value. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Duration serviceLevelThreshold = Duration.ofSeconds(20);
    private final Map<Channel, Duration> thresholdByChannel = new HashMap<>();
    private AbandonedPolicy abandonedPolicy = AbandonedPolicy.SHORT_EXCLUDED;
    private Duration shortAbandon = Duration.ofSeconds(5);
    private Duration fcrWindow = Duration.ofDays(7);
    private Set<Channel> writtenChannels = Set.of(Channel.CHAT, Channel.EMAIL, Channel.SMS, Channel.SOCIAL,
        Channel.APP);

    private Builder() {}

    /**
     * Sets the default service-level threshold T.
     *
     * @param t the threshold, {@code >= 0}; not null
     * @return this builder
     * @throws NullPointerException if {@code t} is null
     * @throws IllegalArgumentException if {@code t} is negative
     */
    public Builder serviceLevelThreshold(Duration t) {
      serviceLevelThreshold = nonNegative("serviceLevelThreshold", t);
      return this;
    }

    /**
     * Sets the service-level threshold of one channel.
     *
     * @param channel the channel; not null
     * @param t the threshold, {@code >= 0}; not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code t} is negative
     */
    public Builder serviceLevelThreshold(Channel channel, Duration t) {
      Objects.requireNonNull(channel, "channel");
      thresholdByChannel.put(channel, nonNegative("serviceLevelThreshold", t));
      return this;
    }

    /**
     * Sets how abandoned contacts count in the service level.
     *
     * @param policy the policy; not null
     * @return this builder
     * @throws NullPointerException if {@code policy} is null
     */
    public Builder abandonedPolicy(AbandonedPolicy policy) {
      abandonedPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the short-abandon threshold.
     *
     * @param t the threshold, {@code >= 0}; not null
     * @return this builder
     * @throws NullPointerException if {@code t} is null
     * @throws IllegalArgumentException if {@code t} is negative
     */
    public Builder shortAbandon(Duration t) {
      shortAbandon = nonNegative("shortAbandon", t);
      return this;
    }

    /**
     * Sets the FCR repeat-contact window.
     *
     * @param window the window, {@code > 0}; not null
     * @return this builder
     * @throws NullPointerException if {@code window} is null
     * @throws IllegalArgumentException if {@code window} is not positive
     */
    public Builder fcrWindow(Duration window) {
      Objects.requireNonNull(window, "window");
      if (window.isZero() || window.isNegative()) {
        throw new IllegalArgumentException("fcrWindow must be > 0, but was " + window);
      }
      fcrWindow = window;
      return this;
    }

    /**
     * Sets the written channels.
     *
     * @param channels the channels; not null, no null elements
     * @return this builder
     * @throws NullPointerException if the set or an element is null
     */
    public Builder writtenChannels(Set<Channel> channels) {
      writtenChannels = Set.copyOf(channels);
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     */
    public KpiConfig build() {
      return new KpiConfig(this);
    }

    private static Duration nonNegative(String field, Duration d) {
      Objects.requireNonNull(d, field);
      if (d.isNegative()) {
        throw new IllegalArgumentException(field + " must be >= 0, but was " + d);
      }
      return d;
    }
  }
}
