package dev.cim.tck;

import dev.cim.core.model.Agent;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.AttributeKey;
import dev.cim.core.model.Attributes;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Direction;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.Message;
import dev.cim.core.model.MessageId;
import dev.cim.core.model.Skill;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds valid customers, interactions, messages and agents for contract tests, each with a fresh unique id.
 *
 * <p>Ids are a letter for the type, a run prefix chosen once per JVM, and a counter shared by all fixtures of the
 * JVM, zero-padded: {@code c} + {@code kq7w} + {@code 000000042}. They are made only of lower-case letters and digits,
 * so every database collation orders them as {@link String#compareTo} does, and later ids sort after earlier ones.
 * Contact points are unique in the same way (phone numbers {@code +44...}, email addresses at
 * {@code example.com}). Times come from a {@link MutableClock}, which starts at {@link #START} and moves only when a
 * test moves it, in whole seconds unless the test chooses otherwise (so stores that keep only milliseconds or
 * microseconds still return equal values).
 *
 * <p>Thread-safe: the counter and the clock are atomic, so concurrent tests may share one instance.
 */
public final class CimFixtures {
  /** The time at which a fixture's clock starts: 2026-01-01T00:00:00Z. */
  public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  /** A string attribute every "with every field" fixture carries. */
  public static final AttributeKey<String> TIER = AttributeKey.of("tck.tier", String.class);
  /** A long attribute every "with every field" fixture carries. */
  public static final AttributeKey<Long> POINTS = AttributeKey.of("tck.points", Long.class);
  /** A decimal attribute every "with every field" fixture carries (its scale must survive storage). */
  public static final AttributeKey<BigDecimal> BALANCE = AttributeKey.of("tck.balance", BigDecimal.class);
  /** An instant attribute every "with every field" fixture carries. */
  public static final AttributeKey<Instant> SEEN = AttributeKey.of("tck.seen", Instant.class);
  /** A date attribute every "with every field" fixture carries. */
  public static final AttributeKey<LocalDate> BIRTHDAY = AttributeKey.of("tck.birthday", LocalDate.class);
  /** A boolean attribute every "with every field" fixture carries. */
  public static final AttributeKey<Boolean> VIP = AttributeKey.of("tck.vip", Boolean.class);
  /** A double attribute every "with every field" fixture carries. */
  public static final AttributeKey<Double> SCORE = AttributeKey.of("tck.score", Double.class);
  /** An integer attribute every "with every field" fixture carries. */
  public static final AttributeKey<Integer> LEVEL = AttributeKey.of("tck.level", Integer.class);

  private static final AtomicLong COUNTER = new AtomicLong();
  private static final String RUN = runPrefix();
  private static final int PHONE_RUN = 10 + ThreadLocalRandom.current().nextInt(90);

  private final MutableClock clock;

  /** Creates fixtures with a fresh clock standing at {@link #START}. */
  public CimFixtures() {
    this(MutableClock.at(START));
  }

  /**
   * Creates fixtures that take their times from the given clock.
   *
   * @param clock the clock; not null
   * @throws NullPointerException if {@code clock} is null
   */
  public CimFixtures(MutableClock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  private static String runPrefix() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    StringBuilder sb = new StringBuilder(4);
    for (int i = 0; i < 4; i++) {
      sb.append((char) ('a' + r.nextInt(26)));
    }
    return sb.toString();
  }

  private static String next(String type) {
    return String.format(Locale.ROOT, "%s%s%09d", type, RUN, COUNTER.incrementAndGet());
  }

  /**
   * Returns the clock the fixtures take their times from.
   *
   * @return the clock; never null
   */
  public MutableClock clock() {
    return clock;
  }

  /**
   * Returns the clock's current time.
   *
   * @return the time; never null
   */
  public Instant now() {
    return clock.instant();
  }

  /**
   * Moves the clock one second forward.
   *
   * @return the new time; never null
   */
  public Instant tick() {
    return clock.advanceSeconds(1);
  }

  /**
   * Returns a fresh customer id.
   *
   * @return an id no other fixture call returned; never null
   */
  public CustomerId customerId() {
    return CustomerId.of(next("c"));
  }

  /**
   * Returns a fresh interaction id.
   *
   * @return an id no other fixture call returned; never null
   */
  public InteractionId interactionId() {
    return InteractionId.of(next("i"));
  }

  /**
   * Returns a fresh message id.
   *
   * @return an id no other fixture call returned; never null
   */
  public MessageId messageId() {
    return MessageId.of(next("m"));
  }

  /**
   * Returns a fresh agent id.
   *
   * @return an id no other fixture call returned; never null
   */
  public AgentId agentId() {
    return AgentId.of(next("a"));
  }

  /**
   * Returns a fresh case id.
   *
   * @return an id no other fixture call returned; never null
   */
  public CaseId caseId() {
    return CaseId.of(next("k"));
  }

  /**
   * Returns a fresh phone number in E.164.
   *
   * @return a phone contact point no other fixture call returned; never null
   */
  public ContactPoint phone() {
    return ContactPoint.phone(String.format(Locale.ROOT, "+44%d%09d", PHONE_RUN, COUNTER.incrementAndGet()));
  }

  /**
   * Returns a fresh email address.
   *
   * @return an email contact point no other fixture call returned; never null
   */
  public ContactPoint email() {
    return ContactPoint.email(next("e") + "@example.com");
  }

  /**
   * Returns a fresh WhatsApp handle.
   *
   * @return a handle contact point no other fixture call returned; never null
   */
  public ContactPoint handle() {
    return ContactPoint.handle("whatsapp", next("h"));
  }

  /**
   * Returns a new customer (version 0) with a fresh id, a fresh phone number and a fresh email address, created now.
   *
   * @return the customer; never null
   */
  public Customer customer() {
    return customer(phone(), email());
  }

  /**
   * Returns a new customer (version 0) with a fresh id and the given contact points, created now.
   *
   * @param contactPoints the contact points; not null
   * @return the customer; never null
   * @throws NullPointerException if the array or an element is null
   */
  public Customer customer(ContactPoint... contactPoints) {
    return Customer.create(customerId(), now(), contactPoints);
  }

  /**
   * Returns a new customer (version 0) with every optional field set: name, segment, preferences, consents and one
   * attribute of each supported type. Stores must return it equal to what they were given.
   *
   * @return the customer; never null
   */
  public Customer customerWithEveryField() {
    Instant created = now();
    return new Customer(customerId(), Optional.of("Ana Lima \u00e9\u4e2d"), Set.of(phone(), email(),
        handle()), Optional.of("gold"), Optional.of(Channel.CHAT),
        Optional.of(Locale.forLanguageTag("pt-BR")), Map.of("marketing", false, "service", true),
        everyAttribute(), 0, created, created.plusSeconds(30));
  }

  /**
   * Returns attributes holding one value of each supported type.
   *
   * @return the attributes; never null
   */
  public Attributes everyAttribute() {
    return Attributes.of(TIER, "gold")
        .with(POINTS, 1_200_000_000_000L)
        .with(BALANCE, new BigDecimal("12.50"))
        .with(SEEN, START.plusMillis(1234))
        .with(BIRTHDAY, LocalDate.of(1990, 2, 28))
        .with(VIP, true)
        .with(SCORE, -0.25)
        .with(LEVEL, 7);
  }

  /**
   * Returns a new interaction (version 0, state NEW) of the customer on the channel, in a fresh case, opened now.
   *
   * @param customerId the customer; not null
   * @param channel the channel; not null
   * @return the interaction; never null
   * @throws NullPointerException if an argument is null
   */
  public Interaction interaction(CustomerId customerId, Channel channel) {
    return interaction(customerId, channel, caseId());
  }

  /**
   * Returns a new interaction (version 0, state NEW) of the customer on the channel in the given case, opened now.
   *
   * @param customerId the customer; not null
   * @param channel the channel; not null
   * @param caseId the case; not null
   * @return the interaction; never null
   * @throws NullPointerException if an argument is null
   */
  public Interaction interaction(CustomerId customerId, Channel channel, CaseId caseId) {
    return interaction(customerId, channel, caseId, now());
  }

  /**
   * Returns a new interaction (version 0, state NEW) opened at the given time.
   *
   * @param customerId the customer; not null
   * @param channel the channel; not null
   * @param caseId the case; not null
   * @param openedAt the opening time, its {@code createdAt}; not null
   * @return the interaction; never null
   * @throws NullPointerException if an argument is null
   */
  public Interaction interaction(CustomerId customerId, Channel channel, CaseId caseId, Instant openedAt) {
    return Interaction.open(interactionId(), customerId, channel, caseId, openedAt);
  }

  /**
   * Returns a new interaction (version 0) with every optional field set, moved through QUEUED, OFFERED and ACTIVE,
   * opened now. Stores must return it equal to what they were given.
   *
   * @param customerId the customer; not null
   * @return the interaction; never null
   * @throws NullPointerException if {@code customerId} is null
   */
  public Interaction interactionWithEveryField(CustomerId customerId) {
    Instant at = now();
    return Interaction.open(interactionId(), customerId, Channel.of("whatsapp"), caseId(), at)
        .withDirection(Direction.OUTBOUND)
        .withTopic("billing")
        .withPriority(7)
        .withThreadRef("thread-" + next("t"))
        .withQueue("billing-pt")
        .withAssignedAgent(agentId())
        .withDisposition("callback")
        .withAttributes(everyAttribute())
        .transitionTo(InteractionState.QUEUED, at.plusSeconds(1))
        .transitionTo(InteractionState.OFFERED, at.plusSeconds(2))
        .transitionTo(InteractionState.ACTIVE, at.plusSeconds(3));
  }

  /**
   * Returns a message from the customer in the interaction, sent now.
   *
   * @param interactionId the interaction; not null
   * @return the message; never null
   * @throws NullPointerException if {@code interactionId} is null
   */
  public Message message(InteractionId interactionId) {
    return message(interactionId, now());
  }

  /**
   * Returns a message from the customer in the interaction, sent at the given time.
   *
   * @param interactionId the interaction; not null
   * @param sentAt when it was sent; not null
   * @return the message; never null
   * @throws NullPointerException if an argument is null
   */
  public Message message(InteractionId interactionId, Instant sentAt) {
    MessageId id = messageId();
    return Message.of(id, interactionId, AuthorRole.CUSTOMER, "text of " + id, sentAt);
  }

  /**
   * Returns a message with every optional field set (an author id and attributes), sent now.
   *
   * @param interactionId the interaction; not null
   * @return the message; never null
   * @throws NullPointerException if {@code interactionId} is null
   */
  public Message messageWithEveryField(InteractionId interactionId) {
    MessageId id = messageId();
    return new Message(id, interactionId, AuthorRole.SUPERVISOR_WHISPER, Optional.of("sup-1"),
        "Ol\u00e1! \u00bfQu\u00e9 tal? \ud83d\ude00 line one\nline two", now(), everyAttribute());
  }

  /**
   * Returns a new agent (version 0) with a fresh id, one skill and chat capacity 3.
   *
   * @return the agent; never null
   */
  public Agent agent() {
    AgentId id = agentId();
    return Agent.of(id, "Agent " + id).withSkill(Skill.of("billing"), 3).withCapacity(Channel.CHAT, 3);
  }

  /**
   * Returns a new agent (version 0) with every optional field set: several skills, languages, a team, capacities and
   * attributes.
   *
   * @return the agent; never null
   */
  public Agent agentWithEveryField() {
    return agent().withSkill(Skill.of("spanish"), 5).withLanguages(Set.of(Locale.ENGLISH, Locale.forLanguageTag("es")))
        .withTeam("tier-2").withCapacity(Channel.VOICE, 1).withCapacity(Channel.of("whatsapp"), 4)
        .withAttributes(everyAttribute());
  }
}
