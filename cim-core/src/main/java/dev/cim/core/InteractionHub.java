package dev.cim.core;

import dev.cim.core.bot.BotHandedOff;
import dev.cim.core.bot.BotKeys;
import dev.cim.core.bot.BotPolicy;
import dev.cim.core.bot.BotReply;
import dev.cim.core.bot.BotResolved;
import dev.cim.core.bot.BotTurn;
import dev.cim.core.event.CimEvent;
import dev.cim.core.event.CimListener;
import dev.cim.core.event.CustomerCreated;
import dev.cim.core.event.CustomerErased;
import dev.cim.core.event.InteractionOpened;
import dev.cim.core.event.InteractionStateChanged;
import dev.cim.core.event.MessageAdded;
import dev.cim.core.internal.EventBus;
import dev.cim.core.internal.StripedLocks;
import dev.cim.core.memory.InMemoryAgentStore;
import dev.cim.core.memory.InMemoryCustomerStore;
import dev.cim.core.memory.InMemoryInteractionStore;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.Attributes;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.ContactPointNormalizer;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.Message;
import dev.cim.core.model.MessageId;
import dev.cim.core.segment.SegmentStrategies;
import dev.cim.core.spi.AgentStore;
import dev.cim.core.spi.ContactPointConflictException;
import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.EntityNotFoundException;
import dev.cim.core.spi.InteractionStore;
import dev.cim.core.spi.Page;
import dev.cim.core.spi.PageRequest;
import dev.cim.core.spi.VersionConflictException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of cim: records every contact from every channel against one customer with one history, routes
 * interactions through a {@link Router}, has messages analysed by a {@link MessageAnalyzer}, and tells listeners what
 * happened.
 *
 * <pre>{@code
 * InteractionHub hub = InteractionHub.builder().build();           // in-memory stores, no routing, no analysis
 * Received call = hub.receive(InboundContact.of(Channel.VOICE, ContactPoint.phone("+14155550100"), "Bill is wrong")
 *     .withTopic("billing"));
 * Received chat = hub.receive(InboundContact.of(Channel.CHAT, ContactPoint.phone("+1 415 555 0100"), "Still wrong")
 *     .withTopic("billing"));
 * CustomerContext ctx = hub.context(call.customer().id());         // one customer, both channels, one case
 * }</pre>
 *
 * <h2>What {@code receive} does</h2>
 * <ol>
 *   <li>Resolves the customer by the contact point, or creates one. Concurrent first contacts from one new contact
 *       point create exactly one customer (serialised in-process by a lock per contact point, and across processes
 *       by the store's contact-point uniqueness, rule CS-4).
 *   <li>Continues the customer's open interaction with the same channel and thread reference, if the contact has a
 *       thread reference and one is open; otherwise opens a new interaction. A new interaction joins an existing case
 *       when the customer had an interaction within the {@linkplain Builder#caseLinkWindow case-link window} on the
 *       same topic (compared ignoring case), or, for a contact without a topic, an open interaction within the
 *       window; otherwise it opens a new case.
 *   <li>Has the message analysed, stores it, and updates the interaction's activity time.
 *   <li>Moves a new interaction to QUEUED and submits it to the router, with the customer's last agent as the
 *       preferred agent; unless a {@linkplain Builder#bots bot policy} holds it: then the bot answers first and
 *       queues it only when it hands off.
 *   <li>Publishes the events, after storing: {@code CustomerCreated}, {@code InteractionOpened},
 *       {@code MessageAdded}, {@code InteractionStateChanged}, and whatever the analyser returned.
 * </ol>
 *
 * <h2>Threads, failures, time</h2>
 * All methods are safe to call from many threads at once. Writes use the stores' optimistic versions; a write that
 * loses a race is re-read and re-applied (up to {@value #MAX_RETRIES} times). Every timestamp comes from the injected
 * {@link Clock}. A listener, analyser or router that throws is logged at WARN (without personal data) and does not
 * break the operation: the data is stored first. A store failure propagates as
 * {@link dev.cim.core.spi.StoreException}; what was stored before it stays stored, and a repeated {@code receive}
 * with the same {@linkplain InboundContact#messageId() message id} does not store the message twice.
 */
public final class InteractionHub {
  private static final Logger LOG = LoggerFactory.getLogger(InteractionHub.class);

  /** How many times a write that lost an optimistic-concurrency race is retried. */
  public static final int MAX_RETRIES = 16;

  private static final int LOOKBACK = 100;

  private final Clock clock;
  private final CustomerStore customers;
  private final InteractionStore interactions;
  private final AgentStore agents;
  private final Router router;
  private final MessageAnalyzer analyzer;
  private final EventBus events = new EventBus();
  private final Duration caseLinkWindow;
  private final int timelineLimit;
  private final Supplier<String> ids;
  private final ContactPointNormalizer normalizer;
  private final StripedLocks contactLocks = new StripedLocks(64);
  private final StripedLocks customerLocks = new StripedLocks(64);
  private final BotStep bots;
  private final SegmentStrategies segments;

  private InteractionHub(Builder b) {
    this.clock = b.clock;
    this.customers = b.customerStore != null ? b.customerStore : new InMemoryCustomerStore();
    this.interactions = b.interactionStore != null ? b.interactionStore : new InMemoryInteractionStore();
    this.agents = b.agentStore != null ? b.agentStore : new InMemoryAgentStore();
    this.router = b.router;
    this.analyzer = b.analyzer;
    this.caseLinkWindow = b.caseLinkWindow;
    this.timelineLimit = b.timelineLimit;
    this.ids = b.ids;
    this.normalizer = b.normalizer;
    this.bots = new BotStep(b.botPolicies, b.clock);
    this.segments = b.segments;
    b.listeners.forEach(events::add);
  }

  /**
   * Returns a builder with the defaults: the system UTC clock, in-memory stores, no router, no analyser, a case-link
   * window of 7 days, a timeline limit of 100, random UUIDs as ids.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  // ------------------------------------------------------------------------------------------------ inbound

  /**
   * Records an inbound contact: resolves or creates the customer, continues or opens the interaction, stores the
   * message, routes a new interaction, and publishes events (see the class documentation).
   *
   * @param contact the contact; not null
   * @return what was stored; not null
   * @throws NullPointerException if {@code contact} is null
   * @throws IllegalArgumentException if the message is too long ({@link Message#MAX_TEXT_LENGTH})
   * @throws dev.cim.core.spi.DuplicateEntityException if the contact's message id is stored with other content
   * @throws dev.cim.core.spi.StoreException if a store fails
   */
  public Received receive(InboundContact contact) {
    Objects.requireNonNull(contact, "contact");
    if (contact.text().length() > Message.MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException("text of the contact must be at most " + Message.MAX_TEXT_LENGTH
          + " characters, but was " + contact.text().length());
    }
    List<CimEvent> toPublish = new ArrayList<>();
    Customer customer = resolveCustomer(contact, toPublish);
    boolean customerCreated = !toPublish.isEmpty();

    ReentrantLock lock = customerLocks.lockFor(customer.id());
    lock.lock();
    try {
      Instant now = clock.instant();
      Interaction interaction = null;
      if (contact.threadRef().isPresent()) {
        for (Interaction open : interactions.findOpenByCustomer(customer.id())) {
          if (open.channel().equals(contact.channel()) && open.threadRef().equals(contact.threadRef())) {
            interaction = open;
            break;
          }
        }
      }
      boolean opened = interaction == null;
      boolean caseContinued = false;
      Optional<AgentId> lastAgent = Optional.empty();
      if (opened) {
        // One read of the customer's recent history serves both the case link and the preferred (last) agent.
        List<Interaction> recent = interactions.findByCustomer(customer.id(), PageRequest.first(LOOKBACK)).items();
        lastAgent = lastAgentOf(recent);
        Optional<CaseId> linked = findCaseToContinue(recent, contact, now);
        caseContinued = linked.isPresent();
        CaseId caseId = linked.orElseGet(() -> CaseId.of(ids.get()));
        Interaction fresh = Interaction.open(InteractionId.of(ids.get()), customer.id(), contact.channel(), caseId,
            now).withPriority(contact.priority());
        fresh = fresh.withTopic(contact.topic().orElse(null)).withThreadRef(contact.threadRef().orElse(null))
            .withQueue(contact.queue().orElse(null));
        interaction = interactions.create(bots.take(fresh, segments.match(customer)));
        toPublish.add(new InteractionOpened(interaction.id(), customer.id(), interaction.channel(), caseId,
            caseContinued, now));
      }
      MessageId messageId = contact.messageId().orElseGet(() -> MessageId.of(ids.get()));
      Message message = new Message(messageId, interaction.id(), AuthorRole.CUSTOMER, Optional.empty(),
          contact.text(), now, contact.attributes());
      StoredMessage stored = storeMessage(interaction, message);
      toPublish.addAll(stored.events);
      interaction = stored.interaction;
      Optional<BotPolicy> bot = bots.holding(interaction);
      List<Message> botReplies = List.of();
      if (bot.isPresent()) { // the bot answers first; it queues the interaction itself if it hands off
        BotRun run = runBot(bot.get(), interaction, customer, stored.message, toPublish);
        interaction = run.interaction();
        botReplies = run.replies();
      } else if (opened) {
        Interaction queued = updateInteraction(interaction.id(), i -> i.transitionTo(InteractionState.QUEUED, now));
        toPublish.add(stateChanged(interaction, queued, now));
        interaction = queued;
        submitToRouter(queued, customer, lastAgent);
      }
      events.publishAll(toPublish);
      return new Received(customer, interaction, stored.message, customerCreated, opened, caseContinued,
          botReplies);
    } finally {
      lock.unlock();
    }
  }

  private Customer resolveCustomer(InboundContact contact, List<CimEvent> toPublish) {
    ContactPoint from = contact.from();
    Optional<Customer> found = customers.findByContactPoint(from);
    if (found.isPresent()) {
      return found.get();
    }
    ReentrantLock lock = contactLocks.lockFor(from);
    lock.lock();
    try {
      found = customers.findByContactPoint(from);
      if (found.isPresent()) {
        return found.get();
      }
      Instant now = clock.instant();
      Customer fresh = Customer.create(CustomerId.of(ids.get()), now, from);
      if (contact.displayName().isPresent()) {
        fresh = fresh.withDisplayName(contact.displayName().get());
      }
      try {
        Customer created = customers.create(fresh);
        toPublish.add(new CustomerCreated(created.id(), contact.channel(), now));
        LOG.debug("Created customer {} on first contact via {}", created.id(), contact.channel());
        return created;
      } catch (ContactPointConflictException e) {
        // Another process created the customer between our lookup and our create: use theirs.
        return customers.findByContactPoint(from).orElseThrow(() -> e);
      }
    } finally {
      lock.unlock();
    }
  }

  private Optional<CaseId> findCaseToContinue(List<Interaction> recent, InboundContact contact, Instant now) {
    Instant cutoff = now.minus(caseLinkWindow);
    for (Interaction i : recent) {
      if (i.updatedAt().isBefore(cutoff)) {
        continue;
      }
      if (contact.topic().isPresent()) {
        if (i.topic().isPresent() && i.topic().get().equalsIgnoreCase(contact.topic().get())) {
          return Optional.of(i.caseId());
        }
      } else if (i.isOpen()) {
        return Optional.of(i.caseId());
      }
    }
    return Optional.empty();
  }

  private record StoredMessage(Message message, Interaction interaction, List<CimEvent> events) {}

  private StoredMessage storeMessage(Interaction interaction, Message message) {
    MessageAnalyzer.Analysis analysis = MessageAnalyzer.Analysis.NONE;
    try {
      analysis = Objects.requireNonNull(analyzer.analyze(interaction, message), "analysis");
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable t) {
      LOG.warn("Message analyzer {} failed on message {} of interaction {}; storing it without analysis",
          analyzer.getClass().getName(), message.id(), interaction.id(), t);
    }
    Message toStore = analysis.attributes().isEmpty() ? message
        : message.withAttributes(message.attributes().withAll(analysis.attributes()));
    Message stored = interactions.appendMessage(toStore);
    Instant at = stored.sentAt();
    Interaction touched = updateInteraction(interaction.id(),
        i -> i.updatedAt().isBefore(at) ? i.withUpdatedAt(at) : i);
    List<CimEvent> out = new ArrayList<>(1 + analysis.events().size());
    out.add(new MessageAdded(stored.id(), interaction.id(), interaction.customerId(), interaction.channel(),
        stored.role(), at));
    out.addAll(analysis.events());
    return new StoredMessage(stored, touched, out);
  }

  /**
   * Records a message on an open interaction: an agent's reply, a bot's answer, a system notice, a supervisor's
   * whisper, or a customer's follow-up. It is analysed and stored like an inbound message, and a
   * {@code MessageAdded} event (and the analyser's events) published.
   *
   * @param interactionId the interaction; not null
   * @param role who wrote it; not null
   * @param authorId the author's id (an agent id, a bot's name), or null if unknown
   * @param text the text; not null
   * @return the stored message
   * @throws NullPointerException if {@code interactionId}, {@code role} or {@code text} is null
   * @throws EntityNotFoundException if the interaction does not exist
   * @throws IllegalStateException if the interaction is closed (in a terminal state)
   * @throws IllegalArgumentException if the text is too long
   */
  public Message addMessage(InteractionId interactionId, AuthorRole role, String authorId, String text) {
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(text, "text");
    Interaction interaction = requireInteraction(interactionId);
    ReentrantLock lock = customerLocks.lockFor(interaction.customerId());
    lock.lock();
    try {
      interaction = requireInteraction(interactionId);
      if (!interaction.isOpen()) {
        throw new IllegalStateException("interaction '" + interactionId + "' is " + interaction.state()
            + " and takes no more messages");
      }
      Message message = new Message(MessageId.of(ids.get()), interactionId, role, Optional.ofNullable(authorId), text,
          clock.instant(), Attributes.empty());
      StoredMessage stored = storeMessage(interaction, message);
      events.publishAll(stored.events);
      return stored.message;
    } finally {
      lock.unlock();
    }
  }

  // ------------------------------------------------------------------------------------------------ lifecycle

  /**
   * Records that an interaction was offered to an agent (QUEUED or TRANSFERRED to OFFERED); called by a router.
   *
   * @param interactionId the interaction; not null
   * @param agentId the agent; not null
   * @return the stored interaction
   * @throws NullPointerException if an argument is null
   * @throws EntityNotFoundException if the interaction or the agent does not exist
   * @throws dev.cim.core.model.IllegalTransitionException if the interaction cannot be offered in its state
   */
  public Interaction offer(InteractionId interactionId, AgentId agentId) {
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(agentId, "agentId");
    requireAgent(agentId);
    return move(interactionId, InteractionState.OFFERED, i -> i.withAssignedAgent(agentId));
  }

  /**
   * Records that an agent took an interaction (to ACTIVE, with the agent assigned); called by a router when an offer
   * is accepted, or by the host for a direct assignment.
   *
   * @param interactionId the interaction; not null
   * @param agentId the agent; not null
   * @return the stored interaction
   * @throws NullPointerException if an argument is null
   * @throws EntityNotFoundException if the interaction or the agent does not exist
   * @throws dev.cim.core.model.IllegalTransitionException if the interaction cannot become ACTIVE in its state
   */
  public Interaction assign(InteractionId interactionId, AgentId agentId) {
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(agentId, "agentId");
    requireAgent(agentId);
    return move(interactionId, InteractionState.ACTIVE, i -> i.withAssignedAgent(agentId));
  }

  /**
   * Returns an offered interaction to its queue (OFFERED to QUEUED), after the agent rejected the offer or let it time
   * out; called by a router, which keeps the task itself. The router is not called.
   *
   * @param interactionId the interaction; not null
   * @return the stored interaction
   * @throws NullPointerException if {@code interactionId} is null
   * @throws EntityNotFoundException if the interaction does not exist
   * @throws dev.cim.core.model.IllegalTransitionException if the interaction is not OFFERED
   */
  public Interaction requeue(InteractionId interactionId) {
    return move(interactionId, InteractionState.QUEUED, UnaryOperator.identity());
  }

  /**
   * Moves an interaction to another state of its lifecycle. Prefer the specific methods ({@link #assign},
   * {@link #resolve}, ...), which also keep the router informed; this one does not call the router.
   *
   * @param interactionId the interaction; not null
   * @param target the state to enter; not null
   * @return the stored interaction
   * @throws NullPointerException if an argument is null
   * @throws EntityNotFoundException if the interaction does not exist
   * @throws dev.cim.core.model.IllegalTransitionException if the lifecycle does not allow the move; nothing changes
   */
  public Interaction transition(InteractionId interactionId, InteractionState target) {
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(target, "target");
    return move(interactionId, target, UnaryOperator.identity());
  }

  /**
   * Ends the conversation and starts the agent's after-contact work (to WRAP_UP).
   *
   * @param interactionId the interaction; not null
   * @return the stored interaction
   * @throws NullPointerException if {@code interactionId} is null
   * @throws EntityNotFoundException if the interaction does not exist
   * @throws dev.cim.core.model.IllegalTransitionException if it is not ACTIVE or HELD
   */
  public Interaction wrapUp(InteractionId interactionId) {
    return move(interactionId, InteractionState.WRAP_UP, UnaryOperator.identity());
  }

  /**
   * Marks an interaction resolved, with a disposition (a wrap-up code).
   *
   * @param interactionId the interaction; not null
   * @param disposition how it ended, e.g. {@code "refund-issued"}; not null
   * @return the stored interaction
   * @throws NullPointerException if an argument is null
   * @throws EntityNotFoundException if the interaction does not exist
   * @throws dev.cim.core.model.IllegalTransitionException if it cannot be resolved in its state
   */
  public Interaction resolve(InteractionId interactionId, String disposition) {
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(disposition, "disposition");
    return move(interactionId, InteractionState.RESOLVED, i -> i.withDisposition(disposition));
  }

  /**
   * Ends an interaction without resolution (follow-up needed, spam, duplicate), with a disposition. If it was still
   * waiting for an agent, the router is told to cancel it.
   *
   * @param interactionId the interaction; not null
   * @param disposition why, e.g. {@code "follow-up"}; not null
   * @return the stored interaction
   * @throws NullPointerException if an argument is null
   * @throws EntityNotFoundException if the interaction does not exist
   * @throws dev.cim.core.model.IllegalTransitionException if it is already in a terminal state
   */
  public Interaction close(InteractionId interactionId, String disposition) {
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(disposition, "disposition");
    return move(interactionId, InteractionState.CLOSED, i -> i.withDisposition(disposition));
  }

  /**
   * Records that the customer left before an agent handled the interaction (to ABANDONED); the router is told to
   * cancel it.
   *
   * @param interactionId the interaction; not null
   * @return the stored interaction
   * @throws NullPointerException if {@code interactionId} is null
   * @throws EntityNotFoundException if the interaction does not exist
   * @throws dev.cim.core.model.IllegalTransitionException if it cannot be abandoned in its state
   */
  public Interaction abandon(InteractionId interactionId) {
    return move(interactionId, InteractionState.ABANDONED, UnaryOperator.identity());
  }

  /**
   * Transfers an interaction an agent holds to another queue: TRANSFERRED, then QUEUED in {@code queue}, and
   * submitted to the router again (without a preferred agent).
   *
   * @param interactionId the interaction; not null
   * @param queue the queue to transfer to; not null
   * @return the stored interaction, QUEUED
   * @throws NullPointerException if an argument is null
   * @throws EntityNotFoundException if the interaction does not exist
   * @throws dev.cim.core.model.IllegalTransitionException if it is not ACTIVE, HELD or QUEUED
   */
  public Interaction transfer(InteractionId interactionId, String queue) {
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(interactionId, "interactionId");
    boolean wasWaiting = !requireInteraction(interactionId).state().isWithAgent();
    Interaction transferred = move(interactionId, InteractionState.TRANSFERRED, i -> i.withQueue(queue));
    if (wasWaiting) {
      cancelInRouter(interactionId);
    }
    Interaction queued = move(interactionId, InteractionState.QUEUED, i -> i.withAssignedAgent(null));
    Customer customer = customers.findById(queued.customerId())
        .orElseThrow(() -> new EntityNotFoundException("customer", queued.customerId().value()));
    LOG.debug("Transferred interaction {} from {} to queue", transferred.id(), transferred.assignedAgent());
    submitToRouter(queued, customer, Optional.empty());
    return queued;
  }

  private Interaction move(InteractionId interactionId, InteractionState target, UnaryOperator<Interaction> also) {
    Objects.requireNonNull(interactionId, "interactionId");
    Instant now = clock.instant();
    Interaction before = requireInteraction(interactionId);
    Interaction[] previous = new Interaction[1];
    Interaction after = updateInteraction(interactionId, i -> {
      previous[0] = i;
      return also.apply(i.transitionTo(target, now));
    });
    Interaction from = previous[0] != null ? previous[0] : before;
    events.publish(stateChanged(from, after, now));
    if (target.isTerminal() && !from.state().isWithAgent()) {
      cancelInRouter(interactionId);
    }
    return after;
  }

  private static InteractionStateChanged stateChanged(Interaction from, Interaction to, Instant at) {
    return new InteractionStateChanged(to.id(), to.customerId(), to.channel(), from.state(), to.state(),
        to.assignedAgent(), at);
  }

  private void submitToRouter(Interaction queued, Customer customer, Optional<AgentId> lastAgent) {
    try {
      router.submit(new Router.RoutingRequest(queued, customer, lastAgent,
          queued.attributes().get(SegmentStrategies.PRIORITY_REASON)));
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable t) {
      LOG.warn("Router {} failed to accept interaction {}; it stays QUEUED in the store",
          router.getClass().getName(), queued.id(), t);
    }
  }

  private void cancelInRouter(InteractionId id) {
    try {
      router.cancel(id);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable t) {
      LOG.warn("Router {} failed to cancel interaction {}", router.getClass().getName(), id, t);
    }
  }

  private Interaction updateInteraction(InteractionId id, UnaryOperator<Interaction> change) {
    VersionConflictException last = null;
    for (int attempt = 0; attempt < MAX_RETRIES; attempt++) {
      Interaction current = requireInteraction(id);
      Interaction changed = change.apply(current);
      if (changed.equals(current)) {
        return current;
      }
      try {
        return interactions.update(changed);
      } catch (VersionConflictException e) {
        last = e;
      }
    }
    throw last;
  }

  private Interaction requireInteraction(InteractionId id) {
    return interactions.findById(id).orElseThrow(() -> new EntityNotFoundException("interaction", id.value()));
  }

  private void requireAgent(AgentId id) {
    if (agents.findById(id).isEmpty()) {
      throw new EntityNotFoundException("agent", id.value());
    }
  }

  // ------------------------------------------------------------------------------------------------ bots (#10)

  private record BotRun(Interaction interaction, List<Message> replies) {}

  /**
   * Runs the bot that holds an interaction on a stored customer message: stores its text as a BOT message, and on
   * RESOLVE resolves the interaction, on HAND_OFF (its own, or after a failure or overrun) records what it learned and
   * queues the interaction for routing. Called under the customer's lock.
   */
  private BotRun runBot(BotPolicy policy, Interaction interaction, Customer customer, Message message,
      List<CimEvent> toPublish) {
    List<Message> conversation = interactions.findMessages(interaction.id(), PageRequest.first(PageRequest.MAX_SIZE))
        .items();
    BotReply reply = bots.decide(policy, new BotTurn(interaction, customer, message, conversation));
    List<Message> replies = new ArrayList<>(1);
    if (reply.text().isPresent()) {
      Message said = new Message(MessageId.of(ids.get()), interaction.id(), AuthorRole.BOT,
          Optional.of(policy.name()), reply.text().get(), clock.instant(), Attributes.empty());
      StoredMessage stored = storeMessage(interaction, said);
      toPublish.addAll(stored.events);
      replies.add(stored.message);
      interaction = stored.interaction;
    }
    Instant now = clock.instant();
    if (reply.kind() == BotReply.Kind.RESOLVE) {
      Interaction before = interaction;
      Interaction resolved = updateInteraction(interaction.id(), i -> i.transitionTo(InteractionState.RESOLVED, now)
          .withDisposition(reply.disposition().orElseThrow())
          .withAttributes(i.attributes().with(BotKeys.OUTCOME, BotKeys.OUTCOME_RESOLVED)));
      toPublish.add(new BotResolved(resolved.id(), resolved.customerId(), resolved.channel(), policy.name(), now));
      toPublish.add(stateChanged(before, resolved, now));
      return new BotRun(resolved, replies);
    }
    if (reply.kind() == BotReply.Kind.HAND_OFF) {
      Interaction before = interaction;
      Interaction queued = updateInteraction(interaction.id(),
          i -> BotStep.withHandOff(i, reply, now).transitionTo(InteractionState.QUEUED, now));
      toPublish.add(new BotHandedOff(queued.id(), queued.customerId(), queued.channel(), policy.name(),
          reply.reason().orElseThrow(), reply.topic(), now));
      toPublish.add(stateChanged(before, queued, now));
      List<Interaction> recent = interactions.findByCustomer(customer.id(), PageRequest.first(LOOKBACK)).items();
      submitToRouter(queued, customer, lastAgentOf(recent));
      return new BotRun(queued, replies);
    }
    return new BotRun(interaction, replies);
  }

  // ------------------------------------------------------------------------------------------------ reading

  /**
   * Returns what an agent needs about a customer: the profile, the unified timeline across every channel (the
   * newest messages, up to the timeline limit), the recent interactions, the open cases with all their interactions
   * across channels, the last agent, and the channels used.
   *
   * @param customerId the customer; not null
   * @return the context, a snapshot
   * @throws NullPointerException if {@code customerId} is null
   * @throws EntityNotFoundException if the customer does not exist
   */
  public CustomerContext context(CustomerId customerId) {
    Objects.requireNonNull(customerId, "customerId");
    Customer customer = customers.findById(customerId)
        .orElseThrow(() -> new EntityNotFoundException("customer", customerId.value()));
    List<Interaction> recent = interactions.findByCustomer(customerId, PageRequest.first(LOOKBACK)).items();
    Map<InteractionId, Interaction> byId = new HashMap<>();
    recent.forEach(i -> byId.put(i.id(), i));
    List<TimelineEntry> timeline = new ArrayList<>();
    for (Message m : interactions.timeline(customerId, PageRequest.first(timelineLimit)).items()) {
      Interaction i = byId.computeIfAbsent(m.interactionId(), id -> interactions.findById(id).orElse(null));
      if (i != null) {
        timeline.add(TimelineEntry.of(m, i.channel(), i.caseId()));
      }
    }
    Map<CaseId, Instant> openCaseIds = new LinkedHashMap<>();
    for (Interaction i : interactions.findOpenByCustomer(customerId)) {
      openCaseIds.putIfAbsent(i.caseId(), i.updatedAt());
    }
    List<CaseView> openCases = new ArrayList<>();
    for (CaseId caseId : openCaseIds.keySet()) {
      List<Interaction> ofCase = interactions.findByCase(caseId);
      if (!ofCase.isEmpty()) {
        openCases.add(CaseView.of(caseId, ofCase));
      }
    }
    openCases.sort(Comparator.comparing(CaseView::lastActivity).reversed());
    Set<dev.cim.core.model.Channel> channels = new LinkedHashSet<>();
    recent.forEach(i -> channels.add(i.channel()));
    return new CustomerContext(customer, timeline, recent, openCases, lastAgentOf(recent), channels);
  }

  /**
   * Returns one page of a customer's unified timeline, newest first, for scrolling back beyond
   * {@link #context}.
   *
   * @param customerId the customer; not null
   * @param page the page wanted; not null
   * @return the page
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the cursor is not valid
   */
  public Page<TimelineEntry> timeline(CustomerId customerId, PageRequest page) {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(page, "page");
    Page<Message> messages = interactions.timeline(customerId, page);
    Map<InteractionId, Optional<Interaction>> cache = new HashMap<>();
    List<TimelineEntry> entries = new ArrayList<>(messages.items().size());
    for (Message m : messages.items()) {
      cache.computeIfAbsent(m.interactionId(), interactions::findById)
          .ifPresent(i -> entries.add(TimelineEntry.of(m, i.channel(), i.caseId())));
    }
    return new Page<>(entries, messages.nextCursor());
  }

  /**
   * Finds the customer that holds a contact point.
   *
   * @param contactPoint the contact point; not null
   * @return the customer, or empty
   * @throws NullPointerException if {@code contactPoint} is null
   */
  public Optional<Customer> findCustomer(ContactPoint contactPoint) {
    return customers.findByContactPoint(Objects.requireNonNull(contactPoint, "contactPoint"));
  }

  /**
   * Finds an interaction.
   *
   * @param interactionId the interaction; not null
   * @return the interaction, or empty
   * @throws NullPointerException if {@code interactionId} is null
   */
  public Optional<Interaction> findInteraction(InteractionId interactionId) {
    return interactions.findById(Objects.requireNonNull(interactionId, "interactionId"));
  }

  private static Optional<AgentId> lastAgentOf(List<Interaction> newestFirst) {
    for (Interaction i : newestFirst) {
      if (i.assignedAgent().isPresent() && i.firstEntered(InteractionState.ACTIVE).isPresent()) {
        return i.assignedAgent();
      }
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------------------------------------ erasure

  /**
   * Erases a customer and everything that belongs to them: open interactions are cancelled in the router, then every
   * interaction and message and the customer itself are removed, and a {@code CustomerErased} event is published.
   * Idempotent: erasing an unknown or already erased customer removes nothing and returns zeros.
   *
   * @param customerId the customer; not null
   * @return what was removed
   * @throws NullPointerException if {@code customerId} is null
   */
  public CustomerErased erase(CustomerId customerId) {
    Objects.requireNonNull(customerId, "customerId");
    ReentrantLock lock = customerLocks.lockFor(customerId);
    lock.lock();
    try {
      for (Interaction open : interactions.findOpenByCustomer(customerId)) {
        if (!open.state().isWithAgent()) {
          cancelInRouter(open.id());
        }
      }
      InteractionStore.ErasedCount count = interactions.eraseCustomer(customerId);
      customers.erase(customerId);
      CustomerErased event = new CustomerErased(customerId, count.interactions(), count.messages(), clock.instant());
      events.publish(event);
      return event;
    } finally {
      lock.unlock();
    }
  }

  // ------------------------------------------------------------------------------------------------ plumbing

  /**
   * Adds a listener; it receives events raised from now on.
   *
   * @param listener the listener; not null
   */
  public void addListener(CimListener listener) {
    events.add(listener);
  }

  /**
   * Removes a listener.
   *
   * @param listener the listener; not null
   * @return true if it was registered
   */
  public boolean removeListener(CimListener listener) {
    return events.remove(listener);
  }

  /**
   * Returns how many times a listener has thrown since the hub was built.
   *
   * @return the count
   */
  public long listenerFailures() {
    return events.failures();
  }

  /**
   * Returns the normaliser configured for this hub, for turning raw input (such as national phone numbers) into
   * contact points.
   *
   * @return the normaliser
   */
  public ContactPointNormalizer contactPoints() {
    return normalizer;
  }

  /**
   * Returns the customer store the hub uses.
   *
   * @return the store
   */
  public CustomerStore customerStore() {
    return customers;
  }

  /**
   * Returns the interaction store the hub uses.
   *
   * @return the store
   */
  public InteractionStore interactionStore() {
    return interactions;
  }

  /**
   * Returns the agent store the hub uses; agents must be stored there before they can be offered or assigned
   * interactions.
   *
   * @return the store
   */
  public AgentStore agentStore() {
    return agents;
  }

  /**
   * Returns the clock the hub stamps everything with.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Builds an {@link InteractionHub}. Every setter validates its argument; a store, router or analyser may be set only
   * once. Not thread-safe; the hub it builds is.
   */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private CustomerStore customerStore;
    private InteractionStore interactionStore;
    private AgentStore agentStore;
    private Router router = Router.NOOP;
    private MessageAnalyzer analyzer = MessageAnalyzer.NOOP;
    private final List<CimListener> listeners = new ArrayList<>();
    private Duration caseLinkWindow = Duration.ofDays(7);
    private int timelineLimit = 100;
    private Supplier<String> ids = () -> UUID.randomUUID().toString();
    private ContactPointNormalizer normalizer = ContactPointNormalizer.DEFAULT;
    private final List<BotPolicy> botPolicies = new ArrayList<>();
    private SegmentStrategies segments = SegmentStrategies.NONE;

    private Builder() {}

    /**
     * Sets the segment strategies (default: {@link SegmentStrategies#NONE}). When {@code receive} opens an
     * interaction, the customer's segment (the first whose rule matches the stored customer) is applied in this one
     * place: priority (unless the contact's is higher), queue (unless the contact names one), the segment and SLA
     * policy attributes, and the bot policy; the router gets {@code "priority P because segment S"} as
     * {@link Router.RoutingRequest#priorityReason()}. A segment that names a bot policy needs it added with
     * {@link #bots}; {@link #build()} checks.
     *
     * @param s the strategies; not null
     * @return this builder
     * @throws NullPointerException if {@code s} is null
     * @throws IllegalStateException if they were already set
     * @since 0.1.0
     */
    public Builder segments(SegmentStrategies s) {
      Objects.requireNonNull(s, "segments");
      if (segments != SegmentStrategies.NONE) {
        throw new IllegalStateException("segments was already set to " + segments.segments());
      }
      this.segments = s;
      return this;
    }

    /**
     * Adds bot policies (default: none, every interaction goes straight to routing). For a new interaction the hub
     * takes the policy its customer's segment names, none if the segment never uses bots, else the first policy, in
     * the order added, that {@linkplain BotPolicy#appliesTo applies} to its channel and topic, and marks the
     * interaction with it ({@link BotKeys#POLICY}). While the bot holds the interaction it stays
     * NEW and is not routed; every customer message on it (continued through its thread reference) is stored first
     * and then given to the bot; the bot's text is stored as a {@link AuthorRole#BOT} message (and returned in
     * {@link Received#botReplies()}), so the agent's {@link InteractionHub#context context} shows the whole bot
     * conversation. RESOLVE resolves the interaction (a {@link BotResolved} event); HAND_OFF, a throwing bot or one
     * over its time budget by the hub's clock records the reason, topic and fields as attributes ({@link BotKeys}),
     * moves the interaction to QUEUED and submits it to the router (a {@link BotHandedOff} event).
     *
     * @param policies the policies; not null, no null elements; names unique across all calls
     * @return this builder
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if a policy's name was already added
     * @since 0.1.0
     */
    public Builder bots(BotPolicy... policies) {
      List<BotPolicy> all = new ArrayList<>(botPolicies);
      for (BotPolicy p : policies) {
        all.add(Objects.requireNonNull(p, "policy"));
      }
      new BotStep(all, clock); // validates unique names before anything changes
      botPolicies.clear();
      botPolicies.addAll(all);
      return this;
    }

    /**
     * Sets the clock for every timestamp (default: {@link Clock#systemUTC()}).
     *
     * @param c the clock; not null
     * @return this builder
     */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c, "clock");
      return this;
    }

    /**
     * Sets the customer store (default: a new {@link InMemoryCustomerStore}).
     *
     * @param store the store; not null
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder customerStore(CustomerStore store) {
      Objects.requireNonNull(store, "store");
      if (customerStore != null) {
        throw new IllegalStateException("customerStore was already set to " + customerStore);
      }
      this.customerStore = store;
      return this;
    }

    /**
     * Sets the interaction store (default: a new {@link InMemoryInteractionStore}).
     *
     * @param store the store; not null
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder interactionStore(InteractionStore store) {
      Objects.requireNonNull(store, "store");
      if (interactionStore != null) {
        throw new IllegalStateException("interactionStore was already set to " + interactionStore);
      }
      this.interactionStore = store;
      return this;
    }

    /**
     * Sets the agent store (default: a new {@link InMemoryAgentStore}).
     *
     * @param store the store; not null
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder agentStore(AgentStore store) {
      Objects.requireNonNull(store, "store");
      if (agentStore != null) {
        throw new IllegalStateException("agentStore was already set to " + agentStore);
      }
      this.agentStore = store;
      return this;
    }

    /**
     * Sets the router (default: {@link Router#NOOP}).
     *
     * @param r the router; not null
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder router(Router r) {
      Objects.requireNonNull(r, "router");
      if (router != Router.NOOP) {
        throw new IllegalStateException("router was already set to " + router);
      }
      this.router = r;
      return this;
    }

    /**
     * Sets the message analyser (default: {@link MessageAnalyzer#NOOP}).
     *
     * @param a the analyser; not null
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder messageAnalyzer(MessageAnalyzer a) {
      Objects.requireNonNull(a, "messageAnalyzer");
      if (analyzer != MessageAnalyzer.NOOP) {
        throw new IllegalStateException("messageAnalyzer was already set to " + analyzer);
      }
      this.analyzer = a;
      return this;
    }

    /**
     * Adds a listener.
     *
     * @param listener the listener; not null
     * @return this builder
     */
    public Builder listener(CimListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Sets how long after a customer's last activity on a matter a new contact joins that matter's case (default: 7
     * days).
     *
     * @param window the window, positive; not null
     * @return this builder
     * @throws IllegalArgumentException if the window is zero or negative
     */
    public Builder caseLinkWindow(Duration window) {
      Objects.requireNonNull(window, "window");
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("caseLinkWindow must be positive, but was " + window);
      }
      this.caseLinkWindow = window;
      return this;
    }

    /**
     * Sets how many of the newest messages {@link InteractionHub#context} includes (default: 100).
     *
     * @param limit 1 to {@link PageRequest#MAX_SIZE}
     * @return this builder
     * @throws IllegalArgumentException if the limit is out of range
     */
    public Builder timelineLimit(int limit) {
      if (limit < 1 || limit > PageRequest.MAX_SIZE) {
        throw new IllegalArgumentException("timelineLimit must be between 1 and " + PageRequest.MAX_SIZE
            + ", but was " + limit);
      }
      this.timelineLimit = limit;
      return this;
    }

    /**
     * Sets the source of new ids for customers, interactions, cases and messages (default: random UUIDs). Each call
     * must return a new valid id; a deterministic source makes tests and simulations repeatable.
     *
     * @param idSource the source; not null
     * @return this builder
     */
    public Builder ids(Supplier<String> idSource) {
      this.ids = Objects.requireNonNull(idSource, "idSource");
      return this;
    }

    /**
     * Sets the normaliser returned by {@link InteractionHub#contactPoints()} (default: no default calling code).
     *
     * @param n the normaliser; not null
     * @return this builder
     */
    public Builder contactPointNormalizer(ContactPointNormalizer n) {
      this.normalizer = Objects.requireNonNull(n, "contactPointNormalizer");
      return this;
    }

    /**
     * Builds the hub.
     *
     * @return the hub
     * @throws IllegalStateException if a segment names a bot policy that was not added with {@link #bots}
     */
    public InteractionHub build() {
      new BotStep(botPolicies, clock).check(segments);
      return new InteractionHub(this);
    }
  }
}
