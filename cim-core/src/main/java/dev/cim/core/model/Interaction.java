package dev.cim.core.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One conversation between a customer and the company on one channel: a call, a chat session, an email thread.
 *
 * <p>Interactions about one matter share a {@link CaseId}, across channels: a chat that continues yesterday's call
 * belongs to the call's case. An interaction moves through the lifecycle of {@link InteractionState}; its
 * {@link #history()} records every state it entered, and when. {@link #transitionTo} returns the moved copy or throws
 * {@link IllegalTransitionException}; being immutable, the interaction itself never changes.
 *
 * <p>{@code version} is the optimistic-concurrency version: {@code 0} until stored, then the store's.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the identifier; not null
 * @param customerId the customer; not null
 * @param channel the channel; not null
 * @param direction who started it; not null
 * @param topic what it is about (e.g. {@code "billing"}), if known; 1 to 256 characters; not null
 * @param priority the routing priority, {@code >= 0}; higher is more urgent
 * @param caseId the case this interaction belongs to; not null
 * @param threadRef the channel's own reference of the conversation (email thread id, chat session id), if any; not
 *     null
 * @param queue the queue it was routed to, if any; not null
 * @param assignedAgent the agent handling or last handling it, if any; not null
 * @param disposition how it ended (a wrap-up code), if set; not null
 * @param attributes the host's custom attributes; not null
 * @param state the current state, equal to the state of the last history entry; not null
 * @param history every state entered, oldest first, times never decreasing, starting with NEW; not empty
 * @param version the stored version, {@code >= 0}
 * @param createdAt when it was opened, the time of the first history entry; not null
 * @param updatedAt when it last changed, not before {@code createdAt} nor the last history entry; not null
 */
public record Interaction(
    InteractionId id,
    CustomerId customerId,
    Channel channel,
    Direction direction,
    Optional<String> topic,
    int priority,
    CaseId caseId,
    Optional<String> threadRef,
    Optional<String> queue,
    Optional<AgentId> assignedAgent,
    Optional<String> disposition,
    Attributes attributes,
    InteractionState state,
    List<StateChange> history,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * Validates and copies the arguments.
   *
   * @throws NullPointerException if an argument or a history element is null
   * @throws IllegalArgumentException if a rule of the parameters above is broken, including a history that does not
   *     start with NEW, makes an illegal move, or goes back in time
   */
  public Interaction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(topic, "topic");
    topic.ifPresent(t -> Customer.checkText("topic", t));
    if (priority < 0) {
      throw new IllegalArgumentException("priority must be >= 0, but was " + priority);
    }
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(threadRef, "threadRef");
    threadRef.ifPresent(t -> Customer.checkText("threadRef", t));
    Objects.requireNonNull(queue, "queue");
    queue.ifPresent(q -> Customer.checkText("queue", q));
    Objects.requireNonNull(assignedAgent, "assignedAgent");
    Objects.requireNonNull(disposition, "disposition");
    disposition.ifPresent(d -> Customer.checkText("disposition", d));
    Objects.requireNonNull(attributes, "attributes");
    Objects.requireNonNull(state, "state");
    history = List.copyOf(history);
    Customer.checkVersion(version);
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    checkHistory(id, state, history, createdAt, updatedAt);
  }

  private static void checkHistory(InteractionId id, InteractionState state, List<StateChange> history,
      Instant createdAt, Instant updatedAt) {
    if (history.isEmpty() || history.get(0).state() != InteractionState.NEW) {
      throw new IllegalArgumentException("history of interaction '" + id + "' must start with NEW, but was "
          + history);
    }
    if (!history.get(0).at().equals(createdAt)) {
      throw new IllegalArgumentException("history of interaction '" + id + "' must start at createdAt " + createdAt
          + ", but starts at " + history.get(0).at());
    }
    for (int i = 1; i < history.size(); i++) {
      StateChange prev = history.get(i - 1);
      StateChange cur = history.get(i);
      if (!prev.state().canMoveTo(cur.state())) {
        throw new IllegalArgumentException("history of interaction '" + id + "' moves from " + prev.state() + " to "
            + cur.state() + " at step " + i + ", which the lifecycle does not allow");
      }
      if (cur.at().isBefore(prev.at())) {
        throw new IllegalArgumentException("history of interaction '" + id + "' goes back in time at step " + i
            + ": " + cur.at() + " is before " + prev.at());
      }
    }
    StateChange last = history.get(history.size() - 1);
    if (last.state() != state) {
      throw new IllegalArgumentException("state of interaction '" + id + "' must equal the last history entry "
          + last.state() + ", but was " + state);
    }
    if (updatedAt.isBefore(last.at())) {
      throw new IllegalArgumentException("updatedAt of interaction '" + id + "' must not be before its last state "
          + "change " + last.at() + ", but was " + updatedAt);
    }
  }

  /**
   * Returns a new, never stored inbound interaction in state NEW, with priority 0 and no topic, thread, queue or agent.
   *
   * @param id the identifier; not null
   * @param customerId the customer; not null
   * @param channel the channel; not null
   * @param caseId the case; not null
   * @param at the opening time; not null
   * @return the interaction
   * @throws NullPointerException if an argument is null
   */
  public static Interaction open(InteractionId id, CustomerId customerId, Channel channel, CaseId caseId,
      Instant at) {
    return new Interaction(id, customerId, channel, Direction.INBOUND, Optional.empty(), 0, caseId, Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Attributes.empty(), InteractionState.NEW,
        List.of(new StateChange(InteractionState.NEW, at)), 0, at, at);
  }

  /**
   * Returns a copy moved to {@code target} at time {@code at}.
   *
   * @param target the state to enter; not null
   * @param at when, not before the last state change; not null
   * @return the moved copy; this interaction is unchanged
   * @throws NullPointerException if an argument is null
   * @throws IllegalTransitionException if the lifecycle does not allow moving from the current state to
   *     {@code target}
   * @throws IllegalArgumentException if {@code at} is before the last state change
   */
  public Interaction transitionTo(InteractionState target, Instant at) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(at, "at");
    if (!state.canMoveTo(target)) {
      throw new IllegalTransitionException(id, state, target);
    }
    Instant last = history.get(history.size() - 1).at();
    if (at.isBefore(last)) {
      throw new IllegalArgumentException("time of the move of interaction '" + id + "' to " + target
          + " must not be before its last state change " + last + ", but was " + at);
    }
    List<StateChange> moved = new ArrayList<>(history.size() + 1);
    moved.addAll(history);
    moved.add(new StateChange(target, at));
    Instant updated = at.isAfter(updatedAt) ? at : updatedAt;
    return new Interaction(id, customerId, channel, direction, topic, priority, caseId, threadRef, queue,
        assignedAgent, disposition, attributes, target, moved, version, createdAt, updated);
  }

  /**
   * Returns when the interaction entered its current state.
   *
   * @return the time of the last history entry
   */
  public Instant stateSince() {
    return history.get(history.size() - 1).at();
  }

  /**
   * Returns when the interaction first entered the given state.
   *
   * @param s the state; not null
   * @return the time, or empty if it never entered it
   */
  public Optional<Instant> firstEntered(InteractionState s) {
    Objects.requireNonNull(s, "s");
    for (StateChange c : history) {
      if (c.state() == s) {
        return Optional.of(c.at());
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether the interaction is still open (not in a terminal state).
   *
   * @return true while it is not RESOLVED, CLOSED or ABANDONED
   */
  public boolean isOpen() {
    return !state.isTerminal();
  }

  /**
   * Returns a copy with another direction.
   *
   * @param d the direction; not null
   * @return the copy
   */
  public Interaction withDirection(Direction d) {
    return new Interaction(id, customerId, channel, d, topic, priority, caseId, threadRef, queue, assignedAgent,
        disposition, attributes, state, history, version, createdAt, updatedAt);
  }

  /**
   * Returns a copy with another topic.
   *
   * @param t the topic, or null for none
   * @return the copy
   */
  public Interaction withTopic(String t) {
    return new Interaction(id, customerId, channel, direction, Optional.ofNullable(t), priority, caseId, threadRef,
        queue, assignedAgent, disposition, attributes, state, history, version, createdAt, updatedAt);
  }

  /**
   * Returns a copy with another priority.
   *
   * @param p the priority, {@code >= 0}
   * @return the copy
   */
  public Interaction withPriority(int p) {
    return new Interaction(id, customerId, channel, direction, topic, p, caseId, threadRef, queue, assignedAgent,
        disposition, attributes, state, history, version, createdAt, updatedAt);
  }

  /**
   * Returns a copy in another case.
   *
   * @param c the case; not null
   * @return the copy
   */
  public Interaction withCaseId(CaseId c) {
    return new Interaction(id, customerId, channel, direction, topic, priority, c, threadRef, queue, assignedAgent,
        disposition, attributes, state, history, version, createdAt, updatedAt);
  }

  /**
   * Returns a copy with another thread reference.
   *
   * @param ref the reference, or null for none
   * @return the copy
   */
  public Interaction withThreadRef(String ref) {
    return new Interaction(id, customerId, channel, direction, topic, priority, caseId, Optional.ofNullable(ref),
        queue, assignedAgent, disposition, attributes, state, history, version, createdAt, updatedAt);
  }

  /**
   * Returns a copy with another queue.
   *
   * @param q the queue, or null for none
   * @return the copy
   */
  public Interaction withQueue(String q) {
    return new Interaction(id, customerId, channel, direction, topic, priority, caseId, threadRef,
        Optional.ofNullable(q), assignedAgent, disposition, attributes, state, history, version, createdAt,
        updatedAt);
  }

  /**
   * Returns a copy with another assigned agent.
   *
   * @param agent the agent, or null for none
   * @return the copy
   */
  public Interaction withAssignedAgent(AgentId agent) {
    return new Interaction(id, customerId, channel, direction, topic, priority, caseId, threadRef, queue,
        Optional.ofNullable(agent), disposition, attributes, state, history, version, createdAt, updatedAt);
  }

  /**
   * Returns a copy with another disposition.
   *
   * @param d the disposition, or null for none
   * @return the copy
   */
  public Interaction withDisposition(String d) {
    return new Interaction(id, customerId, channel, direction, topic, priority, caseId, threadRef, queue,
        assignedAgent, Optional.ofNullable(d), attributes, state, history, version, createdAt, updatedAt);
  }

  /**
   * Returns a copy with other attributes.
   *
   * @param a the attributes; not null
   * @return the copy
   */
  public Interaction withAttributes(Attributes a) {
    return new Interaction(id, customerId, channel, direction, topic, priority, caseId, threadRef, queue,
        assignedAgent, disposition, a, state, history, version, createdAt, updatedAt);
  }

  /**
   * Returns a copy with another customer; for merging customers.
   *
   * @param c the customer; not null
   * @return the copy
   */
  public Interaction withCustomerId(CustomerId c) {
    return new Interaction(id, c, channel, direction, topic, priority, caseId, threadRef, queue, assignedAgent,
        disposition, attributes, state, history, version, createdAt, updatedAt);
  }

  /**
   * Returns a copy with another version; for stores.
   *
   * @param v the version, {@code >= 0}
   * @return the copy
   */
  public Interaction withVersion(long v) {
    return new Interaction(id, customerId, channel, direction, topic, priority, caseId, threadRef, queue,
        assignedAgent, disposition, attributes, state, history, v, createdAt, updatedAt);
  }

  /**
   * Returns a copy with another update time.
   *
   * @param at the time, not before the last state change; not null
   * @return the copy
   */
  public Interaction withUpdatedAt(Instant at) {
    return new Interaction(id, customerId, channel, direction, topic, priority, caseId, threadRef, queue,
        assignedAgent, disposition, attributes, state, history, version, createdAt, at);
  }
}
