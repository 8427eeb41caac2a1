package dev.cim.examples.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.cim.core.spi.StoreException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The JSON documents of the JDBC stores, written and read by explicit code with Jackson's tree model (no data binding,
 * no annotations on the model), so that every field's form is visible here and round trips exactly.
 *
 * <p>Attributes are an array of {@code {"n": name, "t": type, "v": value-as-string}}: every value is written as its
 * {@code toString()} and read back with its type's parser, so a {@link BigDecimal} keeps its scale, an
 * {@link Instant} its nanoseconds and a {@link Long} stays a {@code Long}. Instants are ISO-8601 strings; locales are
 * BCP 47 tags.
 *
 * <p>Thread-safe: the shared {@link ObjectMapper} is only read from.
 */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  // ---------------------------------------------------------------- customers

  /** The customer's document: everything but id and version. */
  static String customer(Customer c) {
    ObjectNode o = MAPPER.createObjectNode();
    c.displayName().ifPresent(v -> o.put("displayName", v));
    ArrayNode cps = o.putArray("contactPoints");
    c.contactPoints().stream()
        .sorted((a, b) -> a.kind().equals(b.kind()) ? a.value().compareTo(b.value()) : a.kind().compareTo(b.kind()))
        .forEach(cp -> cps.addObject().put("k", cp.kind().name()).put("v", cp.value()));
    c.segment().ifPresent(v -> o.put("segment", v));
    c.preferredChannel().ifPresent(v -> o.put("preferredChannel", v.name()));
    c.preferredLanguage().ifPresent(v -> o.put("preferredLanguage", v.toLanguageTag()));
    ObjectNode consents = o.putObject("consents");
    c.consents().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> consents.put(e.getKey(), e.getValue()));
    o.set("attributes", attributes(c.attributes()));
    o.put("createdAt", c.createdAt().toString());
    o.put("updatedAt", c.updatedAt().toString());
    return write(o);
  }

  static Customer customer(String id, long version, String doc) {
    return decode("customer", id, () -> decodeCustomer(id, version, doc));
  }

  private static Customer decodeCustomer(String id, long version, String doc) {
    JsonNode o = read(doc);
    Set<ContactPoint> cps = new HashSet<>();
    for (JsonNode cp : o.path("contactPoints")) {
      cps.add(new ContactPoint(ContactPointKind.of(cp.get("k").asText()), cp.get("v").asText()));
    }
    Map<String, Boolean> consents = new HashMap<>();
    o.path("consents").fields().forEachRemaining(e -> consents.put(e.getKey(), e.getValue().asBoolean()));
    return new Customer(CustomerId.of(id), text(o, "displayName"), cps, text(o, "segment"),
        text(o, "preferredChannel").map(Channel::of), text(o, "preferredLanguage").map(Locale::forLanguageTag),
        consents, attributes(o.path("attributes")), version, Instant.parse(o.get("createdAt").asText()),
        Instant.parse(o.get("updatedAt").asText()));
  }

  // ---------------------------------------------------------------- interactions

  /** The interaction's document: everything but the columns id, customer, case, state, createdAt and version. */
  static String interaction(Interaction i) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("channel", i.channel().name());
    o.put("direction", i.direction().name());
    i.topic().ifPresent(v -> o.put("topic", v));
    o.put("priority", i.priority());
    i.threadRef().ifPresent(v -> o.put("threadRef", v));
    i.queue().ifPresent(v -> o.put("queue", v));
    i.assignedAgent().ifPresent(v -> o.put("assignedAgent", v.value()));
    i.disposition().ifPresent(v -> o.put("disposition", v));
    o.set("attributes", attributes(i.attributes()));
    ArrayNode history = o.putArray("history");
    for (StateChange s : i.history()) {
      history.addObject().put("s", s.state().name()).put("at", s.at().toString());
    }
    o.put("updatedAt", i.updatedAt().toString());
    return write(o);
  }

  static Interaction interaction(String id, String customerId, String caseId, String state, Instant createdAt,
      long version, String doc) {
    return decode("interaction", id, () -> decodeInteraction(id, customerId, caseId, state, createdAt, version, doc));
  }

  private static Interaction decodeInteraction(String id, String customerId, String caseId, String state,
      Instant createdAt, long version, String doc) {
    JsonNode o = read(doc);
    List<StateChange> history = new ArrayList<>();
    for (JsonNode s : o.path("history")) {
      history.add(new StateChange(InteractionState.valueOf(s.get("s").asText()), Instant.parse(s.get("at").asText())));
    }
    return new Interaction(InteractionId.of(id), CustomerId.of(customerId), Channel.of(o.get("channel").asText()),
        Direction.valueOf(o.get("direction").asText()), text(o, "topic"), o.get("priority").asInt(),
        CaseId.of(caseId), text(o, "threadRef"), text(o, "queue"), text(o, "assignedAgent").map(AgentId::of),
        text(o, "disposition"), attributes(o.path("attributes")), InteractionState.valueOf(state), history, version,
        createdAt, Instant.parse(o.get("updatedAt").asText()));
  }

  // ---------------------------------------------------------------- messages

  /** The message's document: role, author and attributes (the text has its own column). */
  static String message(Message m) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("role", m.role().name());
    m.authorId().ifPresent(v -> o.put("authorId", v));
    o.set("attributes", attributes(m.attributes()));
    return write(o);
  }

  static Message message(String id, String interactionId, Instant sentAt, String doc, String body) {
    return decode("message", id, () -> decodeMessage(id, interactionId, sentAt, doc, body));
  }

  private static Message decodeMessage(String id, String interactionId, Instant sentAt, String doc, String body) {
    JsonNode o = read(doc);
    return new Message(MessageId.of(id), InteractionId.of(interactionId), AuthorRole.valueOf(o.get("role").asText()),
        text(o, "authorId"), body, sentAt, attributes(o.path("attributes")));
  }

  // ---------------------------------------------------------------- agents

  /** The agent's document: everything but id and version. */
  static String agent(Agent a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("name", a.name());
    ObjectNode skills = o.putObject("skills");
    a.skills().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> skills.put(e.getKey().name(), e.getValue()));
    ArrayNode languages = o.putArray("languages");
    a.languages().stream().map(Locale::toLanguageTag).sorted().forEach(languages::add);
    a.team().ifPresent(v -> o.put("team", v));
    ObjectNode capacity = o.putObject("capacity");
    a.capacity().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> capacity.put(e.getKey().name(), e.getValue()));
    o.set("attributes", attributes(a.attributes()));
    return write(o);
  }

  static Agent agent(String id, long version, String doc) {
    return decode("agent", id, () -> decodeAgent(id, version, doc));
  }

  private static Agent decodeAgent(String id, long version, String doc) {
    JsonNode o = read(doc);
    Map<Skill, Integer> skills = new HashMap<>();
    o.path("skills").fields().forEachRemaining(e -> skills.put(Skill.of(e.getKey()), e.getValue().asInt()));
    Set<Locale> languages = new HashSet<>();
    o.path("languages").forEach(l -> languages.add(Locale.forLanguageTag(l.asText())));
    Map<Channel, Integer> capacity = new HashMap<>();
    o.path("capacity").fields().forEachRemaining(e -> capacity.put(Channel.of(e.getKey()), e.getValue().asInt()));
    return new Agent(AgentId.of(id), o.get("name").asText(), skills, languages, text(o, "team"), capacity,
        attributes(o.path("attributes")), version);
  }

  // ---------------------------------------------------------------- attributes

  static ArrayNode attributes(Attributes attributes) {
    ArrayNode a = MAPPER.createArrayNode();
    for (Attributes.Entry<?> e : attributes.entries()) {
      a.addObject().put("n", e.key().name()).put("t", e.key().type().getSimpleName()).put("v", e.value().toString());
    }
    return a;
  }

  static Attributes attributes(JsonNode array) {
    List<Attributes.Entry<?>> entries = new ArrayList<>();
    for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
      JsonNode e = it.next();
      entries.add(entry(e.get("n").asText(), e.get("t").asText(), e.get("v").asText()));
    }
    return Attributes.ofEntries(entries);
  }

  private static Attributes.Entry<?> entry(String name, String type, String v) {
    return switch (type) {
      case "String" -> new Attributes.Entry<>(AttributeKey.of(name, String.class), v);
      case "Boolean" -> new Attributes.Entry<>(AttributeKey.of(name, Boolean.class), Boolean.valueOf(v));
      case "Integer" -> new Attributes.Entry<>(AttributeKey.of(name, Integer.class), Integer.valueOf(v));
      case "Long" -> new Attributes.Entry<>(AttributeKey.of(name, Long.class), Long.valueOf(v));
      case "Double" -> new Attributes.Entry<>(AttributeKey.of(name, Double.class), Double.valueOf(v));
      case "BigDecimal" -> new Attributes.Entry<>(AttributeKey.of(name, BigDecimal.class), new BigDecimal(v));
      case "Instant" -> new Attributes.Entry<>(AttributeKey.of(name, Instant.class), Instant.parse(v));
      case "LocalDate" -> new Attributes.Entry<>(AttributeKey.of(name, LocalDate.class), LocalDate.parse(v));
      default -> throw new IllegalStateException("stored attribute '" + name + "' has unknown type '" + type + "'");
    };
  }

  // ---------------------------------------------------------------- helpers

  /** Reports a row that does not make a valid entity (a corrupt or hand-edited row) as a storage failure. */
  private static <T> T decode(String type, String id, Supplier<T> decoder) {
    try {
      return decoder.get();
    } catch (RuntimeException e) {
      throw new StoreException("stored " + type + " '" + id + "' cannot be read: " + e.getClass().getSimpleName(), e);
    }
  }

  private static Optional<String> text(JsonNode o, String field) {
    JsonNode n = o.get(field);
    return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asText());
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write a JSON document", e);
    }
  }

  private static JsonNode read(String doc) {
    try {
      return MAPPER.readTree(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON document is not valid JSON", e);
    }
  }
}
