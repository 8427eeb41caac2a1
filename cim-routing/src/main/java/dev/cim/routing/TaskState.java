package dev.cim.routing;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Skill;
import java.util.HashSet;
import java.util.Set;

/** A task's mutable routing state; guarded by the engine lock. */
final class TaskState {
  final InteractionId id;
  Task task;
  String queue;
  final long enqueuedAt;
  long queuedSince;
  final long seq;
  double rank;
  long tie;
  TaskStatus status = TaskStatus.WAITING;
  /** The primary holder: the agent it is assigned to, or the first of {@link #offers}. */
  AgentState agent;
  /** Every agent with an open offer, {@link #agent} first, when offered to more than one at once; else null. */
  java.util.List<AgentState> offers;
  long offerExpires;
  long offerGen;
  long timerGen;
  Set<AgentId> excluded;
  Skill indexSkill;
  /** The task whose required skills {@link #reqIds} and {@link #reqMin} hold (interned, ids ascending). */
  Task reqFor;
  int[] reqIds;
  byte[] reqMin;
  /** The first three of {@link #reqMin}, eight bits each, the first lowest (for walks of a skill-set bucket). */
  int reqMinPacked;
  /** Bit {@code id % 64} set for each of {@link #reqIds}. */
  long reqMask;
  TaskBucket bucket;
  /** When {@link #bucket} is a skill-set bucket: the map holding it and its key there; else null. */
  LongKeyMap<TaskBucket> sigMap;
  long sigKey;
  Object queueState;
  /** The number of its channel's ready index ({@link ReadyIndex#channelNo}); a task's channel never changes. */
  int channelNo;
  /** Its entry in its queue's {@link WaitOrder} ring: 0 when not waiting, -1 in the out-of-order set. */
  long waitStamp;
  /** How many times it joined a {@link WaitOrder} ring (its entries' stamps). */
  long waitGen;
  Decision lastDecision;
  AgentId preferredAgent;
  long preferredUntil;
  /**
   * Why the reservation for {@link #preferredAgent} ended before {@link #preferredUntil} (the agent could not take the
   * task); null while it holds or if there is none.
   */
  PassReason preferredSkip;
  /** Whether the task was ever accepted (its queue counts it answered once, and never abandoned after that). */
  boolean answered;
  /**
   * The lowest required-level cap its relaxation reached in the queues it overflowed from: kept, so that overflow
   * never raises the levels it needs ({@link dev.cim.core.model.Skill#MAX_LEVEL} until it overflows).
   */
  int capFloor = dev.cim.core.model.Skill.MAX_LEVEL;

  TaskState(Task task, long enqueuedAt, long seq) {
    this.id = task.id();
    this.task = task;
    this.queue = task.queue();
    this.enqueuedAt = enqueuedAt;
    this.seq = seq;
  }

  boolean excludes(AgentId a) {
    return excluded != null && excluded.contains(a);
  }

  void exclude(AgentId a) {
    if (excluded == null) {
      excluded = new HashSet<>(4);
    }
    excluded.add(a);
  }

  /** Every agent holding the task (offered or assigned), the primary first. */
  java.util.List<AgentState> holders() {
    if (offers != null) {
      return new java.util.ArrayList<>(offers);
    }
    return agent == null ? java.util.List.of() : java.util.List.of(agent);
  }

  boolean offeredTo(AgentState a) {
    return status == TaskStatus.OFFERED && (offers != null ? offers.contains(a) : agent == a);
  }

  /** Whether the preferred-agent wait is running and the reservation was not ended early. */
  boolean reservedAt(long now) {
    return preferredAgent != null && now < preferredUntil && preferredSkip == null;
  }
}
