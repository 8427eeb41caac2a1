package dev.cim.core;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.Customer;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What an agent's screen shows about a customer at a glance: who they are, their tier, how they like to be
 * contacted, their open cases, how their last three interactions ended, and where their mood is heading. Returned by
 * {@link InteractionHub#summary}.
 *
 * <p>Immutable and thread-safe; a snapshot.
 *
 * @param customer the profile; not null
 * @param tier the customer's segment or tier, if any; not null
 * @param preferredChannel the preferred channel, if known; not null
 * @param preferredLanguage the preferred language, if known; not null
 * @param openCases the cases with an open interaction, most recently active first; not null
 * @param lastInteractions the (at most {@value #LAST_INTERACTIONS}) newest interactions with their outcome, newest
 *     first; not null
 * @param sentiment the trend of the customer's sentiment scores, empty when no message carries one (no analyser such
 *     as cim-sentiment is plugged in); not null
 * @since 0.1.0
 */
public record CustomerSummary(Customer customer, Optional<String> tier, Optional<Channel> preferredChannel,
    Optional<Locale> preferredLanguage, List<OpenCase> openCases, List<Outcome> lastInteractions,
    Optional<SentimentTrend> sentiment) {

  /** How many interactions {@link #lastInteractions()} holds at most. */
  public static final int LAST_INTERACTIONS = 3;

  /**
   * Validates and copies the arguments.
   *
   * @throws NullPointerException if an argument or element is null
   */
  public CustomerSummary {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(preferredChannel, "preferredChannel");
    Objects.requireNonNull(preferredLanguage, "preferredLanguage");
    openCases = List.copyOf(openCases);
    lastInteractions = List.copyOf(lastInteractions);
    Objects.requireNonNull(sentiment, "sentiment");
  }

  /**
   * An open case in brief.
   *
   * @param caseId the case; not null
   * @param topic its topic, if any; not null
   * @param latestState the state of its latest interaction; not null
   * @param channels how many channels it has spanned, {@code >= 1}
   * @param lastActivity when it last changed; not null
   */
  public record OpenCase(CaseId caseId, Optional<String> topic, InteractionState latestState, int channels,
      Instant lastActivity) {
    /**
     * Validates the arguments.
     *
     * @throws NullPointerException if an argument is null
     */
    public OpenCase {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(latestState, "latestState");
      Objects.requireNonNull(lastActivity, "lastActivity");
    }

    static OpenCase of(CaseView v) {
      return new OpenCase(v.caseId(), v.topic(), v.latestState(), v.channels().size(), v.lastActivity());
    }
  }

  /**
   * How one interaction went.
   *
   * @param interactionId the interaction; not null
   * @param channel its channel; not null
   * @param topic its topic, if any; not null
   * @param state its state now (RESOLVED, ABANDONED, ... or still open); not null
   * @param disposition its wrap-up code, if set; not null
   * @param agent the agent who handled it, if any; not null
   * @param at when it last changed; not null
   */
  public record Outcome(InteractionId interactionId, Channel channel, Optional<String> topic, InteractionState state,
      Optional<String> disposition, Optional<AgentId> agent, Instant at) {
    /**
     * Validates the arguments.
     *
     * @throws NullPointerException if an argument is null
     */
    public Outcome {
      Objects.requireNonNull(interactionId, "interactionId");
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(disposition, "disposition");
      Objects.requireNonNull(agent, "agent");
      Objects.requireNonNull(at, "at");
    }

    static Outcome of(Interaction i) {
      return new Outcome(i.id(), i.channel(), i.topic(), i.state(), i.disposition(), i.assignedAgent(),
          i.updatedAt());
    }
  }

  /**
   * The trend of a customer's sentiment over their newest scored messages: the older half's mean against the newer
   * half's.
   *
   * @param samples how many scored messages it is computed from, {@code >= 1}
   * @param latest the newest score, in [-1, 1]
   * @param mean the mean of all samples, in [-1, 1]
   * @param change the newer half's mean minus the older half's (0 for a single sample), in [-2, 2]
   * @param direction where it is heading; not null
   */
  public record SentimentTrend(int samples, double latest, double mean, double change, Direction direction) {
    /** A change of at least this size (either way) is a trend; smaller is {@link Direction#STEADY}. */
    public static final double THRESHOLD = 0.15;

    /**
     * Validates the arguments.
     *
     * @throws NullPointerException if {@code direction} is null
     * @throws IllegalArgumentException if a number is out of range
     */
    public SentimentTrend {
      if (samples < 1) {
        throw new IllegalArgumentException("samples must be >= 1, but was " + samples);
      }
      if (!(latest >= -1 && latest <= 1) || !(mean >= -1 && mean <= 1) || !(change >= -2 && change <= 2)) {
        throw new IllegalArgumentException("latest and mean must be in [-1, 1] and change in [-2, 2], but were "
            + latest + ", " + mean + " and " + change);
      }
      Objects.requireNonNull(direction, "direction");
    }

    /**
     * Computes the trend of scores, oldest first.
     *
     * @param oldestFirst the scores, each in [-1, 1]; not null
     * @return the trend, or empty for no scores
     * @throws NullPointerException if {@code oldestFirst} or an element is null
     * @throws IllegalArgumentException if a score is outside [-1, 1]
     */
    public static Optional<SentimentTrend> of(List<Double> oldestFirst) {
      int n = oldestFirst.size();
      if (n == 0) {
        return Optional.empty();
      }
      double sum = 0;
      for (Double d : oldestFirst) {
        if (!(d >= -1 && d <= 1)) {
          throw new IllegalArgumentException("sentiment scores must be in [-1, 1], but one was " + d);
        }
        sum += d;
      }
      double change = 0;
      if (n > 1) {
        int half = n / 2;
        change = mean(oldestFirst.subList(n - half, n)) - mean(oldestFirst.subList(0, half));
      }
      Direction dir = change >= THRESHOLD ? Direction.IMPROVING
          : change <= -THRESHOLD ? Direction.WORSENING : Direction.STEADY;
      return Optional.of(new SentimentTrend(n, oldestFirst.get(n - 1), Math.max(-1, Math.min(1, sum / n)), change,
          dir));
    }

    private static double mean(List<Double> xs) {
      double s = 0;
      for (double x : xs) {
        s += x;
      }
      return s / xs.size();
    }
  }

  /** Where a customer's sentiment is heading. */
  public enum Direction {
    /** Getting better by at least {@link SentimentTrend#THRESHOLD}. */
    IMPROVING,
    /** Changing by less than {@link SentimentTrend#THRESHOLD} either way. */
    STEADY,
    /** Getting worse by at least {@link SentimentTrend#THRESHOLD}. */
    WORSENING
  }
}
