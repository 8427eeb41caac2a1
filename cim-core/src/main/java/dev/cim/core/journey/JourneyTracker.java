package dev.cim.core.journey;

import dev.cim.core.model.CustomerId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Follows customers through a {@link JourneyDefinition}: their current stage, their stage history and their
 * touchpoints. In memory; a host that needs it durable stores the {@link StageChange}s {@link #record} returns.
 *
 * <p>A customer enters the initial stage with their first signal (a {@link StageChange} without {@code from}), then
 * each signal moves them by the first rule that {@linkplain TransitionRule#fires fires}, if any. Signals are taken in
 * the order given (the host gives each customer's in time order).
 *
 * <p>Thread-safe: methods are synchronized on the tracker; reads return snapshots.
 *
 * @since 0.1.0
 */
public final class JourneyTracker {
  private final JourneyDefinition definition;
  private final Map<CustomerId, List<StageChange>> history = new LinkedHashMap<>();
  private final Map<CustomerId, List<JourneySignal>> touchpoints = new LinkedHashMap<>();

  /**
   * Creates a tracker.
   *
   * @param definition the journey; not null
   * @throws NullPointerException if {@code definition} is null
   */
  public JourneyTracker(JourneyDefinition definition) {
    this.definition = Objects.requireNonNull(definition, "definition");
  }

  /**
   * Records a signal: enters a new customer into the initial stage, keeps a touchpoint, applies the first rule that
   * fires.
   *
   * @param signal the signal; not null
   * @return the stage changes it caused, in order (none, the entry, a transition, or both); not null
   * @throws NullPointerException if {@code signal} is null
   */
  public synchronized List<StageChange> record(JourneySignal signal) {
    Objects.requireNonNull(signal, "signal");
    CustomerId c = signal.customerId();
    List<StageChange> out = new ArrayList<>(2);
    List<StageChange> h = history.computeIfAbsent(c, k -> new ArrayList<>());
    if (h.isEmpty()) {
      StageChange entry = new StageChange(c, Optional.empty(), definition.initialStage(), signal.at(), "first signal");
      h.add(entry);
      out.add(entry);
    }
    if (signal.isTouchpoint()) {
      touchpoints.computeIfAbsent(c, k -> new ArrayList<>()).add(signal);
    }
    String stage = h.get(h.size() - 1).to();
    for (TransitionRule r : definition.rules()) {
      if (r.fires(stage, signal)) {
        StageChange change = new StageChange(c, Optional.of(stage), r.to(), signal.at(), r.description());
        h.add(change);
        out.add(change);
        break;
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns a customer's current stage.
   *
   * @param customer the customer; not null
   * @return the stage, or empty if no signal about them was recorded
   * @throws NullPointerException if {@code customer} is null
   */
  public synchronized Optional<String> currentStage(CustomerId customer) {
    List<StageChange> h = history.get(Objects.requireNonNull(customer, "customer"));
    return h == null ? Optional.empty() : Optional.of(h.get(h.size() - 1).to());
  }

  /**
   * Returns a customer's stage history, oldest first, starting with the entry into the initial stage.
   *
   * @param customer the customer; not null
   * @return the history; empty if unknown; not null
   * @throws NullPointerException if {@code customer} is null
   */
  public synchronized List<StageChange> history(CustomerId customer) {
    return List.copyOf(history.getOrDefault(Objects.requireNonNull(customer, "customer"), List.of()));
  }

  /**
   * Returns a customer's touchpoints (INTERACTION and OUTCOME signals), in the order recorded.
   *
   * @param customer the customer; not null
   * @return the touchpoints; empty if none; not null
   * @throws NullPointerException if {@code customer} is null
   */
  public synchronized List<JourneySignal> touchpoints(CustomerId customer) {
    return List.copyOf(touchpoints.getOrDefault(Objects.requireNonNull(customer, "customer"), List.of()));
  }

  /**
   * Returns every customer's stage history, in the order customers were first seen.
   *
   * @return customer to history; a snapshot; not null
   */
  public synchronized Map<CustomerId, List<StageChange>> histories() {
    Map<CustomerId, List<StageChange>> copy = new LinkedHashMap<>();
    history.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Returns every customer's touchpoints, in the order customers were first seen with one.
   *
   * @return customer to touchpoints; a snapshot; not null
   */
  public synchronized Map<CustomerId, List<JourneySignal>> allTouchpoints() {
    Map<CustomerId, List<JourneySignal>> copy = new LinkedHashMap<>();
    touchpoints.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the journey.
   *
   * @return the definition
   */
  public JourneyDefinition definition() {
    return definition;
  }
}
