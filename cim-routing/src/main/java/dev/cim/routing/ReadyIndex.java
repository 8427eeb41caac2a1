package dev.cim.routing;

import dev.cim.core.model.Channel;
import dev.cim.core.model.Skill;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The agents ready for one channel, indexed so that a task finds its longest-idle eligible agent without looking at
 * agents that lack one of its skills: each ready agent holds a <em>slot</em>, and slots are handed out in the order
 * agents became ready, so the lowest slot is the agent idle longest. For every interned skill and every threshold
 * level from {@link Skill#MIN_LEVEL} to {@link Skill#MAX_LEVEL} a sparse bit set over slots marks the agents whose
 * level of that skill is at least the threshold. A task's eligible agents are the AND of one such set per required
 * skill; walking the AND from the lowest slot upward visits them longest idle first.
 *
 * <p>Slots only grow; when they run out, the live ones are renumbered in order (compaction) or the space doubles, so
 * the cost is amortised constant per readiness change. Each agent records its slot in {@link AgentState#slots} under
 * this index's {@link #channelNo}.
 *
 * <p>Not thread-safe: guarded by the engine lock.
 */
final class ReadyIndex {
  /** Words per block of a bit set: blocks are allocated only where some slot is set. */
  private static final int BLOCK_WORDS = 8;
  private static final int BLOCK_SHIFT = 9; // 512 slots per block
  private static final int LEVELS = Skill.MAX_LEVEL;

  /** This index's number in {@link AgentState#slots}. */
  final int channelNo;
  /** The channel. */
  final Channel channel;

  private AgentState[] bySlot;
  /** The next slot to hand out. */
  private int tail;
  /** No live slot is below this one. */
  private int head;
  private int live;
  /** Every ready agent (one threshold). */
  private SkillBits all;
  /** By interned skill id; null where never used. */
  private SkillBits[] bySkill = new SkillBits[16];
  /** Cleared blocks for reuse, so readiness changes do not allocate. */
  private final BlockPool pool = new BlockPool();
  /** The sets and word offsets of the walk under way (the engine lock serialises walks). */
  private SkillBits[] walkSets = new SkillBits[3];
  private int[] walkOffsets = new int[3];

  ReadyIndex(Channel channel, int channelNo, int initialSlots) {
    this.channel = channel;
    this.channelNo = channelNo;
    this.bySlot = new AgentState[Math.max(64, initialSlots)];
    this.all = new SkillBits(1, bySlot.length);
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
    mark(a, slot, true);
  }

  /** Removes an agent; nothing happens if it is not here. */
  void remove(AgentState a) {
    int slot = slotOf(a);
    if (slot < 0) {
      return;
    }
    mark(a, slot, false);
    bySlot[slot] = null;
    a.slots[channelNo] = -1;
    a.indexedCount--;
    live--;
    if (live == 0) {
      head = 0;
      tail = 0;
    } else {
      while (head < tail && bySlot[head] == null) {
        head++;
      }
    }
  }

  /** Sets or clears an agent's bits; {@link #add} and {@link #remove} keep the calls paired. */
  private void mark(AgentState a, int slot, boolean on) {
    all.mark(slot, 1, on, pool);
    int[] ids = a.skillIds;
    byte[] levels = a.skillLevels;
    for (int i = 0; i < ids.length; i++) {
      int id = ids[i];
      if (id >= bySkill.length) {
        bySkill = Arrays.copyOf(bySkill, Math.max(id + 1, bySkill.length * 2));
      }
      SkillBits b = bySkill[id];
      if (b == null) {
        b = new SkillBits(LEVELS, bySlot.length);
        bySkill[id] = b;
      }
      b.mark(slot, levels[i], on, pool);
    }
  }

  /** Renumbers the live slots from 0 in order if at most half are live, else doubles the space. */
  private void makeRoom() {
    if (live * 2 > bySlot.length) {
      int n = bySlot.length * 2;
      bySlot = Arrays.copyOf(bySlot, n);
      all.grow(n);
      for (SkillBits b : bySkill) {
        if (b != null) {
          b.grow(n);
        }
      }
      return;
    }
    AgentState[] old = bySlot;
    int oldTail = tail;
    bySlot = new AgentState[old.length];
    all.clear(pool);
    for (SkillBits b : bySkill) {
      if (b != null) {
        b.clear(pool);
      }
    }
    tail = 0;
    head = 0;
    for (int s = 0; s < oldTail; s++) {
      AgentState a = old[s];
      if (a != null) {
        int slot = tail++;
        bySlot[slot] = a;
        a.slots[channelNo] = slot;
        mark(a, slot, true);
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
    SkillBits b = skillId < bySkill.length ? bySkill[skillId] : null;
    return b == null ? 0 : b.counts[threshold - 1];
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
    if (walkSets.length < n) {
      walkSets = new SkillBits[n];
      walkOffsets = new int[n];
    }
    SkillBits[] sets = walkSets;
    int[] offs = walkOffsets;
    if (n == 0) {
      sets[0] = all;
      offs[0] = 0;
      n = 1;
    } else {
      int least = 0;
      int leastCount = Integer.MAX_VALUE;
      for (int i = 0; i < n; i++) {
        int id = skillIds[i];
        SkillBits b = id < bySkill.length ? bySkill[id] : null;
        int level = Math.max(Skill.MIN_LEVEL, Math.min(Skill.MAX_LEVEL, thresholds[i])) - 1;
        int count = b == null ? 0 : b.counts[level];
        if (count == 0) {
          return 0;
        }
        sets[i] = b;
        offs[i] = level;
        if (count < leastCount) {
          leastCount = count;
          least = i;
        }
      }
      // the sparsest set drives the walk
      SkillBits tb = sets[0];
      sets[0] = sets[least];
      sets[least] = tb;
      int to = offs[0];
      offs[0] = offs[least];
      offs[least] = to;
    }
    int visited = 0;
    SkillBits driver = sets[0];
    int stride = driver.levels; // words per slot word: one per threshold (every set of a walk has the same)
    int d0 = offs[0];
    int f1 = n > 1 ? offs[1] : 0;
    int f2 = n > 2 ? offs[2] : 0;
    int lastBlock = Math.min((tail - 1) >>> BLOCK_SHIFT, driver.blocks.length - 1);
    for (int blk = head >>> BLOCK_SHIFT; blk <= lastBlock; blk++) {
      long[] d = driver.blocks[blk];
      if (d == null) {
        continue;
      }
      long[] o1 = null;
      long[] o2 = null;
      if (n > 1 && (o1 = sets[1].block(blk)) == null || n > 2 && (o2 = sets[2].block(blk)) == null) {
        continue;
      }
      for (int w = 0, at = 0; w < BLOCK_WORDS; w++, at += stride) {
        long word = d[at + d0];
        if (o1 != null) {
          word &= o1[at + f1];
        }
        if (o2 != null) {
          word &= o2[at + f2];
        }
        for (int i = 3; i < n && word != 0; i++) {
          long[] m = sets[i].block(blk);
          word = m == null ? 0 : word & m[at + offs[i]];
        }
        while (word != 0) {
          int slot = (blk << BLOCK_SHIFT) + (w << 6) + Long.numberOfTrailingZeros(word);
          word &= word - 1;
          visited++;
          if (!visitor.visit(bySlot[slot])) {
            return visited;
          }
        }
      }
    }
    return visited;
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
   * One skill's bit sets over slots, one per threshold level, stored together: block {@code b} holds, for threshold
   * level {@code l} (from 0), the word {@code w} (of {@link #BLOCK_WORDS}) covering slots {@code b * 512 + w * 64} to
   * {@code b * 512 + w * 64 + 63} at {@code w * levels + l}: marking an agent touches one run of adjacent words, one or
   * two cache lines. A block exists only while some slot in it is set.
   */
  private static final class SkillBits {
    final int levels;
    long[][] blocks;
    /** By block: how many slots are set at the lowest threshold. */
    int[] population;
    /** By threshold level (from 0): how many slots are set. */
    final int[] counts;

    SkillBits(int levels, int slots) {
      this.levels = levels;
      this.counts = new int[levels];
      this.blocks = new long[blocksFor(slots)][];
      this.population = new int[blocks.length];
    }

    private static int blocksFor(int slots) {
      return (slots + (1 << BLOCK_SHIFT) - 1) >>> BLOCK_SHIFT;
    }

    void grow(int slots) {
      blocks = Arrays.copyOf(blocks, blocksFor(slots));
      population = Arrays.copyOf(population, blocks.length);
    }

    void clear(BlockPool pool) {
      for (long[] b : blocks) {
        if (b != null) {
          Arrays.fill(b, 0);
          pool.give(b);
        }
      }
      Arrays.fill(blocks, null);
      Arrays.fill(population, 0);
      Arrays.fill(counts, 0);
    }

    long[] block(int blk) {
      return blk < blocks.length ? blocks[blk] : null;
    }

    /** Sets (or clears) a slot at thresholds 1 to {@code level}. */
    void mark(int slot, int level, boolean on, BlockPool pool) {
      int blk = slot >>> BLOCK_SHIFT;
      long[] b = blocks[blk];
      if (b == null) {
        b = pool.take(levels * BLOCK_WORDS);
        blocks[blk] = b;
      }
      int w = ((slot >>> 6) & (BLOCK_WORDS - 1)) * levels;
      long bit = 1L << slot;
      int top = Math.min(level, levels);
      if (on) {
        for (int l = 0; l < top; l++) {
          b[w + l] |= bit;
          counts[l]++;
        }
        population[blk]++;
      } else {
        for (int l = 0; l < top; l++) {
          b[w + l] &= ~bit;
          counts[l]--;
        }
        if (--population[blk] == 0) {
          blocks[blk] = null; // walks skip the whole block
          pool.give(b); // all its bits are clear again
        }
      }
    }
  }

  /** Cleared blocks kept for reuse: at most {@link #MAX} of each of the two sizes (one threshold, all thresholds). */
  private static final class BlockPool {
    private static final int MAX = 1 << 14;
    private long[][] small = new long[8][];
    private int smallCount;
    private long[][] large = new long[64][];
    private int largeCount;

    long[] take(int size) {
      if (size == BLOCK_WORDS) {
        return smallCount > 0 ? small[--smallCount] : new long[size];
      }
      return largeCount > 0 && large[largeCount - 1].length == size ? large[--largeCount] : new long[size];
    }

    void give(long[] b) {
      if (b.length == BLOCK_WORDS) {
        if (smallCount < MAX) {
          if (smallCount == small.length) {
            small = Arrays.copyOf(small, small.length * 2);
          }
          small[smallCount++] = b;
        }
      } else if (largeCount < MAX) {
        if (largeCount == large.length) {
          large = Arrays.copyOf(large, large.length * 2);
        }
        large[largeCount++] = b;
      }
    }
  }
}
