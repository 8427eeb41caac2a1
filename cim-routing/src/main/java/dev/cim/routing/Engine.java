package dev.cim.routing;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Skill;
import dev.cim.routing.event.OfferAccepted;
import dev.cim.routing.event.OfferRejected;
import dev.cim.routing.event.OfferTimedOut;
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
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * <p>Indexes: for each channel, the agents ready for it (available, out of wrap-up, free capacity), as a whole and by
 * skill, each in the order they became ready; for each queue and channel, the waiting tasks by their index skill (the
 * rarest of their required skills, or none), each ordered by rank. A task-side decision walks the smallest ready set
 * among its required skills; an agent-side decision walks, for each of its skills, the tasks indexed under that skill
 * until the first eligible one.
 */
final class Engine implements RoutingEngine {
  private static final Logger LOG = LoggerFactory.getLogger(RoutingEngine.class);

  private static final Comparator<TaskState> RANK_ORDER = (a, b) -> {
    int c = Double.compare(b.rank, a.rank);
    if (c != 0) {
      return c;
    }
    c = Long.compare(a.tie, b.tie);
    return c != 0 ? c : Long.compare(a.seq, b.seq);
  };

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
  private final Map<Channel, ChannelIndex> ready = new HashMap<>();
  private final Map<Skill, Integer> skillHolders = new HashMap<>();
  private final PriorityQueue<Timer> timers = new PriorityQueue<>();
  private final List<RoutingEvent> pending = new ArrayList<>();
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

