package dev.cim.core.journey;

import dev.cim.core.analytics.Ratio;
import dev.cim.core.model.Channel;
import dev.cim.core.model.CustomerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Journey analytics over what a {@link JourneyTracker} holds (or any histories and touchpoints of the same shape).
 * Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class JourneyAnalytics {
  private JourneyAnalytics() {}

  /**
   * A path between two stages and how often it was taken.
   *
   * @param stages the stages in order, first the start, last the end; not null, copied
   * @param count how many times customers took it
   */
  public record PathCount(List<String> stages, long count) {
    /**
     * Validates and copies.
     *
     * @throws NullPointerException if {@code stages} or an element is null
     * @throws IllegalArgumentException if the count is not positive
     */
    public PathCount {
      stages = List.copyOf(stages);
      if (count < 1) {
        throw new IllegalArgumentException("count must be >= 1, but was " + count);
      }
    }
  }

  /**
   * Finds the most common paths from one stage to another: each time a customer enters {@code from}, the stages
   * they pass through until they next enter {@code to} (both included) make one path; a customer who never reaches
   * {@code to} afterwards adds no path. Paths are sorted by count, most common first, then by their stages joined
   * with {@code ">"}.
   *
   * @param histories customer to stage history, oldest first (as {@link JourneyTracker#histories()}); not null
   * @param from the start stage; not null
   * @param to the end stage; not null, different from {@code from}
   * @param limit the most paths returned, {@code >= 1}
   * @return the paths; not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code from} equals {@code to} or the limit is below 1
   */
  public static List<PathCount> commonPaths(Map<CustomerId, List<StageChange>> histories, String from, String to,
      int limit) {
    Objects.requireNonNull(histories, "histories");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.equals(to)) {
      throw new IllegalArgumentException("to must differ from from, but both were '" + from + "'");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, but was " + limit);
    }
    Map<List<String>, Long> counts = new HashMap<>();
    for (List<StageChange> h : histories.values()) {
      List<String> open = null;
      for (StageChange c : h) {
        if (open != null) {
          open.add(c.to());
          if (c.to().equals(to)) {
            counts.merge(List.copyOf(open), 1L, Long::sum);
            open = null;
          }
        }
        if (open == null && c.to().equals(from)) {
          open = new ArrayList<>(List.of(from));
        }
      }
    }
    return counts.entrySet().stream()
        .sorted(Comparator.<Map.Entry<List<String>, Long>>comparingLong(Map.Entry::getValue).reversed()
            .thenComparing(e -> String.join(">", e.getKey())))
        .limit(limit).map(e -> new PathCount(e.getKey(), e.getValue())).toList();
  }

  /**
   * Counts channel switches before resolution: each customer's touchpoints, in order, are cut into episodes that end
   * with an OUTCOME touchpoint whose outcome {@code isResolution} accepts; within an episode, each touchpoint on
   * another channel than the touchpoint before it is a switch {@code "from->to"} (channel names, e.g. {@code "chat->voice"}). Only episodes that
   * end in a resolution count: a switch is a sign that the first channel failed the customer on the way to it.
   *
   * @param touchpoints customer to touchpoints in order (as {@link JourneyTracker#allTouchpoints()}); not null
   * @param isResolution which outcomes resolve; not null
   * @return switch to count, sorted by switch; not null
   * @throws NullPointerException if an argument is null
   */
  public static Map<String, Long> channelSwitchesBeforeResolution(Map<CustomerId, List<JourneySignal>> touchpoints,
      Predicate<String> isResolution) {
    Objects.requireNonNull(touchpoints, "touchpoints");
    Objects.requireNonNull(isResolution, "isResolution");
    Map<String, Long> out = new TreeMap<>();
    for (List<JourneySignal> tps : touchpoints.values()) {
      List<String> episode = new ArrayList<>();
      Channel previous = null;
      for (JourneySignal s : tps) {
        if (!s.isTouchpoint()) {
          continue;
        }
        Channel ch = s.channel().orElseThrow();
        if (previous != null && !previous.equals(ch)) {
          episode.add(previous.name() + "->" + ch.name());
        }
        previous = ch;
        if (s.kind() == JourneySignal.Kind.OUTCOME && isResolution.test(s.outcome().orElseThrow())) {
          episode.forEach(k -> out.merge(k, 1L, Long::sum));
          episode.clear();
          previous = null;
        }
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * Computes stage conversion over a period: of the customers who entered {@code from} in {@code [start, end)}, the
   * share who entered {@code to} after that (and before {@code end}). A customer counts once, by their first entry
   * into {@code from} in the period.
   *
   * @param histories customer to stage history, oldest first; not null
   * @param from the stage converted from; not null
   * @param to the stage converted to; not null
   * @param start the period's start, inclusive; not null
   * @param end the period's end, exclusive; not null
   * @return converted / entered; {@link Ratio#NONE} when nobody entered
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code start} is after {@code end}
   */
  public static Ratio conversion(Map<CustomerId, List<StageChange>> histories, String from, String to,
      Instant start, Instant end) {
    Objects.requireNonNull(histories, "histories");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.isAfter(end)) {
      throw new IllegalArgumentException("start must not be after end, but was " + start + " > " + end);
    }
    long entered = 0;
    long converted = 0;
    for (List<StageChange> h : histories.values()) {
      int in = -1;
      for (int i = 0; i < h.size() && in < 0; i++) {
        if (h.get(i).to().equals(from) && inPeriod(h.get(i).at(), start, end)) {
          in = i;
        }
      }
      if (in < 0) {
        continue;
      }
      entered++;
      for (int j = in + 1; j < h.size(); j++) {
        if (h.get(j).to().equals(to) && h.get(j).at().isBefore(end)) {
          converted++;
          break;
        }
      }
    }
    return new Ratio(converted, entered);
  }

  private static boolean inPeriod(Instant t, Instant start, Instant end) {
    return !t.isBefore(start) && t.isBefore(end);
  }
}
