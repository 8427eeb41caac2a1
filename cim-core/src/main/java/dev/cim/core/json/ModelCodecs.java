package dev.cim.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The codecs of the model types. Not API. */
final class ModelCodecs {
  private ModelCodecs() {}

  static final Codecs.Str<CustomerId> CUSTOMER_ID =
      new Codecs.Str<>("customer id", CustomerId.class, CustomerId::of, CustomerId::value);
  static final Codecs.Str<InteractionId> INTERACTION_ID =
      new Codecs.Str<>("interaction id", InteractionId.class, InteractionId::of, InteractionId::value);
  static final Codecs.Str<AgentId> AGENT_ID = new Codecs.Str<>("agent id", AgentId.class, AgentId::of, AgentId::value);
  static final Codecs.Str<CaseId> CASE_ID = new Codecs.Str<>("case id", CaseId.class, CaseId::of, CaseId::value);
  static final Codecs.Str<MessageId> MESSAGE_ID =
      new Codecs.Str<>("message id", MessageId.class, MessageId::of, MessageId::value);

  static final Codecs.Str<Channel> CHANNEL = new Codecs.Str<>("channel", Channel.class, Channel::of, Channel::name);
  static final Codecs.Str<Skill> SKILL = new Codecs.Str<>("skill", Skill.class, Skill::of, Skill::name);
  static final Codecs.Str<ContactPointKind> CONTACT_POINT_KIND = new Codecs.Str<>("contact point kind",
      ContactPointKind.class, ContactPointKind::of, ContactPointKind::name);

  static final Codecs.Str<Direction> DIRECTION = Codecs.enumeration(Direction.class);
  static final Codecs.Str<AuthorRole> AUTHOR_ROLE = Codecs.enumeration(AuthorRole.class);
  static final Codecs.Str<InteractionState> INTERACTION_STATE = Codecs.enumeration(InteractionState.class);

  private static <T> void putOpt(JsonGenerator g, String name, Optional<T> value, Codec<T> codec)
      throws IOException {
    if (value.isPresent()) {
      g.writeFieldName(name);
      codec.write(value.get(), g);
    }
  }

  private static <T> void put(JsonGenerator g, String name, T value, Codec<T> codec) throws IOException {
    g.writeFieldName(name);
    codec.write(value, g);
  }

  static final Codecs.Obj<ContactPoint> CONTACT_POINT = new Codecs.Obj<>(ContactPoint.class) {
    @Override
    void writeFields(ContactPoint v, JsonGenerator g) throws IOException {
      put(g, "kind", v.kind(), CONTACT_POINT_KIND);
      g.writeStringField("value", v.value());
    }

    @Override
    Codecs.Builder<ContactPoint> fields(Fields f) throws IOException {
      ContactPointKind kind = f.req("kind", CONTACT_POINT_KIND);
      String value = f.req("value", Codecs.STRING);
      return () -> new ContactPoint(kind, value);
    }
  };

  private static final Comparator<ContactPoint> CONTACT_POINT_ORDER =
      Comparator.comparing(ContactPoint::kind).thenComparing(ContactPoint::value);

  static final Codecs.Obj<StateChange> STATE_CHANGE = new Codecs.Obj<>(StateChange.class) {
    @Override
    void writeFields(StateChange v, JsonGenerator g) throws IOException {
      put(g, "state", v.state(), INTERACTION_STATE);
      put(g, "at", v.at(), Codecs.INSTANT);
    }

    @Override
    Codecs.Builder<StateChange> fields(Fields f) throws IOException {
      InteractionState state = f.req("state", INTERACTION_STATE);
      Instant at = f.req("at", Codecs.INSTANT);
      return () -> new StateChange(state, at);
    }
  };

  // ---------------------------------------------------------------- attributes

  /** The fixed table of attribute type names, in the order of {@link AttributeKey#supportedTypes()}. */
  enum AttributeType {
    STRING("string", String.class, Codecs.STRING),
    BOOLEAN("boolean", Boolean.class, Codecs.BOOLEAN),
    INT("int", Integer.class, Codecs.INT),
    LONG("long", Long.class, Codecs.LONG),
    DOUBLE("double", Double.class, Codecs.DOUBLE),
    DECIMAL("decimal", BigDecimal.class, new Codecs.Str<>("decimal number as a string", BigDecimal.class,
        ModelCodecs::decimal, BigDecimal::toString)),
    INSTANT("instant", Instant.class, Codecs.INSTANT),
    DATE("date", LocalDate.class, Codecs.DATE);

    final String jsonName;
    final Class<?> type;
    final Codec<?> codec;

