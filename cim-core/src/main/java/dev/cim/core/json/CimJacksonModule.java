package dev.cim.core.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.cim.core.event.CimEvent;
import dev.cim.core.identity.MergeId;
import dev.cim.core.identity.MergeOptions;
import dev.cim.core.identity.MergeRecord;
import dev.cim.core.model.Agent;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.AttributeKey;
import dev.cim.core.model.Attributes;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.ContactPointKind;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Direction;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.Message;
import dev.cim.core.model.MessageId;
import dev.cim.core.model.Skill;
import dev.cim.core.model.StateChange;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Jackson module that writes and reads every cim model type and event with explicit, hand-written serializers and
 * deserializers: no reflection over records, no default typing and no class names in the JSON.
 *
 * <pre>{@code
 * ObjectMapper mapper = CimJson.newObjectMapper(); // or mapper.registerModule(CimJacksonModule.ofDefaults())
 * String json = mapper.writeValueAsString(customer);
 * Customer back = mapper.readValue(json, Customer.class);       // equals customer
 * CimEvent event = mapper.readValue(eventJson, CimEvent.class); // by its "type" name
 * }</pre>
 *
 * <h2>The JSON form</h2>
 * <ul>
 *   <li>Ids ({@link CustomerId}, {@link InteractionId}, {@link AgentId}, {@link CaseId}, {@link MessageId}) are plain
 *       strings; {@link Channel}, {@link Skill} and {@link ContactPointKind} are their names; the enums
 *       ({@link InteractionState}, {@link Direction}, {@link AuthorRole}) are their constant names, exactly.
 *   <li>A {@link ContactPoint} is {@code {"kind":"phone","value":"+442079460018"}}; a {@link StateChange} is
 *       {@code {"state":"QUEUED","at":"..."}}.
 *   <li>Instants and dates are ISO-8601 strings ({@code "2026-11-24T10:15:30Z"}, {@code "2026-11-24"}); a
 *       {@link java.util.Locale} is its BCP 47 tag ({@code "pt-BR"}).
 *   <li>An {@link java.util.Optional} component is absent when empty (an explicit JSON {@code null} also reads as
 *       empty); sets are arrays in a stable order; maps keyed by {@link Skill} or {@link Channel} (and consents) are
 *       objects keyed by name. Collections and attributes are always written and read as empty when absent; every
 *       other component is required.
 *   <li>{@link Attributes} are an object of name to {@code {"type":T,"value":V}}, where T is one of the fixed names
 *       {@code string}, {@code boolean}, {@code int}, {@code long}, {@code double}, {@code decimal} (a
 *       {@link java.math.BigDecimal}, written as a string so that its scale survives), {@code instant} or
 *       {@code date} (a {@link java.time.LocalDate}): the eight {@link AttributeKey#supportedTypes()}. An
 *       {@link AttributeKey} alone is {@code {"name":..,"type":T}} and an {@link Attributes.Entry} is
 *       {@code {"name":..,"type":T,"value":V}}.
 *   <li>{@link Customer}, {@link Interaction}, {@link Message} and {@link Agent} are objects named after their record
 *       components, as are {@link MergeRecord} and {@link MergeOptions} (their enums by constant name) and a
 *       {@link MergeId} is a plain string.
 *   <li>Events are objects whose {@code "type"} field holds a name from a fixed registry, followed by the record's
 *       components: {@code bot_handed_off}, {@code bot_resolved}, {@code customer_created},
 *       {@code customer_erased}, {@code customers_merged},
 *       {@code customers_unmerged}, {@code interaction_opened},
 *       {@code interaction_state_changed}, {@code message_added}, {@code sentiment_alert},
 *       {@code sentiment_recovered}, {@code sla_breached}, {@code supervisor_barged_in}, and whatever a host
 *       registered with {@link Builder#event}. Read them as
 *       {@link CimEvent} (any registered type) or as their own class.
 * </ul>
 *
 * <h2>Errors</h2>
 * Reading fails with a {@link com.fasterxml.jackson.databind.JsonMappingException} whose message starts with the path
 * of the offending value ({@code Interaction.history[2].state: ...}) and names the rule and the value: a
 * {@link com.fasterxml.jackson.databind.exc.MismatchedInputException} for a wrong JSON type or a missing field, an
 * {@link com.fasterxml.jackson.databind.exc.InvalidFormatException} for a value the model rejects (an invalid id,
 * time, name or an unknown attribute type), an {@link com.fasterxml.jackson.databind.exc.InvalidTypeIdException}
 * for an unknown event {@code "type"}, an {@link com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException}
 * for a field no cim type has (unless the mapper disables
 * {@link com.fasterxml.jackson.databind.DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}) and a
 * {@link com.fasterxml.jackson.databind.exc.ValueInstantiationException} carrying the model's own message (and the
 * model's exception as cause) when a record's constructor rejects the values, such as an illegal lifecycle history.
 * Writing fails with a {@link com.fasterxml.jackson.databind.JsonMappingException} rather than write something that
 * would read back different: for an event whose class has no registered name, and for a {@link java.util.Locale}
 * whose BCP 47 tag reads back as another locale (such as {@code new Locale("x")}, which would become {@code und}).
 *
 * <p>The module does not register serializers for {@link java.time.Instant}, {@link java.util.Locale} or
 * {@link java.util.Optional} themselves: it handles them inside cim types only, so it does not change how the host's
 * mapper writes its own values (and needs no {@code jackson-datatype-jsr310}).
 *
 * <p>Instances are immutable and thread-safe once built, and may be registered with many mappers. Two modules with
 * the same event names count as one for {@link com.fasterxml.jackson.databind.ObjectMapper#registerModule}.
 */
public final class CimJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final Pattern EVENT_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  private final transient Map<String, EventType<?>> byName;
  private final transient Map<Class<?>, EventType<?>> byClass;

  private CimJacksonModule(Map<String, EventType<?>> byName) {
    super("cim", Version.unknownVersion());
    this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    Map<Class<?>, EventType<?>> classes = new LinkedHashMap<>();
    byName.values().forEach(t -> classes.put(t.type, t));
    this.byClass = Collections.unmodifiableMap(classes);
    registerModel();
    registerEvents();
  }

  /**
   * Returns a module for cim's model and its own events.
   *
   * @return the module; not null
   */
  public static CimJacksonModule ofDefaults() {
    return builder().build();
  }

  /**
   * Returns a builder, to add the host's own event types to cim's.
   *
   * @return a new builder holding cim's own event types; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the registered event types by JSON name, cim's own first, then the host's in registration order.
   *
   * @return an immutable map of name to event class; not null
   */
  public Map<String, Class<? extends CimEvent>> eventTypes() {
    Map<String, Class<? extends CimEvent>> m = new LinkedHashMap<>();
    byName.forEach((name, t) -> m.put(name, t.type));
    return Collections.unmodifiableMap(m);
  }

  /**
   * Returns an identity made of this class's name and the registered event names, so that registering an equal
   * module twice with one mapper is a no-op while a module with more event types is registered.
   *
   * @return the identity; not null
   */
  @Override
  public Object getTypeId() {
    return CimJacksonModule.class.getName() + byName.keySet();
  }

  private <T> void add(Class<T> type, Codec<T> codec) {
    addSerializer(type, new CodecSerializer<>(type, codec));
    addDeserializer(type, new CodecDeserializer<>(type, codec));
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private void registerModel() {
    add(CustomerId.class, ModelCodecs.CUSTOMER_ID);
    add(InteractionId.class, ModelCodecs.INTERACTION_ID);
    add(AgentId.class, ModelCodecs.AGENT_ID);
    add(CaseId.class, ModelCodecs.CASE_ID);
    add(MessageId.class, ModelCodecs.MESSAGE_ID);
    add(Channel.class, ModelCodecs.CHANNEL);
    add(Skill.class, ModelCodecs.SKILL);
    add(ContactPointKind.class, ModelCodecs.CONTACT_POINT_KIND);
    add(Direction.class, ModelCodecs.DIRECTION);
    add(AuthorRole.class, ModelCodecs.AUTHOR_ROLE);
    add(InteractionState.class, ModelCodecs.INTERACTION_STATE);
    add(ContactPoint.class, ModelCodecs.CONTACT_POINT);
    add(StateChange.class, ModelCodecs.STATE_CHANGE);
    add((Class) AttributeKey.class, (Codec) ModelCodecs.ATTRIBUTE_KEY);
    add((Class) Attributes.Entry.class, (Codec) ModelCodecs.ATTRIBUTE_ENTRY);
    add(Attributes.class, ModelCodecs.ATTRIBUTES);
    add(Customer.class, ModelCodecs.CUSTOMER);
    add(Interaction.class, ModelCodecs.INTERACTION);
    add(Message.class, ModelCodecs.MESSAGE);
    add(Agent.class, ModelCodecs.AGENT);
    add(MergeId.class, IdentityCodecs.MERGE_ID);
    add(MergeOptions.class, IdentityCodecs.MERGE_OPTIONS);
    add(MergeRecord.class, IdentityCodecs.MERGE_RECORD);
  }

  private void registerEvents() {
    EventSerializer serializer = new EventSerializer(byClass);
    addSerializer(CimEvent.class, serializer);
    addDeserializer(CimEvent.class, new EventDeserializer<>(CimEvent.class, byName));
    for (EventType<?> t : byName.values()) {
      registerEvent(t.type, serializer);
    }
  }

  private <E extends CimEvent> void registerEvent(Class<E> type, EventSerializer serializer) {
    addSerializer(type, serializer);
    addDeserializer(type, new EventDeserializer<>(type, byName));
  }

  /**
   * Builds a {@link CimJacksonModule} with the host's own event types beside cim's.
   *
   * <pre>{@code
   * CimJacksonModule module = CimJacksonModule.builder()
   *     .event("acme_escalated", AcmeEscalated.class, new AcmeEscalatedSerializer(), new AcmeEscalatedDeserializer())
   *     .build();
   * }</pre>
   *
   * <p>The host's serializer writes the event as a JSON object without a {@code "type"} field (the module adds it);
   * the host's deserializer reads that object back (the module removes {@code "type"} first). A builder is not
   * thread-safe; each {@link #build()} returns an independent module.
   */
  public static final class Builder {
    private final Map<String, EventType<?>> byName = new LinkedHashMap<>();

    private Builder() {
      EventCodecs.builtIns().forEach(this::addBuiltIn);
    }

    private <E extends CimEvent> void addBuiltIn(String name, Codecs.Obj<E> codec) {
      byName.put(name, new EventType.BuiltIn<>(name, codec));
    }

    /**
     * Registers a host's event type under a fixed JSON name.
     *
     * @param <E> the event type
     * @param name the JSON {@code "type"} name: 1 to 64 characters of {@code a-z 0-9 _}, starting with a letter,
     *     not used yet (cim's own names are taken); prefix it with the host's name ({@code acme_escalated}); not null
     * @param type the event's concrete class, not registered yet; events of subclasses are not covered; not null
     * @param serializer writes the event as a JSON object without a {@code "type"} field; not null
     * @param deserializer reads that object back into an instance of {@code type}; not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is not valid or already registered, or the class is abstract, an
     *     interface, not a {@link CimEvent} or already registered
     */
    public <E extends CimEvent> Builder event(String name, Class<E> type, JsonSerializer<? super E> serializer,
        JsonDeserializer<? extends E> deserializer) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(serializer, "serializer");
      Objects.requireNonNull(deserializer, "deserializer");
      if (!EVENT_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("event type name must be 1 to 64 characters of a-z, 0-9 and '_' starting "
            + "with a letter, but was '" + name + "'");
      }
      if (byName.containsKey(name)) {
        throw new IllegalArgumentException("event type name must not be registered yet, but '" + name
            + "' is registered for " + byName.get(name).type.getName());
      }
      if (!CimEvent.class.isAssignableFrom(type) || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
        throw new IllegalArgumentException("event type must be a concrete class implementing CimEvent, but was "
            + type.getName());
      }
      for (EventType<?> t : byName.values()) {
        if (t.type == type) {
          throw new IllegalArgumentException("event class must not be registered yet, but " + type.getName()
              + " is registered as '" + t.name + "'");
        }
      }
      byName.put(name, new EventType.Host<>(name, type, serializer, deserializer));
      return this;
    }

    /**
     * Returns a module with cim's event types and those registered so far.
     *
     * @return the module; not null
     */
    public CimJacksonModule build() {
      return new CimJacksonModule(byName);
    }
  }
}
