package dev.cim.routing;

import dev.cim.core.Router;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Skill;
import dev.cim.routing.event.RoutingListener;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * An embeddable ACD (automatic contact distribution) engine: the host feeds it agents, presence and tasks; it decides
 * who gets what, emits offers and explains each decision. It also implements the core {@link Router} port, so an
 * {@code InteractionHub} can route through it.
 *
 * <pre>{@code
 * RoutingEngine engine = RoutingEngine.builder()
 *     .clock(clock)
 *     .config(RoutingConfig.custom().strategy(Strategy.LONGEST_IDLE).build())
 *     .listener(new RoutingListener() {
 *       public void onOffered(TaskOffered e) { hub.offer(e.taskId(), e.agentId()); }
 *     })
 *     .build();
 * engine.addAgent(AgentProfile.of(AgentId.of("ann"), CapacityModel.single(Channel.VOICE, 1))
 *     .withSkill(Skill.of("billing"), 7), Presence.AVAILABLE);
 * engine.submitTask(Task.builder(interactionId, Channel.VOICE).require(Skill.of("billing"), 5).build());
 * // -> TaskOffered to ann; later: engine.accept(interactionId, AgentId.of("ann"));
 * }</pre>
 *
 * <p><b>Decisions.</b> A new task goes to the best ready, eligible agent (see {@link Strategy}); an agent who becomes
 * ready takes the best waiting task it is eligible for across the queues it serves, by queue ordering plus queue
 * weight. Eligibility: the channel, the queue, every required skill at the minimum level (relaxed by the queue's
 * {@link RelaxationStep}s as the task waits), free capacity, {@link Presence#AVAILABLE}, out of wrap-up, not having
 * rejected the task, and the preferred-agent reservation, which holds only while the preferred agent could take the
 * task (see {@link Task.Builder#preferredAgent}). Ready agents are indexed by channel, skill and level, so a
 * decision examines only ready agents who hold every required skill at the level, not every agent.
 *
 * <p><b>Time.</b> Every time comes from the injected {@link Clock}. Offer timeouts, wrap-up ends, relaxation steps,
 * preferred-agent waits and overflow are evaluated by {@link #tick()}, which the host calls regularly (or schedules
 * with {@link #scheduleTicks}); tests drive a virtual clock.
 *
 * <p><b>Threads.</b> Thread-safe: every operation runs under one engine lock and is short (no I/O, no blocking).
 * Events are delivered after the lock is released, on the calling thread, in order within one call; events of
 * concurrent calls may interleave. Listeners may call the engine. With {@link Builder#eventExecutor} events are
 * handed to the host's executor instead, in lock order.
 *
 * <p><b>Errors.</b> Bad input throws a specific {@link dev.cim.core.CimException} subclass ({@link
 * UnknownAgentException}, {@link UnknownTaskException}, {@link DuplicateTaskException}, {@link
 * DuplicateAgentException}, {@link OfferNotValidException}, {@link TaskStateException}, {@link AgentBusyException},
 * {@link AgentNotEligibleException})
 * or {@link IllegalArgumentException}, names the value, and leaves the engine unchanged.
 */
public interface RoutingEngine extends Router {

  /**
   * Starts a builder.
   *
   * @return a builder with the system UTC clock, {@link RoutingConfig#ofDefaults()}, the default task mapper and no
   *     listeners
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Adds an agent, {@link Presence#OFFLINE}.
   *
   * @param profile the agent; not null
   * @throws NullPointerException if {@code profile} is null
   * @throws DuplicateAgentException if the engine already knows the agent
   */
  void addAgent(AgentProfile profile);

  /**
   * Adds an agent with a presence; an available agent takes waiting tasks at once.
   *
   * @param profile the agent; not null
   * @param presence the initial presence; not null
   * @throws NullPointerException if an argument is null
   * @throws DuplicateAgentException if the engine already knows the agent
   */
  void addAgent(AgentProfile profile, Presence presence);

  /**
   * Replaces an agent's profile (skills, capacity, queues...), keeping presence, load and offers. Tasks reserved for
   * the agent that the new profile can never take (see {@link Task.Builder#preferredAgent}) go to others at once.
   *
   * @param profile the new profile; not null
   * @throws NullPointerException if {@code profile} is null
   * @throws UnknownAgentException if the engine does not know the agent
   * @throws AgentBusyException if the new capacity cannot hold the tasks the agent holds now (offered and assigned):
   *     a channel over its new limit, or the whole over the new budget at the new weights (the check
   *     {@link #restore} makes); the message names the agent, the channel or budget and the load
   */
  void updateAgent(AgentProfile profile);

  /**
   * Removes an agent; tasks only offered to them are requeued, and tasks reserved for them go to others at once.
   *
   * @param agentId the agent; not null
   * @throws NullPointerException if {@code agentId} is null
   * @throws UnknownAgentException if the engine does not know the agent
   * @throws AgentBusyException if tasks are assigned to the agent
   */
  void removeAgent(AgentId agentId);

  /**
   * Sets an agent's presence. Going {@link Presence#OFFLINE} requeues the tasks only offered to them and ends the
   * reservations of the tasks waiting for them as preferred agent (those go to others at once); becoming
   * {@link Presence#AVAILABLE} lets them take waiting tasks at once.
   *
   * @param agentId the agent; not null
   * @param presence the presence; not null
   * @throws NullPointerException if an argument is null
   * @throws UnknownAgentException if the engine does not know the agent
   */
  void setPresence(AgentId agentId, Presence presence);

  /**
   * Submits a task: it is offered at once to the best eligible ready agent, or waits in its queue.
   *
   * @param task the task; not null
   * @throws NullPointerException if {@code task} is null
   * @throws DuplicateTaskException if the engine already holds a task with the same id
   * @throws IllegalArgumentException if the task's {@link Task#enqueuedAt()} is after the engine clock's time
   */
  void submitTask(Task task);

  /**
   * Submits an interaction from the hub, mapped to a task by the configured {@link TaskMapper}.
   *
   * @param request the request; not null
   * @throws NullPointerException if {@code request} is null
   * @throws DuplicateTaskException if the engine already holds the interaction
   * @throws IllegalArgumentException if the mapper returns a task with another id, or one whose enqueue time is after
   *     the engine clock's time
   */
  @Override
  void submit(RoutingRequest request);

  /**
   * Withdraws an interaction, in any status, if the engine holds it; does nothing otherwise (the {@link Router}
   * contract). See {@link #cancelTask(InteractionId)} for the strict form.
   *
   * @param interactionId the interaction; not null
   * @throws NullPointerException if {@code interactionId} is null
   */
  @Override
  void cancel(InteractionId interactionId);

  /**
   * Withdraws a task in any status (the customer left); any capacity it held is freed. A task never answered that is
   * cancelled while waiting or while its offer rings, after its queue's service-level threshold, counts as abandoned
   * ({@link QueueSnapshot#abandonedAfterThreshold()}).
   *
   * @param taskId the task; not null
   * @throws NullPointerException if {@code taskId} is null
   * @throws UnknownTaskException if the engine does not hold the task
   */
  void cancelTask(InteractionId taskId);

  /**
   * Accepts an open offer.
   *
   * @param taskId the task; not null
   * @param agentId the agent it was offered to; not null
   * @throws NullPointerException if an argument is null
   * @throws UnknownTaskException if the engine does not hold the task
   * @throws UnknownAgentException if the engine does not know the agent
   * @throws OfferNotValidException if the task is not offered to this agent or the offer has expired
   */
  void accept(InteractionId taskId, AgentId agentId);

  /**
   * Rejects an open offer: the task is requeued with its enqueue time and never offered to this agent again.
   *
   * @param taskId the task; not null
   * @param agentId the agent it was offered to; not null
   * @throws NullPointerException if an argument is null
   * @throws UnknownTaskException if the engine does not hold the task
   * @throws UnknownAgentException if the engine does not know the agent
   * @throws OfferNotValidException if the task is not offered to this agent or the offer has expired
   */
  void reject(InteractionId taskId, AgentId agentId);

  /**
   * Completes an assigned task: the engine forgets it and frees the agent's capacity after their wrap-up time.
   *
   * @param taskId the task; not null
   * @throws NullPointerException if {@code taskId} is null
   * @throws UnknownTaskException if the engine does not hold the task
   * @throws TaskStateException if the task is not assigned
   */
  void complete(InteractionId taskId);

  /**
   * Moves a task, in any status, to another queue, keeping its enqueue time; an agent holding it is freed. An agent
   * it was assigned to is freed as when completing (their wrap-up applies) and is not offered the task again, as after
   * a reject ({@link TaskSnapshot#excludedAgents()}); agents it was only offered to may be offered it again.
   *
   * @param taskId the task; not null
   * @param queue the queue; not null, not blank
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code queue} is blank
   * @throws UnknownTaskException if the engine does not hold the task
   */
  void transferToQueue(InteractionId taskId, String queue);

  /**
   * Moves a task, in any status, to an agent: it is requeued reserved for that agent for {@code wait}, then any
   * eligible agent may take it. An agent holding it is freed (an agent it was assigned to as in
   * {@link #transferToQueue}); the target's earlier rejection is forgotten. The target must be able to take the task
   * in its queue: not offline, handling its channel, serving its queue, and holding each required skill at or above
   * the lowest level the queue's relaxation can reach (busy, away or in wrap-up is fine); the reservation then ends
   * early as described in {@link Task.Builder#preferredAgent}.
   *
   * @param taskId the task; not null
   * @param agentId the agent; not null
   * @param wait how long only that agent may take it, 0 to {@link Task#MAX_PREFERRED_WAIT}; not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code wait} is out of range
   * @throws UnknownTaskException if the engine does not hold the task
   * @throws UnknownAgentException if the engine does not know the agent
   * @throws AgentNotEligibleException if the agent can never take the task there; names the agent, the task and the
   *     reason ({@link AgentNotEligibleException#reason()})
   */
  void transferToAgent(InteractionId taskId, AgentId agentId, Duration wait);

  /**
   * Changes a task's priority without losing its place: its enqueue time is kept.
   *
   * @param taskId the task; not null
   * @param priority 0 to {@link Task#MAX_PRIORITY}
   * @throws NullPointerException if {@code taskId} is null
   * @throws IllegalArgumentException if {@code priority} is out of range
   * @throws UnknownTaskException if the engine does not hold the task
   */
  void changePriority(InteractionId taskId, int priority);

  /**
   * Changes a task's required skills, keeping its enqueue time; a waiting task is matched again at once.
   *
   * @param taskId the task; not null
   * @param required minimum level by skill; not null
   * @throws NullPointerException if an argument, a skill or a level is null (the message names which)
   * @throws IllegalArgumentException if a level is out of range
   * @throws UnknownTaskException if the engine does not hold the task
   */
  void changeRequirements(InteractionId taskId, Map<Skill, Integer> required);

  /**
   * Marks a task's customer sentiment as negative or not, in any status, keeping its place (its enqueue time); the
   * flag feeds the fairness cap {@link RoutingConfig#negativeStreakCap()}. A task already assigned keeps its agent,
   * whose streak counted the flag as it was at assignment.
   *
   * <p>The built-in engine supports it; this default, for other implementations, throws
   * {@link UnsupportedOperationException}.
   *
   * @param taskId the task; not null
   * @param negative whether the sentiment is negative
   * @throws NullPointerException if {@code taskId} is null
   * @throws UnknownTaskException if the engine does not hold the task
   * @since 0.1.0
   */
  default void changeSentiment(InteractionId taskId, boolean negative) {
    throw new UnsupportedOperationException("changeSentiment is not supported by " + getClass().getName());
  }

  /**
   * Rebuilds the engine's state in one call, after a restart of the host: agents with their presence, the tasks
   * assigned to them (holding capacity, as if accepted) and the waiting tasks with their original enqueue times
   * ({@link Task#enqueuedAt()}; a task without one counts as enqueued now), from which their relaxation, overflow
   * timer and preferred-agent wait run on as if the engine had not stopped (a timer already due fires at the next
   * {@link #tick()}; a preferred-agent wait already over is gone). A host builds the snapshot from its
   * stored interactions: ACTIVE ones are assigned to their agent, QUEUED ones wait (and an interaction that was only
   * OFFERED when the host stopped waits again; its offer is gone). See {@link RecoverySnapshot}.
   *
   * <p>All or nothing: the snapshot is checked in full first and a bad one changes nothing. Restoring raises no
   * events for the restored state; after it, the waiting tasks are matched to the ready agents as usual (most
   * urgent first; in {@link RoutingConfig#batchMode()} at the next tick), which raises the usual offer events.
   * Queue figures (answered, service level) start from zero; a restored assigned task counts as answered already
   * (transferred and accepted again, it is not counted). The level cap a task kept from an overflow is not part of the
   * snapshot: a restored task starts from its queue's relaxation.
   *
   * <p>The built-in engine supports it; this default, for other implementations, throws
   * {@link UnsupportedOperationException}.
   *
   * @param snapshot what to restore; not null
   * @throws NullPointerException if {@code snapshot} is null
   * @throws IllegalStateException if the engine already holds an agent or a task
   * @throws UnknownAgentException if a task is assigned to an agent not in the snapshot
   * @throws IllegalArgumentException if an agent's assigned tasks exceed its capacity or use a channel it does not
   *     handle, or a task's enqueue time is after the engine clock's time
   * @since 0.1.0
   */
  default void restore(RecoverySnapshot snapshot) {
    throw new UnsupportedOperationException("restore is not supported by " + getClass().getName());
  }

  /**
   * Evaluates everything that is due at the clock's current time: offer timeouts, wrap-up ends, relaxation steps,
   * preferred-agent waits and overflow, then routes what became routable. In {@link RoutingConfig#batchMode()} it
   * then matches the waiting tasks with the ready agents by an optimal assignment.
   */
  void tick();

  /**
   * Explains now, over every agent, who would get a task and why each other agent would not. Changes nothing.
   *
   * @param taskId the task; not null
   * @return the explanation, with trigger {@link Decision.Trigger#EXPLAIN} and every agent listed
   * @throws NullPointerException if {@code taskId} is null
   * @throws UnknownTaskException if the engine does not hold the task
   */
  Decision explain(InteractionId taskId);

  /**
   * Explains a task in one line: {@link #explain}'s {@link Decision#summary()}, followed by the task's
   * {@linkplain Task#priorityReason() priority reason} if it has one (e.g. {@code "...; priority 8 because segment
   * GOLD"}). Changes nothing.
   *
   * @param taskId the task; not null
   * @return the text; not null
   * @throws NullPointerException if {@code taskId} is null
   * @throws UnknownTaskException if the engine does not hold the task
   * @since 0.1.0
   */
  default String explanation(InteractionId taskId) {
    Decision d = explain(taskId);
    if (d.priorityReason().isPresent()) {
      return d.summary();
    }
    String summary = d.summary();
    return task(taskId).flatMap(s -> s.task().priorityReason()).map(r -> summary + "; " + r).orElse(summary);
  }

  /**
   * Returns a task's current state.
   *
   * @param taskId the task; not null
   * @return the snapshot, empty if the engine does not hold the task
   * @throws NullPointerException if {@code taskId} is null
   */
  Optional<TaskSnapshot> task(InteractionId taskId);

  /**
   * Returns an agent's current state.
   *
   * @param agentId the agent; not null
   * @return the snapshot, empty if the engine does not know the agent
   * @throws NullPointerException if {@code agentId} is null
   */
  Optional<AgentSnapshot> agent(AgentId agentId);

  /**
   * Returns the ids of all tasks the engine holds.
   *
   * @return a new list; never null
   */
  List<InteractionId> taskIds();

  /**
   * Returns the ids of all agents the engine knows.
   *
   * @return a new list; never null
   */
  List<AgentId> agentIds();

  /**
   * Returns a queue's figures (a queue never used gives zeros). The engine keeps them as counters, so a snapshot takes
   * constant time however many tasks wait (amortised: it may drop entries of tasks that left the queue; logarithmic in
   * the tasks that joined the queue out of enqueue-time order, such as requeued ones), and a dashboard polling it does
   * not hold up routing.
   *
   * @param queue the queue; not null
   * @return the snapshot; not null
   * @throws NullPointerException if {@code queue} is null
   */
  QueueSnapshot queue(String queue);

  /**
   * Returns the figures of every queue that has held a task, each as cheap as {@link #queue(String)}.
   *
   * @return a new list, by queue name; never null
   */
  List<QueueSnapshot> queues();

  /**
   * Returns how many listener calls have thrown.
   *
   * @return the count, {@code >= 0}
   */
  long listenerFailures();

  /**
   * Returns the configuration.
   *
   * @return the configuration; not null
   */
  RoutingConfig config();

  /**
   * Schedules {@link #tick()} at a fixed rate on the host's executor; exceptions are logged and ticking goes on.
   *
   * @param executor the executor; not null
   * @param every the period, at least 1 millisecond; not null
   * @return the scheduled ticking, to cancel on shutdown
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code every} is shorter than 1 millisecond
   */
  default ScheduledFuture<?> scheduleTicks(ScheduledExecutorService executor, Duration every) {
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(every, "every");
    if (every.toMillis() < 1) {
      throw new IllegalArgumentException("tick period must be at least 1 ms, but was " + every);
    }
    return executor.scheduleAtFixedRate(() -> {
      try {
        tick();
      } catch (RuntimeException e) {
        org.slf4j.LoggerFactory.getLogger(RoutingEngine.class).warn("routing tick failed: {}", e.getClass().getName());
      }
    }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Builds a {@link RoutingEngine}. Each setter validates its argument (a null throws {@link NullPointerException} and
   * leaves the builder unchanged). The single-valued settings ({@link #clock}, {@link #config}, {@link #taskMapper},
   * {@link #eventExecutor}) may be set again: the last call wins, as if the earlier ones had not been made;
   * {@link #listener} adds a listener each time. Unset settings get their defaults at {@link #build}. Not
   * thread-safe; a builder may build several engines, each with the settings of that moment.
   */
  final class Builder {
    private Clock clock;
    private RoutingConfig config;
    private TaskMapper mapper;
    private Executor eventExecutor;
    private final List<RoutingListener> listeners = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the clock for every time the engine uses (default {@link Clock#systemUTC()}); the last call wins.
     *
     * @param c the clock; not null
     * @return this builder
     * @throws NullPointerException if {@code c} is null
     */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c, "c");
      return this;
    }

    /**
     * Sets the configuration (default {@link RoutingConfig#ofDefaults()}); the last call wins.
     *
     * @param c the configuration; not null
     * @return this builder
     * @throws NullPointerException if {@code c} is null
     */
    public Builder config(RoutingConfig c) {
      this.config = Objects.requireNonNull(c, "c");
      return this;
    }

    /**
     * Sets how {@link RoutingEngine#submit} maps a hub request to a task (default
     * {@link TaskMapper#defaults(RoutingConfig)} for the configuration built with); the last call wins.
     *
     * @param m the mapper; not null
     * @return this builder
     * @throws NullPointerException if {@code m} is null
     */
    public Builder taskMapper(TaskMapper m) {
      this.mapper = Objects.requireNonNull(m, "m");
      return this;
    }

    /**
     * Adds a listener; each call adds one more (the same listener added twice is called twice), and listeners are
     * called in the order added.
     *
     * @param l the listener; not null
     * @return this builder
     * @throws NullPointerException if {@code l} is null
     */
    public Builder listener(RoutingListener l) {
      listeners.add(Objects.requireNonNull(l, "l"));
      return this;
    }

    /**
     * Delivers events through an executor instead of on the calling thread. Each call's events are handed over as
     * one task, in the order the calls took the engine's lock, so a single-threaded executor sees every event in order.
     * Use one when listeners call back into a component that calls the engine (such as the hub, whose
     * {@link Router} contract forbids call-backs from inside {@code submit}). The executor must not block. The last
     * call wins; without one, events are delivered on the calling thread.
     *
     * @param e the executor; not null
     * @return this builder
     * @throws NullPointerException if {@code e} is null
     */
    public Builder eventExecutor(Executor e) {
      this.eventExecutor = Objects.requireNonNull(e, "e");
      return this;
    }

    /**
     * Builds the engine.
     *
     * @return a new, empty engine
     */
    public RoutingEngine build() {
      RoutingConfig c = config != null ? config : RoutingConfig.ofDefaults();
      return new Engine(clock != null ? clock : Clock.systemUTC(), c,
          mapper != null ? mapper : TaskMapper.defaults(c), listeners, eventExecutor);
    }
  }
}
