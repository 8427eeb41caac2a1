package dev.cim.routing;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** An agent's mutable routing state; guarded by the engine lock. */
final class AgentState implements AgentView {
  AgentProfile profile;
  Presence presence = Presence.OFFLINE;
  /** By channel number ({@link ReadyIndex#channelNo}): the tasks it holds (offered or assigned) on that channel. */
  int[] loadByNo = new int[0];
  /** By channel number: its profile's limit and weight there (0 beyond the arrays); set with every profile. */
  int[] limitByNo = new int[0];
  int[] weightByNo = new int[0];
  int used;
  boolean inWrapUp;
  long wrapUpUntil;
  long wrapGen;
  long returnWindowEnd;
  boolean paced;
  long paceGen;
  final long ordinal;
  /** The agent's slot in each channel's {@link ReadyIndex}, by its number; -1 (or beyond the end) where not ready. */
  int[] slots = new int[0];
  /** When the agent last became ready for each channel, by its number; {@link Long#MIN_VALUE} if never. */
  long[] readySince = new long[0];
  /** The engine sequence number of that moment, by channel number; {@link Long#MAX_VALUE} if never. */
  long[] readySeq = new long[0];
  /** For how many channels the agent is in the ready index. */
  int indexedCount;
  /** Set once the agent is removed from the engine. */
  boolean removed;
  /** The engine's ready indexes by channel (for {@link #readyMillis}); null in tests of the index alone. */
  private final Map<Channel, ReadyIndex> ready;
  /**
   * Its open offers and its assigned tasks, in the order they came, each task at most once. Lists, not sets: an agent
   * holds a few tasks at most, and a set would hash every new task by identity.
   */
  final List<TaskState> offered = new ArrayList<>(4);
  final List<TaskState> assigned = new ArrayList<>(4);
  long viewNow;
  /** Negative-sentiment tasks assigned in a row (see {@link RoutingConfig#negativeStreakCap()}). */
  int negativeStreak;
  /** The profile's skills as interned ids (see {@code Engine#skillId}), ascending; set with every profile. */
  int[] skillIds = new int[0];
  /** The levels of {@link #skillIds}, index by index. */
  byte[] skillLevels = new byte[0];
  /**
   * Bit {@code id % 64} set for each of {@link #skillIds}: an agent whose mask lacks a bit of a task's mask lacks one
   * of its required skills (the converse need not hold).
   */
  long skillMask;

  AgentState(AgentProfile profile, long ordinal) {
    this(profile, ordinal, null);
  }

  AgentState(AgentProfile profile, long ordinal, Map<Channel, ReadyIndex> ready) {
    this.profile = profile;
    this.ordinal = ordinal;
    this.ready = ready;
  }

  /** When the agent last became ready for a channel number, {@link Long#MIN_VALUE} if never. */
  long readySince(int channelNo) {
    return channelNo < readySince.length ? readySince[channelNo] : Long.MIN_VALUE;
  }

  /** The sequence number of that moment, {@link Long#MAX_VALUE} if never. */
  long readySeq(int channelNo) {
    return channelNo < readySeq.length ? readySeq[channelNo] : Long.MAX_VALUE;
  }

  /** The agent's level of an interned skill, 0 if it does not have it. */
  int level(int skillId) {
    int[] ids = skillIds;
    int lo = 0;
    int hi = ids.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int v = ids[mid];
      if (v < skillId) {
        lo = mid + 1;
      } else if (v > skillId) {
        hi = mid - 1;
      } else {
        return skillLevels[mid];
      }
    }
    return 0;
  }

  /** Whether it has room for one more task on a channel, by number. */
  boolean canTake(int channelNo) {
    if (channelNo >= limitByNo.length) {
      return false;
    }
    int limit = limitByNo[channelNo];
    return limit > 0 && loadByNo[channelNo] < limit && used + weightByNo[channelNo] <= profile.capacity().budget();
  }

  boolean readyFor(int channelNo) {
    return presence == Presence.AVAILABLE && !inWrapUp && !paced && canTake(channelNo);
  }

  /**
   * Sets the capacity arrays from the profile for the channels of {@code byNo} (indexes by number), keeping the loads,
   * and the used budget from those loads at the profile's weights.
   */
  void capacityFrom(List<ReadyIndex> byNo) {
    int n = Math.max(byNo.size(), loadByNo.length);
    CapacityModel m = profile.capacity();
    int[] limits = new int[n];
    int[] weights = new int[n];
    for (int no = 0; no < byNo.size(); no++) {
      limits[no] = m.limit(byNo.get(no).channel);
      weights[no] = m.weight(byNo.get(no).channel);
    }
    limitByNo = limits;
    weightByNo = weights;
    loadByNo = Arrays.copyOf(loadByNo, n);
    int budget = 0;
    for (int no = 0; no < n; no++) {
      budget += loadByNo[no] * weights[no];
    }
    used = budget;
  }

  /**
   * Adds to its load on a channel, by number, and to its used budget at the channel's weight (growing the arrays if
   * that channel is newer than its profile).
   */
  void addLoad(int channelNo, int by) {
    if (channelNo >= loadByNo.length) {
      loadByNo = Arrays.copyOf(loadByNo, channelNo + 1);
      limitByNo = Arrays.copyOf(limitByNo, channelNo + 1);
      weightByNo = Arrays.copyOf(weightByNo, channelNo + 1);
    }
    loadByNo[channelNo] += by;
    used += by * weightByNo[channelNo];
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
    ReadyIndex ix = ready == null ? null : ready.get(channel);
    return ix == null || ix.channelNo >= loadByNo.length ? 0 : loadByNo[ix.channelNo];
  }

  @Override
  public int usedBudget() {
    return used;
  }

  @Override
  public long readyMillis(Channel channel) {
    ReadyIndex ix = ready == null ? null : ready.get(channel);
    if (ix == null || !ix.contains(this)) {
      return 0;
    }
    return Math.max(0, viewNow - readySince[ix.channelNo]);
  }
}
