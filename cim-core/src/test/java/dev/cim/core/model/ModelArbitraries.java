package dev.cim.core.model;

import dev.cim.core.event.CimEvent;
import dev.cim.core.bot.BotHandedOff;
import dev.cim.core.bot.BotResolved;
import dev.cim.core.event.CustomerCreated;
import dev.cim.core.event.CustomerErased;
import dev.cim.core.event.CustomersMerged;
import dev.cim.core.event.CustomersUnmerged;
import dev.cim.core.identity.MergeId;
import dev.cim.core.event.InteractionOpened;
import dev.cim.core.event.InteractionStateChanged;
import dev.cim.core.event.MessageAdded;
import dev.cim.core.event.SentimentAlert;
import dev.cim.core.event.SentimentRecovered;
import dev.cim.core.event.SlaBreached;
import dev.cim.core.event.SupervisorBargedIn;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for the cim model and events, for property tests in any package: valid values only, with the
 * interesting corners (custom channels and kinds, every attribute type, BigDecimal scales, extreme instants, legal
 * lifecycle histories built by walking {@link InteractionState#allowedNext()}).
 */
public final class ModelArbitraries {
  /** A base time near today; interaction histories start from here so their arithmetic cannot overflow. */
  public static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

  private static final List<String> LANGUAGE_TAGS = List.of("und", "en", "en-GB", "pt-BR", "es-419", "zh-Hant-TW",
      "sr-Latn-RS", "de-CH-1996", "ja-JP-u-ca-japanese", "en-US-x-lvariant-POSIX", "ar", "hi-IN");

  private ModelArbitraries() {}

  // ---------------------------------------------------------------- strings

  /** Identifier strings: 1 to 128 printable characters without whitespace, ASCII and beyond. */
  public static Arbitrary<String> idStrings() {
    Arbitrary<String> ascii = Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(40);
    Arbitrary<String> wide = Arbitraries.strings().withCharRange('!', '~').withCharRange('\u00c0', '\u024f')
        .withCharRange('\u4e00', '\u4e40').ofMinLength(1).ofMaxLength(128);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, ascii),
        net.jqwik.api.Tuple.of(2, wide),
        net.jqwik.api.Tuple.of(1, Arbitraries.create(() -> java.util.UUID.randomUUID().toString())));
  }

  /** Free text of 1 to 256 characters that is not blank: names, topics, segments. */
  public static Arbitrary<String> texts() {
    Arbitrary<String> plain = Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\u024f')
        .withChars('\n', '\t', '"', '\\', '\u2028', '\u4e2d').ofMinLength(1).ofMaxLength(256);
    Arbitrary<String> fixed = Arbitraries.of("Ana Lima", "Zoë O'Brien", "李小龙", "emoji \uD83D\uDE00 here",
        "\"quoted\"",
        "back\\slash", "x");
    return Arbitraries.oneOf(plain, fixed).filter(s -> !s.isBlank());
  }

  /** Message texts: possibly empty, sometimes long. */
  public static Arbitrary<String> messageTexts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange(' ', '~').withChars('\n', '\u00e9', '\u4e2d').ofMaxLength(300),
        Arbitraries.just(""),
        Arbitraries.strings().all().ofMaxLength(100),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(5_000).ofMaxLength(20_000));
  }

  /** Names of open value types ({@code a-z 0-9 _ - .}, starting with a letter or digit), 1 to 64 characters. */
  public static Arbitrary<String> names() {
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').range('0', '9');
    Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('_', '-',
        '.').ofMaxLength(63);
    return Combinators.combine(first, rest).as((f, r) -> f + r);
  }

  // ---------------------------------------------------------------- ids and open value types

  /** Customer ids. */
  public static Arbitrary<CustomerId> customerIds() {
    return idStrings().map(CustomerId::of);
  }

  /** Interaction ids. */
  public static Arbitrary<InteractionId> interactionIds() {
    return idStrings().map(InteractionId::of);
  }

  /** Agent ids. */
  public static Arbitrary<AgentId> agentIds() {
    return idStrings().map(AgentId::of);
  }

  /** Case ids. */
  public static Arbitrary<CaseId> caseIds() {
    return idStrings().map(CaseId::of);
  }

  /** Message ids. */
  public static Arbitrary<MessageId> messageIds() {
    return idStrings().map(MessageId::of);
  }

  /** Built-in and custom channels. */
  public static Arbitrary<Channel> channels() {
    return Arbitraries.oneOf(Arbitraries.of(Channel.builtIns()), names().map(Channel::of));
  }

  /** Skills, including language skills. */
  public static Arbitrary<Skill> skills() {
    return Arbitraries.oneOf(names().map(Skill::of),
        Arbitraries.of(LANGUAGE_TAGS).filter(t -> !t.contains("-x-")).map(Skill::language));
  }

  /** Languages, from a list of well-formed BCP 47 tags. */
  public static Arbitrary<Locale> locales() {
    return Arbitraries.of(LANGUAGE_TAGS).map(Locale::forLanguageTag);
  }

  /** Any instant from {@link Instant#MIN} to {@link Instant#MAX}, often near today. */
  public static Arbitrary<Instant> instants() {
    Arbitrary<Instant> any = Combinators.combine(
        Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
        Arbitraries.integers().between(0, 999_999_999)).as(Instant::ofEpochSecond);
    Arbitrary<Instant> recent = Combinators.combine(
        Arbitraries.longs().between(0, 5_000_000_000L), Arbitraries.of(0, 1, 500_000_000, 123_456_789))
        .as(Instant::ofEpochSecond);
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, any), net.jqwik.api.Tuple.of(3, recent),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH)));
  }

  // ---------------------------------------------------------------- contact points

  /** Valid raw E.164 numbers ({@code +} and 7 to 15 digits, no leading 0), without separators. */
  public static Arbitrary<String> e164Numbers() {
    return Combinators.combine(Arbitraries.chars().range('1', '9'),
        Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(14)).as((f, r) -> "+" + f + r);
  }

  /** Valid email addresses, lower case. */
  public static Arbitrary<String> emails() {
    Arbitrary<String> local = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
        .withChars('.', '_', '+', '-').ofMinLength(1).ofMaxLength(30);
    Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('-')
        .ofMinLength(1).ofMaxLength(20);
    Arbitrary<String> tld = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(6);
    return Combinators.combine(local, label, tld).as((l, d, t) -> l + "@" + d + "." + t);
  }

  /** Handle kinds: any kind other than phone, email and external_id. */
  public static Arbitrary<ContactPointKind> handleKinds() {
    return Arbitraries.oneOf(Arbitraries.of("whatsapp", "twitter", "instagram", "app_user"), names())
        .map(ContactPointKind::of).filter(ContactPointKind::isHandle);
  }

  /** Normalised handles: 1 to 64 lower-case characters without whitespace and without a leading {@code @}. */
  public static Arbitrary<String> handles() {
    return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('_', '.', '-', '@')
        .ofMinLength(1).ofMaxLength(64).filter(s -> !s.startsWith("@"));
  }

  /** External ids: printable, case kept, possibly with inner spaces. */
  public static Arbitrary<String> externalIds() {
    return Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(60).filter(s -> !s.isBlank())
        .map(String::strip);
  }

  /** Contact points of every kind. */
  public static Arbitrary<ContactPoint> contactPoints() {
    return Arbitraries.oneOf(
        e164Numbers().map(ContactPoint::phone),
        emails().map(ContactPoint::email),
        externalIds().map(ContactPoint::externalId),
        Combinators.combine(handleKinds(), handles()).as(ContactPoint::new));
  }

  // ---------------------------------------------------------------- attributes

  /** BigDecimals with varied precision and scale, negative scales and trailing zeros included. */
  public static Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(),
        BigInteger.TEN.pow(30)), Arbitraries.integers().between(-20, 40)).as(BigDecimal::new);
  }

  /** Values of one attribute type. */
  @SuppressWarnings("unchecked")
  public static <T> Arbitrary<T> attributeValues(Class<T> type) {
    Arbitrary<?> a;
    if (type == String.class) {
      a = Arbitraries.oneOf(texts(), Arbitraries.just(""));
    } else if (type == Boolean.class) {
      a = Arbitraries.of(true, false);
    } else if (type == Integer.class) {
      a = Arbitraries.integers().between(Integer.MIN_VALUE, Integer.MAX_VALUE);
    } else if (type == Long.class) {
      a = Arbitraries.longs().between(Long.MIN_VALUE, Long.MAX_VALUE);
    } else if (type == Double.class) {
      a = Arbitraries.oneOf(Arbitraries.doubles().between(-1e300, 1e300),
          Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 0.1, 1.0 / 3));
    } else if (type == BigDecimal.class) {
      a = decimals();
    } else if (type == Instant.class) {
      a = instants();
    } else if (type == LocalDate.class) {
      a = Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
          .map(LocalDate::ofEpochDay);
    } else {
      throw new IllegalArgumentException("unsupported attribute type " + type);
    }
    return (Arbitrary<T>) a;
  }

  /** One attribute entry of any supported type, its name from a small domain so that names collide. */
  public static Arbitrary<Attributes.Entry<?>> attributeEntries() {
    return Arbitraries.of(AttributeKey.supportedTypes()).flatMap(t -> entriesOf(t));
  }

  private static <T> Arbitrary<Attributes.Entry<?>> entriesOf(Class<T> type) {
    Arbitrary<String> name = Arbitraries.of("acme.tier", "acme.points", "x", "cim.sentiment", "a-b_c.d", "9");
    return Combinators.combine(name, attributeValues(type))
        .as((n, v) -> new Attributes.Entry<>(AttributeKey.of(n, type), v));
  }

  /** Attributes with up to eight entries of mixed types. */
  public static Arbitrary<Attributes> attributes() {
    return attributeEntries().list().ofMaxSize(8).map(entries -> {
      Attributes a = Attributes.empty();
      for (Attributes.Entry<?> e : entries) {
        a = with(a, e);
      }
      return a;
    });
  }

  private static <T> Attributes with(Attributes a, Attributes.Entry<T> e) {
    return a.with(e.key(), e.value());
  }

  // ---------------------------------------------------------------- entities

  /** Customers with every optional part present or absent. */
  public static Arbitrary<Customer> customers() {
    Arbitrary<Customer> parts = Combinators.combine(customerIds(), texts().optional(),
        contactPoints().set().ofMaxSize(4), texts().optional(), channels().optional(), locales().optional(),
        Arbitraries.maps(names(), Arbitraries.of(true, false)).ofMaxSize(3), attributes())
        .as((id, name, points, segment, channel, language, consents, attrs) -> new Customer(id, name, points, segment,
            channel, language, consents, attrs, 0, BASE, BASE));
    Arbitrary<List<Instant>> times = instants().list().ofSize(2).map(l -> {
      List<Instant> sorted = new ArrayList<>(l);
      sorted.sort(null);
      return sorted;
    });
    return Combinators.combine(parts, Arbitraries.longs().between(0, Long.MAX_VALUE), times)
        .as((c, version, t) -> new Customer(c.id(), c.displayName(), c.contactPoints(), c.segment(),
            c.preferredChannel(), c.preferredLanguage(), c.consents(), c.attributes(), version, t.get(0), t.get(1)));
  }

  /**
   * A lifecycle walk: each element picks the next state among {@code allowedNext()} and the seconds until it; one
   * step in eight may pick a terminal state, the others pick an open one when there is one. The walk stops at a
   * terminal state.
   */
  public static Arbitrary<List<int[]>> lifecycleWalks() {
    return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 3600))
        .as((choice, seconds) -> new int[] {choice, seconds}).list().ofMaxSize(15);
  }

  /** Applies a walk from {@link #lifecycleWalks()} to an interaction through {@link Interaction#transitionTo}. */
  public static Interaction walk(Interaction start, List<int[]> steps) {
    Interaction i = start;
    for (int[] step : steps) {
      List<InteractionState> next = new ArrayList<>(i.state().allowedNext());
      if (next.isEmpty()) {
        break;
      }
      next.sort(null);
      List<InteractionState> open = new ArrayList<>(next);
      open.removeIf(InteractionState::isTerminal);
      // mostly stay open, so that long histories through every state are common; end one time in eight
      List<InteractionState> pool = open.isEmpty() || step[0] % 8 == 0 ? next : open;
      i = i.transitionTo(pool.get(step[0] % pool.size()), i.stateSince().plusSeconds(step[1]));
    }
    return i;
  }

  /** Interactions with legal lifecycle histories and every optional part present or absent. */
  public static Arbitrary<Interaction> interactions() {
    Arbitrary<Interaction> opened = Combinators.combine(interactionIds(), customerIds(), channels(), caseIds(),
        Arbitraries.longs().between(0, 10_000_000_000L).map(BASE::plusMillis), Arbitraries.of(Direction.class),
        texts().optional(), Arbitraries.integers().between(0, Integer.MAX_VALUE))
        .as((id, customer, channel, caseId, at, direction, topic, priority) ->
            Interaction.open(id, customer, channel, caseId, at).withDirection(direction)
                .withTopic(topic.orElse(null)).withPriority(priority));
    Arbitrary<Interaction> detailed = Combinators.combine(opened, texts().optional(), texts().optional(),
        agentIds().optional(), texts().optional(), attributes(), Arbitraries.longs().between(0, Long.MAX_VALUE))
        .as((i, thread, queue, agent, disposition, attrs, version) -> i.withThreadRef(thread.orElse(null))
            .withQueue(queue.orElse(null)).withAssignedAgent(agent.orElse(null))
            .withDisposition(disposition.orElse(null)).withAttributes(attrs).withVersion(version));
    return Combinators.combine(detailed, lifecycleWalks(), Arbitraries.integers().between(0, 100))
        .as((i, steps, lag) -> {
          Interaction walked = walk(i, steps);
          return walked.withUpdatedAt(walked.updatedAt().plusSeconds(lag));
        });
  }

  /** Messages of every role. */
  public static Arbitrary<Message> messages() {
    return Combinators.combine(messageIds(), interactionIds(), Arbitraries.of(AuthorRole.class), texts().optional(),
        messageTexts(), instants(), attributes())
        .as(Message::new);
  }

  /** Agents with skills, languages, team and capacity. */
  public static Arbitrary<Agent> agents() {
    return Combinators.combine(agentIds(), texts(),
        Arbitraries.maps(skills(), Arbitraries.integers().between(Skill.MIN_LEVEL, Skill.MAX_LEVEL)).ofMaxSize(5),
        locales().set().ofMaxSize(3), texts().optional(),
        Arbitraries.maps(channels(), Arbitraries.integers().between(1, Agent.MAX_CAPACITY)).ofMaxSize(4),
        attributes(), Arbitraries.longs().between(0, Long.MAX_VALUE))
        .as(Agent::new);
  }

  // ---------------------------------------------------------------- events

  private static Arbitrary<Double> scores() {
    return Arbitraries.oneOf(Arbitraries.doubles().between(-1.0, 1.0), Arbitraries.of(-1.0, 1.0, 0.0, -0.0));
  }

  /** Every cim event type. */
  public static Arbitrary<CimEvent> events() {
    return Arbitraries.oneOf(
        Combinators.combine(customerIds(), channels(), instants()).as(CustomerCreated::new),
        Combinators.combine(customerIds(), Arbitraries.longs().greaterOrEqual(0),
            Arbitraries.longs().greaterOrEqual(0), instants()).as(CustomerErased::new),
        Combinators.combine(interactionIds(), customerIds(), channels(), caseIds(), Arbitraries.of(true, false),
            instants()).as(InteractionOpened::new),
        Combinators.combine(interactionIds(), customerIds(), channels(), Arbitraries.of(InteractionState.class),
            Arbitraries.of(InteractionState.class), agentIds().optional(), instants())
            .as(InteractionStateChanged::new),
        Combinators.combine(messageIds(), interactionIds(), customerIds(), channels(),
            Arbitraries.of(AuthorRole.class), instants()).as(MessageAdded::new),
        Combinators.combine(interactionIds(), customerIds(), messageIds(), scores(), scores(),
            Arbitraries.oneOf(texts(), Arbitraries.just("")), instants()).as(SentimentAlert::new),
        Combinators.combine(interactionIds(), customerIds(), messageIds(), scores(), instants())
            .as(SentimentRecovered::new),
        Combinators.combine(mergeIds(), customerIds(), customerIds(), Arbitraries.integers().greaterOrEqual(0),
            Arbitraries.integers().greaterOrEqual(0), instants()).as(CustomersMerged::new),
        Combinators.combine(mergeIds(), customerIds(), customerIds(), Arbitraries.integers().greaterOrEqual(0),
            instants()).as(CustomersUnmerged::new),
        Combinators.combine(interactionIds(), customerIds(), texts(), Arbitraries.of(SlaBreached.Target.class),
            Arbitraries.longs().between(1, 1_000_000_000L).map(Duration::ofMillis), instants(),
            Arbitraries.longs().between(0, 1_000_000_000L).map(Duration::ofSeconds), instants())
            .as((i, c, p, t, d, s, lag, at) -> new SlaBreached(i, c, p, t, d, s,
                s.getEpochSecond() > Instant.MAX.getEpochSecond() - lag.getSeconds() ? s : s.plus(lag), at)),
        Combinators.combine(interactionIds(), customerIds(), texts(), agentIds().optional(), instants())
            .as(SupervisorBargedIn::new),
        Combinators.combine(interactionIds(), customerIds(), channels(), texts(), texts(), texts().optional(),
            instants()).as(BotHandedOff::new),
        Combinators.combine(interactionIds(), customerIds(), channels(), texts(), instants())
            .as(BotResolved::new));
  }

  /** Merge ids, drawn like customer ids. */
  public static Arbitrary<MergeId> mergeIds() {
    return customerIds().map(id -> MergeId.of(id.value()));
  }
}
