package dev.cim.core.journey;

import dev.cim.core.InteractionHub;
import dev.cim.core.event.CimListener;
import dev.cim.core.event.InteractionOpened;
import dev.cim.core.event.InteractionStateChanged;
import dev.cim.core.event.SentimentAlert;
import dev.cim.core.event.SentimentRecovered;
import dev.cim.core.model.Interaction;
import dev.cim.core.spi.InteractionStore;
import java.util.Objects;
import java.util.Optional;

/**
 * Feeds a {@link JourneyTracker} from the hub's events, so journeys move on interactions, outcomes and sentiment
 * without host code; host events still come through {@link JourneyTracker#record} directly.
 * <ul>
 *   <li>{@code InteractionOpened}: an INTERACTION signal with the channel and the stored interaction's topic.
 *   <li>{@code InteractionStateChanged} into RESOLVED, CLOSED or ABANDONED: an OUTCOME signal whose outcome is the
 *       stored interaction's disposition, or the state's name in lower case ({@code "abandoned"}) if it has none.
 *   <li>{@code SentimentAlert} and {@code SentimentRecovered}: a SENTIMENT signal with the trend score.
 * </ul>
 * It reads the interaction from the store (never calls back into the hub) and records at the event's time. Thread-safe
 * (the tracker is); runs on the event's thread.
 *
 * @since 0.1.0
 */
public final class JourneyListener implements CimListener {
  private final JourneyTracker tracker;
  private final InteractionStore interactions;

  /**
   * Creates a listener.
   *
   * @param tracker where signals go; not null
   * @param interactions read for topics and dispositions; not null
   * @throws NullPointerException if an argument is null
   */
  public JourneyListener(JourneyTracker tracker, InteractionStore interactions) {
    this.tracker = Objects.requireNonNull(tracker, "tracker");
    this.interactions = Objects.requireNonNull(interactions, "interactions");
  }

  /**
   * Creates a listener over the hub's interaction store and adds it to the hub.
   *
   * @param hub the hub; not null
   * @param tracker the tracker; not null
   * @return the listener, already listening
   * @throws NullPointerException if an argument is null
   */
  public static JourneyListener attach(InteractionHub hub, JourneyTracker tracker) {
    Objects.requireNonNull(hub, "hub");
    JourneyListener l = new JourneyListener(tracker, hub.interactionStore());
    hub.addListener(l);
    return l;
  }

  @Override
  public void onInteractionOpened(InteractionOpened e) {
    String topic = interactions.findById(e.interactionId()).flatMap(Interaction::topic).orElse(null);
    tracker.record(JourneySignal.interaction(e.customerId(), e.occurredAt(), e.channel(), topic));
  }

  @Override
  public void onInteractionStateChanged(InteractionStateChanged e) {
    if (!e.to().isTerminal()) {
      return;
    }
    Optional<Interaction> i = interactions.findById(e.interactionId());
    String outcome = i.flatMap(Interaction::disposition).orElse(e.to().name().toLowerCase(java.util.Locale.ROOT));
    tracker.record(JourneySignal.outcome(e.customerId(), e.occurredAt(), e.channel(),
        i.flatMap(Interaction::topic).orElse(null), outcome));
  }

  @Override
  public void onSentimentAlert(SentimentAlert e) {
    tracker.record(JourneySignal.sentiment(e.customerId(), e.occurredAt(), clamp(e.trendScore())));
  }

  @Override
  public void onSentimentRecovered(SentimentRecovered e) {
    tracker.record(JourneySignal.sentiment(e.customerId(), e.occurredAt(), clamp(e.trendScore())));
  }

  private static double clamp(double score) {
    return Math.max(-1, Math.min(1, score));
  }
}
