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
import dev.cim.core.event.SupervisorBargedIn;
import dev.cim.core.identity.Evidence;
import dev.cim.core.identity.IdentityConflictException;
import dev.cim.core.identity.IdentityResolver;
import dev.cim.core.identity.LinkConflict;
import dev.cim.core.identity.Match;
import dev.cim.core.identity.MergeId;
import dev.cim.core.identity.MergeOptions;
import dev.cim.core.identity.MergeRecord;
import dev.cim.core.identity.ObservedContactPoint;
import dev.cim.core.identity.Resolution;
import dev.cim.core.internal.CustomerMerger;
import dev.cim.core.internal.EventBus;
import dev.cim.core.internal.StripedLocks;
import dev.cim.core.json.CustomerExportJson;
import dev.cim.core.memory.InMemoryAgentStore;
import dev.cim.core.memory.InMemoryConsentStore;
import dev.cim.core.memory.InMemoryCustomerStore;
import dev.cim.core.memory.InMemoryInteractionStore;
import dev.cim.core.memory.InMemoryMergeStore;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.Attributes;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.ContactPointNormalizer;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Direction;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.Message;
import dev.cim.core.model.MessageId;
import dev.cim.core.privacy.ConsentEntry;
import dev.cim.core.privacy.ConsentRequiredException;
import dev.cim.core.privacy.ConsentStatus;
import dev.cim.core.privacy.CustomerExport;
import dev.cim.core.privacy.ErasureParticipant;
import dev.cim.core.privacy.ErasureReceipt;
import dev.cim.core.privacy.MessageRedaction;
import dev.cim.core.segment.SegmentStrategies;
import dev.cim.core.spi.AgentStore;
import dev.cim.core.spi.ConsentStore;
import dev.cim.core.spi.ContactPointConflictException;
import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.EntityNotFoundException;
import dev.cim.core.spi.InteractionStore;
import dev.cim.core.spi.MergeStore;
import dev.cim.core.spi.Page;
import dev.cim.core.spi.PageRequest;
import dev.cim.core.spi.VersionConflictException;
import dev.cim.core.supervision.SlaPolicies;
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
import java.util.concurrent.locks.ReentrantReadWriteLock;
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
 *   <li>Resolves the customer through the {@link IdentityResolver} (by the contact point and any further observed
 *       ones; see {@link #identify}), or creates one. Concurrent first contacts from one new contact
 *       point create exactly one customer (serialised in-process by a lock per contact point, and across processes
 *       by the store's contact-point uniqueness, rule CS-4).
 *   <li>Continues the customer's open interaction with the same channel and thread reference, if the contact has a
 *       thread reference and one is open; otherwise opens a new interaction. A new interaction joins an existing case
 *       when the customer had an interaction within the {@linkplain Builder#caseLinkWindow case-link window} on the
 *       same topic (compared ignoring case), or, for a contact without a topic, an open interaction within the
 *       window; otherwise it opens a new case.
 *   <li>Has the message redacted (if {@linkplain Builder#redaction redaction} is configured; before anything is
 *       stored) and analysed, stores it, and updates the interaction's activity time.
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
  private final MergeStore merges;
  private final IdentityResolver resolver;
  private final CustomerMerger merger;
  /** Shared by receive, exclusive for merge, unmerge and link: identity changes never interleave with a receive. */
  private final ReentrantReadWriteLock identityLock = new ReentrantReadWriteLock();
  private final ConsentStore consents;
  private final MessageRedaction redaction;
  private final List<ErasureParticipant> erasureParticipants;
  private final BotStep bots;
  private final SegmentStrategies segments;
  private final Optional<SlaPolicies> slaPolicies;

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
    this.merges = b.mergeStore != null ? b.mergeStore : new InMemoryMergeStore();
    this.resolver = b.resolver;
    this.merger = new CustomerMerger(customers, interactions, merges, clock, ids);
    this.consents = b.consentStore != null ? b.consentStore : new InMemoryConsentStore();
    this.redaction = b.redaction;
    this.erasureParticipants = List.copyOf(b.erasureParticipants);
    this.bots = new BotStep(b.botPolicies, b.clock);
    this.segments = b.segments;
    this.slaPolicies = Optional.ofNullable(b.slaPolicies);
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
    identityLock.readLock().lock();
    try {
      return receiveResolved(contact);
    } finally {
      identityLock.readLock().unlock();
    }
  }

  private Received receiveResolved(InboundContact contact) {
    MessageRedaction.Redacted redacted = redact(contact.channel(), contact.text());
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
        interaction = interactions.create(withSla(bots.take(fresh, segments.match(customer)), customer));
        toPublish.add(new InteractionOpened(interaction.id(), customer.id(), interaction.channel(), caseId,
            caseContinued, now));
      }
      MessageId messageId = contact.messageId().orElseGet(() -> MessageId.of(ids.get()));
      Message message = redacted.applyTo(new Message(messageId, interaction.id(), AuthorRole.CUSTOMER,
          Optional.empty(), contact.text(), now, contact.attributes()));
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
    Optional<Customer> found = identifyOrRefuse(contact);
    if (found.isPresent()) {
      return found.get();
    }
    ReentrantLock lock = contactLocks.lockFor(from);
    lock.lock();
    try {
      found = identifyOrRefuse(contact);
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

  /** The customer the resolver matches, or empty for a new one; throws on a refused conflict. */
  private Optional<Customer> identifyOrRefuse(InboundContact contact) {
    Resolution r = identify(contact);
    if (r.match().isEmpty() && r.isConflict()) {
      throw new IdentityConflictException(r);
    }
    if (r.isConflict()) {
      LOG.debug("Contact matched customer {} by rule {} over {} other candidates", r.match().get().customer().id(),
          r.match().get().rule(), r.candidates().size() - 1);
    }
    return r.match().map(Match::customer);
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

  /** Redacts a text for its channel before anything is stored; the analyser then sees the redacted text. */
  private MessageRedaction.Redacted redact(dev.cim.core.model.Channel channel, String text) {
    return redaction == null ? new MessageRedaction.Redacted(text, Optional.empty())
        : redaction.redact(channel, text);
  }

  private StoredMessage storeMessage(Interaction interaction, Message message) {
    MessageAnalyzer.Analysis analysis = MessageAnalyzer.Analysis.NONE;
    try {
      analysis = Objects.requireNonNull(analyzer.analyze(interaction, message), "analysis");
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable t) {
      // The exception's message is the host's and may quote the text: its class only above DEBUG.
      LOG.warn("Message analyzer {} failed on message {} of interaction {} with {}; storing it without analysis",
          analyzer.getClass().getName(), message.id(), interaction.id(), t.getClass().getName());
      LOG.debug("Message analyzer {} failed", analyzer.getClass().getName(), t);
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
      Message message = redact(interaction.channel(), text).applyTo(new Message(MessageId.of(ids.get()),
          interactionId, role, Optional.ofNullable(authorId), text, clock.instant(), Attributes.empty()));
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
      LOG.warn("Router {} failed to accept interaction {} with {}; it stays QUEUED in the store",
          router.getClass().getName(), queued.id(), t.getClass().getName());
      LOG.debug("Router {} failed", router.getClass().getName(), t);
    }
  }

  private void cancelInRouter(InteractionId id) {
    try {
      router.cancel(id);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable t) {
      LOG.warn("Router {} failed to cancel interaction {} with {}", router.getClass().getName(), id,
          t.getClass().getName());
      LOG.debug("Router {} failed", router.getClass().getName(), t);
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

  /** Records the SLA policy that applies to a new interaction ({@link SlaPolicies#APPLIED}), if any. */
  private Interaction withSla(Interaction fresh, Customer customer) {
    if (slaPolicies.isEmpty()) {
      return fresh;
    }
    return slaPolicies.get().forInteraction(fresh, customer.segment())
        .map(p -> fresh.withAttributes(fresh.attributes().with(SlaPolicies.APPLIED, p.name()))).orElse(fresh);
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
      String text = reply.text().get();
      Message said = redact(interaction.channel(), text).applyTo(new Message(MessageId.of(ids.get()),
          interaction.id(), AuthorRole.BOT, Optional.of(policy.name()), text, clock.instant(), Attributes.empty()));
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
   * across channels, the last agent, and the channels used. It is agent-facing: the timeline includes supervisors'
   * whispers; never show it to the customer (use {@link #customerTranscript}).
   *
   * <p>A merged-away customer id resolves to its survivor. Each open case carries its whole conversation: the
   * messages of all its interactions across channels, oldest first, and the agents who handled it or wrote in it.
   *
   * @param requestedId the customer, or a customer id merged into it; not null
   * @return the context, a snapshot
   * @throws NullPointerException if {@code requestedId} is null
   * @throws EntityNotFoundException if the customer does not exist
   */
  public CustomerContext context(CustomerId requestedId) {
    Objects.requireNonNull(requestedId, "customerId");
    CustomerId customerId = merges.resolveAlias(requestedId);
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
    List<CaseView> openCases = openCases(customerId, true);
    Set<dev.cim.core.model.Channel> channels = new LinkedHashSet<>();
    recent.forEach(i -> channels.add(i.channel()));
    return new CustomerContext(customer, timeline, recent, openCases, lastAgentOf(recent), channels);
  }

  /**
   * Returns one page of a customer's unified timeline, newest first, for scrolling back beyond
   * {@link #context}. Agent-facing, like {@link #context}: it includes supervisors' whispers.
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

  // ------------------------------------------------------------------------------------------------ supervision

  /**
   * Sends a supervisor's whisper: guidance to the agent on an interaction the agent holds, stored as a message with
   * role {@link AuthorRole#SUPERVISOR_WHISPER}. The agent sees it ({@link #agentTranscript}, {@link #context},
   * {@link #timeline}); the customer never does ({@link #customerTranscript} leaves it out). A {@code MessageAdded}
   * event is published.
   *
   * @param interactionId the interaction; not null
   * @param supervisorId the supervisor's id, stored as the author id; 1 to 256 characters, not blank
   * @param text the guidance; not null
   * @return the stored message
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the supervisor id is blank or too long, or the text is too long
   * @throws EntityNotFoundException if the interaction does not exist
   * @throws IllegalStateException if no agent holds the interaction (it is not ACTIVE, HELD or WRAP_UP); nothing is
   *     stored
   * @since 0.1.0
   */
  public Message whisper(InteractionId interactionId, String supervisorId, String text) {
    return addSupervisorMessage(interactionId, supervisorId, text, AuthorRole.SUPERVISOR_WHISPER, false);
  }

  /**
   * Lets a supervisor join an agent's conversation visibly (barge-in, an escalation): stores the supervisor's
   * message with role {@link AuthorRole#SUPERVISOR}, which the customer sees, records the supervisor and the time in
   * the interaction's attributes ({@link dev.cim.core.supervision.SupervisionKeys#BARGED_IN_BY},
   * {@link dev.cim.core.supervision.SupervisionKeys#BARGED_IN_AT}), and publishes {@code MessageAdded} and
   * {@link SupervisorBargedIn}. Later supervisor messages go through {@link #addMessage} with role SUPERVISOR.
   *
   * @param interactionId the interaction; not null
   * @param supervisorId the supervisor's id; 1 to 256 characters, not blank
   * @param text what the supervisor says on joining; not null
   * @return the stored message
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the supervisor id is blank or too long, or the text is too long
   * @throws EntityNotFoundException if the interaction does not exist
   * @throws IllegalStateException if the conversation is not going on with an agent (it is not ACTIVE or HELD);
   *     nothing is stored
   * @since 0.1.0
   */
  public Message bargeIn(InteractionId interactionId, String supervisorId, String text) {
    return addSupervisorMessage(interactionId, supervisorId, text, AuthorRole.SUPERVISOR, true);
  }

  private Message addSupervisorMessage(InteractionId interactionId, String supervisorId, String text,
      AuthorRole role, boolean bargeIn) {
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(supervisorId, "supervisorId");
    Objects.requireNonNull(text, "text");
    if (supervisorId.isBlank() || supervisorId.length() > 256) {
      throw new IllegalArgumentException("supervisorId must be 1 to 256 characters and not blank, but was '"
          + supervisorId + "'");
    }
    Interaction interaction = requireInteraction(interactionId);
    ReentrantLock lock = customerLocks.lockFor(interaction.customerId());
    lock.lock();
    try {
      interaction = requireInteraction(interactionId);
      InteractionState state = interaction.state();
      boolean allowed = bargeIn ? state == InteractionState.ACTIVE || state == InteractionState.HELD
          : state.isWithAgent();
      if (!allowed) {
        throw new IllegalStateException("interaction '" + interactionId + "' must be "
            + (bargeIn ? "ACTIVE or HELD" : "ACTIVE, HELD or WRAP_UP") + " for a supervisor's "
            + (bargeIn ? "barge-in" : "whisper") + ", but was " + state);
      }
      Instant now = clock.instant();
      Message message = new Message(MessageId.of(ids.get()), interactionId, role, Optional.of(supervisorId), text,
          now, Attributes.empty());
      StoredMessage stored = storeMessage(interaction, message);
      List<CimEvent> out = new ArrayList<>(stored.events);
      if (bargeIn) {
        Interaction marked = updateInteraction(interactionId, i -> i.withAttributes(i.attributes()
            .with(dev.cim.core.supervision.SupervisionKeys.BARGED_IN_BY, supervisorId)
            .with(dev.cim.core.supervision.SupervisionKeys.BARGED_IN_AT, now)));
        out.add(new SupervisorBargedIn(interactionId, marked.customerId(), supervisorId, marked.assignedAgent(),
            now));
      }
      events.publishAll(out);
      return stored.message;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns an interaction's conversation as the customer sees it: every message whose role is
   * {@linkplain AuthorRole#visibleToCustomer() visible to the customer}, oldest first, so never a supervisor's
   * whisper. Use this (not {@link #context} or {@link #timeline}, which are agent-facing) for anything shown or sent
   * to the customer, such as a transcript export.
   *
   * @param interactionId the interaction; not null
   * @return the messages, oldest first; empty if the interaction has none or does not exist
   * @throws NullPointerException if {@code interactionId} is null
   * @since 0.1.0
   */
  public List<Message> customerTranscript(InteractionId interactionId) {
    List<Message> all = agentTranscript(interactionId);
    List<Message> visible = new ArrayList<>(all.size());
    for (Message m : all) {
      if (m.role().visibleToCustomer()) {
        visible.add(m);
      }
    }
    return List.copyOf(visible);
  }

  /**
   * Returns an interaction's whole conversation as the agent sees it, whispers included, oldest first.
   *
   * @param interactionId the interaction; not null
   * @return the messages, oldest first; empty if the interaction has none or does not exist
   * @throws NullPointerException if {@code interactionId} is null
   * @since 0.1.0
   */
  public List<Message> agentTranscript(InteractionId interactionId) {
    Objects.requireNonNull(interactionId, "interactionId");
    List<Message> all = new ArrayList<>();
    PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<Message> p = interactions.findMessages(interactionId, page);
      all.addAll(p.items());
      if (p.nextCursor().isEmpty()) {
        break;
      }
      page = PageRequest.after(PageRequest.MAX_SIZE, p.nextCursor().get());
    }
    return List.copyOf(all);
  }

  // ------------------------------------------------------------------------------------------------ identity (#6)

  /**
   * Tells which customer an inbound contact would be recorded against, without recording anything: its {@code from}
   * (as {@link Evidence#CHANNEL} evidence) and its other observed contact points run through the hub's
   * {@link IdentityResolver} (see {@link Builder#identityResolver}). {@link #receive} uses the same resolution: one
   * match is the customer; no match creates a customer holding {@code from}; a conflict that the resolver's policy
   * refuses makes {@code receive} throw {@link IdentityConflictException}, storing nothing.
   *
   * @param contact the contact; not null
   * @return the resolution, with every candidate; not null
   * @throws NullPointerException if {@code contact} is null
   * @throws dev.cim.core.spi.StoreException if a store fails
   * @since 0.1.0
   */
  public Resolution identify(InboundContact contact) {
    Objects.requireNonNull(contact, "contact");
    List<ObservedContactPoint> observed = new ArrayList<>(1 + contact.observed().size());
    observed.add(ObservedContactPoint.of(contact.from(), Evidence.CHANNEL));
    observed.addAll(contact.observed());
    return resolver.resolve(observed, customers::findByContactPoint);
  }

  /**
   * Finds a customer by id; an id that was merged away finds its survivor.
   *
   * @param customerId the customer, or a customer id merged into another; not null
   * @return the (surviving) customer, or empty
   * @throws NullPointerException if {@code customerId} is null
   * @since 0.1.0
   */
  public Optional<Customer> findCustomer(CustomerId customerId) {
    return customers.findById(merges.resolveAlias(Objects.requireNonNull(customerId, "customerId")));
  }

  /**
   * Merges one customer into another, chosen by the caller as the survivor. Afterwards the survivor holds both
   * customers' contact points, the profile and attributes combined by {@code options}, and every interaction of the
   * merged-away customer (and so its cases and messages); the merged-away customer is gone, and its id resolves to
   * the survivor in {@link #findCustomer(CustomerId)}, {@link #context} and {@link #summary}. A
   * {@code CustomersMerged} event is published and the merge is listed by {@link #merges(CustomerId)}.
   *
   * <p>Atomic from the caller's view: the hub first journals a {@link MergeRecord} with the plan and both customers as
   * they were, then applies idempotent steps, then marks the record {@code MERGED}. If a store fails half-way, the
   * exception propagates, nothing is lost (the record holds everything), and calling {@code merge} again with the same
   * two ids, or {@link #completePendingMerges()}, completes it. Merges, unmerges and links are serialised with each
   * other and with {@link #receive} in this hub; hosts that run several hubs over one database serialise merges
   * themselves.
   *
   * <p>After the merge, everything new (interactions, messages, contact points, attribute changes) belongs to the
   * survivor and stays with it if the merge is undone.
   *
   * @param survivorId the customer that remains; not null
   * @param mergedAwayId the customer merged into it; not null, another id
   * @param options how the profiles combine; not null
   * @return the completed record; not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the ids are equal
   * @throws IllegalStateException if an id was itself merged away already (the message names its survivor)
   * @throws EntityNotFoundException if a customer does not exist
   * @throws dev.cim.core.spi.StoreException if a store fails (retry to complete)
   * @since 0.1.0
   */
  public MergeRecord merge(CustomerId survivorId, CustomerId mergedAwayId, MergeOptions options) {
    Objects.requireNonNull(survivorId, "survivorId");
    Objects.requireNonNull(mergedAwayId, "mergedAwayId");
    Objects.requireNonNull(options, "options");
    return underIdentityLock(out -> merger.merge(survivorId, mergedAwayId, options, out));
  }

  /**
   * Undoes a merge: the merged-away customer is created again as it was (with those of its contact points nobody took
   * since), the interactions it had before the merge move back to it with their cases and messages, its id stops
   * resolving to the survivor, and the survivor gives back the contact points and the attribute and profile values
   * the merge brought, unless they changed since. What the survivor gained after the merge stays with it. A
   * {@code CustomersUnmerged} event is published. Idempotent: undoing an undone merge returns its record. Like
   * {@link #merge}, it is journalled and completes on retry or through {@link #completePendingMerges()}.
   *
   * @param mergeId the merge; not null
   * @return the record, status {@code UNMERGED}; not null
   * @throws NullPointerException if {@code mergeId} is null
   * @throws EntityNotFoundException if there is no such merge
   * @throws IllegalStateException if the survivor was merged into another customer since (undo that first)
   * @throws dev.cim.core.spi.StoreException if a store fails (retry to complete)
   * @since 0.1.0
   */
  public MergeRecord unmerge(MergeId mergeId) {
    Objects.requireNonNull(mergeId, "mergeId");
    return underIdentityLock(out -> merger.unmerge(mergeId, out));
  }

  /**
   * Completes every merge and unmerge that a failure interrupted, oldest first, publishing their events. Call it at
   * start-up, or after a store recovered.
   *
   * @return the records completed now; empty if there were none
   * @throws dev.cim.core.spi.StoreException if a store fails (call again)
   * @since 0.1.0
   */
  public List<MergeRecord> completePendingMerges() {
    return underIdentityLock(merger::completeUnfinished);
  }

  /**
   * Lists every merge a customer took part in, as survivor or merged away, oldest first: the audit trail.
   *
   * @param customerId the customer; not null
   * @return the records; not null
   * @throws NullPointerException if {@code customerId} is null
   * @since 0.1.0
   */
  public List<MergeRecord> merges(CustomerId customerId) {
    return merges.findByCustomer(Objects.requireNonNull(customerId, "customerId"));
  }

  /**
   * Links a contact point to a customer, for example after an agent verified it. If it belongs to nobody, the
   * customer gains it. If it belongs to another customer, {@code onConflict} decides: {@link LinkConflict#FAIL}
   * throws {@link ContactPointConflictException} naming both customers and changes nothing; {@link LinkConflict#MOVE}
   * moves it (the owner keeps everything else); {@link LinkConflict#MERGE} merges the owner into this customer.
   *
   * @param customerId the customer, or an id merged into it; not null
   * @param contactPoint the contact point; not null
   * @param onConflict what to do if another customer holds it; not null
   * @return the customer as stored afterwards; not null
   * @throws NullPointerException if an argument is null
   * @throws EntityNotFoundException if the customer does not exist
   * @throws ContactPointConflictException if another customer holds it and {@code onConflict} is FAIL
   * @throws dev.cim.core.spi.StoreException if a store fails
   * @since 0.1.0
   */
  public Customer linkContactPoint(CustomerId customerId, ContactPoint contactPoint, LinkConflict onConflict) {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(contactPoint, "contactPoint");
    Objects.requireNonNull(onConflict, "onConflict");
    return underIdentityLock(out -> merger.link(merges.resolveAlias(customerId), contactPoint, onConflict, out));
  }

  /**
   * Returns the summary for an agent's screen: the profile, tier (segment), preferred channel and language, the open
   * cases, the last {@value CustomerSummary#LAST_INTERACTIONS} interactions with their outcome, and the trend of the
   * sentiment scores ({@link Message#SENTIMENT}) of the customer's newest messages within the timeline limit (empty
   * when none carries a score). A merged-away id resolves to its survivor.
   *
   * @param customerId the customer, or an id merged into it; not null
   * @return the summary, a snapshot; not null
   * @throws NullPointerException if {@code customerId} is null
   * @throws EntityNotFoundException if the customer does not exist
   * @since 0.1.0
   */
  public CustomerSummary summary(CustomerId customerId) {
    Objects.requireNonNull(customerId, "customerId");
    CustomerId id = merges.resolveAlias(customerId);
    Customer customer = customers.findById(id).orElseThrow(() -> new EntityNotFoundException("customer", id.value()));
    List<Interaction> last = interactions.findByCustomer(id, PageRequest.first(CustomerSummary.LAST_INTERACTIONS))
        .items();
    List<Double> scores = new ArrayList<>();
    for (Message m : interactions.timeline(id, PageRequest.first(timelineLimit)).items()) {
      if (m.role() == AuthorRole.CUSTOMER) {
        m.attributes().get(Message.SENTIMENT).ifPresent(scores::add);
      }
    }
    java.util.Collections.reverse(scores);
    return new CustomerSummary(customer, customer.segment(), customer.preferredChannel(),
        customer.preferredLanguage(), openCases(id, false).stream().map(CustomerSummary.OpenCase::of).toList(),
        last.stream().map(CustomerSummary.Outcome::of).toList(), CustomerSummary.SentimentTrend.of(scores));
  }

  /**
   * Returns the merge journal and aliases the hub uses.
   *
   * @return the store
   * @since 0.1.0
   */
  public MergeStore mergeStore() {
    return merges;
  }

  private <T> T underIdentityLock(java.util.function.Function<java.util.function.Consumer<CimEvent>, T> work) {
    List<CimEvent> out = new ArrayList<>();
    identityLock.writeLock().lock();
    try {
      return work.apply(out::add);
    } finally {
      identityLock.writeLock().unlock();
      events.publishAll(out);
    }
  }

  /** The cases with an open interaction, most recently active first, with their conversations if asked. */
  private List<CaseView> openCases(CustomerId customerId, boolean withConversation) {
    Map<CaseId, Instant> openCaseIds = new LinkedHashMap<>();
    for (Interaction i : interactions.findOpenByCustomer(customerId)) {
      openCaseIds.putIfAbsent(i.caseId(), i.updatedAt());
    }
    List<CaseView> openCases = new ArrayList<>();
    for (CaseId caseId : openCaseIds.keySet()) {
      List<Interaction> ofCase = interactions.findByCase(caseId);
      if (!ofCase.isEmpty()) {
        openCases.add(withConversation ? CaseView.of(caseId, ofCase, conversationOf(ofCase))
            : CaseView.of(caseId, ofCase));
      }
    }
    openCases.sort(Comparator.comparing(CaseView::lastActivity).reversed());
    return openCases;
  }

  /** Every message of the interactions, across channels, oldest first. */
  private List<TimelineEntry> conversationOf(List<Interaction> ofCase) {
    List<TimelineEntry> all = new ArrayList<>();
    for (Interaction i : ofCase) {
      PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
      while (true) {
        Page<Message> p = interactions.findMessages(i.id(), page);
        p.items().forEach(m -> all.add(TimelineEntry.of(m, i.channel(), i.caseId())));
        if (p.nextCursor().isEmpty()) {
          break;
        }
        page = PageRequest.after(PageRequest.MAX_SIZE, p.nextCursor().get());
      }
    }
    all.sort(Comparator.comparing(TimelineEntry::at));
    return all;
  }

  // ------------------------------------------------------------------------------------------------ privacy

  /**
   * Erases a customer and everything that identifies them (right to be forgotten), and says what was removed from
   * each store. In order: the consent ledger entries of the customer's contact points, then every registered
   * {@link ErasureParticipant}, then (after open interactions waiting for an agent are cancelled in the router) every
   * interaction and message, and last the customer itself, so that an erasure that fails half-way can be retried and
   * completes. A {@code CustomerErased} event is published. Needs nothing from KPI or analytics modules.
   *
   * <p>An id that was merged away stands for its survivor (one person): the survivor is erased, with every merge
   * record and alias naming it (the merge journal holds snapshots of both customers), and the receipt names the
   * survivor. Erasure waits for merges, unmerges and receives in progress on this hub.
   *
   * <p>Idempotent: erasing an unknown or already erased customer removes nothing and returns a receipt of zeros (and
   * still publishes the event).
   *
   * @param customerId the customer; not null
   * @return the receipt: counts by store name ({@link ErasureReceipt#CUSTOMERS}, {@link ErasureReceipt#INTERACTIONS},
   *     {@link ErasureReceipt#MESSAGES}, {@link ErasureReceipt#CONSENTS}, {@link ErasureReceipt#MERGES}, then each
   *     participant's name); not null
   * @throws NullPointerException if {@code customerId} is null
   * @throws dev.cim.core.spi.StoreException if a store fails; what was removed stays removed, and a retry completes
   * @throws RuntimeException whatever a participant throws, or {@link IllegalStateException} if one returns a
   *     negative count; the customer is then not yet removed, and a retry completes the erasure
   */
  public ErasureReceipt erase(CustomerId customerId) {
    Objects.requireNonNull(customerId, "customerId");
    identityLock.writeLock().lock();
    try {
      return eraseResolved(merges.resolveAlias(customerId));
    } finally {
      identityLock.writeLock().unlock();
    }
  }

  private ErasureReceipt eraseResolved(CustomerId customerId) {
    ReentrantLock lock = customerLocks.lockFor(customerId);
    lock.lock();
    try {
      long consentEntries = 0;
      Optional<Customer> customer = customers.findById(customerId);
      if (customer.isPresent()) {
        for (ContactPoint cp : customer.get().contactPoints()) {
          consentEntries += consents.erase(cp);
        }
      }
      Map<String, Long> byParticipant = new LinkedHashMap<>();
      for (ErasureParticipant p : erasureParticipants) {
        long n = p.eraseCustomer(customerId);
        if (n < 0) {
          throw new IllegalStateException("erasure participant '" + p.name() + "' must return a count >= 0, but "
              + "returned " + n);
        }
        byParticipant.put(p.name(), n);
      }
      for (Interaction open : interactions.findOpenByCustomer(customerId)) {
        if (!open.state().isWithAgent()) {
          cancelInRouter(open.id());
        }
      }
      long mergeRecords = merges.eraseCustomer(customerId);
      InteractionStore.ErasedCount count = interactions.eraseCustomer(customerId);
      boolean removed = customers.erase(customerId);
      Instant now = clock.instant();
      Map<String, Long> receipt = new LinkedHashMap<>();
      receipt.put(ErasureReceipt.CUSTOMERS, removed ? 1L : 0L);
      receipt.put(ErasureReceipt.INTERACTIONS, count.interactions());
      receipt.put(ErasureReceipt.MESSAGES, count.messages());
      receipt.put(ErasureReceipt.CONSENTS, consentEntries);
      receipt.put(ErasureReceipt.MERGES, mergeRecords);
      receipt.putAll(byParticipant);
      events.publish(new CustomerErased(customerId, count.interactions(), count.messages(), now));
      return new ErasureReceipt(customerId, receipt, now);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Records a consent entry for a contact point, stamped with the hub's clock; the latest entry per contact point and
   * purpose is the one in force, and the full history is kept.
   *
   * @param contactPoint the contact point; not null
   * @param purpose the purpose, e.g. {@code "marketing"}; not null
   * @param status opted in or out; not null
   * @param source how it was given, e.g. {@code "web-form"}, {@code "ivr"}, {@code "agent-verbal"}; not null
   * @return the stored entry
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the purpose or source is not a valid name ({@link ConsentEntry#name})
   * @throws dev.cim.core.spi.StoreException if the consent store fails
   */
  public ConsentEntry recordConsent(ContactPoint contactPoint, String purpose, ConsentStatus status, String source) {
    return consents.append(new ConsentEntry(contactPoint, purpose, status, clock.instant(), source));
  }

  /**
   * Returns the consent entry in force for a contact point and purpose.
   *
   * @param contactPoint the contact point; not null
   * @param purpose the purpose; not null
   * @return the latest entry, or empty if none was recorded
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the purpose is not a valid name
   */
  public Optional<ConsentEntry> consent(ContactPoint contactPoint, String purpose) {
    return consents.current(contactPoint, purpose);
  }

  /**
   * Starts an outbound (proactive) interaction: checks that the contact point has opted in to the contact's purpose,
   * resolves or creates the customer, opens a new OUTBOUND interaction on a new case, and stores the first message
   * (redacted like any other). The interaction stays NEW and is not routed: the host assigns it, or the customer's
   * reply continues it. Publishes {@code CustomerCreated} (if new), {@code InteractionOpened} and
   * {@code MessageAdded}.
   *
   * <p>The consent is checked once, before anything is stored; an opt-out recorded concurrently may not stop a
   * contact already past the check.
   *
   * @param contact the contact; not null
   * @return what was stored; not null
   * @throws NullPointerException if {@code contact} is null
   * @throws ConsentRequiredException if the contact point has no opt-in for the purpose, or an opt-out is the latest
   *     entry; nothing is stored
   * @throws IllegalArgumentException if the redacted text is too long
   * @throws dev.cim.core.spi.StoreException if a store fails
   */
  public Sent sendOutbound(OutboundContact contact) {
    Objects.requireNonNull(contact, "contact");
    Optional<ConsentEntry> consent = consents.current(contact.to(), contact.purpose());
    if (consent.isEmpty() || !consent.get().allows()) {
      throw new ConsentRequiredException(contact.to().kind(), contact.channel(), contact.purpose(),
          consent.map(ConsentEntry::status).orElse(null));
    }
    MessageRedaction.Redacted redacted = redact(contact.channel(), contact.text());
    List<CimEvent> toPublish = new ArrayList<>();
    Customer customer = resolveCustomer(InboundContact.of(contact.channel(), contact.to(), ""), toPublish);
    ReentrantLock lock = customerLocks.lockFor(customer.id());
    lock.lock();
    try {
      Instant now = clock.instant();
      CaseId caseId = CaseId.of(ids.get());
      Interaction interaction = interactions.create(Interaction.open(InteractionId.of(ids.get()), customer.id(),
          contact.channel(), caseId, now).withDirection(Direction.OUTBOUND).withTopic(contact.topic().orElse(null)));
      toPublish.add(new InteractionOpened(interaction.id(), customer.id(), interaction.channel(), caseId, false, now));
      Message message = redacted.applyTo(new Message(MessageId.of(ids.get()), interaction.id(), contact.role(),
          contact.authorId(), contact.text(), now, Attributes.empty()));
      StoredMessage stored = storeMessage(interaction, message);
      toPublish.addAll(stored.events);
      events.publishAll(toPublish);
      return new Sent(customer, stored.interaction, stored.message, consent.get());
    } finally {
      lock.unlock();
    }
  }

  /**
   * Exports everything cim holds on one customer as one JSON document (data portability): the customer with contact
   * points, attributes and consent flags, the consent ledger of every contact point (entries in force and full
   * history), every interaction with its state history and messages, and the cases; the form is described by
   * {@link CustomerExportJson}. Supervisor whispers are left out: they are internal notes, not the customer's data.
   * Message texts are as stored (redacted, if redaction is configured); encrypted originals stay encrypted.
   *
   * @param customerId the customer; not null
   * @return the JSON document; not null
   * @throws NullPointerException if {@code customerId} is null
   * @throws EntityNotFoundException if the customer does not exist
   * @throws dev.cim.core.spi.StoreException if a store fails
   */
  public String export(CustomerId customerId) {
    Objects.requireNonNull(customerId, "customerId");
    Customer customer = customers.findById(customerId)
        .orElseThrow(() -> new EntityNotFoundException("customer", customerId.value()));
    List<ConsentEntry> ledger = new ArrayList<>();
    customer.contactPoints().stream().sorted(Comparator.comparing((ContactPoint cp) -> cp.kind().name())
        .thenComparing(ContactPoint::value)).forEach(cp -> ledger.addAll(consents.history(cp)));
    List<CustomerExport.InteractionRecord> records = new ArrayList<>();
    for (Interaction i : readAll(page -> interactions.findByCustomer(customerId, page))) {
      List<Message> messages = new ArrayList<>();
      for (Message m : readAll(page -> interactions.findMessages(i.id(), page))) {
        if (m.role().visibleToCustomer()) {
          messages.add(m);
        }
      }
      records.add(new CustomerExport.InteractionRecord(i, messages));
    }
    return CustomerExportJson.write(new CustomerExport(customer, ledger, records, clock.instant()));
  }

  private static <T> List<T> readAll(java.util.function.Function<PageRequest, Page<T>> query) {
    List<T> all = new ArrayList<>();
    Page<T> page = query.apply(PageRequest.first(PageRequest.MAX_SIZE));
    all.addAll(page.items());
    while (page.nextCursor().isPresent()) {
      page = query.apply(PageRequest.after(PageRequest.MAX_SIZE, page.nextCursor().get()));
      all.addAll(page.items());
    }
    return all;
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
   * Returns the consent store the hub uses.
   *
   * @return the store
   */
  public ConsentStore consentStore() {
    return consents;
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
    private MergeStore mergeStore;
    private IdentityResolver resolver = IdentityResolver.ofDefaults();
    private ConsentStore consentStore;
    private MessageRedaction redaction;
    private final List<ErasureParticipant> erasureParticipants = new ArrayList<>();
    private final List<BotPolicy> botPolicies = new ArrayList<>();
    private SegmentStrategies segments = SegmentStrategies.NONE;
    private SlaPolicies slaPolicies;

    private Builder() {}

    /**
     * Sets the store of the merge journal and customer id aliases (default: a new {@link InMemoryMergeStore}).
     *
     * @param store the store; not null
     * @return this builder
     * @throws IllegalStateException if it was already set
     * @since 0.1.0
     */
    public Builder mergeStore(MergeStore store) {
      Objects.requireNonNull(store, "store");
      if (mergeStore != null) {
        throw new IllegalStateException("mergeStore was already set to " + mergeStore);
      }
      this.mergeStore = store;
      return this;
    }

    /**
     * Sets the SLA policies whose choice the hub records on each interaction it opens (default: none). The policy is
     * the one the customer's {@linkplain #segments segment strategy} names, if these policies know it, else the most
     * specific rule for the queue and segment ({@link SlaPolicies#forInteraction}); its name is stored in the
     * interaction's attribute {@link SlaPolicies#APPLIED}, so the applied SLA survives with the interaction, and an
     * {@link dev.cim.core.supervision.SlaMonitor} built on the same policies follows it.
     *
     * @param policies the policies; not null
     * @return this builder
     * @throws NullPointerException if {@code policies} is null
     * @throws IllegalStateException if they were already set
     * @since 0.1.0
     */
    public Builder slaPolicies(SlaPolicies policies) {
      Objects.requireNonNull(policies, "slaPolicies");
      if (slaPolicies != null) {
        throw new IllegalStateException("slaPolicies was already set");
      }
      this.slaPolicies = policies;
      return this;
    }

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
     * Sets the resolver that matches inbound contacts to customers (default: {@link IdentityResolver#ofDefaults()},
     * which for a contact without further observed contact points finds the holder of its {@code from}, as before).
     *
     * @param r the resolver; not null
     * @return this builder
     * @since 0.1.0
     */
    public Builder identityResolver(IdentityResolver r) {
      this.resolver = Objects.requireNonNull(r, "identityResolver");
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
     * Sets the consent ledger store (default: a new {@link InMemoryConsentStore}).
     *
     * @param store the store; not null
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder consentStore(ConsentStore store) {
      Objects.requireNonNull(store, "store");
      if (consentStore != null) {
        throw new IllegalStateException("consentStore was already set to " + consentStore);
      }
      this.consentStore = store;
      return this;
    }

    /**
     * Sets the redaction of message text (default: none, text is stored as given). With it, {@code receive},
     * {@code addMessage} and {@code sendOutbound} store redacted text (and, under a policy that keeps originals, the
     * encrypted original as an attribute), and the {@link MessageAnalyzer} sees the redacted message: the analyser may
     * be a third party that logs or keeps what it sees, and masked tokens carry no sentiment. Redaction happens before
     * anything is stored, so a text that redaction rejects stores nothing. With an encrypting policy, a repeated
     * {@code receive} with the same message id is idempotent only if the encryptor is deterministic.
     *
     * @param r the redaction; not null
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder redaction(MessageRedaction r) {
      Objects.requireNonNull(r, "redaction");
      if (redaction != null) {
        throw new IllegalStateException("redaction was already set to " + redaction);
      }
      this.redaction = r;
      return this;
    }

    /**
     * Adds a store that joins every {@link InteractionHub#erase} (see {@link ErasureParticipant}).
     *
     * @param participant the participant; not null
     * @return this builder
     * @throws IllegalArgumentException if its name is not valid, is one of the hub's own store names, or is taken
     */
    public Builder erasureParticipant(ErasureParticipant participant) {
      Objects.requireNonNull(participant, "participant");
      String name = ConsentEntry.name("erasure participant name", participant.name());
      if (!name.equals(participant.name()) || name.equals(ErasureReceipt.CUSTOMERS)
          || name.equals(ErasureReceipt.INTERACTIONS) || name.equals(ErasureReceipt.MESSAGES)
          || name.equals(ErasureReceipt.CONSENTS) || name.equals(ErasureReceipt.MERGES)
          || erasureParticipants.stream().anyMatch(p -> p.name().equals(name))) {
        throw new IllegalArgumentException("erasure participant name must be normalised, unique and not a store "
            + "name of the hub, but was '" + participant.name() + "'");
      }
      erasureParticipants.add(participant);
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
