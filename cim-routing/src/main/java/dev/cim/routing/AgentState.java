package dev.cim.routing;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.Skill;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** An agent's mutable routing state; guarded by the engine lock. */
final class AgentState implements AgentView {
  AgentProfile profile;
  Presence presence = Presence.OFFLINE;
  final Map<Channel, Integer> load = new HashMap<>(4);
  int used;
  boolean inWrapUp;
  long wrapUpUntil;
  long wrapGen;
  long returnWindowEnd;
  boolean paced;
  long paceGen;
  final long ordinal;
  final Map<Channel, Long> readySince = new HashMap<>(4);
  final Map<Channel, Long> readySeq = new HashMap<>(4);
  final Set<Channel> indexed = new HashSet<>(4);
  final Set<TaskState> offered = new LinkedHashSet<>(4);
  final Set<TaskState> assigned = new LinkedHashSet<>(4);
  long viewNow;
  /** Negative-sentiment tasks assigned in a row (see {@link RoutingConfig#negativeStreakCap()}). */
  int negativeStreak;
  private AgentProfile sortedFor;
  private Skill[] sorted;

  AgentState(AgentProfile profile, long ordinal) {
    this.profile = profile;
    this.ordinal = ordinal;
  }

  /** The profile's skills in natural order, cached per profile. */
  Skill[] sortedSkills() {
    if (sortedFor != profile) {
      sorted = profile.skills().keySet().toArray(new Skill[0]);
      java.util.Arrays.sort(sorted);
      sortedFor = profile;
    }
    return sorted;
  }

  boolean canTake(Channel c) {
    CapacityModel m = profile.capacity();
    int limit = m.limit(c);
    return limit > 0 && load.getOrDefault(c, 0) < limit && used + m.weight(c) <= m.budget();
  }

  boolean readyFor(Channel c) {
    return presence == Presence.AVAILABLE && !inWrapUp && !paced && canTake(c);
  }

  @Override
  public AgentId id() {
    return profile.id();
  }

  @Override
  public AgentProfile profile() {
    return profile;
  }

  @Override
  public int load(Channel channel) {
    return load.getOrDefault(channel, 0);
  }

  @Override
  public int usedBudget() {
    return used;
  }

  @Override
  public long readyMillis(Channel channel) {
    Long since = indexed.contains(channel) ? readySince.get(channel) : null;
    return since == null ? 0 : Math.max(0, viewNow - since);
  }
}
