package dev.cim.routing;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Skill;
import dev.cim.routing.event.OfferAccepted;
import dev.cim.routing.event.OfferRejected;
import dev.cim.routing.event.OfferTimedOut;
import dev.cim.routing.event.OfferWithdrawn;
import dev.cim.routing.event.RoutingEvent;
import dev.cim.routing.event.RoutingListener;
import dev.cim.routing.event.TaskAssigned;
import dev.cim.routing.event.TaskCancelled;
import dev.cim.routing.event.TaskCompleted;
import dev.cim.routing.event.TaskOffered;
import dev.cim.routing.event.TaskOverflowed;
import dev.cim.routing.event.TaskRequeued;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routing engine. One {@link ReentrantLock} guards all state; events are collected under the lock and delivered
 * after it is released.
 *
 * <p>Indexes: for each channel, a {@link ReadyIndex} of the agents ready for it (available, out of wrap-up, free
 * capacity) in the order they became ready, with a posting list per skill (slot and level of each agent holding it)
 * and a skill mask per slot; for each queue and channel, the waiting tasks by their exact skill set (up to three
 * skills) or by their index skill (the rarest of their required skills), each ordered by rank. A task-side decision
 * walks the list of its sparsest required skill from the agent idle longest, testing the other skills against the
 * slot's mask and then the agent's levels, so it only hands on agents holding every required skill at the level; an
 * agent-side decision probes the skill sets it covers and walks each to the first task it may take.
 */
final class Engine implements RoutingEngine {
  private static final Logger LOG = LoggerFactory.getLogger(RoutingEngine.class);

  private final Clock clock;
  private final RoutingConfig config;
  private final TaskMapper mapper;
  private final List<RoutingListener> listeners;
  private final Executor eventExecutor;
  private final ReentrantLock lock = new ReentrantLock();
  private final AtomicLong listenerFailures = new AtomicLong();
  private final long epoch;

  private final Map<AgentId, AgentState> agents = new HashMap<>();
  private final Map<InteractionId, TaskState> tasks = new HashMap<>();
  private final Map<String, QueueState> queues = new TreeMap<>();
  private final Map<Channel, ReadyIndex> ready = new HashMap<>();
  /** The same indexes by channel number. */
  private final List<ReadyIndex> readyByNo = new ArrayList<>();
  private final Map<Skill, Integer> skillHolders = new HashMap<>();
  /**
   * Skills interned to small integers, in the order first seen by an agent profile or a task; never removed, so an
   * id stays valid (the table grows with the distinct skills the engine has seen).
   */
  private final Map<Skill, Integer> skillIds = new HashMap<>();
  private final PriorityQueue<Timer> timers = new PriorityQueue<>();
  private final List<RoutingEvent> pending = new ArrayList<>();
  /** Ready agents (for at least one channel) that serve every queue. */
  private int availableEverywhere;
  /** By queue name: ready agents that name the queue among theirs. */
  private final Map<String, Integer> availableByQueue = new HashMap<>();
  /**
   * By agent: the tasks that named them as preferred agent (or were transferred to them), so that the agent going
   * offline, being removed or changed ends those reservations at once. Entries are dropped as tasks leave the engine or
   * their reservation ends.
   */
  private final Map<AgentId, Set<TaskState>> reservations = new HashMap<>();
  private long seq;
  private long ordinals;
  private long roundRobinLast = -1;

  Engine(Clock clock, RoutingConfig config, TaskMapper mapper, List<RoutingListener> listeners,
      Executor eventExecutor) {
    this.eventExecutor = eventExecutor;
    this.clock = clock;
    this.config = config;
    this.mapper = mapper;
    this.listeners = List.copyOf(listeners);
    this.epoch = clock.millis();
  }

  // ---------------------------------------------------------------- locking and events

  /** How many tasks the reservation index holds (for tests). */
  int reservationsIndexed() {
    return locked(() -> reservations.values().stream().mapToInt(Set::size).sum());
  }

  /** Whether any thread holds the engine lock (for tests). */
  boolean lockHeld() {
    return lock.isLocked();
  }

  private <T> T locked(Supplier<T> op) {
    List<RoutingEvent> out = List.of();
    T result;
    lock.lock();
    try {
      result = op.get();
    } finally {
      try {
        if (!pending.isEmpty()) {
          out = new ArrayList<>(pending);
          pending.clear();
          if (eventExecutor != null) {
            List<RoutingEvent> batch = out;
            out = List.of();
            try {
              eventExecutor.execute(() -> deliver(batch));
            } catch (RuntimeException ex) {
              LOG.warn("routing event executor refused {} events: {}", batch.size(), ex.getClass().getName());
            }
          }
        }
      } finally {
        lock.unlock(); // even if handing the events over fails with an Error: the engine must not stay locked
      }
    }
    deliver(out);
    return result;
  }

  private void deliver(List<RoutingEvent> out) {
    for (RoutingEvent e : out) {
      for (RoutingListener l : listeners) {
        try {
          e.dispatchTo(l);
        } catch (RuntimeException ex) {
          listenerFailures.incrementAndGet();
          LOG.warn("routing listener {} threw {} on {} for task '{}'", l.getClass().getName(),
              ex.getClass().getName(), e.getClass().getSimpleName(), e.taskId());
          LOG.debug("routing listener failure", ex);
        }
      }
    }
  }

  private void run(Runnable op) {
    locked(() -> {
      op.run();
      return null;
    });
  }

  private void emit(RoutingEvent e) {
    if (!listeners.isEmpty()) {
      pending.add(e);
    }
  }

  // ---------------------------------------------------------------- agents

  @Override
  public void addAgent(AgentProfile profile) {
    addAgent(profile, Presence.OFFLINE);
  }

