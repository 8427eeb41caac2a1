package dev.cim.routing;

import dev.cim.core.model.Channel;
import dev.cim.core.model.Skill;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The agents ready for one channel, indexed so that a task finds its longest-idle eligible agent without looking at
 * agents that lack one of its skills: each ready agent holds a <em>slot</em>, and slots are handed out in the order
 * agents became ready, so the lowest slot is the agent idle longest. For every interned skill a <em>posting list</em>
 * holds one entry per ready agent with that skill, {@code slot << 4 | level}, in slot order: an agent becoming ready
 * appends to the lists of its skills (whose ends stay in cache), and one leaving only marks its slot empty, so its
 * entries die in place and are dropped later, by a visit that meets them at a list's front or by a sweep of the list
 * once dead entries outnumber live ones. A task walks the list of the required skill with the fewest agents at its
 * threshold from its front, so it meets agents longest idle first; for each entry at the level it tests the slot's
 * 64-bit skill mask for the other required skills (one load from an array in slot order), and only then the agent's
 * exact levels, so it hands on exactly the agents holding every required skill at its threshold.
 *
 * <p>Slots only grow; when they run out, the live ones are renumbered in order (compaction, which rewrites every list
 * in one sequential pass) or the space doubles, so the cost is amortised constant per readiness change. Each agent
 * records its slot in {@link AgentState#slots} under this index's {@link #channelNo}.
 *
 * <p>Not thread-safe: guarded by the engine lock.
 */
final class ReadyIndex {
  private static final int LEVELS = Skill.MAX_LEVEL;
  private static final int LEVEL_BITS = 4;
  private static final int LEVEL_MASK = (1 << LEVEL_BITS) - 1;
  /** Slots must fit the 27 bits an entry has above its level bits and below its sign bit. */
  private static final int MAX_SLOTS = 1 << (31 - LEVEL_BITS);

  /** This index's number in {@link AgentState#slots}. */
  final int channelNo;
  /** The channel. */
  final Channel channel;

  private AgentState[] bySlot;
  /** By slot: bit {@code id % 64} set for each of the agent's skill ids; 0 for an empty slot. */
  private long[] slotMasks;
  /** The next slot to hand out. */
  private int tail;
  /** No live slot is below this one. */
  private int head;
  private int live;
  /** By interned skill id; null where never used. */
  private SkillList[] bySkill = new SkillList[16];
  /** The clamped thresholds of the walk under way (the engine lock serialises visits). */
  private int[] walkLevels = new int[3];

  ReadyIndex(Channel channel, int channelNo, int initialSlots) {
    this.channel = channel;
    this.channelNo = channelNo;
    this.bySlot = new AgentState[Math.max(64, initialSlots)];
    this.slotMasks = new long[bySlot.length];
  }

  /** How many agents are ready. */
  int size() {
    return live;
  }

  /** Whether the agent holds a slot here. */
  boolean contains(AgentState a) {
    return slotOf(a) >= 0;
  }

  private int slotOf(AgentState a) {
    int[] s = a.slots;
    return channelNo < s.length ? s[channelNo] : -1;
  }

  private void setSlot(AgentState a, int slot) {
    if (channelNo >= a.slots.length) {
      int old = a.slots.length;
      int n = channelNo + 1;
      a.slots = Arrays.copyOf(a.slots, n);
      Arrays.fill(a.slots, old, n, -1);
      a.readySince = Arrays.copyOf(a.readySince, n);
      Arrays.fill(a.readySince, old, n, Long.MIN_VALUE);
      a.readySeq = Arrays.copyOf(a.readySeq, n);
      Arrays.fill(a.readySeq, old, n, Long.MAX_VALUE);
    }
    a.slots[channelNo] = slot;
  }

  /**
   * Adds a ready agent after every agent already here (it becomes the one idle shortest), recording when.
   *
   * @param now the time, kept as {@link AgentState#readySince}
   * @param seq the engine's sequence number, kept as {@link AgentState#readySeq}
   * @throws IllegalStateException if it is already here
   */
  void add(AgentState a, long now, long seq) {
    if (contains(a)) {
      throw new IllegalStateException("agent '" + a.id() + "' is already ready for this channel");
    }
    if (tail == bySlot.length) {
      makeRoom();
    }
    int slot = tail++;
    bySlot[slot] = a;
    setSlot(a, slot);
    a.readySince[channelNo] = now;
    a.readySeq[channelNo] = seq;
    a.indexedCount++;
    live++;
    int[] ids = a.skillIds;
    byte[] levels = a.skillLevels;
    long mask = 0;
    for (int i = 0; i < ids.length; i++) {
      list(ids[i]).append(slot, levels[i], bySlot);
      mask |= 1L << ids[i];
    }
    slotMasks[slot] = mask;
  }

  private SkillList list(int id) {
    if (id >= bySkill.length) {
      bySkill = Arrays.copyOf(bySkill, Math.max(id + 1, bySkill.length * 2));
    }
    SkillList l = bySkill[id];
    if (l == null) {
      l = new SkillList(id);
      bySkill[id] = l;
    }
    return l;
  }

  /** Removes an agent; nothing happens if it is not here. Its list entries die where they are. */
  void remove(AgentState a) {
    int slot = slotOf(a);
    if (slot < 0) {
      return;
    }
    bySlot[slot] = null;
    slotMasks[slot] = 0;
    a.slots[channelNo] = -1;
    a.indexedCount--;
    live--;
    int[] ids = a.skillIds;
    byte[] levels = a.skillLevels;
    for (int i = 0; i < ids.length; i++) {
      bySkill[ids[i]].died(levels[i], bySlot);
    }
    if (live == 0) {
      head = 0;
      tail = 0;
      for (SkillList l : bySkill) {
        if (l != null) {
          l.reset();
        }
      }
    } else {
      while (head < tail && bySlot[head] == null) {
        head++;
      }
    }
  }

  /** Renumbers the live slots from 0 in order if at most half are live, else doubles the space. */
  private void makeRoom() {
    if (live * 2 > bySlot.length) {
      if (bySlot.length >= MAX_SLOTS) {
        throw new IllegalStateException("a channel's ready index holds at most " + MAX_SLOTS / 2
            + " agents, but " + live + " are ready");
      }
      bySlot = Arrays.copyOf(bySlot, Math.min(MAX_SLOTS, bySlot.length * 2));
      slotMasks = Arrays.copyOf(slotMasks, bySlot.length);
      return;
    }
    AgentState[] old = bySlot;
    int oldTail = tail;
    int[] renumbered = new int[oldTail];
    bySlot = new AgentState[old.length];
    long[] oldMasks = slotMasks;
    slotMasks = new long[old.length];
    tail = 0;
    head = 0;
    for (int s = 0; s < oldTail; s++) {
      AgentState a = old[s];
      if (a != null) {
        int slot = tail++;
        bySlot[slot] = a;
        slotMasks[slot] = oldMasks[s];
        a.slots[channelNo] = slot;
        renumbered[s] = slot;
      }
    }
    for (SkillList l : bySkill) {
      if (l != null) {
        l.renumber(old, renumbered);
      }
    }
  }

  /** Calls {@code action} for every ready agent, longest idle first. */
  void forEach(Consumer<AgentState> action) {
    for (int s = head; s < tail; s++) {
      if (bySlot[s] != null) {
        action.accept(bySlot[s]);
      }
    }
  }

  /**
   * How many ready agents hold a skill at a level of at least {@code threshold}.
   *
   * @param skillId an interned skill id
   * @param threshold {@link Skill#MIN_LEVEL} to {@link Skill#MAX_LEVEL}
   */
  int count(int skillId, int threshold) {
    SkillList l = skillId < bySkill.length ? bySkill[skillId] : null;
    return l == null ? 0 : l.atLeast(threshold);
  }

  /**
   * Visits the agents holding every given skill at its threshold or above, longest idle first, until the visitor
   * returns {@code false}. With no skills, visits every ready agent.
   *
   * @param skillIds interned skill ids, distinct
   * @param thresholds the least level of each, clamped to {@link Skill#MIN_LEVEL} to {@link Skill#MAX_LEVEL}
   * @param visitor gets each agent; returns whether to go on
   * @return how many agents were visited
   */
  int visit(int[] skillIds, int[] thresholds, Visitor visitor) {
    if (live == 0) {
      return 0;
    }
    int n = skillIds.length;
    if (n == 0) {
      int visited = 0;
      for (int s = head; s < tail; s++) {
        AgentState a = bySlot[s];
        if (a != null) {
          visited++;
          if (!visitor.visit(a)) {
            break;
          }
        }
      }
      return visited;
    }
    if (walkLevels.length < n) {
      walkLevels = new int[n];
    }
    int[] mins = walkLevels;
    int least = 0;
    int leastCount = Integer.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      int id = skillIds[i];
      SkillList l = id < bySkill.length ? bySkill[id] : null;
      int level = Math.max(Skill.MIN_LEVEL, Math.min(Skill.MAX_LEVEL, thresholds[i]));
      int count = l == null ? 0 : l.atLeast(level);
      if (count == 0) {
        return 0;
      }
      mins[i] = level;
      if (count < leastCount) {
        leastCount = count;
        least = i;
      }
    }
    // the list with the fewest agents at its threshold drives the walk
    SkillList driver = bySkill[skillIds[least]];
    int min0 = mins[least];
    driver.dropDeadFront(bySlot);
    int[] d = driver.entries;
    int end = driver.size;
    AgentState[] agents = bySlot;
    if (n == 1) {
      int visited = 0;
      for (int i = driver.start; i < end; i++) {
        int e = d[i];
        if ((e & LEVEL_MASK) >= min0) {
          AgentState a = agents[e >>> LEVEL_BITS];
          if (a != null) {
            visited++;
            if (!visitor.visit(a)) {
              break;
            }
          }
        }
      }
      return visited;
    }
    // the other skills: first the slot's mask (one load from an array in slot order), then the agent's own levels
    long need = 0;
    for (int j = 0; j < n; j++) {
      if (j != least) {
        need |= 1L << skillIds[j];
      }
    }
    long[] masks = slotMasks;
    int visited = 0;
    outer:
    for (int i = driver.start; i < end; i++) {
      int e = d[i];
      int slot = e >>> LEVEL_BITS;
      // one rarely taken branch, so the loads of several entries overlap: level too low, lacks another skill, or
      // the slot is empty (its mask is 0)
      if (((e & LEVEL_MASK) < min0) | ((masks[slot] & need) != need)) {
        continue;
      }
      AgentState a = agents[slot];
      for (int j = 0; j < n; j++) {
        if (j != least && a.level(skillIds[j]) < mins[j]) {
          continue outer;
        }
      }
      visited++;
      if (!visitor.visit(a)) {
        break;
      }
    }
    return visited;
  }

  /**
   * Checks the index's internal bookkeeping (for tests): every live agent's slot, mask and list entries; every list
   * in slot order with its exact dead count (never above its live count) and per-level counts; empty slots with
   * mask 0; no live slot outside {@code [head, tail)}.
   *
   * @throws IllegalStateException naming the first broken rule
   */
  void checkInvariants() {
    int seen = 0;
    for (int s = 0; s < bySlot.length; s++) {
      AgentState a = bySlot[s];
      if (a == null) {
        check(slotMasks[s] == 0, "empty slot " + s + " has mask " + slotMasks[s]);
        continue;
      }
      seen++;
      check(s >= head && s < tail, "live slot " + s + " outside [" + head + ", " + tail + ")");
      check(slotOf(a) == s, "agent " + a.id() + " records slot " + slotOf(a) + ", holds " + s);
      long mask = 0;
      for (int id : a.skillIds) {
        mask |= 1L << id;
      }
      check(slotMasks[s] == mask, "slot " + s + " mask " + slotMasks[s] + ", agent's " + mask);
    }
    check(seen == live, "live " + live + ", slots held " + seen);
    for (SkillList l : bySkill) {
      if (l == null) {
        continue;
      }
      int dead = 0;
      int[] atLevel = new int[LEVELS + 1];
      int liveHere = 0;
      int last = -1;
      for (int i = l.start; i < l.size; i++) {
        int slot = l.entries[i] >>> LEVEL_BITS;
        int level = l.entries[i] & LEVEL_MASK;
        check(slot > last, "skill " + l.skillId + ": slot " + slot + " after " + last);
        last = slot;
        AgentState a = bySlot[slot];
        if (a == null) {
          dead++;
          continue;
        }
        check(a.level(l.skillId) == level, "skill " + l.skillId + ": slot " + slot + " entry level " + level
            + ", agent's " + a.level(l.skillId));
        atLevel[Math.min(level, LEVELS)]++;
        liveHere++;
      }
      check(dead == l.dead, "skill " + l.skillId + ": dead " + l.dead + ", counted " + dead);
      check(liveHere == l.live, "skill " + l.skillId + ": live " + l.live + ", counted " + liveHere);
      check(dead <= liveHere, "skill " + l.skillId + ": dead " + dead + " above live " + liveHere);
      check(Arrays.equals(atLevel, l.atLevel), "skill " + l.skillId + ": by level " + Arrays.toString(l.atLevel)
          + ", recounted " + Arrays.toString(atLevel));
    }
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("ready index: " + what);
    }
  }

  /** Gets the agents of {@link #visit}. */
  @FunctionalInterface
  interface Visitor {
    /**
     * Looks at one agent.
     *
     * @param agent a ready agent holding the skills
     * @return whether to go on
     */
    boolean visit(AgentState agent);
  }

  /**
   * One skill's posting list: an entry {@code slot << 4 | level} per agent that was ready with the skill, in slot
   * order, from {@link #start} to {@link #size}. An entry is live while its slot holds an agent (slots are not reused
   * before a compaction rewrites the list); dead ones are counted exactly and swept out once they outnumber the live
   * ones. The agent's levels must not change while it holds a slot (the engine removes it first).
   */
  private static final class SkillList {
    int[] entries = new int[8];
    int start;
    int size;
    int dead;
    /** The interned skill id. */
    final int skillId;
    /** By level (1 to {@link #LEVELS}, higher levels counted at the top): how many live entries have it. */
    final int[] atLevel = new int[LEVELS + 1];
    /** Live entries. */
    int live;

    SkillList(int skillId) {
      this.skillId = skillId;
    }

    void append(int slot, int level, AgentState[] bySlot) {
      if (size == entries.length) {
        if ((start + dead) * 4 >= size) {
          sweep(bySlot); // reclaims at least a quarter, so sweeps stay amortised constant per append
        }
        if (size == entries.length) {
          entries = Arrays.copyOf(entries, entries.length * 2);
        }
      }
      entries[size++] = slot << LEVEL_BITS | level;
      atLevel[Math.min(level, LEVELS)]++;
      live++;
    }

    /** How many live entries have at least a level ({@link Skill#MIN_LEVEL} to {@link #LEVELS}). */
    int atLeast(int threshold) {
      int n = 0;
      for (int l = threshold; l <= LEVELS; l++) {
        n += atLevel[l];
      }
      return n;
    }

    /** One of the list's agents left (its slot is already empty in {@code bySlot}). */
    void died(int level, AgentState[] bySlot) {
      atLevel[Math.min(level, LEVELS)]--;
      live--;
      dead++;
      if (dead > live) {
        sweep(bySlot);
      }
    }

    /** Drops the dead entries at the front, so a visit starts at a live one. */
    void dropDeadFront(AgentState[] bySlot) {
      int s = start;
      while (s < size && bySlot[entries[s] >>> LEVEL_BITS] == null) {
        s++;
      }
      dead -= s - start;
      start = s;
    }

    /** Removes every dead entry, keeping order. */
    private void sweep(AgentState[] bySlot) {
      keepLive(bySlot, null);
    }

    /** Keeps the live entries, renamed to their new slots. */
    void renumber(AgentState[] oldBySlot, int[] renumbered) {
      keepLive(oldBySlot, renumbered);
    }

    /**
     * Keeps the entries whose slot holds an agent in {@code bySlot}, in order, from index 0; with {@code renumbered},
     * each under its slot's new number.
     */
    private void keepLive(AgentState[] bySlot, int[] renumbered) {
      int[] e = entries;
      int w = 0;
      for (int r = start; r < size; r++) {
        int slot = e[r] >>> LEVEL_BITS;
        if (bySlot[slot] != null) {
          e[w++] = renumbered == null ? e[r] : renumbered[slot] << LEVEL_BITS | (e[r] & LEVEL_MASK);
        }
      }
      start = 0;
      size = w;
      dead = 0;
    }

    void reset() {
      start = 0;
      size = 0;
      dead = 0;
    }
  }
}