    AttributeType(String jsonName, Class<?> type, Codec<?> codec) {
      this.jsonName = jsonName;
      this.type = type;
      this.codec = codec;
    }

    static AttributeType of(Class<?> type) {
      for (AttributeType t : values()) {
        if (t.type == type) {
          return t;
        }
      }
      throw new IllegalStateException("no JSON name for attribute type " + type.getName());
    }

    static List<String> names() {
      List<String> names = new ArrayList<>();
      for (AttributeType t : values()) {
        names.add(t.jsonName);
      }
      return names;
    }

    @SuppressWarnings("unchecked")
    void writeValue(Object value, JsonGenerator g) throws IOException {
      ((Codec<Object>) codec).write(value, g);
    }
  }

  private static final int MAX_DECIMAL_LENGTH = 1000;

  private static BigDecimal decimal(String s) {
    if (s.length() > MAX_DECIMAL_LENGTH) {
      throw new IllegalArgumentException("must be at most " + MAX_DECIMAL_LENGTH + " characters, but was "
          + s.length());
    }
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a decimal number", e);
    }
  }

  private static final Codecs.Str<AttributeType> ATTRIBUTE_TYPE = new Codecs.Str<>("attribute type",
      AttributeType.class, s -> {
        for (AttributeType t : AttributeType.values()) {
          if (t.jsonName.equals(s)) {
            return t;
          }
        }
        throw new IllegalArgumentException("unknown attribute type; supported types are " + AttributeType.names());
      }, t -> t.jsonName);

  @SuppressWarnings({"rawtypes", "unchecked"})
  static final Codecs.Obj<AttributeKey> ATTRIBUTE_KEY = new Codecs.Obj<>(AttributeKey.class) {
    @Override
    void writeFields(AttributeKey v, JsonGenerator g) throws IOException {
      g.writeStringField("name", v.name());
      put(g, "type", AttributeType.of(v.type()), ATTRIBUTE_TYPE);
    }

    @Override
    Codecs.Builder<AttributeKey> fields(Fields f) throws IOException {
      String name = f.req("name", Codecs.STRING);
      AttributeType type = f.req("type", ATTRIBUTE_TYPE);
      return () -> AttributeKey.of(name, type.type);
    }
  };

  /** Reads {"type": ..., "value": ...} for the attribute of the given name; also the body of an entry. */
  private static Codecs.Builder<Attributes.Entry<?>> entryFields(Fields f, String name) throws IOException {
    AttributeType type = f.req("type", ATTRIBUTE_TYPE);
    Object value = f.req("value", type.codec);
    return () -> entry(name, type.type, value);
  }

  private static <T> Attributes.Entry<T> entry(String name, Class<T> type, Object value) {
    return new Attributes.Entry<>(AttributeKey.of(name, type), type.cast(value));
  }

  private static void writeEntryBody(Attributes.Entry<?> e, JsonGenerator g) throws IOException {
    AttributeType t = AttributeType.of(e.key().type());
    put(g, "type", t, ATTRIBUTE_TYPE);
    g.writeFieldName("value");
    t.writeValue(e.value(), g);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  static final Codecs.Obj<Attributes.Entry> ATTRIBUTE_ENTRY = new Codecs.Obj<>(Attributes.Entry.class) {
    @Override
    void writeFields(Attributes.Entry v, JsonGenerator g) throws IOException {
      g.writeStringField("name", v.key().name());
      writeEntryBody(v, g);
    }

    @Override
    Codecs.Builder<Attributes.Entry> fields(Fields f) throws IOException {
      String name = f.req("name", Codecs.STRING);
      Codecs.Builder<Attributes.Entry<?>> b = entryFields(f, name);
      return b::build;
    }
  };

  static final Codec<Attributes> ATTRIBUTES = new Codec<>() {
    @Override
    public String typeName() {
      return "Attributes";
    }

    @Override
    public void write(Attributes value, JsonGenerator g) throws IOException {
      g.writeStartObject();
      for (Attributes.Entry<?> e : value.entries()) {
        g.writeFieldName(e.key().name());
        g.writeStartObject();
        writeEntryBody(e, g);
        g.writeEndObject();
      }
      g.writeEndObject();
    }

    @Override
    public Attributes read(JsonNode node, ReadContext r, String path) throws IOException {
      if (!node.isObject()) {
        throw r.mismatch(path, Attributes.class, "must be a JSON object, but was " + ReadContext.describe(node));
      }
      List<Attributes.Entry<?>> entries = new ArrayList<>();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String at = path + "." + field.getKey();
        Fields f = new Fields(r, field.getValue(), at, Attributes.Entry.class);
        Codecs.Builder<Attributes.Entry<?>> b = entryFields(f, field.getKey());
        f.end();
        try {
          entries.add(b.build());
        } catch (RuntimeException e) {
          throw r.construction(at, Attributes.Entry.class, e);
        }
      }
      try {
        return Attributes.ofEntries(entries);
      } catch (RuntimeException e) {
        throw r.construction(path, Attributes.class, e);
      }
    }
  };

  // ---------------------------------------------------------------- entities

  private static final Codec<Set<ContactPoint>> CONTACT_POINTS = Codecs.setOf(CONTACT_POINT, CONTACT_POINT_ORDER);
  private static final Codec<Map<String, Boolean>> CONSENTS = Codecs.mapOf(Codecs.STRING, Codecs.BOOLEAN);

  static final Codecs.Obj<Customer> CUSTOMER = new Codecs.Obj<>(Customer.class) {
    @Override
    void writeFields(Customer v, JsonGenerator g) throws IOException {
      put(g, "id", v.id(), CUSTOMER_ID);
      putOpt(g, "displayName", v.displayName(), Codecs.STRING);
      put(g, "contactPoints", v.contactPoints(), CONTACT_POINTS);
      putOpt(g, "segment", v.segment(), Codecs.STRING);
      putOpt(g, "preferredChannel", v.preferredChannel(), CHANNEL);
      putOpt(g, "preferredLanguage", v.preferredLanguage(), Codecs.LOCALE);
      put(g, "consents", v.consents(), CONSENTS);
      put(g, "attributes", v.attributes(), ATTRIBUTES);
      g.writeNumberField("version", v.version());
      put(g, "createdAt", v.createdAt(), Codecs.INSTANT);
      put(g, "updatedAt", v.updatedAt(), Codecs.INSTANT);
    }

    @Override
    Codecs.Builder<Customer> fields(Fields f) throws IOException {
      CustomerId id = f.req("id", CUSTOMER_ID);
      Optional<String> displayName = f.opt("displayName", Codecs.STRING);
      Set<ContactPoint> contactPoints = f.orElse("contactPoints", CONTACT_POINTS, Set.of());
      Optional<String> segment = f.opt("segment", Codecs.STRING);
      Optional<Channel> preferredChannel = f.opt("preferredChannel", CHANNEL);
      Optional<Locale> preferredLanguage = f.opt("preferredLanguage", Codecs.LOCALE);
      Map<String, Boolean> consents = f.orElse("consents", CONSENTS, Map.of());
      Attributes attributes = f.orElse("attributes", ATTRIBUTES, Attributes.empty());
      long version = f.req("version", Codecs.LONG);
      Instant createdAt = f.req("createdAt", Codecs.INSTANT);
      Instant updatedAt = f.req("updatedAt", Codecs.INSTANT);
      return () -> new Customer(id, displayName, contactPoints, segment, preferredChannel, preferredLanguage,
          consents, attributes, version, createdAt, updatedAt);
    }
  };

  private static final Codec<List<StateChange>> HISTORY = Codecs.listOf(STATE_CHANGE);

  static final Codecs.Obj<Interaction> INTERACTION = new Codecs.Obj<>(Interaction.class) {
    @Override
    void writeFields(Interaction v, JsonGenerator g) throws IOException {
      put(g, "id", v.id(), INTERACTION_ID);
      put(g, "customerId", v.customerId(), CUSTOMER_ID);
      put(g, "channel", v.channel(), CHANNEL);
      put(g, "direction", v.direction(), DIRECTION);
      putOpt(g, "topic", v.topic(), Codecs.STRING);
      g.writeNumberField("priority", v.priority());
      put(g, "caseId", v.caseId(), CASE_ID);
      putOpt(g, "threadRef", v.threadRef(), Codecs.STRING);
      putOpt(g, "queue", v.queue(), Codecs.STRING);
      putOpt(g, "assignedAgent", v.assignedAgent(), AGENT_ID);
      putOpt(g, "disposition", v.disposition(), Codecs.STRING);
      put(g, "attributes", v.attributes(), ATTRIBUTES);
      put(g, "state", v.state(), INTERACTION_STATE);
      put(g, "history", v.history(), HISTORY);
      g.writeNumberField("version", v.version());
      put(g, "createdAt", v.createdAt(), Codecs.INSTANT);
      put(g, "updatedAt", v.updatedAt(), Codecs.INSTANT);
    }

    @Override
    Codecs.Builder<Interaction> fields(Fields f) throws IOException {
      InteractionId id = f.req("id", INTERACTION_ID);
      CustomerId customerId = f.req("customerId", CUSTOMER_ID);
      Channel channel = f.req("channel", CHANNEL);
      Direction direction = f.req("direction", DIRECTION);
      Optional<String> topic = f.opt("topic", Codecs.STRING);
      int priority = f.req("priority", Codecs.INT);
      CaseId caseId = f.req("caseId", CASE_ID);
      Optional<String> threadRef = f.opt("threadRef", Codecs.STRING);
      Optional<String> queue = f.opt("queue", Codecs.STRING);
      Optional<AgentId> assignedAgent = f.opt("assignedAgent", AGENT_ID);
      Optional<String> disposition = f.opt("disposition", Codecs.STRING);
      Attributes attributes = f.orElse("attributes", ATTRIBUTES, Attributes.empty());
      InteractionState state = f.req("state", INTERACTION_STATE);
      List<StateChange> history = f.req("history", HISTORY);
      long version = f.req("version", Codecs.LONG);
      Instant createdAt = f.req("createdAt", Codecs.INSTANT);
      Instant updatedAt = f.req("updatedAt", Codecs.INSTANT);
      return () -> new Interaction(id, customerId, channel, direction, topic, priority, caseId, threadRef, queue,
          assignedAgent, disposition, attributes, state, history, version, createdAt, updatedAt);
    }
  };

  static final Codecs.Obj<Message> MESSAGE = new Codecs.Obj<>(Message.class) {
    @Override
    void writeFields(Message v, JsonGenerator g) throws IOException {
      put(g, "id", v.id(), MESSAGE_ID);
      put(g, "interactionId", v.interactionId(), INTERACTION_ID);
      put(g, "role", v.role(), AUTHOR_ROLE);
      putOpt(g, "authorId", v.authorId(), Codecs.STRING);
      g.writeStringField("text", v.text());
      put(g, "sentAt", v.sentAt(), Codecs.INSTANT);
      put(g, "attributes", v.attributes(), ATTRIBUTES);
    }

    @Override
    Codecs.Builder<Message> fields(Fields f) throws IOException {
      MessageId id = f.req("id", MESSAGE_ID);
      InteractionId interactionId = f.req("interactionId", INTERACTION_ID);
      AuthorRole role = f.req("role", AUTHOR_ROLE);
      Optional<String> authorId = f.opt("authorId", Codecs.STRING);
      String text = f.req("text", Codecs.STRING);
      Instant sentAt = f.req("sentAt", Codecs.INSTANT);
      Attributes attributes = f.orElse("attributes", ATTRIBUTES, Attributes.empty());
      return () -> new Message(id, interactionId, role, authorId, text, sentAt, attributes);
    }
  };

  private static final Codec<Map<Skill, Integer>> SKILLS = Codecs.mapOf(SKILL, Codecs.INT);
  private static final Codec<Map<Channel, Integer>> CAPACITY = Codecs.mapOf(CHANNEL, Codecs.INT);
  private static final Codec<Set<Locale>> LANGUAGES =
      Codecs.setOf(Codecs.LOCALE, Comparator.comparing(Locale::toLanguageTag));

  static final Codecs.Obj<Agent> AGENT = new Codecs.Obj<>(Agent.class) {
    @Override
    void writeFields(Agent v, JsonGenerator g) throws IOException {
      put(g, "id", v.id(), AGENT_ID);
      g.writeStringField("name", v.name());
      put(g, "skills", v.skills(), SKILLS);
      put(g, "languages", v.languages(), LANGUAGES);
      putOpt(g, "team", v.team(), Codecs.STRING);
      put(g, "capacity", v.capacity(), CAPACITY);
      put(g, "attributes", v.attributes(), ATTRIBUTES);
      g.writeNumberField("version", v.version());
    }

    @Override
    Codecs.Builder<Agent> fields(Fields f) throws IOException {
      AgentId id = f.req("id", AGENT_ID);
      String name = f.req("name", Codecs.STRING);
      Map<Skill, Integer> skills = f.orElse("skills", SKILLS, Map.of());
      Set<Locale> languages = f.orElse("languages", LANGUAGES, Set.of());
      Optional<String> team = f.opt("team", Codecs.STRING);
      Map<Channel, Integer> capacity = f.orElse("capacity", CAPACITY, Map.of());
      Attributes attributes = f.orElse("attributes", ATTRIBUTES, Attributes.empty());
      long version = f.req("version", Codecs.LONG);
      return () -> new Agent(id, name, skills, languages, team, capacity, attributes, version);
    }
  };
}