  @Override
  public void addAgent(AgentProfile profile, Presence presence) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(presence, "presence");
    run(() -> {
      if (agents.containsKey(profile.id())) {
        throw new DuplicateAgentException(profile.id(),
            "agent '" + profile.id() + "' must not already be in the engine, but it is");
      }
      long now = clock.millis();
      AgentState a = new AgentState(profile, ordinals++, ready);
      internSkills(a);
      a.presence = presence;
      agents.put(profile.id(), a);
      profile.skills().keySet().forEach(s -> skillHolders.merge(s, 1, Integer::sum));
      reindex(a, now);
      matchAgent(a, now);
    });
  }

  @Override
  public void updateAgent(AgentProfile profile) {
    Objects.requireNonNull(profile, "profile");
    run(() -> {
      AgentState a = agentOrThrow(profile.id());
      checkLoadFits(a, profile);
      long now = clock.millis();
      unindexAll(a);
      a.profile.skills().keySet().forEach(s -> skillHolders.merge(s, -1, Integer::sum));
      a.profile = profile;
      internSkills(a); // its used budget too, from its loads at the new profile's weights
      profile.skills().keySet().forEach(s -> skillHolders.merge(s, 1, Integer::sum));
      reindex(a, now);
      matchAgent(a, now);
      endReservationsOf(a.id(), now);
    });
  }

  /**
   * Throws unless a new profile can hold what the agent holds now (offered and assigned tasks): each channel within
   * its limit, the whole within its budget at the new weights. The same check as {@link #restore}'s.
   */
  private void checkLoadFits(AgentState a, AgentProfile profile) {
    CapacityModel m = profile.capacity();
    int used = 0;
    Map<Channel, Integer> load = new TreeMap<>();
    for (int no = 0; no < a.loadByNo.length; no++) {
      int n = a.loadByNo[no];
      if (n == 0) {
        continue;
      }
      Channel c = readyByNo.get(no).channel;
      load.put(c, n);
      if (n > m.limit(c)) {
        throw new AgentBusyException(a.id(), String.format(Locale.ROOT,
            "agent '%s' holds %d task(s) on %s, which the new profile must hold, but its limit there is %d",
            a.id(), n, c, m.limit(c)));
      }
      used += n * m.weight(c);
    }
    if (used > m.budget()) {
      throw new AgentBusyException(a.id(), String.format(Locale.ROOT,
          "agent '%s' holds %s, using budget %d at the new profile's weights, which must be at most its budget %d",
          a.id(), load, used, m.budget()));
    }
  }

  @Override
  public void removeAgent(AgentId agentId) {
    Objects.requireNonNull(agentId, "agentId");
    run(() -> {
      AgentState a = agentOrThrow(agentId);
      if (!a.assigned.isEmpty()) {
        throw new AgentBusyException(agentId, String.format(Locale.ROOT,
            "agent '%s' must have no assigned tasks to be removed, but has %d", agentId, a.assigned.size()));
      }
      long now = clock.millis();
      List<TaskState> returned = giveBackOffers(a, RequeueReason.AGENT_REMOVED, OfferWithdrawn.Reason.AGENT_REMOVED,
          now);
      unindexAll(a);
      a.profile.skills().keySet().forEach(s -> skillHolders.merge(s, -1, Integer::sum));
      agents.remove(agentId);
      a.removed = true;
      for (TaskState t : returned) {
        matchTask(t, Decision.Trigger.TASK_ARRIVED, now);
      }
      endReservationsOf(agentId, now);
    });
  }

  @Override
  public void setPresence(AgentId agentId, Presence presence) {
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(presence, "presence");
    run(() -> {
      AgentState a = agentOrThrow(agentId);
      if (a.presence == presence) {
        return;
      }
      long now = clock.millis();
      long pace = config.returnPacing().toMillis();
      if (presence == Presence.AVAILABLE && pace > 0) {
        a.returnWindowEnd = now + pace * a.profile.capacity().budget();
      }
      a.presence = presence;
      List<TaskState> returned = List.of();
      if (presence == Presence.OFFLINE && !a.offered.isEmpty()) {
        returned = giveBackOffers(a, RequeueReason.AGENT_OFFLINE, OfferWithdrawn.Reason.AGENT_OFFLINE, now);
      }
      reindex(a, now);
      for (TaskState t : returned) {
        matchTask(t, Decision.Trigger.TASK_ARRIVED, now);
      }
      matchAgent(a, now);
      if (presence == Presence.OFFLINE) {
        endReservationsOf(agentId, now);
      }
    });
  }

  /**
   * Ends the reservations of the waiting tasks reserved for an agent who can no longer take them (offline, removed,
   * changed) and routes those tasks at once.
   */
  private void endReservationsOf(AgentId agentId, long now) {
    Set<TaskState> reserved = reservations.get(agentId);
    if (reserved == null) {
      return;
    }
    for (TaskState t : new ArrayList<>(reserved)) {
      if (tasks.get(t.id) != t || !agentId.equals(t.preferredAgent) || !t.reservedAt(now)) {
        reserved.remove(t);
      } else if (t.status == TaskStatus.WAITING && preferredBlocker(t) != null) {
        reserved.remove(t);
        matchTask(t, Decision.Trigger.TASK_ARRIVED, now); // which ends the reservation, with the reason
      }
    }
    if (reserved.isEmpty()) {
      reservations.remove(agentId, reserved);
    }
  }

  /** Indexes a task under its preferred agent while the reservation may hold. */
  private void addReservation(TaskState t, long now) {
    if (t.reservedAt(now)) {
      reservations.computeIfAbsent(t.preferredAgent, k -> new HashSet<>()).add(t);
    }
  }

  /** Drops a task from its preferred agent's reservations. */
  private void dropReservation(TaskState t) {
    if (t.preferredAgent == null) {
      return;
    }
    Set<TaskState> reserved = reservations.get(t.preferredAgent);
    if (reserved != null && reserved.remove(t) && reserved.isEmpty()) {
      reservations.remove(t.preferredAgent);
    }
  }

  /**
   * Ends an agent's open offers, each with a withdrawn event: a task offered to others too keeps their offers, any
   * other is requeued (after the event). Returns the requeued tasks, for the caller to match once the agent is out of
   * the index.
   */
  private List<TaskState> giveBackOffers(AgentState a, RequeueReason reason, OfferWithdrawn.Reason why, long now) {
    List<TaskState> returned = new ArrayList<>();
    for (TaskState t : new ArrayList<>(a.offered)) {
      if (t.offers != null && t.offers.size() > 1) {
        unhold(a, t);
        emit(new OfferWithdrawn(t.id, a.id(), why, Optional.empty(), Instant.ofEpochMilli(now)));
      } else {
        release(a, t);
        emit(new OfferWithdrawn(t.id, a.id(), why, Optional.empty(), Instant.ofEpochMilli(now)));
        requeue(t, reason, a, now);
        returned.add(t);
      }
    }
    return returned;
  }

  // ---------------------------------------------------------------- tasks

  @Override
  public void submitTask(Task task) {
    Objects.requireNonNull(task, "task");
    run(() -> {
      if (tasks.containsKey(task.id())) {
        throw new DuplicateTaskException(task.id(),
            "task '" + task.id() + "' must not already be in the engine, but it is " + tasks.get(task.id()).status);
      }
      long now = clock.millis();
      checkEnqueuedAt(task, now);
      TaskState t = newTask(task, now, false);
      tasks.put(t.id, t);
      t.status = TaskStatus.WAITING;
      boolean matched;
      try {
        matched = matchTask(t, Decision.Trigger.TASK_ARRIVED, now);
      } catch (Throwable x) {
        // a host scorer may throw an Error (a RuntimeException counts as its lowest score): nothing was offered yet,
        // so the engine forgets the task, as if it had never been submitted, rather than hold it unqueued
        if (t.status == TaskStatus.WAITING && t.bucket == null) {
          tasks.remove(t.id);
          dropReservation(t);
        }
        throw x;
      }
      if (!matched) {
        enqueue(t, now); // queued only when no agent takes it at once
      }
    });
  }

  /** Throws unless a task's original enqueue time, if it has one, is at or before the engine's clock. */
  private static void checkEnqueuedAt(Task task, long now) {
    if (task.enqueuedAt().isPresent() && task.enqueuedAt().get().toEpochMilli() > now) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "enqueuedAt of task '%s' must not be after the engine's clock time %s, but was %s", task.id(),
          Instant.ofEpochMilli(now), task.enqueuedAt().get()));
    }
  }

  /**
   * A new task's state. A restored task ({@code restored}) runs its overflow timer and preferred-agent wait from its
   * enqueue time, as if the engine had not stopped; a submitted one from now.
   */
  private TaskState newTask(Task task, long now, boolean restored) {
    TaskState t = new TaskState(task, task.enqueuedAt().map(Instant::toEpochMilli).orElse(now), seq++);
    t.channelNo = readyIndex(task.channel()).channelNo;
    long from = restored ? t.enqueuedAt : now;
    t.queuedSince = from;
    if (task.preferredAgent().isPresent()) {
      t.preferredAgent = task.preferredAgent().get();
      t.preferredUntil = from + task.preferredAgentWait().toMillis();
      addReservation(t, now);
    }
    return t;
  }

  @Override
  public void changeSentiment(InteractionId taskId, boolean negative) {
    Objects.requireNonNull(taskId, "taskId");
    run(() -> {
      TaskState t = taskOrThrow(taskId);
      t.task = t.task.withNegativeSentiment(negative);
    });
  }

  @Override
  public void restore(RecoverySnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    run(() -> {
      if (!agents.isEmpty() || !tasks.isEmpty()) {
        throw new IllegalStateException(String.format(Locale.ROOT,
            "engine must be empty to restore, but holds %d agents and %d tasks", agents.size(), tasks.size()));
      }
      Map<AgentId, AgentProfile> profiles = new HashMap<>();
      snapshot.agents().forEach(e -> profiles.put(e.profile().id(), e.profile()));
      Map<AgentId, Map<Channel, Integer>> load = new HashMap<>();
      Map<AgentId, Integer> used = new HashMap<>();
      long now = clock.millis();
      snapshot.waiting().forEach(task -> checkEnqueuedAt(task, now));
      for (RecoverySnapshot.Assignment x : snapshot.assigned()) {
        checkEnqueuedAt(x.task(), now);
        AgentProfile p = profiles.get(x.agentId());
        if (p == null) {
          throw new UnknownAgentException(x.agentId(), String.format(Locale.ROOT,
              "task '%s' is assigned to agent '%s', who must be in the snapshot, but is not", x.task().id(),
              x.agentId()));
        }
        Channel c = x.task().channel();
        CapacityModel m = p.capacity();
        int n = load.computeIfAbsent(p.id(), k -> new HashMap<>()).merge(c, 1, Integer::sum);
        int u = used.merge(p.id(), m.weight(c), Integer::sum);
        if (m.limit(c) == 0 || n > m.limit(c) || u > m.budget()) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "tasks assigned to agent '%s' must fit its capacity %s, but task '%s' makes %d on %s and budget %d",
              p.id(), m, x.task().id(), n, c, u));
        }
      }
      queues.clear(); // the figures start from zero, also on an engine that was used before and emptied
      for (RecoverySnapshot.AgentEntry e : snapshot.agents()) {
        AgentState a = new AgentState(e.profile(), ordinals++, ready);
        internSkills(a);
        a.presence = e.presence();
        agents.put(a.id(), a);
        e.profile().skills().keySet().forEach(s -> skillHolders.merge(s, 1, Integer::sum));
      }
      for (RecoverySnapshot.Assignment x : snapshot.assigned()) {
        AgentState a = agents.get(x.agentId());
        TaskState t = newTask(x.task(), now, true);
        t.status = TaskStatus.ASSIGNED;
        t.answered = true; // answered before the restart
        t.agent = a;
        a.assigned.add(t);
        hold(a, t);
        tasks.put(t.id, t);
      }
      for (AgentState a : agents.values()) {
        reindex(a, now);
      }
      List<TaskState> waiting = new ArrayList<>();
      for (Task task : snapshot.waiting()) {
        TaskState t = newTask(task, now, true);
        tasks.put(t.id, t);
        enqueue(t, now);
        waiting.add(t);
      }
      waiting.sort(this::byUrgency);
      for (TaskState t : waiting) {
        matchTask(t, Decision.Trigger.TASK_ARRIVED, now);
      }
    });
  }

  /** Most urgent first: rank plus queue weight, then the ordering's tie, then arrival. */
  private int byUrgency(TaskState a, TaskState b) {
    int c = Double.compare(b.rank + queueOf(b).config.weight(), a.rank + queueOf(a).config.weight());
    if (c != 0) {
      return c;
    }
    c = Long.compare(a.tie, b.tie);
    return c != 0 ? c : Long.compare(a.seq, b.seq);
  }

  @Override
  public void submit(RoutingRequest request) {
    Objects.requireNonNull(request, "request");
    Task task = Objects.requireNonNull(mapper.map(request), "task mapper result");
    if (!task.id().equals(request.interaction().id())) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "mapped task id must equal interaction id '%s', but was '%s'", request.interaction().id(), task.id()));
    }
    submitTask(task);
  }

  @Override
  public void cancel(InteractionId interactionId) {
    Objects.requireNonNull(interactionId, "interactionId");
    run(() -> {
      TaskState t = tasks.get(interactionId);
      if (t != null) {
        doCancel(t);
      }
    });
  }

  @Override
  public void cancelTask(InteractionId taskId) {
    Objects.requireNonNull(taskId, "taskId");
    run(() -> doCancel(taskOrThrow(taskId)));
  }

  private void doCancel(TaskState t) {
    long now = clock.millis();
    TaskStatus before = t.status;
    AgentState a = t.agent;
    QueueState q = queueOf(t);
    if (before == TaskStatus.WAITING) {
      unbucket(t);
    }
    if ((before == TaskStatus.WAITING || before == TaskStatus.OFFERED) && !t.answered
        && now - t.enqueuedAt > q.config.serviceLevelThreshold().toMillis()) {
      q.abandonedAfterThreshold++; // the customer left while waiting or while the offer rang
    }
    dropReservation(t);
    List<AgentState> holders = releaseAll(t, OfferWithdrawn.Reason.CANCELLED, now);
    if (before == TaskStatus.OFFERED) {
      q.offered--;
    }
    t.timerGen++;
    tasks.remove(t.id);
    emit(new TaskCancelled(t.id, before, Optional.ofNullable(a).map(AgentState::id), Instant.ofEpochMilli(now)));
    for (AgentState h : holders) {
      matchAgent(h, now);
    }
  }

  @Override
  public void accept(InteractionId taskId, AgentId agentId) {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(agentId, "agentId");
    run(() -> {
      long now = clock.millis();
      TaskState t = openOffer(taskId, agentId, now, "accept");
      List<AgentState> others = doAccept(t, agents.get(agentId), now);
      for (AgentState o : others) {
        matchAgent(o, now);
      }
    });
  }

  @Override
  public void reject(InteractionId taskId, AgentId agentId) {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(agentId, "agentId");
    run(() -> {
      long now = clock.millis();
      TaskState t = openOffer(taskId, agentId, now, "reject");
      AgentState a = agents.get(agentId);
      boolean last = t.offers == null || t.offers.size() == 1;
      if (last) {
        release(a, t);
      } else {
        unhold(a, t);
      }
      t.exclude(agentId);
      emit(new OfferRejected(t.id, agentId, Instant.ofEpochMilli(now)));
      if (last) {
        requeue(t, RequeueReason.REJECTED, a, now);
        matchTask(t, Decision.Trigger.TASK_ARRIVED, now);
      }
      matchAgent(a, now);
    });
  }

  private TaskState openOffer(InteractionId taskId, AgentId agentId, long now, String verb) {
    TaskState t = taskOrThrow(taskId);
    AgentState a = agentOrThrow(agentId);
    if (!t.offeredTo(a)) {
      throw new OfferNotValidException(taskId, agentId, String.format(Locale.ROOT,
          "agent '%s' cannot %s task '%s': it must be offered to them, but is %s%s", agentId, verb, taskId,
          t.status, t.agent != null ? " to '" + t.agent.id() + "'" : ""));
    }
    if (now >= t.offerExpires) {
      throw new OfferNotValidException(taskId, agentId, String.format(Locale.ROOT,
          "agent '%s' cannot %s task '%s': the offer expired at %s", agentId, verb, taskId,
          Instant.ofEpochMilli(t.offerExpires)));
    }
    return t;
  }

  @Override
  public void complete(InteractionId taskId) {
    Objects.requireNonNull(taskId, "taskId");
    run(() -> {
      TaskState t = taskOrThrow(taskId);
      if (t.status != TaskStatus.ASSIGNED) {
        throw new TaskStateException(taskId, t.status, String.format(Locale.ROOT,
            "task '%s' must be ASSIGNED to complete, but was %s", taskId, t.status));
      }
      long now = clock.millis();
      AgentState a = t.agent;
      tasks.remove(taskId);
      dropReservation(t);
      t.timerGen++;
      a.addLoad(t.channelNo, -1);
      a.assigned.remove(t);
      startWrapUp(a, now);
      emit(new TaskCompleted(taskId, a.id(), Instant.ofEpochMilli(now)));
      reindex(a, now);
      matchAgent(a, now);
    });
  }

  /** Starts an agent's wrap-up after a task, if its profile has one; the caller reindexes the agent. */
  private void startWrapUp(AgentState a, long now) {
    long wrap = a.profile.wrapUp().toMillis();
    if (wrap > 0) {
      a.inWrapUp = true;
      a.wrapUpUntil = now + wrap;
      a.wrapGen++;
      timers.add(new Timer(a.wrapUpUntil, seq++, null, a, a.wrapGen, TimerKind.WRAP_END));
    }
  }

  @Override
  public void transferToQueue(InteractionId taskId, String queue) {
    Objects.requireNonNull(taskId, "taskId");
    Task.checkQueue("queue", queue);
    run(() -> {
      TaskState t = taskOrThrow(taskId);
      transfer(t, queue, null, 0);
    });
  }

  @Override
  public void transferToAgent(InteractionId taskId, AgentId agentId, Duration wait) {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(wait, "wait");
    if (wait.isNegative() || wait.compareTo(Task.MAX_PREFERRED_WAIT) > 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "wait must be between PT0S and %s, but was %s", Task.MAX_PREFERRED_WAIT, wait));
    }
    run(() -> {
      TaskState t = taskOrThrow(taskId);
      AgentState target = agentOrThrow(agentId);
      PassReason why = blocker(t, target, true);
      if (why != null) {
        throw new AgentNotEligibleException(agentId, taskId, why, String.format(Locale.ROOT,
            "agent '%s' must be able to take task '%s' for it to be transferred to them, but %s (%s)", agentId, taskId,
            describe(t, target, why), why));
      }
      transfer(t, t.queue, agentId, wait.toMillis());
    });
  }

  private void transfer(TaskState t, String queue, AgentId target, long wait) {
    long now = clock.millis();
    AgentState previous = t.agent;
    if (t.status == TaskStatus.WAITING) {
      unbucket(t);
    }
    if (t.status == TaskStatus.ASSIGNED) {
      startWrapUp(previous, now); // as when completing; the release below reindexes them
      t.exclude(previous.id()); // as after a reject: not bounced back to them
    }
    List<AgentState> holders = releaseAll(t, OfferWithdrawn.Reason.TRANSFERRED, now);
    setStatus(t, TaskStatus.WAITING);
    t.queue = queue;
    t.queuedSince = now;
    if (target != null) {
      dropReservation(t);
      t.preferredAgent = target;
      t.preferredUntil = now + wait;
      t.preferredSkip = null;
      if (t.excluded != null) {
        t.excluded.remove(target);
      }
      addReservation(t, now);
    }
    t.timerGen++;
    enqueue(t, now);
    emit(new TaskRequeued(t.id, queue, RequeueReason.TRANSFERRED,
        Optional.ofNullable(previous).map(AgentState::id), Instant.ofEpochMilli(now)));
    matchTask(t, Decision.Trigger.TASK_ARRIVED, now);
    for (AgentState h : holders) {
      matchAgent(h, now);
    }
  }

  @Override
  public void changePriority(InteractionId taskId, int priority) {
    Objects.requireNonNull(taskId, "taskId");
    Task.checkPriority(priority);
    run(() -> {
      TaskState t = taskOrThrow(taskId);
      if (t.status == TaskStatus.WAITING) {
        unbucket(t);
        t.task = t.task.withPriority(priority);
        bucket(t);
      } else {
        t.task = t.task.withPriority(priority);
      }
    });
  }

  @Override
  public void changeRequirements(InteractionId taskId, Map<Skill, Integer> required) {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(required, "required");
    required.forEach((skill, level) -> {
      if (skill == null) {
        throw new NullPointerException("required skill must not be null, but was null (with level " + level + ")");
      }
      if (level == null) {
        throw new NullPointerException("required level of skill '" + skill.name() + "' must not be null, but was null");
      }
    });
    Map<Skill, Integer> copy = Map.copyOf(required);
    copy.forEach(Skill::checkLevel);
    run(() -> {
      TaskState t = taskOrThrow(taskId);
      if (t.status == TaskStatus.WAITING) {
        long now = clock.millis();
        unbucket(t);
        t.task = t.task.withRequired(copy);
        bucket(t);
        matchTask(t, Decision.Trigger.TASK_ARRIVED, now);
      } else {
        t.task = t.task.withRequired(copy);
      }
    });
  }

  // ---------------------------------------------------------------- time

  @Override
  public void tick() {
    run(() -> {
      long now = clock.millis();
      Timer timer;
      while ((timer = timers.peek()) != null && timer.at <= now) {
        timers.poll();
        switch (timer.kind) {
          case OFFER_TIMEOUT -> onOfferTimeout(timer, now);
          case WRAP_END -> onWrapEnd(timer, now);
          case PACE_END -> onPaceEnd(timer, now);
          case TASK_DUE -> onTaskDue(timer, now);
          default -> throw new IllegalStateException("unknown timer " + timer.kind);
        }
      }
      if (config.batchMode()) {
        int rounds = 0;
        while (rounds++ < MAX_BATCH_ROUNDS && batchRound(now) > 0) {
          // each round gives every ready agent at most one task; agents with room left go again
        }
      }
    });
  }

  /** Batch rounds per tick at most (an agent takes at most one task per round). */
  private static final int MAX_BATCH_ROUNDS = 64;

  /**
   * One batch round: an optimal assignment of the most urgent waiting tasks (up to the batch limit) to the ready
   * agents, one task per agent. Returns how many tasks it offered.
   */
  private int batchRound(long now) {
    LinkedHashSet<AgentState> freeSet = new LinkedHashSet<>();
    for (ReadyIndex ci : ready.values()) {
      ci.forEach(freeSet::add);
    }
    if (freeSet.isEmpty()) {
      return 0;
    }
    List<TaskState> waiting = new ArrayList<>();
    for (TaskState t : tasks.values()) {
      if (t.status == TaskStatus.WAITING) {
        waiting.add(t);
      }
    }
    if (waiting.isEmpty()) {
      return 0;
    }
    waiting.sort(this::byUrgency);
    if (waiting.size() > config.batchLimit()) {
      waiting = waiting.subList(0, config.batchLimit());
    }
    List<AgentState> free = new ArrayList<>(freeSet);
    int n = waiting.size();
    int m = free.size();
    double[][] pref = new double[n][];
    double[][] score = new double[n][];
    double[] urgency = new double[n];
    double uLo = Double.POSITIVE_INFINITY;
    double uHi = Double.NEGATIVE_INFINITY;
    double pLo = Double.POSITIVE_INFINITY;
    double pHi = Double.NEGATIVE_INFINITY;
    double sLo = Double.POSITIVE_INFINITY;
    double sHi = Double.NEGATIVE_INFINITY;
    boolean any = false;
    for (int i = 0; i < n; i++) {
      TaskState t = waiting.get(i);
      urgency[i] = t.rank + queueOf(t).config.weight();
      uLo = Math.min(uLo, urgency[i]);
      uHi = Math.max(uHi, urgency[i]);
      for (int j = 0; j < m; j++) {
        AgentState a = free.get(j);
        if (whyNot(t, a, now, true) != null) {
          continue;
        }
        double s = strategyScore(t, a, now);
        if (ruledOut(s)) {
          continue; // the host's scorer rules the agent out: the pair keeps the cost of no match
        }
        if (pref[i] == null) {
          pref[i] = new double[m];
          score[i] = new double[m];
          Arrays.fill(pref[i], Double.NaN);
        }
        pref[i][j] = preferredScore(t, a);
        score[i][j] = s;
        pLo = Math.min(pLo, pref[i][j]);
        pHi = Math.max(pHi, pref[i][j]);
        sLo = Math.min(sLo, score[i][j]);
        sHi = Math.max(sHi, score[i][j]);
        any = true;
      }
    }
    if (!any) {
      return 0;
    }
    double big = 2.0 * (Math.min(n, m) + 1);
    double[][] cost = new double[n][m];
    for (int i = 0; i < n; i++) {
      TaskState t = waiting.get(i);
      for (int j = 0; j < m; j++) {
        if (pref[i] == null || Double.isNaN(pref[i][j])) {
          cost[i][j] = big;
          continue;
        }
        double value = 0.4 * scaled(urgency[i], uLo, uHi) + 0.3 * scaled(pref[i][j], pLo, pHi)
            + 0.3 * scaled(score[i][j], sLo, sHi);
        cost[i][j] = 1.0 - value + (capsNegative(t) && capped(free.get(j)) ? 1.0 : 0.0);
      }
    }
    int[] match = AssignmentSolver.solve(cost);
    int offered = 0;
    for (int i = 0; i < n; i++) {
      int j = match[i];
      if (j < 0 || cost[i][j] >= big) {
        continue;
      }
      TaskState t = waiting.get(i);
      AgentState a = free.get(j);
      double s = score[i][j];
      Decision d = new Decision(t.id, Decision.Trigger.BATCH, Instant.ofEpochMilli(now), Optional.of(a.id()), s,
          config.explanationLimit() > 0 ? List.of(new Decision.Candidate(a.id(), s)) : List.of(), List.of(), m,
          Math.max(0, agents.size() - m), List.of(a.id()), t.task.priorityReason());
      t.lastDecision = d;
      offer(t, a, d, now);
      offered++;
    }
    return offered;
  }

  /**
   * Scales {@code x} from {@code lo..hi} to 0..1 (1 when the range is empty). Infinite values (a host scorer's
   * {@code +Infinity}) count as the largest finite ones, and halving first keeps the differences finite, so the
   * result is never NaN.
   */
  private static double scaled(double x, double lo, double hi) {
    double h = finite(hi);
    double l = finite(lo);
    return h > l ? (finite(x) / 2 - l / 2) / (h / 2 - l / 2) : 1.0;
  }

  private static double finite(double v) {
    return Math.max(-Double.MAX_VALUE, Math.min(Double.MAX_VALUE, v));
  }

  private void onOfferTimeout(Timer timer, long now) {
    TaskState t = timer.task;
    if (t.status != TaskStatus.OFFERED || t.offerGen != timer.gen || tasks.get(t.id) != t) {
      return;
    }
    AgentState primary = t.agent;
    List<AgentState> holders = t.holders();
    for (AgentState a : holders) {
      unhold(a, t);
      t.exclude(a.id());
      emit(new OfferTimedOut(t.id, a.id(), Instant.ofEpochMilli(now)));
      if (config.awayOnTimeout() && a.presence == Presence.AVAILABLE) {
        a.presence = Presence.AWAY;
        reindex(a, now);
      }
    }
    t.agent = null;
    t.offers = null;
    t.offerGen++;
    requeue(t, RequeueReason.TIMED_OUT, primary, now);
    matchTask(t, Decision.Trigger.TICK, now);
    for (AgentState a : holders) {
      matchAgent(a, now);
    }
  }

  private void onWrapEnd(Timer timer, long now) {
    AgentState a = timer.agent;
    if (!a.inWrapUp || a.wrapGen != timer.gen || agents.get(a.id()) != a) {
      return;
    }
    a.inWrapUp = false;
    reindex(a, now);
    matchAgent(a, now);
  }

  private void onPaceEnd(Timer timer, long now) {
    AgentState a = timer.agent;
    if (!a.paced || a.paceGen != timer.gen || agents.get(a.id()) != a) {
      return;
    }
    a.paced = false;
    reindex(a, now);
    matchAgent(a, now);
  }

  private void onTaskDue(Timer timer, long now) {
    TaskState t = timer.task;
    if (t.status != TaskStatus.WAITING || t.timerGen != timer.gen || tasks.get(t.id) != t) {
      return;
    }
    if (t.preferredAgent != null && now >= t.preferredUntil) {
      dropReservation(t); // the wait ran out: the index holds only reservations that may still hold
    }
    QueueConfig qc = queueOf(t).config;
    if (qc.overflowAfter().isPresent() && now - t.queuedSince >= qc.overflowAfter().get().toMillis()) {
      String from = t.queue;
      t.capFloor = levelCap(t, now); // the relaxation reached is kept in the next queue
      unbucket(t);
      t.queue = qc.overflowTo().get();
      t.queuedSince = now;
      t.timerGen++;
      enqueue(t, now);
      emit(new TaskOverflowed(t.id, from, t.queue, Instant.ofEpochMilli(now)));
    }
    matchTask(t, Decision.Trigger.TICK, now);
  }

  // ---------------------------------------------------------------- interned skills

  /** The small integer standing for a skill, interning it on first sight. */
  private int skillId(Skill s) {
    Integer id = skillIds.get(s);
    if (id == null) {
      id = skillIds.size();
      skillIds.put(s, id);
    }
    return id;
  }

  /**
   * Sets an agent's interned skills from its profile (ids ascending, with their levels) and its capacity by channel
   * number.
   */
  private void internSkills(AgentState a) {
    Map<Skill, Integer> skills = a.profile.skills();
    long[] packed = new long[skills.size()];
    int i = 0;
    for (Map.Entry<Skill, Integer> e : skills.entrySet()) {
      packed[i++] = ((long) skillId(e.getKey()) << 8) | e.getValue();
    }
    Arrays.sort(packed);
    int[] ids = new int[packed.length];
    byte[] levels = new byte[packed.length];
    long mask = 0;
    for (i = 0; i < packed.length; i++) {
      ids[i] = (int) (packed[i] >>> 8);
      levels[i] = (byte) (packed[i] & 0xFF);
      mask |= 1L << ids[i];
    }
    a.skillIds = ids;
    a.skillLevels = levels;
    a.skillMask = mask;
    for (Channel c : a.profile.capacity().channels()) {
      readyIndex(c); // so that each of its channels has a number
    }
    a.capacityFrom(readyByNo);
  }

  /** Brings a task's interned required skills up to date with its current {@link Task} (ids ascending). */
  private void internRequired(TaskState t) {
    if (t.reqFor == t.task) {
      return;
    }
    Map<Skill, Integer> required = t.task.required();
    int[] ids = new int[required.size()];
    byte[] min = new byte[required.size()];
    long mask = 0;
    int n = 0;
    for (Map.Entry<Skill, Integer> e : required.entrySet()) {
      int id = skillId(e.getKey());
      byte level = (byte) (int) e.getValue();
      mask |= 1L << id;
      int at = n++;
      while (at > 0 && ids[at - 1] > id) { // insertion sort: a task needs a few skills
        ids[at] = ids[at - 1];
        min[at] = min[at - 1];
        at--;
      }
      ids[at] = id;
      min[at] = level;
    }
    int packed = 0;
    for (int i = Math.min(n, MAX_SIGNATURE) - 1; i >= 0; i--) {
      packed = packed << 8 | min[i];
    }
    t.reqIds = ids;
    t.reqMask = mask;
    t.reqMin = min;
    t.reqMinPacked = packed;
    t.reqFor = t.task;
  }

  // ---------------------------------------------------------------- queues and buckets

  private QueueState queueState(String name) {
    return queues.computeIfAbsent(name, n -> new QueueState(config.queue(n)));
  }

  /** Changes a task's status, keeping its queue's count of offered tasks. */
  private void setStatus(TaskState t, TaskStatus status) {
    if (t.status == TaskStatus.OFFERED) {
      queueOf(t).offered--;
    }
    if (status == TaskStatus.OFFERED) {
      queueOf(t).offered++;
    }
    t.status = status;
  }

  private QueueState queueOf(TaskState t) {
    QueueState q = (QueueState) t.queueState;
    if (q == null || !q.config.name().equals(t.queue)) {
      q = queueState(t.queue);
      t.queueState = q;
    }
    return q;
  }

  /** Puts a waiting task in its queue's bucket and schedules its due times. */
  private void enqueue(TaskState t, long now) {
    setStatus(t, TaskStatus.WAITING);
    t.agent = null;
    bucket(t);
    QueueConfig qc = queueOf(t).config;
    for (RelaxationStep s : qc.relaxation()) {
      long at = t.enqueuedAt + s.after().toMillis();
      if (at > now) {
        timers.add(new Timer(at, seq++, t, null, t.timerGen, TimerKind.TASK_DUE));
      }
    }
    if (qc.overflowAfter().isPresent()) {
      timers.add(new Timer(t.queuedSince + qc.overflowAfter().get().toMillis(), seq++, t, null, t.timerGen,
          TimerKind.TASK_DUE));
    }
    if (t.preferredAgent != null && t.preferredUntil > now) {
      timers.add(new Timer(t.preferredUntil, seq++, t, null, t.timerGen, TimerKind.TASK_DUE));
    }
  }

  private void bucket(TaskState t) {
    QueueState q = queueOf(t);
    QueueConfig qc = q.config;
    int p = t.task.priority();
    switch (qc.ordering()) {
      case PRIORITY_THEN_FIFO -> {
        t.rank = p;
        t.tie = t.enqueuedAt;
      }
      case PRIORITY_THEN_LIFO -> {
        t.rank = p;
        t.tie = -t.enqueuedAt;
      }
      default -> {
        t.rank = p - config.agingPerMinute() * ((t.enqueuedAt - epoch) / 60_000.0);
        t.tie = t.enqueuedAt;
      }
    }
    q.waiting++;
    q.waitOrder.add(t);
    internRequired(t);
    long key = signature(t.reqIds);
    if (key >= 0) {
      LongKeyMap<TaskBucket> sigs = q.bySignature.computeIfAbsent(t.task.channel(),
          c -> new LongKeyMap<>());
      TaskBucket set = sigs.get(key);
      if (set == null) {
        set = new TaskBucket();
        sigs.put(key, set);
      }
      set.add(t);
      t.bucket = set;
      t.sigMap = sigs;
      t.sigKey = key;
      t.indexSkill = null;
      return;
    }
    Skill index = null;
    int best = Integer.MAX_VALUE;
    for (Skill s : t.task.required().keySet()) {
      int holders = skillHolders.getOrDefault(s, 0);
      if (holders < best || (holders == best && s.compareTo(index) < 0)) {
        best = holders;
        index = s;
      }
    }
    t.indexSkill = index;
    t.sigMap = null;
    int level = index == null ? 0 : Math.min(t.task.required().get(index), t.capFloor);
    TaskBucket[] levels = q.buckets.computeIfAbsent(t.task.channel(), c -> new HashMap<>())
        .computeIfAbsent(index, s -> newLevelArray());
    TaskBucket set = levels[level];
    if (set == null) {
      set = new TaskBucket();
      levels[level] = set;
    }
    set.add(t);
    t.bucket = set;
  }

  /** Tasks with at most this many required skills are indexed by their exact skill set. */
  private static final int MAX_SIGNATURE = 3;

  /** Bits per skill in a packed signature: ids below {@code 2^21 - 1} fit. */
  private static final int SIGNATURE_BITS = 21;
  private static final int SIGNATURE_IDS = (1 << SIGNATURE_BITS) - 1;

  /**
   * A skill set of at most {@link #MAX_SIGNATURE} interned ids packed into a long: each id plus one, ascending, in
   * {@link #SIGNATURE_BITS} bits (0 for the empty set); -1 if the set is too large or an id too high to pack. The
   * ids must be ascending, as {@link #internRequired} leaves them.
   */
  private static long signature(int[] sorted) {
    if (sorted.length > MAX_SIGNATURE) {
      return -1;
    }
    long key = 0;
    for (int i = sorted.length - 1; i >= 0; i--) {
      if (sorted[i] >= SIGNATURE_IDS) {
        return -1;
      }
      key = (key << SIGNATURE_BITS) | (sorted[i] + 1);
    }
    return key;
  }

  private static TaskBucket[] newLevelArray() {
    return new TaskBucket[Skill.MAX_LEVEL + 1];
  }

  private void unbucket(TaskState t) {
    if (t.bucket != null) {
      t.bucket.remove(t);
      if (t.sigMap != null && t.bucket.isEmpty()) {
        t.sigMap.remove(t.sigKey); // only skill sets with waiting tasks stay, so freed agents probe a small map
      }
      t.bucket = null;
      t.sigMap = null;
      QueueState q = queueOf(t);
      q.waiting--;
      q.waitOrder.remove(t);
    }
  }

  private void requeue(TaskState t, RequeueReason reason, AgentState previous, long now) {
    t.timerGen++;
    enqueue(t, now);
    emit(new TaskRequeued(t.id, t.queue, reason, Optional.of(previous.id()), Instant.ofEpochMilli(now)));
  }

  // ---------------------------------------------------------------- ready index

  private void reindex(AgentState a, long now) {
    for (Channel c : a.profile.capacity().channels()) {
      ReadyIndex ix = readyIndex(c);
      boolean want = a.readyFor(ix.channelNo);
      boolean have = ix.contains(a);
      if (want && !have) {
        addReady(a, c, now);
      } else if (!want && have) {
        removeReady(a, c);
      }
    }
  }

  /** The ready index of a channel, created on first use. */
  private ReadyIndex readyIndex(Channel c) {
    ReadyIndex ix = ready.get(c);
    if (ix == null) {
      ix = new ReadyIndex(c, readyByNo.size(), 2 * agents.size());
      ready.put(c, ix);
      readyByNo.add(ix);
    }
    return ix;
  }

  private void addReady(AgentState a, Channel c, long now) {
    readyIndex(c).add(a, now, seq++);
    if (a.indexedCount == 1) {
      countAvailable(a, 1);
    }
  }

  private void removeReady(AgentState a, Channel c) {
    int before = a.indexedCount;
    readyIndex(c).remove(a);
    if (before == 1 && a.indexedCount == 0) {
      countAvailable(a, -1);
    }
  }

  private void unindexAll(AgentState a) {
    int before = a.indexedCount;
    for (ReadyIndex ix : readyByNo) {
      ix.remove(a);
    }
    if (before > 0) {
      countAvailable(a, -1);
    }
  }

  /**
   * Counts an agent in (or out of) the available agents of the queues it serves, when it becomes ready for its first
   * channel (or no longer for any), for the queue snapshots.
   */
  private void countAvailable(AgentState a, int by) {
    Set<String> names = a.profile.queues();
    if (names.isEmpty()) {
      availableEverywhere += by;
      return;
    }
    for (String n : names) {
      availableByQueue.merge(n, by, Integer::sum);
    }
  }

  // ---------------------------------------------------------------- capacity

  private void hold(AgentState a, TaskState t) {
    a.addLoad(t.channelNo, 1);
  }

  /** Frees what an offered or assigned task holds; the caller requeues or forgets the task. */
  private void release(AgentState a, TaskState t) {
    unhold(a, t);
    t.agent = null;
    t.offers = null;
    t.offerGen++;
  }

  /**
   * Frees one agent's hold on a task (capacity, the agent's lists, the task's open offers); the task keeps its status
   * and its other holders, the first of which becomes its primary.
   */
  private void unhold(AgentState a, TaskState t) {
    a.addLoad(t.channelNo, -1);
    a.offered.remove(t);
    a.assigned.remove(t);
    if (t.offers != null) {
      t.offers.remove(a);
      t.agent = t.offers.isEmpty() ? null : t.offers.get(0);
    }
    reindex(a, clock.millis());
  }

  /**
   * Frees every agent holding a task (offered or assigned) and, if the task is offered, withdraws every open offer,
   * the primary's first (before the caller's own event). Returns the agents freed, for the caller to match.
   */
  private List<AgentState> releaseAll(TaskState t, OfferWithdrawn.Reason why, long now) {
    List<AgentState> holders = t.holders();
    boolean offered = t.status == TaskStatus.OFFERED;
    for (AgentState h : holders) {
      unhold(h, t);
      if (offered) {
        emit(new OfferWithdrawn(t.id, h.id(), why, Optional.empty(), Instant.ofEpochMilli(now)));
      }
    }
    t.agent = null;
    t.offers = null;
    t.offerGen++;
    List<AgentState> alive = new ArrayList<>(holders.size());
    for (AgentState h : holders) {
      if (!h.removed) {
        alive.add(h);
      }
    }
    return alive;
  }

  // ---------------------------------------------------------------- eligibility and scoring

  private PassReason whyNot(TaskState t, AgentState a, long now, boolean checkAvailability) {
    AgentProfile p = a.profile;
    Channel c = t.task.channel();
    if (p.capacity().limit(c) == 0) {
      return PassReason.NO_CHANNEL;
    }
    PassReason why = taskRules(t, a, now, levelCap(t, now), false);
    if (why != null) {
      return why;
    }
    if (checkAvailability) {
      if (a.presence == Presence.OFFLINE) {
        return PassReason.OFFLINE;
      }
      if (a.presence == Presence.AWAY) {
        return PassReason.AWAY;
      }
      if (a.inWrapUp) {
        return PassReason.IN_WRAP_UP;
      }
      if (a.paced) {
        return PassReason.PACED;
      }
      if (!a.canTake(t.channelNo)) {
        return PassReason.AT_CAPACITY;
      }
    }
    return null;
  }

  /**
   * The rules that depend on the task, not on the agent's state: queue, required skills at the relaxed level
   * {@code cap}, an earlier rejection, the preferred-agent reservation. For an agent taken from the ready index of the
   * task's channel these are all that can fail: being indexed means the channel, presence, wrap-up, pacing and
   * capacity checks of {@link #whyNot} hold; with {@code levelsKnown} (the agent was found by a walk of that index
   * for the task's skills at {@code cap}), so do the skill checks.
   */
  private PassReason taskRules(TaskState t, AgentState a, long now, int cap, boolean levelsKnown) {
    AgentProfile p = a.profile;
    if (!p.serves(t.queue)) {
      return PassReason.NOT_IN_QUEUE;
    }
    if (!levelsKnown) {
      PassReason why = skillRules(t, a, cap);
      if (why != null) {
        return why;
      }
    }
    assert !levelsKnown || skillRules(t, a, cap) == null : "ready index walk out of date for agent " + a.id();
    return agentRules(t, p.id(), now);
  }

  /** The task's rules about this agent in particular: an earlier rejection, the preferred-agent reservation. */
  private PassReason agentRules(TaskState t, AgentId agent, long now) {
    if (t.excludes(agent)) {
      return PassReason.REJECTED_BEFORE;
    }
    if (t.reservedAt(now) && !t.preferredAgent.equals(agent) && preferredBlocker(t) == null) {
      return PassReason.RESERVED_FOR_PREFERRED_AGENT;
    }
    return null;
  }

  /** Whether a task is reserved for its preferred agent now: the wait runs and the agent could take the task. */
  private boolean reserved(TaskState t, long now) {
    return t.reservedAt(now) && preferredBlocker(t) == null;
  }

  /** Why a task's preferred agent can never take it where it waits; null if they could. */
  private PassReason preferredBlocker(TaskState t) {
    AgentState a = agents.get(t.preferredAgent);
    return a == null ? PassReason.UNKNOWN_AGENT : blocker(t, a, false);
  }

  /**
   * Why an agent can never take a task where it waits, whatever their presence (but offline), wrap-up and load: null
   * if they could. Offline, the channel not handled, the queue not served, a required skill missing or held below the
   * lowest level the task's relaxation can reach in its queue ({@link #lowestCap}), or (unless
   * {@code forgetRejection}) a rejection of the task.
   */
  private PassReason blocker(TaskState t, AgentState a, boolean forgetRejection) {
    if (!forgetRejection && t.excludes(a.id())) {
      return PassReason.REJECTED_BEFORE;
    }
    if (a.presence == Presence.OFFLINE) {
      return PassReason.OFFLINE;
    }
    if (a.profile.capacity().limit(t.task.channel()) == 0) {
      return PassReason.NO_CHANNEL;
    }
    if (!a.profile.serves(t.queue)) {
      return PassReason.NOT_IN_QUEUE;
    }
    return skillRules(t, a, lowestCap(t));
  }

  /** The lowest required-level cap a task can reach in its queue: its kept cap and the queue's lowest step. */
  private int lowestCap(TaskState t) {
    int cap = t.capFloor;
    for (RelaxationStep s : queueOf(t).config.relaxation()) {
      cap = Math.min(cap, s.maxLevel());
    }
    return cap;
  }

  /** The words for a {@link #blocker} reason, naming the value. */
  private String describe(TaskState t, AgentState a, PassReason why) {
    switch (why) {
      case OFFLINE:
        return "they are offline";
      case NO_CHANNEL:
        return "they do not handle channel " + t.task.channel();
      case NOT_IN_QUEUE:
        return "they do not serve queue '" + t.queue + "'";
      case MISSING_SKILL:
      case LEVEL_TOO_LOW: {
        int cap = lowestCap(t);
        for (Map.Entry<Skill, Integer> e : new TreeMap<>(t.task.required()).entrySet()) {
          int have = a.profile.skills().getOrDefault(e.getKey(), 0);
          int need = Math.min(e.getValue(), cap);
          if (have == 0) {
            return "they lack required skill '" + e.getKey().name() + "'";
          }
          if (have < need) {
            return String.format(Locale.ROOT, "they hold skill '%s' at level %d, below the lowest level %d the task "
                + "can relax to", e.getKey().name(), have, need);
          }
        }
        return why.toString();
      }
      default:
        return why.toString();
    }
  }

  /** The task's required-level cap now: its queue's relaxation for its wait, never above the cap it kept. */
  private int levelCap(TaskState t, long now) {
    return levelCap(t, queueOf(t).config, now);
  }

  /** {@link #levelCap(TaskState, long)} with the task's queue configuration at hand (the agent-side walk's). */
  private static int levelCap(TaskState t, QueueConfig qc, long now) {
    if (t.task.required().isEmpty()) {
      return Skill.MAX_LEVEL;
    }
    return qc.relaxation().isEmpty() ? t.capFloor : Math.min(t.capFloor, qc.levelCap(now - t.enqueuedAt));
  }

  /**
   * Ends a task's reservation early if its preferred agent can never take it where it waits; the reason shows in the
   * decisions made while the wait would have run.
   */
  private void endReservationIfBlocked(TaskState t, long now) {
    if (t.reservedAt(now)) {
      PassReason why = preferredBlocker(t);
      if (why != null) {
        t.preferredSkip = why;
        dropReservation(t);
        if (LOG.isDebugEnabled()) {
          LOG.debug("task '{}' not reserved for agent '{}': {}", t.id, t.preferredAgent, why);
        }
      }
    }
  }

  /** Whether the agent has each required skill at the task's level, relaxed to at most {@code cap}. */
  private PassReason skillRules(TaskState t, AgentState a, int cap) {
    internRequired(t);
    int[] ids = t.reqIds;
    for (int i = 0; i < ids.length; i++) {
      int have = a.level(ids[i]);
      if (have == 0) {
        return PassReason.MISSING_SKILL;
      }
      if (have < Math.min(t.reqMin[i], cap)) {
        return PassReason.LEVEL_TOO_LOW;
      }
    }
    return null;
  }

  private double preferredScore(TaskState t, AgentState a) {
    double s = 0;
    for (Map.Entry<Skill, Integer> e : t.task.preferred().entrySet()) {
      s += e.getValue() * (double) a.profile.skills().getOrDefault(e.getKey(), 0);
    }
    return s;
  }

  private double strategyScore(TaskState t, AgentState a, long now) {
    AgentScorer scorer = config.scorer().orElse(null);
    if (scorer != null) {
      a.viewNow = now;
      try {
        double s = scorer.score(t.task, a);
        return Double.isNaN(s) ? Double.NEGATIVE_INFINITY : s; // NaN: not eligible, as -Infinity (AgentScorer)
      } catch (RuntimeException e) {
        LOG.warn("agent scorer threw {} for task '{}' and agent '{}'", e.getClass().getName(), t.id, a.id());
        return -Double.MAX_VALUE; // the lowest score that still leaves the agent eligible
      }
    }
    switch (config.strategy()) {
      case BEST_SKILL_MATCH: {
        internRequired(t);
        double s = 0;
        for (int id : t.reqIds) {
          s += a.level(id);
        }
        return s;
      }
      case LEAST_OCCUPIED:
        return -(double) a.used / a.profile.capacity().budget();
      case ROUND_ROBIN: {
        long n = Math.max(1, ordinals);
        return -(double) Math.floorMod(a.ordinal - roundRobinLast - 1, n);
      }
      case LONGEST_IDLE:
      default: {
        long since = a.readySince(t.channelNo);
        return since == Long.MIN_VALUE ? 0 : (double) (now - since);
      }
    }
  }

  /** Whether a strategy score is the host scorer's "not eligible" ({@link AgentScorer#NOT_ELIGIBLE}, or NaN). */
  private static boolean ruledOut(double score) {
    return score == Double.NEGATIVE_INFINITY;
  }

  /** Whether the host's scorer, if any, rules the agent out for the task (the agent-side walk's check). */
  private boolean hostRulesOut(TaskState t, AgentState a, long now) {
    return config.scorer().isPresent() && ruledOut(strategyScore(t, a, now));
  }

  /** Offers a waiting task to the best ready eligible agent (or agents, with a fan-out), if any; records the decision. */
  private boolean matchTask(TaskState t, Decision.Trigger trigger, long now) {
    if (t.status != TaskStatus.WAITING) {
      return false;
    }
    endReservationIfBlocked(t, now);
    if (config.batchMode()) {
      return false;
    }
    int fanOut = config.autoAccept() ? 1 : t.task.offerFanOut() > 0 ? t.task.offerFanOut() : config.offerFanOut();
    Selection sel = select(t, now, fanOut, capsNegative(t));
    if (sel.best == null && sel.cappedSkipped) {
      sel = select(t, now, fanOut, false); // nobody else is eligible: the cap never leaves a task waiting
    }
    Decision d = sel.decision(trigger, Math.max(0, agents.size() - sel.considered));
    t.lastDecision = d;
    if (sel.best == null) {
      if (LOG.isDebugEnabled()) {
        LOG.debug("task '{}' waits: {}", t.id, d.summary());
      }
      return false;
    }
    offer(t, sel.chosen(), d, now);
    return true;
  }

  /** Whether the negative-streak cap applies to a task. */
  private boolean capsNegative(TaskState t) {
    return config.negativeStreakCap() > 0 && t.task.negativeSentiment();
  }

  /** Whether an agent has reached the negative-streak cap. */
  private boolean capped(AgentState a) {
    return config.negativeStreakCap() > 0 && a.negativeStreak >= config.negativeStreakCap();
  }

  /** Walks the ready index for a task: the smallest ready set among its required skills. */
  private Selection select(TaskState t, long now, int fanOut, boolean skipCapped) {
    Selection sel = new Selection(t, now, config.explanationLimit(), fanOut, skipCapped);
    if (reserved(t, now)) {
      AgentState pa = agents.get(t.preferredAgent);
      if (pa != null) {
        sel.consider(pa);
      }
      return sel;
    }
    ReadyIndex ci = ready.get(t.task.channel());
    if (ci == null) {
      return sel;
    }
    boolean earlyExit = config.scorer().isEmpty() && config.strategy() == Strategy.LONGEST_IDLE
        && t.task.preferred().isEmpty();
    int[] thresholds = new int[t.reqIds.length]; // the Selection has interned the task's requirements
    for (int i = 0; i < thresholds.length; i++) {
      thresholds[i] = Math.min(t.reqMin[i], sel.levelCap);
    }
    sel.firstOnly = earlyExit;
    ci.visit(t.reqIds, thresholds, sel);
    return sel;
  }

  private static final Comparator<Decision.Candidate> BY_SCORE_DESCENDING =
      Comparator.comparingDouble(Decision.Candidate::score).reversed();

  /** An eligible agent with its ranking keys. */
  private record Ranked(AgentState agent, double pref, double score, long readySeq) {
    boolean beats(Ranked o) {
      return pref > o.pref || (pref == o.pref && (score > o.score || (score == o.score && readySeq < o.readySeq)));
    }
  }

  /** The running choice of a task-side decision, with its explanation. */
  private final class Selection implements ReadyIndex.Visitor {
    final TaskState t;
    final long now;
    final int limit;
    final int fanOut;
    final boolean skipCapped;
    /** Created at the first entry (most decisions record one candidate and no agent passed over). */
    List<Decision.Candidate> candidates;
    List<Decision.PassedOver> passed;
    /** With a fan-out above 1: the best eligible agents so far, best first, at most {@code fanOut}. */
    final List<Ranked> top;
    /** The task's required level cap after relaxation, for this decision's time. */
    final int levelCap;
    /** The task's required skills as a mask of interned ids modulo 64 (see {@link AgentState#skillMask}). */
    final long reqMask;
    AgentState best;
    double bestPref;
    double bestScore;
    long bestSeq;
    int considered;
    boolean cappedSkipped;

    Selection(TaskState t, long now, int limit, int fanOut, boolean skipCapped) {
      this.t = t;
      this.now = now;
      this.limit = limit;
      this.fanOut = fanOut;
      this.skipCapped = skipCapped;
      this.top = fanOut > 1 ? new ArrayList<>(fanOut + 1) : null;
      this.levelCap = levelCap(t, now);
      internRequired(t);
      this.reqMask = t.reqMask;
      if (t.preferredSkip != null && now < t.preferredUntil && limit > 0) {
        passed = new ArrayList<>();
        passed.add(new Decision.PassedOver(t.preferredAgent, t.preferredSkip)); // why the task did not wait for them
        notedPreferred = true;
      }
    }

    /** Whether {@link #passed} starts with why the preferred agent's reservation ended (listed once). */
    private boolean notedPreferred;

    /** With {@code firstOnly}, a walk of the ready index stops once the fan-out is filled. */
    boolean firstOnly;
    private int found;

    /** Considers an agent of the task's ready index (visited longest idle first); returns whether to go on. */
    @Override
    public boolean visit(AgentState a) {
      return !(consider(a, true) && firstOnly && ++found >= fanOut);
    }

    /** Whether one more agent passed over would be recorded (within the explanation limit). */
    private boolean recordsPassed() {
      return hasRoom(passed);
    }

    /** Whether an explanation list (null until its first entry) takes one more entry within the limit. */
    private boolean hasRoom(List<?> list) {
      return list == null ? limit > 0 : list.size() < limit;
    }

    private void pass(AgentState a, PassReason why) {
      if (notedPreferred && a.id().equals(t.preferredAgent)) {
        return;
      }
      if (recordsPassed()) {
        if (passed == null) {
          passed = new ArrayList<>();
        }
        passed.add(new Decision.PassedOver(a.id(), why));
      }
    }

    boolean consider(AgentState a) {
      return consider(a, false);
    }

    /**
     * With {@code ready}, the agent comes from a walk of the ready index of the task's channel for its skills at
     * {@link #levelCap}: only the task's other rules apply.
     */
    boolean consider(AgentState a, boolean ready) {
      considered++;
      assert !ready || a.readyFor(t.channelNo) : "ready index out of date for agent " + a.id();
      if ((a.skillMask & reqMask) != reqMask && !recordsPassed()) {
        return false; // lacks a required skill (its mask bit is clear), and the reason would not be recorded
      }
      PassReason why = ready ? taskRules(t, a, now, levelCap, true) : whyNot(t, a, now, true);
      if (why == null && skipCapped && capped(a)) {
        cappedSkipped = true;
        why = PassReason.NEGATIVE_STREAK;
      }
      if (why != null) {
        pass(a, why);
        return false;
      }
      double score = strategyScore(t, a, now);
      if (ruledOut(score)) {
        pass(a, PassReason.HOST_RULE);
        return false;
      }
      double pref = preferredScore(t, a);
      long rs = a.readySeq(t.channelNo);
      if (hasRoom(candidates)) {
        if (candidates == null) {
          candidates = new ArrayList<>();
        }
        candidates.add(new Decision.Candidate(a.id(), score));
      }
      if (top != null) {
        Ranked r = new Ranked(a, pref, score, rs);
        int at = top.size();
        while (at > 0 && r.beats(top.get(at - 1))) {
          at--;
        }
        if (at < fanOut) {
          top.add(at, r);
          if (top.size() > fanOut) {
            pass(top.remove(fanOut).agent(), PassReason.LOWER_SCORE);
          }
        } else {
          pass(a, PassReason.LOWER_SCORE);
        }
        Ranked first = top.get(0);
        best = first.agent();
        bestPref = first.pref();
        bestScore = first.score();
        bestSeq = first.readySeq();
        return true;
      }
      if (best == null || pref > bestPref || (pref == bestPref && (score > bestScore
          || (score == bestScore && rs < bestSeq)))) {
        if (best != null) {
          pass(best, PassReason.LOWER_SCORE);
        }
        best = a;
        bestPref = pref;
        bestScore = score;
        bestSeq = rs;
      } else {
        pass(a, PassReason.LOWER_SCORE);
      }
      return true;
    }

    /** The agents to offer the task to, the best first. */
    List<AgentState> chosen() {
      if (top == null) {
        return List.of(best);
      }
      List<AgentState> out = new ArrayList<>(top.size());
      top.forEach(r -> out.add(r.agent()));
      return out;
    }

    Decision decision(Decision.Trigger trigger, int notIndexed) {
      if (candidates != null) {
        candidates.sort(BY_SCORE_DESCENDING);
      }
      List<AgentId> offeredTo = best == null ? List.of()
          : top == null ? List.of(best.id()) : chosen().stream().map(AgentState::id).toList();
      return new Decision(t.id, trigger, Instant.ofEpochMilli(now), Optional.ofNullable(best).map(AgentState::id),
          best == null ? Double.NaN : bestScore, candidates == null ? List.of() : candidates,
          passed == null ? List.of() : passed, considered, notIndexed, offeredTo, t.task.priorityReason());
    }
  }

  /** Lets a ready agent take the best waiting tasks it is eligible for, until it is full or none is left. */
  private void matchAgent(AgentState a, long now) {
    if (a.removed || config.batchMode()) {
      return;
    }
    int guard = a.profile.capacity().budget() + 1;
    while (a.indexedCount > 0 && guard-- > 0) {
      best = null;
      bestScore = 0;
      skipNegative = capped(a);
      scanTasks(a, now);
      if (best == null && skipNegative) {
        skipNegative = false; // only negative-sentiment work is left for them: the cap never leaves a task waiting
        scanTasks(a, now);
      }
      skipNegative = false;
      if (best == null) {
        return;
      }
      TaskState chosen = best;
      best = null;
      Decision d = new Decision(chosen.id, Decision.Trigger.AGENT_READY, Instant.ofEpochMilli(now),
          Optional.of(a.id()), bestScore, config.explanationLimit() > 0
          ? List.of(new Decision.Candidate(a.id(), bestScore)) : List.of(), List.of(), 1, agents.size() - 1,
          List.of(a.id()), chosen.task.priorityReason());
      chosen.lastDecision = d;
      offer(chosen, a, d, now);
    }
  }

  /** Sets {@link #best} to the best waiting task the agent may take across its channels and queues, if any. */
  private void scanTasks(AgentState a, long now) {
    {
      for (ReadyIndex ix : readyByNo) {
        if (!ix.contains(a)) {
          continue;
        }
        Channel c = ix.channel;
        for (QueueState q : queuesOf(a)) {
          if (q.waiting == 0) {
            continue;
          }
          double weight = q.config.weight();
          LongKeyMap<TaskBucket> sigs = q.bySignature.get(c);
          if (sigs != null && sigs.size() > 0) {
            walkSignatures(sigs, a, now, weight);
          }
          Map<Skill, TaskBucket[]> byChannel = q.buckets.get(c);
          if (byChannel == null) {
            continue;
          }
          boolean relaxes = !q.config.relaxation().isEmpty();
          for (Map.Entry<Skill, Integer> e : a.profile.skills().entrySet()) {
            TaskBucket[] levels = byChannel.get(e.getKey());
            if (levels == null) {
              continue;
            }
            int top = relaxes ? Skill.MAX_LEVEL : e.getValue();
            for (int level = Skill.MIN_LEVEL; level <= top; level++) {
              walk(levels[level], a, now, weight);
            }
          }
        }
      }
    }
  }

  /**
   * Walks the buckets of the skill sets the agent has all of: by enumerating the subsets of its skills when there
   * are fewer of those than buckets, else by testing each bucket's skill set.
   */
  private void walkSignatures(LongKeyMap<TaskBucket> sigs, AgentState a, long now, double weight) {
    int[] mine = a.skillIds;
    byte[] have = a.skillLevels;
    int n = mine.length;
    long subsets = 1L + n + (long) n * (n - 1) / 2 + (long) n * (n - 1) * (n - 2) / 6;
    if (subsets <= sigs.size()) {
      walkSet(sigs.get(0L), a, now, weight, 0, 0);
      for (int i = 0; i < n && mine[i] < SIGNATURE_IDS; i++) {
        long ki = mine[i] + 1L;
        int li = have[i];
        walkSet(sigs.get(ki), a, now, weight, li, 1);
        for (int j = i + 1; j < n && mine[j] < SIGNATURE_IDS; j++) {
          long kj = ki | ((mine[j] + 1L) << SIGNATURE_BITS);
          int lj = li | have[j] << 8;
          walkSet(sigs.get(kj), a, now, weight, lj, 2);
          for (int k = j + 1; k < n && mine[k] < SIGNATURE_IDS; k++) {
            walkSet(sigs.get(kj | ((mine[k] + 1L) << (2 * SIGNATURE_BITS))), a, now, weight, lj | have[k] << 16, 3);
          }
        }
      }
    } else {
      for (int slot = 0, slots = sigs.slots(); slot < slots; slot++) {
        long key = sigs.keyAt(slot);
        if (key == Long.MAX_VALUE) {
          continue;
        }
        boolean all = true;
        for (long rest = key; rest != 0; rest >>>= SIGNATURE_BITS) {
          if (a.level((int) (rest & SIGNATURE_IDS) - 1) == 0) {
            all = false;
            break;
          }
        }
        if (all) {
          walk(sigs.valueAt(slot), a, now, weight);
        }
      }
    }
  }

  /** The running best of an agent-side decision (guarded by the lock). */
  private TaskState best;
  private double bestScore;
  /** Whether the agent-side walk skips negative-sentiment tasks (the agent reached the cap). */
  private boolean skipNegative;

  /** Whether the best task so far ranks above a task of this score (a bucket walk in rank order can stop). */
  private boolean losesToBest(TaskState t, double score) {
    return best != null && (score < bestScore || (score == bestScore
        && (t.tie > best.tie || (t.tie == best.tie && t.seq > best.seq))));
  }

  /** Walks a bucket in rank order to the first task the agent may take, and keeps it if it beats the best. */
  private void walk(TaskBucket set, AgentState a, long now, double weight) {
    walkSet(set, a, now, weight, 0, -1);
  }

  /**
   * Walks a bucket in rank order to the first task the agent may take, and keeps it if it beats the best. With
   * {@code skills} 0 to 3 the bucket is that of a skill set of that size the agent has, in one of its queues, for a
   * channel it is ready for: the queue, channel and skill checks hold for every task in it, so only the levels (the
   * agent's, {@code levels}, eight bits each in the set's id order, against each task's
   * {@link TaskState#reqMinPacked}, relaxed by its wait), an earlier rejection and a reservation remain, all read from
   * the task's own state. With {@code skills} negative every rule is checked.
   */
  private void walkSet(TaskBucket set, AgentState a, long now, double weight, int levels, int skills) {
    if (set == null || set.isEmpty()) {
      return;
    }
    QueueConfig qc = null;
    for (TaskState t : set) {
      if (skipNegative && t.task.negativeSentiment()) {
        continue;
      }
      double score = t.rank + weight;
      if (losesToBest(t, score)) {
        return;
      }
      boolean ok;
      if (skills < 0) {
        ok = whyNot(t, a, now, false) == null;
      } else {
        int cap = Skill.MAX_LEVEL;
        if (skills > 0) {
          if (qc == null) {
            qc = queueOf(t).config;
          }
          cap = levelCap(t, qc, now);
        }
        ok = true;
        for (int i = 0, req = t.reqMinPacked, have = levels; i < skills; i++, req >>>= 8, have >>>= 8) {
          if ((have & 0xFF) < Math.min(req & 0xFF, cap)) {
            ok = false;
            break;
          }
        }
        ok = ok && agentRules(t, a.profile.id(), now) == null;
        assert ok == (whyNot(t, a, now, false) == null) : "skill-set bucket walk disagrees for task " + t.id;
      }
      if (ok && !hostRulesOut(t, a, now)) {
        best = t;
        bestScore = score;
        return;
      }
    }
  }

  private Iterable<QueueState> queuesOf(AgentState a) {
    Set<String> names = a.profile.queues();
    if (names.isEmpty()) {
      return queues.values();
    }
    List<QueueState> out = new ArrayList<>(names.size());
    for (String n : names) {
      QueueState q = queues.get(n);
      if (q != null) {
        out.add(q);
      }
    }
    return out;
  }

  private void offer(TaskState t, AgentState a, Decision d, long now) {
    offer(t, List.of(a), d, now);
  }

  /** Offers a waiting task to one or more agents at once (the first is the primary); each holds capacity for it. */
  private void offer(TaskState t, List<AgentState> to, Decision d, long now) {
    AgentState a = to.get(0);
    unbucket(t);
    setStatus(t, TaskStatus.OFFERED);
    t.agent = a;
    t.offers = to.size() > 1 ? new ArrayList<>(to) : null;
    t.offerGen++;
    t.timerGen++;
    t.offerExpires = now + config.offerTimeout().toMillis();
    if (config.strategy() == Strategy.ROUND_ROBIN) {
      roundRobinLast = a.ordinal;
    }
    Channel c = t.task.channel();
    for (AgentState h : to) {
      h.offered.add(t);
      hold(h, t);
      if (now < h.returnWindowEnd) {
        h.paced = true;
        h.paceGen++;
        timers.add(new Timer(now + config.returnPacing().toMillis(), seq++, null, h, h.paceGen,
            TimerKind.PACE_END));
      }
      removeReady(h, c);
      reindex(h, now);
      emit(new TaskOffered(t.id, h.id(), Instant.ofEpochMilli(t.offerExpires), d, Instant.ofEpochMilli(now)));
    }
    if (LOG.isDebugEnabled()) {
      LOG.debug("offered: {}", d.summary());
    }
    if (config.autoAccept()) {
      doAccept(t, a, now);
    } else {
      timers.add(new Timer(t.offerExpires, seq++, t, null, t.offerGen, TimerKind.OFFER_TIMEOUT));
    }
  }

  /** Assigns an offered task to one of its offered agents; withdraws the others' offers and returns those agents. */
  private List<AgentState> doAccept(TaskState t, AgentState a, long now) {
    List<AgentState> others = List.of();
    if (t.offers != null) {
      others = new ArrayList<>(t.offers);
      others.remove(a);
      for (AgentState o : others) {
        unhold(o, t);
      }
      t.offers = null;
    }
    t.agent = a;
    setStatus(t, TaskStatus.ASSIGNED);
    a.offered.remove(t);
    a.assigned.add(t);
    t.offerGen++;
    if (t.task.negativeSentiment()) {
      a.negativeStreak++;
    } else {
      a.negativeStreak = 0;
    }
    if (!t.answered) { // answered once per task: a transferred one accepted again is not answered again
      t.answered = true;
      QueueState q = queueOf(t);
      q.answered++;
      if (now - t.enqueuedAt <= q.config.serviceLevelThreshold().toMillis()) {
        q.answeredInThreshold++;
      }
    }
    Instant at = Instant.ofEpochMilli(now);
    emit(new OfferAccepted(t.id, a.id(), at));
    emit(new TaskAssigned(t.id, a.id(), at));
    for (AgentState o : others) {
      emit(new OfferWithdrawn(t.id, o.id(), OfferWithdrawn.Reason.ACCEPTED_BY_OTHER, Optional.of(a.id()), at));
    }
    return others;
  }

  // ---------------------------------------------------------------- queries

  @Override
  public Decision explain(InteractionId taskId) {
    Objects.requireNonNull(taskId, "taskId");
    return locked(() -> {
      TaskState t = taskOrThrow(taskId);
      long now = clock.millis();
      List<Decision.Candidate> candidates = new ArrayList<>();
      List<Decision.PassedOver> passed = new ArrayList<>();
      AgentState best = null;
      double bestPref = 0;
      double bestScore = 0;
      long bestSeq = 0;
      double holderScore = Double.NaN;
      List<AgentState> all = new ArrayList<>(agents.values());
      all.sort(Comparator.comparing(AgentState::id));
      List<AgentState> holders = t.holders();
      List<Ranked> cappedOut = new ArrayList<>();
      for (AgentState a : all) {
        if (holders.contains(a)) {
          double hs = strategyScore(t, a, now); // an agent holding the task, scored as if it were free
          if (a == t.agent) {
            holderScore = hs;
          }
          candidates.add(new Decision.Candidate(a.id(), hs));
          continue;
        }
        PassReason why = whyNot(t, a, now, true);
        if (why != null) {
          passed.add(new Decision.PassedOver(a.id(), why));
          continue;
        }
        double s = strategyScore(t, a, now);
        if (ruledOut(s)) {
          passed.add(new Decision.PassedOver(a.id(), PassReason.HOST_RULE));
          continue;
        }
        Ranked r = new Ranked(a, preferredScore(t, a), s, a.readySeq(t.channelNo));
        if (capsNegative(t) && capped(a)) {
          cappedOut.add(r);
          continue;
        }
        candidates.add(new Decision.Candidate(a.id(), r.score()));
        if (best == null || r.beats(new Ranked(best, bestPref, bestScore, bestSeq))) {
          best = a;
          bestPref = r.pref();
          bestScore = r.score();
          bestSeq = r.readySeq();
        }
      }
      for (Ranked r : cappedOut) {
        if (best == null || t.agent != null) {
          candidates.add(new Decision.Candidate(r.agent().id(), r.score()));
        } else {
          passed.add(new Decision.PassedOver(r.agent().id(), PassReason.NEGATIVE_STREAK));
        }
      }
      if (best == null && t.agent == null) {
        for (Ranked r : cappedOut) { // nobody else is eligible: the cap gives way
          if (best == null || r.beats(new Ranked(best, bestPref, bestScore, bestSeq))) {
            best = r.agent();
            bestPref = r.pref();
            bestScore = r.score();
            bestSeq = r.readySeq();
          }
        }
      }
      if (t.preferredAgent != null && now < t.preferredUntil && !agents.containsKey(t.preferredAgent)) {
        passed.add(new Decision.PassedOver(t.preferredAgent, PassReason.UNKNOWN_AGENT)); // why it does not wait
      }
      final AgentState chosen = t.agent != null ? t.agent : best;
      for (Decision.Candidate cand : candidates) {
        if (chosen != null && !cand.agentId().equals(chosen.id())
            && holders.stream().noneMatch(h -> h.id().equals(cand.agentId()))) {
          passed.add(new Decision.PassedOver(cand.agentId(), PassReason.LOWER_SCORE));
        }
      }
      candidates.sort(Comparator.comparingDouble(Decision.Candidate::score).reversed());
      return new Decision(taskId, Decision.Trigger.EXPLAIN, Instant.ofEpochMilli(now),
          Optional.ofNullable(chosen).map(AgentState::id),
          t.agent != null ? holderScore : best != null ? bestScore : Double.NaN,
          candidates, passed, all.size(), 0,
          t.status == TaskStatus.OFFERED ? holders.stream().map(AgentState::id).toList()
              : Optional.ofNullable(chosen).map(c -> List.of(c.id())).orElse(List.of()),
          t.task.priorityReason());
    });
  }

  @Override
  public Optional<TaskSnapshot> task(InteractionId taskId) {
    Objects.requireNonNull(taskId, "taskId");
    return locked(() -> Optional.ofNullable(tasks.get(taskId)).map(t -> new TaskSnapshot(t.task, t.status, t.queue,
        Instant.ofEpochMilli(t.enqueuedAt), Optional.ofNullable(t.agent).map(AgentState::id),
        t.excluded == null ? Set.of() : t.excluded, Optional.ofNullable(t.lastDecision),
        t.status == TaskStatus.OFFERED ? t.holders().stream().map(AgentState::id).toList() : List.of())));
  }

  @Override
  public Optional<AgentSnapshot> agent(AgentId agentId) {
    Objects.requireNonNull(agentId, "agentId");
    return locked(() -> Optional.ofNullable(agents.get(agentId)).map(a -> {
      Map<Channel, Integer> load = new HashMap<>();
      for (int no = 0; no < a.loadByNo.length; no++) {
        if (a.loadByNo[no] > 0) {
          load.put(readyByNo.get(no).channel, a.loadByNo[no]);
        }
      }
      Set<InteractionId> offered = new HashSet<>();
      a.offered.forEach(t -> offered.add(t.id));
      Set<InteractionId> assigned = new HashSet<>();
      a.assigned.forEach(t -> assigned.add(t.id));
      return new AgentSnapshot(a.profile, a.presence, load, a.used, offered, assigned,
          a.inWrapUp ? Optional.of(Instant.ofEpochMilli(a.wrapUpUntil)) : Optional.empty());
    }));
  }

  @Override
  public List<InteractionId> taskIds() {
    return locked(() -> new ArrayList<>(tasks.keySet()));
  }

  @Override
  public List<AgentId> agentIds() {
    return locked(() -> new ArrayList<>(agents.keySet()));
  }

  @Override
  public QueueSnapshot queue(String name) {
    Objects.requireNonNull(name, "name");
    return locked(() -> snapshot(name, queues.get(name)));
  }

  @Override
  public List<QueueSnapshot> queues() {
    return locked(() -> {
      List<QueueSnapshot> out = new ArrayList<>();
      queues.forEach((n, q) -> out.add(snapshot(n, q)));
      return out;
    });
  }

  /** A queue's snapshot from its counters: constant time but for dead entries dropped from its wait order. */
  private QueueSnapshot snapshot(String name, QueueState q) {
    long now = clock.millis();
    int available = availableEverywhere + availableByQueue.getOrDefault(name, 0);
    if (q == null) {
      return new QueueSnapshot(name, 0, 0, Duration.ZERO, available, 0, 0, 0, OptionalDouble.empty());
    }
    return snapshotOf(name, q, q.waiting, q.offered, q.waitOrder.oldest(), available, now);
  }

  /** A snapshot of a queue that has held tasks, from its counts; {@code oldest} is {@link Long#MAX_VALUE} for none. */
  private static QueueSnapshot snapshotOf(String name, QueueState q, int waiting, int offered, long oldest,
      int available, long now) {
    long denominator = q.answered + q.abandonedAfterThreshold;
    return new QueueSnapshot(name, waiting, offered,
        oldest == Long.MAX_VALUE ? Duration.ZERO : Duration.ofMillis(Math.max(0, now - oldest)), available,
        q.answered, q.answeredInThreshold, q.abandonedAfterThreshold,
        denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) q.answeredInThreshold / denominator));
  }

  /**
   * A queue's snapshot counted from every task and agent, as {@link #snapshot} did before it kept counters: for tests
   * that compare the two. Linear in the tasks and agents held.
   */
  QueueSnapshot scanSnapshot(String name) {
    return locked(() -> scan(name));
  }

  private QueueSnapshot scan(String name) {
    QueueState q = queues.get(name);
    long now = clock.millis();
    int waiting = 0;
    int offered = 0;
    long oldest = Long.MAX_VALUE;
    for (TaskState t : tasks.values()) {
      if (!t.queue.equals(name)) {
        continue;
      }
      if (t.status == TaskStatus.OFFERED) {
        offered++;
      } else if (t.status == TaskStatus.WAITING) {
        waiting++;
        oldest = Math.min(oldest, t.enqueuedAt);
      }
    }
    int available = 0;
    for (AgentState a : agents.values()) {
      if (a.profile.serves(name) && a.indexedCount > 0) {
        available++;
      }
    }
    if (q == null) {
      return new QueueSnapshot(name, 0, offered, Duration.ZERO, available, 0, 0, 0, OptionalDouble.empty());
    }
    return snapshotOf(name, q, waiting, offered, oldest, available, now);
  }

  @Override
  public long listenerFailures() {
    return listenerFailures.get();
  }

  @Override
  public RoutingConfig config() {
    return config;
  }

  private AgentState agentOrThrow(AgentId id) {
    AgentState a = agents.get(id);
    if (a == null) {
      throw new UnknownAgentException(id, "agent '" + id + "' must be known to the engine, but is not");
    }
    return a;
  }

  private TaskState taskOrThrow(InteractionId id) {
    TaskState t = tasks.get(id);
    if (t == null) {
      throw new UnknownTaskException(id, "task '" + id + "' must be held by the engine, but is not");
    }
    return t;
  }

  @Override
  public String toString() {
    return "RoutingEngine[" + config + "]";
  }

  // ---------------------------------------------------------------- small holders

  private static final class QueueState {
    final QueueConfig config;
    /** Waiting tasks by channel, index skill (null for none) and that skill's required level (0 for none). */
    final Map<Channel, Map<Skill, TaskBucket[]>> buckets = new HashMap<>();
    /** Waiting tasks with at most {@link #MAX_SIGNATURE} required skills, by channel and exact skill set. */
    final Map<Channel, LongKeyMap<TaskBucket>> bySignature = new HashMap<>();
    /** Its waiting tasks by enqueue time, for the oldest wait. */
    final WaitOrder waitOrder = new WaitOrder();
    int waiting;
    /** Its tasks with open offers. */
    int offered;
    long answered;
    long answeredInThreshold;
    long abandonedAfterThreshold;

    QueueState(QueueConfig config) {
      this.config = config;
    }
  }

  private enum TimerKind { OFFER_TIMEOUT, WRAP_END, PACE_END, TASK_DUE }

  private static final class Timer implements Comparable<Timer> {
    final long at;
    final long order;
    final TaskState task;
    final AgentState agent;
    final long gen;
    final TimerKind kind;

    Timer(long at, long order, TaskState task, AgentState agent, long gen, TimerKind kind) {
      this.at = at;
      this.order = order;
      this.task = task;
      this.agent = agent;
      this.gen = gen;
      this.kind = kind;
    }

    @Override
    public int compareTo(Timer o) {
      int c = Long.compare(at, o.at);
      return c != 0 ? c : Long.compare(order, o.order);
    }
  }
}