  private <T> T locked(Supplier<T> op) {
    List<RoutingEvent> out;
    T result;
    lock.lock();
    try {
      result = op.get();
    } finally {
      if (pending.isEmpty()) {
        out = List.of();
      } else {
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
      lock.unlock();
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
      AgentState a = new AgentState(profile, ordinals++);
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
      long now = clock.millis();
      unindexAll(a);
      a.profile.skills().keySet().forEach(s -> skillHolders.merge(s, -1, Integer::sum));
      a.profile = profile;
      int used = 0;
      for (Map.Entry<Channel, Integer> l : a.load.entrySet()) {
        used += l.getValue() * profile.capacity().weight(l.getKey());
      }
      a.used = used;
      profile.skills().keySet().forEach(s -> skillHolders.merge(s, 1, Integer::sum));
      reindex(a, now);
      matchAgent(a, now);
    });
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
      List<TaskState> returned = new ArrayList<>(a.offered);
      for (TaskState t : returned) {
        release(a, t);
        requeue(t, RequeueReason.AGENT_REMOVED, a, now);
      }
      unindexAll(a);
      a.profile.skills().keySet().forEach(s -> skillHolders.merge(s, -1, Integer::sum));
      agents.remove(agentId);
      for (TaskState t : returned) {
        matchTask(t, Decision.Trigger.TASK_ARRIVED, now);
      }
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
        returned = new ArrayList<>(a.offered);
        for (TaskState t : returned) {
          release(a, t);
          requeue(t, RequeueReason.AGENT_OFFLINE, a, now);
        }
      }
      reindex(a, now);
      for (TaskState t : returned) {
        matchTask(t, Decision.Trigger.TASK_ARRIVED, now);
      }
      matchAgent(a, now);
    });
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
      TaskState t = new TaskState(task, task.enqueuedAt().map(Instant::toEpochMilli).orElse(now), seq++);
      t.queuedSince = now;
      if (task.preferredAgent().isPresent()) {
        t.preferredAgent = task.preferredAgent().get();
        t.preferredUntil = now + task.preferredAgentWait().toMillis();
      }
      tasks.put(t.id, t);
      enqueue(t, now);
      matchTask(t, Decision.Trigger.TASK_ARRIVED, now);
    });
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
      if (now - t.enqueuedAt > q.config.serviceLevelThreshold().toMillis()) {
        q.abandonedAfterThreshold++;
      }
    } else {
      release(a, t);
    }
    t.timerGen++;
    tasks.remove(t.id);
    emit(new TaskCancelled(t.id, before, Optional.ofNullable(a).map(AgentState::id), Instant.ofEpochMilli(now)));
    if (a != null && agents.get(a.id()) == a) {
      matchAgent(a, now);
    }
  }

  @Override
  public void accept(InteractionId taskId, AgentId agentId) {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(agentId, "agentId");
    run(() -> {
      long now = clock.millis();
      TaskState t = openOffer(taskId, agentId, now, "accept");
      doAccept(t, t.agent, now);
    });
  }

  @Override
  public void reject(InteractionId taskId, AgentId agentId) {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(agentId, "agentId");
    run(() -> {
      long now = clock.millis();
      TaskState t = openOffer(taskId, agentId, now, "reject");
      AgentState a = t.agent;
      release(a, t);
      t.exclude(agentId);
      emit(new OfferRejected(t.id, agentId, Instant.ofEpochMilli(now)));
      requeue(t, RequeueReason.REJECTED, a, now);
      matchTask(t, Decision.Trigger.TASK_ARRIVED, now);
      matchAgent(a, now);
    });
  }

  private TaskState openOffer(InteractionId taskId, AgentId agentId, long now, String verb) {
    TaskState t = taskOrThrow(taskId);
    agentOrThrow(agentId);
    if (t.status != TaskStatus.OFFERED || !t.agent.id().equals(agentId)) {
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
      t.timerGen++;
      a.load.merge(t.task.channel(), -1, Integer::sum);
      a.used -= a.profile.capacity().weight(t.task.channel());
      a.assigned.remove(t);
      long wrap = a.profile.wrapUp().toMillis();
      if (wrap > 0) {
        a.inWrapUp = true;
        a.wrapUpUntil = now + wrap;
        a.wrapGen++;
        timers.add(new Timer(a.wrapUpUntil, seq++, null, a, a.wrapGen, TimerKind.WRAP_END));
      }
      emit(new TaskCompleted(taskId, a.id(), Instant.ofEpochMilli(now)));
      reindex(a, now);
      matchAgent(a, now);
    });
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
      agentOrThrow(agentId);
      transfer(t, t.queue, agentId, wait.toMillis());
    });
  }

  private void transfer(TaskState t, String queue, AgentId target, long wait) {
    long now = clock.millis();
    AgentState previous = t.agent;
    if (t.status == TaskStatus.WAITING) {
      unbucket(t);
    } else {
      release(previous, t);
    }
    t.status = TaskStatus.WAITING;
    t.queue = queue;
    t.queuedSince = now;
    if (target != null) {
      t.preferredAgent = target;
      t.preferredUntil = now + wait;
      if (t.excluded != null) {
        t.excluded.remove(target);
      }
    }
    t.timerGen++;
    enqueue(t, now);
    emit(new TaskRequeued(t.id, queue, RequeueReason.TRANSFERRED,
        Optional.ofNullable(previous).map(AgentState::id), Instant.ofEpochMilli(now)));
    matchTask(t, Decision.Trigger.TASK_ARRIVED, now);
    if (previous != null) {
      matchAgent(previous, now);
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
    });
  }

  private void onOfferTimeout(Timer timer, long now) {
    TaskState t = timer.task;
    if (t.status != TaskStatus.OFFERED || t.offerGen != timer.gen || tasks.get(t.id) != t) {
      return;
    }
    AgentState a = t.agent;
    release(a, t);
    t.exclude(a.id());
    emit(new OfferTimedOut(t.id, a.id(), Instant.ofEpochMilli(now)));
    if (config.awayOnTimeout() && a.presence == Presence.AVAILABLE) {
      a.presence = Presence.AWAY;
      reindex(a, now);
    }
    requeue(t, RequeueReason.TIMED_OUT, a, now);
    matchTask(t, Decision.Trigger.TICK, now);
    matchAgent(a, now);
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
    QueueConfig qc = queueOf(t).config;
    if (qc.overflowAfter().isPresent() && now - t.queuedSince >= qc.overflowAfter().get().toMillis()) {
      String from = t.queue;
      unbucket(t);
      t.queue = qc.overflowTo().get();
      t.queuedSince = now;
      t.timerGen++;
      enqueue(t, now);
      emit(new TaskOverflowed(t.id, from, t.queue, Instant.ofEpochMilli(now)));
    }
    matchTask(t, Decision.Trigger.TICK, now);
  }

  // ---------------------------------------------------------------- queues and buckets

  private QueueState queueState(String name) {
    return queues.computeIfAbsent(name, n -> new QueueState(config.queue(n)));
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
    t.status = TaskStatus.WAITING;
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
    Map<Skill, Integer> required = t.task.required();
    if (required.size() <= MAX_SIGNATURE) {
      List<Skill> key = signature(required);
      NavigableSet<TaskState> set = q.bySignature.computeIfAbsent(t.task.channel(), c -> new HashMap<>())
          .computeIfAbsent(key, k -> new TreeSet<>(RANK_ORDER));
      set.add(t);
      t.bucket = set;
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
    int level = index == null ? 0 : t.task.required().get(index);
    NavigableSet<TaskState>[] levels = q.buckets.computeIfAbsent(t.task.channel(), c -> new HashMap<>())
        .computeIfAbsent(index, s -> newLevelArray());
    NavigableSet<TaskState> set = levels[level];
    if (set == null) {
      set = new TreeSet<>(RANK_ORDER);
      levels[level] = set;
    }
    set.add(t);
    t.bucket = set;
  }

  /** Tasks with at most this many required skills are indexed by their exact skill set. */
  private static final int MAX_SIGNATURE = 3;

  private static List<Skill> signature(Map<Skill, Integer> required) {
    if (required.isEmpty()) {
      return List.of();
    }
    Skill[] skills = required.keySet().toArray(new Skill[0]);
    java.util.Arrays.sort(skills);
    return List.of(skills);
  }

  @SuppressWarnings("unchecked")
  private static NavigableSet<TaskState>[] newLevelArray() {
    return (NavigableSet<TaskState>[]) new NavigableSet<?>[Skill.MAX_LEVEL + 1];
  }

  @SuppressWarnings("unchecked")
  private static LinkedHashSet<AgentState>[] newReadyArray() {
    return (LinkedHashSet<AgentState>[]) new LinkedHashSet<?>[Skill.MAX_LEVEL + 1];
  }

  private void unbucket(TaskState t) {
    if (t.bucket != null) {
      t.bucket.remove(t);
      t.bucket = null;
      queueOf(t).waiting--;
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
      boolean want = a.readyFor(c);
      boolean have = a.indexed.contains(c);
      if (want && !have) {
        addReady(a, c, now);
      } else if (!want && have) {
        removeReady(a, c);
      }
    }
  }

  private void addReady(AgentState a, Channel c, long now) {
    ChannelIndex ci = ready.computeIfAbsent(c, k -> new ChannelIndex());
    ci.all.add(a);
    for (Map.Entry<Skill, Integer> e : a.profile.skills().entrySet()) {
      LinkedHashSet<AgentState>[] levels = ci.bySkill.computeIfAbsent(e.getKey(), k -> newReadyArray());
      LinkedHashSet<AgentState> set = levels[e.getValue()];
      if (set == null) {
        set = new LinkedHashSet<>();
        levels[e.getValue()] = set;
      }
      set.add(a);
    }
    a.indexed.add(c);
    a.readySince.put(c, now);
    a.readySeq.put(c, seq++);
  }

  private void removeReady(AgentState a, Channel c) {
    ChannelIndex ci = ready.get(c);
    ci.all.remove(a);
    for (Map.Entry<Skill, Integer> e : a.profile.skills().entrySet()) {
      LinkedHashSet<AgentState>[] levels = ci.bySkill.get(e.getKey());
      if (levels != null && levels[e.getValue()] != null) {
        levels[e.getValue()].remove(a);
      }
    }
    a.indexed.remove(c);
  }

  private void unindexAll(AgentState a) {
    for (Channel c : new ArrayList<>(a.indexed)) {
      removeReady(a, c);
    }
  }

  // ---------------------------------------------------------------- capacity

  private void hold(AgentState a, TaskState t) {
    Channel c = t.task.channel();
    a.load.merge(c, 1, Integer::sum);
    a.used += a.profile.capacity().weight(c);
  }

  /** Frees what an offered or assigned task holds; the caller requeues or forgets the task. */
  private void release(AgentState a, TaskState t) {
    Channel c = t.task.channel();
    a.load.merge(c, -1, Integer::sum);
    a.used -= a.profile.capacity().weight(c);
    a.offered.remove(t);
    a.assigned.remove(t);
    t.agent = null;
    t.offerGen++;
    reindex(a, clock.millis());
  }

  // ---------------------------------------------------------------- eligibility and scoring

  private PassReason whyNot(TaskState t, AgentState a, long now, boolean checkAvailability) {
    AgentProfile p = a.profile;
    Channel c = t.task.channel();
    if (p.capacity().limit(c) == 0) {
      return PassReason.NO_CHANNEL;
    }
    if (!p.serves(t.queue)) {
      return PassReason.NOT_IN_QUEUE;
    }
    Map<Skill, Integer> required = t.task.required();
    if (!required.isEmpty()) {
      int cap = queueOf(t).config.levelCap(now - t.enqueuedAt);
      for (Map.Entry<Skill, Integer> e : required.entrySet()) {
        int have = p.skills().getOrDefault(e.getKey(), 0);
        if (have == 0) {
          return PassReason.MISSING_SKILL;
        }
        if (have < Math.min(e.getValue(), cap)) {
          return PassReason.LEVEL_TOO_LOW;
        }
      }
    }
    if (t.excludes(p.id())) {
      return PassReason.REJECTED_BEFORE;
    }
    if (t.reservedAt(now) && !t.preferredAgent.equals(p.id())) {
      return PassReason.RESERVED_FOR_PREFERRED_AGENT;
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
      if (!a.canTake(c)) {
        return PassReason.AT_CAPACITY;
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
        return Double.isNaN(s) ? Double.NEGATIVE_INFINITY : s;
      } catch (RuntimeException e) {
        LOG.warn("agent scorer threw {} for task '{}' and agent '{}'", e.getClass().getName(), t.id, a.id());
        return Double.NEGATIVE_INFINITY;
      }
    }
    Channel c = t.task.channel();
    switch (config.strategy()) {
      case BEST_SKILL_MATCH: {
        double s = 0;
        for (Skill k : t.task.required().keySet()) {
          s += a.profile.skills().getOrDefault(k, 0);
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
        Long since = a.readySince.get(c);
        return since == null ? 0 : (double) (now - since);
      }
    }
  }

  private long readySeq(AgentState a, Channel c) {
    Long s = a.readySeq.get(c);
    return s == null ? Long.MAX_VALUE : s;
  }

  /** Offers a waiting task to the best ready eligible agent, if any; records the decision. */
  private boolean matchTask(TaskState t, Decision.Trigger trigger, long now) {
    if (t.status != TaskStatus.WAITING) {
      return false;
    }
    Selection sel = new Selection(t, now, config.explanationLimit());
    if (t.reservedAt(now)) {
      AgentState pa = agents.get(t.preferredAgent);
      if (pa != null) {
        sel.consider(pa);
      }
    } else {
      ChannelIndex ci = ready.get(t.task.channel());
      if (ci != null) {
        boolean earlyExit = config.scorer().isEmpty() && config.strategy() == Strategy.LONGEST_IDLE
            && t.task.preferred().isEmpty();
        if (t.task.required().isEmpty()) {
          sel.considerAll(ci.all, earlyExit);
        } else {
          LinkedHashSet<AgentState>[] levels = null;
          int from = 0;
          int smallest = Integer.MAX_VALUE;
          int cap = queueOf(t).config.levelCap(now - t.enqueuedAt);
          for (Map.Entry<Skill, Integer> e : t.task.required().entrySet()) {
            LinkedHashSet<AgentState>[] l = ci.bySkill.get(e.getKey());
            int min = Math.min(e.getValue(), cap);
            int size = 0;
            if (l != null) {
              for (int level = min; level <= Skill.MAX_LEVEL; level++) {
                size += l[level] == null ? 0 : l[level].size();
              }
            }
            if (size < smallest) {
              smallest = size;
              levels = l;
              from = min;
            }
          }
          if (smallest > 0) {
            for (int level = from; level <= Skill.MAX_LEVEL; level++) {
              if (levels[level] != null) {
                sel.considerAll(levels[level], earlyExit);
              }
            }
          }
        }
      }
    }
    AgentState best = sel.best;
    Decision d = sel.decision(trigger, Math.max(0, agents.size() - sel.considered));
    t.lastDecision = d;
    if (best == null) {
      if (LOG.isDebugEnabled()) {
        LOG.debug("task '{}' waits: {}", t.id, d.summary());
      }
      return false;
    }
    offer(t, best, d, now);
    return true;
  }

  /** The running choice of a task-side decision, with its explanation. */
  private final class Selection {
    final TaskState t;
    final long now;
    final int limit;
    final List<Decision.Candidate> candidates;
    final List<Decision.PassedOver> passed;
    AgentState best;
    double bestPref;
    double bestScore;
    long bestSeq;
    int considered;

    Selection(TaskState t, long now, int limit) {
      this.t = t;
      this.now = now;
      this.limit = limit;
      this.candidates = limit > 0 ? new ArrayList<>() : null;
      this.passed = limit > 0 ? new ArrayList<>() : null;
    }

    /** Considers agents in ready order; with {@code firstOnly}, stops at the first eligible one. */
    void considerAll(Collection<AgentState> source, boolean firstOnly) {
      for (AgentState a : source) {
        if (consider(a) && firstOnly) {
          return;
        }
      }
    }

    boolean consider(AgentState a) {
      considered++;
      PassReason why = whyNot(t, a, now, true);
      if (why != null) {
        if (passed != null && passed.size() < limit) {
          passed.add(new Decision.PassedOver(a.id(), why));
        }
        return false;
      }
      double pref = preferredScore(t, a);
      double score = strategyScore(t, a, now);
      long rs = readySeq(a, t.task.channel());
      if (candidates != null && candidates.size() < limit) {
        candidates.add(new Decision.Candidate(a.id(), score));
      }
      if (best == null || pref > bestPref || (pref == bestPref && (score > bestScore
          || (score == bestScore && rs < bestSeq)))) {
        if (best != null && passed != null && passed.size() < limit) {
          passed.add(new Decision.PassedOver(best.id(), PassReason.LOWER_SCORE));
        }
        best = a;
        bestPref = pref;
        bestScore = score;
        bestSeq = rs;
      } else if (passed != null && passed.size() < limit) {
        passed.add(new Decision.PassedOver(a.id(), PassReason.LOWER_SCORE));
      }
      return true;
    }

    Decision decision(Decision.Trigger trigger, int notIndexed) {
      if (candidates != null) {
        candidates.sort(Comparator.comparingDouble(Decision.Candidate::score).reversed());
      }
      return new Decision(t.id, trigger, Instant.ofEpochMilli(now), Optional.ofNullable(best).map(AgentState::id),
          best == null ? Double.NaN : bestScore, candidates == null ? List.of() : candidates,
          passed == null ? List.of() : passed, considered, notIndexed);
    }
  }

  /** Lets a ready agent take the best waiting tasks it is eligible for, until it is full or none is left. */
  private void matchAgent(AgentState a, long now) {
    if (agents.get(a.id()) != a) {
      return;
    }
    int guard = a.profile.capacity().budget() + 1;
    while (!a.indexed.isEmpty() && guard-- > 0) {
      best = null;
      bestScore = 0;
      for (Channel c : a.indexed) {
        for (QueueState q : queuesOf(a)) {
          if (q.waiting == 0) {
            continue;
          }
          double weight = q.config.weight();
          Map<List<Skill>, NavigableSet<TaskState>> sigs = q.bySignature.get(c);
          if (sigs != null && !sigs.isEmpty()) {
            walkSignatures(sigs, a, now, weight);
          }
          Map<Skill, NavigableSet<TaskState>[]> byChannel = q.buckets.get(c);
          if (byChannel == null) {
            continue;
          }
          boolean relaxes = !q.config.relaxation().isEmpty();
          for (Map.Entry<Skill, Integer> e : a.profile.skills().entrySet()) {
            NavigableSet<TaskState>[] levels = byChannel.get(e.getKey());
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
      if (best == null) {
        return;
      }
      TaskState chosen = best;
      best = null;
      Decision d = new Decision(chosen.id, Decision.Trigger.AGENT_READY, Instant.ofEpochMilli(now),
          Optional.of(a.id()), bestScore, config.explanationLimit() > 0
          ? List.of(new Decision.Candidate(a.id(), bestScore)) : List.of(), List.of(), 1, agents.size() - 1);
      chosen.lastDecision = d;
      offer(chosen, a, d, now);
    }
  }

  /**
   * Walks the buckets of the skill sets the agent has all of: by enumerating the subsets of its skills when there
   * are fewer of those than buckets, else by testing each bucket's skill set.
   */
  private void walkSignatures(Map<List<Skill>, NavigableSet<TaskState>> sigs, AgentState a, long now,
      double weight) {
    Skill[] mine = a.sortedSkills();
    int n = mine.length;
    long subsets = 1L + n + (long) n * (n - 1) / 2 + (long) n * (n - 1) * (n - 2) / 6;
    if (subsets <= sigs.size()) {
      walk(sigs.get(List.of()), a, now, weight);
      for (int i = 0; i < n; i++) {
        walk(sigs.get(List.of(mine[i])), a, now, weight);
        for (int j = i + 1; j < n; j++) {
          walk(sigs.get(List.of(mine[i], mine[j])), a, now, weight);
          for (int k = j + 1; k < n; k++) {
            walk(sigs.get(List.of(mine[i], mine[j], mine[k])), a, now, weight);
          }
        }
      }
    } else {
      Map<Skill, Integer> skills = a.profile.skills();
      for (Map.Entry<List<Skill>, NavigableSet<TaskState>> e : sigs.entrySet()) {
        boolean all = true;
        for (Skill s : e.getKey()) {
          if (!skills.containsKey(s)) {
            all = false;
            break;
          }
        }
        if (all) {
          walk(e.getValue(), a, now, weight);
        }
      }
    }
  }

  /** The running best of an agent-side decision (guarded by the lock). */
  private TaskState best;
  private double bestScore;

  /** Walks a bucket in rank order to the first task the agent may take, and keeps it if it beats the best. */
  private void walk(NavigableSet<TaskState> set, AgentState a, long now, double weight) {
    if (set == null || set.isEmpty()) {
      return;
    }
    for (TaskState t : set) {
      double score = t.rank + weight;
      if (best != null && (score < bestScore || (score == bestScore
          && (t.tie > best.tie || (t.tie == best.tie && t.seq > best.seq))))) {
        return;
      }
      if (whyNot(t, a, now, false) == null) {
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
    unbucket(t);
    t.status = TaskStatus.OFFERED;
    t.agent = a;
    t.offerGen++;
    t.timerGen++;
    t.offerExpires = now + config.offerTimeout().toMillis();
    a.offered.add(t);
    hold(a, t);
    if (config.strategy() == Strategy.ROUND_ROBIN) {
      roundRobinLast = a.ordinal;
    }
    if (now < a.returnWindowEnd) {
      a.paced = true;
      a.paceGen++;
      timers.add(new Timer(now + config.returnPacing().toMillis(), seq++, null, a, a.paceGen, TimerKind.PACE_END));
    }
    Channel c = t.task.channel();
    if (a.indexed.contains(c)) {
      removeReady(a, c);
    }
    reindex(a, now);
    emit(new TaskOffered(t.id, a.id(), Instant.ofEpochMilli(t.offerExpires), d, Instant.ofEpochMilli(now)));
    if (LOG.isDebugEnabled()) {
      LOG.debug("offered: {}", d.summary());
    }
    if (config.autoAccept()) {
      doAccept(t, a, now);
    } else {
      timers.add(new Timer(t.offerExpires, seq++, t, null, t.offerGen, TimerKind.OFFER_TIMEOUT));
    }
  }

  private void doAccept(TaskState t, AgentState a, long now) {
    t.status = TaskStatus.ASSIGNED;
    a.offered.remove(t);
    a.assigned.add(t);
    t.offerGen++;
    QueueState q = queueOf(t);
    q.answered++;
    if (now - t.enqueuedAt <= q.config.serviceLevelThreshold().toMillis()) {
      q.answeredInThreshold++;
    }
    Instant at = Instant.ofEpochMilli(now);
    emit(new OfferAccepted(t.id, a.id(), at));
    emit(new TaskAssigned(t.id, a.id(), at));
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
      for (AgentState a : all) {
        if (t.agent == a) {
          holderScore = strategyScore(t, a, now); // the agent holding the task, scored as if it were free
          candidates.add(new Decision.Candidate(a.id(), holderScore));
          continue;
        }
        PassReason why = whyNot(t, a, now, true);
        if (why != null) {
          passed.add(new Decision.PassedOver(a.id(), why));
          continue;
        }
        double pref = preferredScore(t, a);
        double score = strategyScore(t, a, now);
        long rs = readySeq(a, t.task.channel());
        candidates.add(new Decision.Candidate(a.id(), score));
        if (best == null || pref > bestPref || (pref == bestPref && (score > bestScore
            || (score == bestScore && rs < bestSeq)))) {
          best = a;
          bestPref = pref;
          bestScore = score;
          bestSeq = rs;
        }
      }
      final AgentState chosen = t.agent != null ? t.agent : best;
      for (Decision.Candidate cand : candidates) {
        if (chosen != null && !cand.agentId().equals(chosen.id())) {
          passed.add(new Decision.PassedOver(cand.agentId(), PassReason.LOWER_SCORE));
        }
      }
      candidates.sort(Comparator.comparingDouble(Decision.Candidate::score).reversed());
      return new Decision(taskId, Decision.Trigger.EXPLAIN, Instant.ofEpochMilli(now),
          Optional.ofNullable(chosen).map(AgentState::id),
          t.agent != null ? holderScore : best != null ? bestScore : Double.NaN,
          candidates, passed, all.size(), 0);
    });
  }

  @Override
  public Optional<TaskSnapshot> task(InteractionId taskId) {
    Objects.requireNonNull(taskId, "taskId");
    return locked(() -> Optional.ofNullable(tasks.get(taskId)).map(t -> new TaskSnapshot(t.task, t.status, t.queue,
        Instant.ofEpochMilli(t.enqueuedAt), Optional.ofNullable(t.agent).map(AgentState::id),
        t.excluded == null ? Set.of() : t.excluded, Optional.ofNullable(t.lastDecision))));
  }

  @Override
  public Optional<AgentSnapshot> agent(AgentId agentId) {
    Objects.requireNonNull(agentId, "agentId");
    return locked(() -> Optional.ofNullable(agents.get(agentId)).map(a -> {
      Map<Channel, Integer> load = new HashMap<>();
      a.load.forEach((c, n) -> {
        if (n > 0) {
          load.put(c, n);
        }
      });
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

  private QueueSnapshot snapshot(String name, QueueState q) {
    long now = clock.millis();
    int offered = 0;
    long oldest = Long.MAX_VALUE;
    for (TaskState t : tasks.values()) {
      if (!t.queue.equals(name)) {
        continue;
      }
      if (t.status == TaskStatus.OFFERED) {
        offered++;
      } else if (t.status == TaskStatus.WAITING) {
        oldest = Math.min(oldest, t.enqueuedAt);
      }
    }
    int available = 0;
    for (AgentState a : agents.values()) {
      if (a.profile.serves(name) && !a.indexed.isEmpty()) {
        available++;
      }
    }
    if (q == null) {
      return new QueueSnapshot(name, 0, offered, Duration.ZERO, available, 0, 0, 0, OptionalDouble.empty());
    }
    long denominator = q.answered + q.abandonedAfterThreshold;
    return new QueueSnapshot(name, q.waiting, offered,
        oldest == Long.MAX_VALUE ? Duration.ZERO : Duration.ofMillis(Math.max(0, now - oldest)), available,
        q.answered, q.answeredInThreshold, q.abandonedAfterThreshold,
        denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) q.answeredInThreshold / denominator));
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

  private static final class ChannelIndex {
    final LinkedHashSet<AgentState> all = new LinkedHashSet<>();
    /** Ready agents by skill, then by their level of it (index 1 to 10), each in the order they became ready. */
    final Map<Skill, LinkedHashSet<AgentState>[]> bySkill = new HashMap<>();
  }

  private static final class QueueState {
    final QueueConfig config;
    /** Waiting tasks by channel, index skill (null for none) and that skill's required level (0 for none). */
    final Map<Channel, Map<Skill, NavigableSet<TaskState>[]>> buckets = new HashMap<>();
    /** Waiting tasks with at most {@link #MAX_SIGNATURE} required skills, by channel and exact skill set. */
    final Map<Channel, Map<List<Skill>, NavigableSet<TaskState>>> bySignature = new HashMap<>();
    int waiting;
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
