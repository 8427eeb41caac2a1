package dev.cim.core.supervision;

import dev.cim.core.model.AgentId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Computes schedule adherence and conformance ({@link AdherenceFigures}) of agents and teams over a window, from
 * their planned schedules and their actual activity changes.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>An agent is in an activity from an {@link ActivityChange} until the agent's next change; before the agent's
 *       first change the activity is {@link Activity#OFFLINE}. Changes with the same time apply in the order given,
 *       so the last one wins.
 *   <li>Scheduled time counts as in adherence while the actual activity <em>satisfies</em> the scheduled one: the
 *       same activity, or one listed with {@link Builder#satisfies}. By default {@link Activity#AVAILABLE} is
 *       satisfied by AVAILABLE, {@link Activity#BUSY} and {@link Activity#WRAP_UP} (handling contacts is what
 *       available time is for).
 *   <li>Work activities ({@link Builder#workActivities}; by default AVAILABLE, BUSY, WRAP_UP, TRAINING, MEETING)
 *       define conformance: scheduled work is scheduled time in a work activity, worked time is actual time in a work
 *       activity anywhere in the window, scheduled or not.
 *   <li>Only the part of each interval inside the window {@code [from, to)} counts.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ScheduleAdherence {
  private final Map<Activity, Set<Activity>> satisfiedBy;
  private final Set<Activity> work;

  private ScheduleAdherence(Builder b) {
    Map<Activity, Set<Activity>> m = new HashMap<>();
    b.satisfiedBy.forEach((k, v) -> m.put(k, Set.copyOf(v)));
    this.satisfiedBy = Map.copyOf(m);
    this.work = Set.copyOf(b.work);
  }

  /**
   * Returns the calculator with the default rules (see the class documentation).
   *
   * @return the calculator
   */
  public static ScheduleAdherence ofDefaults() {
    return builder().build();
  }

  /**
   * Returns a builder that starts from the default rules.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether doing {@code actual} keeps an agent in adherence with {@code scheduled}.
   *
   * @param scheduled the scheduled activity; not null
   * @param actual the actual activity; not null
   * @return true if they are equal or {@code actual} was declared to satisfy {@code scheduled}
   * @throws NullPointerException if an argument is null
   */
  public boolean satisfies(Activity scheduled, Activity actual) {
    Objects.requireNonNull(scheduled, "scheduled");
    Objects.requireNonNull(actual, "actual");
    return scheduled.equals(actual) || satisfiedBy.getOrDefault(scheduled, Set.of()).contains(actual);
  }

  /**
   * Computes each agent's figures over a window. Every agent with a schedule or an activity change gets figures.
   *
   * @param schedules the planned schedules, at most one per agent; not null
   * @param changes the actual activity changes of any agents, in any order; not null
   * @param from the window's start (inclusive); not null
   * @param to the window's end (exclusive), not before {@code from}; not null
   * @return the report
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}, or two schedules are for one agent
   */
  public AdherenceReport compute(Collection<AgentSchedule> schedules, Collection<ActivityChange> changes,
      Instant from, Instant to) {
    Objects.requireNonNull(schedules, "schedules");
    Objects.requireNonNull(changes, "changes");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from " + from + ", but was " + to);
    }
    Map<AgentId, AgentSchedule> byAgent = new TreeMap<>(Comparator.comparing(AgentId::value));
    for (AgentSchedule s : schedules) {
      if (byAgent.put(Objects.requireNonNull(s, "schedule").agentId(), s) != null) {
        throw new IllegalArgumentException("schedules must hold one schedule per agent, but agent '" + s.agentId()
            + "' has more");
      }
    }
    Map<AgentId, List<ActivityChange>> actual = new HashMap<>();
    for (ActivityChange c : changes) {
      actual.computeIfAbsent(Objects.requireNonNull(c, "change").agentId(), k -> new ArrayList<>()).add(c);
    }
    Set<AgentId> agents = new HashSet<>(byAgent.keySet());
    agents.addAll(actual.keySet());
    List<AgentId> ordered = new ArrayList<>(agents);
    ordered.sort(Comparator.comparing(AgentId::value));
    Map<AgentId, AdherenceFigures> out = new LinkedHashMap<>();
    for (AgentId agent : ordered) {
      List<ScheduledActivity> planned = byAgent.containsKey(agent) ? byAgent.get(agent).intervals() : List.of();
      out.put(agent, figures(planned, actual.getOrDefault(agent, List.of()), from, to));
    }
    return new AdherenceReport(out);
  }

  /** A stretch of actual activity. */
  private record Segment(Activity activity, Instant start, Instant end) {}

  private AdherenceFigures figures(List<ScheduledActivity> planned, List<ActivityChange> changes, Instant from,
      Instant to) {
    List<ActivityChange> sorted = new ArrayList<>(changes);
    sorted.sort(Comparator.comparing(ActivityChange::at)); // stable: same-time changes keep their order
    List<Segment> segments = new ArrayList<>();
    Activity current = Activity.OFFLINE;
    Instant since = from;
    for (ActivityChange c : sorted) {
      Instant at = c.at().isBefore(from) ? from : c.at().isAfter(to) ? to : c.at();
      if (at.isAfter(since)) {
        segments.add(new Segment(current, since, at));
        since = at;
      }
      current = c.activity();
    }
    if (to.isAfter(since)) {
      segments.add(new Segment(current, since, to));
    }
    Duration scheduled = Duration.ZERO;
    Duration inAdherence = Duration.ZERO;
    Duration scheduledWork = Duration.ZERO;
    for (ScheduledActivity p : planned) {
      Duration length = overlap(p.start(), p.end(), from, to);
      if (length.isZero()) {
        continue;
      }
      scheduled = scheduled.plus(length);
      if (work.contains(p.activity())) {
        scheduledWork = scheduledWork.plus(length);
      }
      for (Segment s : segments) {
        if (satisfies(p.activity(), s.activity())) {
          inAdherence = inAdherence.plus(overlap(p.start(), p.end(), s.start(), s.end()));
        }
      }
    }
    Duration worked = Duration.ZERO;
    for (Segment s : segments) {
      if (work.contains(s.activity())) {
        worked = worked.plus(Duration.between(s.start(), s.end()));
      }
    }
    return new AdherenceFigures(scheduled, inAdherence, scheduledWork, worked);
  }

  private static Duration overlap(Instant s1, Instant e1, Instant s2, Instant e2) {
    Instant s = s1.isAfter(s2) ? s1 : s2;
    Instant e = e1.isBefore(e2) ? e1 : e2;
    return e.isAfter(s) ? Duration.between(s, e) : Duration.ZERO;
  }

  /**
   * Per-agent figures from {@link #compute}, and their sums per team.
   *
   * <p>Immutable and thread-safe.
   *
   * @param byAgent each agent's figures, ordered by agent id; not null
   * @since 0.1.0
   */
  public record AdherenceReport(Map<AgentId, AdherenceFigures> byAgent) {
    /**
     * Copies the map, keeping its order.
     *
     * @throws NullPointerException if the map, a key or a value is null
     */
    public AdherenceReport {
      Map<AgentId, AdherenceFigures> copy = new LinkedHashMap<>();
      byAgent.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "agentId"), Objects.requireNonNull(v, "figures")));
      byAgent = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Returns an agent's figures.
     *
     * @param agentId the agent; not null
     * @return the figures, or {@link AdherenceFigures#ZERO} if the agent had neither schedule nor activity
     * @throws NullPointerException if {@code agentId} is null
     */
    public AdherenceFigures agent(AgentId agentId) {
      return byAgent.getOrDefault(Objects.requireNonNull(agentId, "agentId"), AdherenceFigures.ZERO);
    }

    /**
     * Sums the agents' figures per team.
     *
     * @param teamOf each agent's team, or empty to leave the agent out; not null, must not return null
     * @return the figures per team, ordered by team name
     * @throws NullPointerException if {@code teamOf} is null or returns null
     */
    public Map<String, AdherenceFigures> byTeam(Function<AgentId, Optional<String>> teamOf) {
      Objects.requireNonNull(teamOf, "teamOf");
      Map<String, AdherenceFigures> out = new TreeMap<>();
      byAgent.forEach((agent, f) -> Objects.requireNonNull(teamOf.apply(agent), "team")
          .ifPresent(team -> out.merge(team, f, AdherenceFigures::plus)));
      return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Sums every agent's figures.
     *
     * @return the totals
     */
    public AdherenceFigures total() {
      return byAgent.values().stream().reduce(AdherenceFigures.ZERO, AdherenceFigures::plus);
    }
  }

  /** Builds a {@link ScheduleAdherence}, starting from the default rules. Not thread-safe. */
  public static final class Builder {
    private final Map<Activity, Set<Activity>> satisfiedBy = new HashMap<>();
    private Set<Activity> work = Set.of(Activity.AVAILABLE, Activity.BUSY, Activity.WRAP_UP, Activity.TRAINING,
        Activity.MEETING);

    private Builder() {
      satisfiedBy.put(Activity.AVAILABLE, new HashSet<>(Set.of(Activity.BUSY, Activity.WRAP_UP)));
    }

    /**
     * Declares that doing any of {@code actual} keeps an agent in adherence with a scheduled activity (in addition to
     * doing the scheduled activity itself).
     *
     * @param scheduled the scheduled activity; not null
     * @param actual the actual activities that satisfy it; not null, no null element
     * @return this builder
     * @throws NullPointerException if an argument or an element is null
     */
    public Builder satisfies(Activity scheduled, Activity... actual) {
      Objects.requireNonNull(scheduled, "scheduled");
      Objects.requireNonNull(actual, "actual");
      List<Activity> add = new ArrayList<>(actual.length);
      for (Activity a : actual) {
        add.add(Objects.requireNonNull(a, "actual element"));
      }
      satisfiedBy.computeIfAbsent(scheduled, k -> new HashSet<>()).addAll(add);
      return this;
    }

    /**
     * Replaces the set of work activities that conformance counts.
     *
     * @param activities the work activities; not null, no null element
     * @return this builder
     * @throws NullPointerException if the set or an element is null
     */
    public Builder workActivities(Set<Activity> activities) {
      this.work = Set.copyOf(activities);
      return this;
    }

    /**
     * Builds the calculator.
     *
     * @return the calculator
     */
    public ScheduleAdherence build() {
      return new ScheduleAdherence(this);
    }
  }
}
