package dev.cim.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import dev.cim.core.event.CimEvent;
import java.io.IOException;
import java.util.Map;

/**
 * Reads an event by its {@code "type"} name, looked up in the module's fixed registry; never by class name. Bound to
 * {@link CimEvent} (any registered type) or to one event class (that type only). Not API.
 */
final class EventDeserializer<E extends CimEvent> extends StdDeserializer<E> {
  private static final long serialVersionUID = 1L;

  private final Class<E> expected;
  private final transient Map<String, EventType<?>> byName;

  EventDeserializer(Class<E> expected, Map<String, EventType<?>> byName) {
    super(expected);
    this.expected = expected;
    this.byName = byName;
  }

  @Override
  public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonNode node = ctxt.readTree(p);
    ReadContext r = new ReadContext(p, ctxt);
    String path = expected.getSimpleName();
    if (!node.isObject()) {
      throw r.mismatch(path, expected, "must be a JSON object, but was " + ReadContext.describe(node));
    }
    JsonNode typeNode = node.get(EventType.TYPE_FIELD);
    if (typeNode == null || typeNode.isNull()) {
      throw r.mismatch(path, expected, "missing required field 'type' (one of " + byName.keySet() + ")");
    }
    if (!typeNode.isTextual()) {
      throw r.mismatch(path + ".type", expected, "must be a JSON string, but was " + ReadContext.describe(typeNode));
    }
    String name = typeNode.textValue();
    EventType<?> t = byName.get(name);
    if (t == null) {
      throw InvalidTypeIdException.from(p, path + ".type: unknown event type '" + ReadContext.shorten(name)
          + "'; known types: " + byName.keySet(), ctxt.constructType(expected), name);
    }
    if (!expected.isAssignableFrom(t.type)) {
      throw InvalidTypeIdException.from(p, path + ".type: event type '" + name + "' is a " + t.type.getSimpleName()
          + ", not a " + expected.getSimpleName(), ctxt.constructType(expected), name);
    }
    return expected.cast(t.read(node, r, name));
  }
}
