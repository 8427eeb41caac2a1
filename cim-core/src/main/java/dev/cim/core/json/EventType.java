package dev.cim.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.cim.core.event.CimEvent;
import java.io.IOException;

/** One event type with its fixed JSON name, written as an object whose first field is {@code "type"}. Not API. */
abstract class EventType<E extends CimEvent> {
  static final String TYPE_FIELD = "type";

  final String name;
  final Class<E> type;

  EventType(String name, Class<E> type) {
    this.name = name;
    this.type = type;
  }

  /** Writes the whole object, {@code "type"} first. */
  abstract void write(E event, JsonGenerator g, SerializerProvider provider) throws IOException;

  /** Reads the object whose {@code "type"} named this type. */
  abstract E read(JsonNode node, ReadContext r, String path) throws IOException;

  /** cim's own events, written by their codecs. */
  static final class BuiltIn<E extends CimEvent> extends EventType<E> {
    private final Codecs.Obj<E> codec;

    BuiltIn(String name, Codecs.Obj<E> codec) {
      super(name, codec.type());
      this.codec = codec;
    }

    @Override
    void write(E event, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject();
      g.writeStringField(TYPE_FIELD, name);
      codec.writeFields(event, g);
      g.writeEndObject();
    }

    @Override
    E read(JsonNode node, ReadContext r, String path) throws IOException {
      Fields f = new Fields(r, node, path, type);
      f.skip(TYPE_FIELD);
      return codec.read(f);
    }
  }

  /** A host's event, written by the host's serializer and read by the host's deserializer. */
  static final class Host<E extends CimEvent> extends EventType<E> {
    private final JsonSerializer<? super E> serializer;
    private final JsonDeserializer<? extends E> deserializer;

    Host(String name, Class<E> type, JsonSerializer<? super E> serializer,
        JsonDeserializer<? extends E> deserializer) {
      super(name, type);
      this.serializer = serializer;
      this.deserializer = deserializer;
    }

    @Override
    void write(E event, JsonGenerator g, SerializerProvider provider) throws IOException {
      TokenBuffer buffer = new TokenBuffer(g.getCodec(), false);
      serializer.serialize(event, buffer, provider);
      try (JsonParser body = buffer.asParser()) {
        if (body.nextToken() != JsonToken.START_OBJECT) {
          provider.reportMappingProblem("serializer of event type '%s' (%s) must write a JSON object, but wrote %s",
              name, type.getName(), body.currentToken());
        }
        g.writeStartObject();
        g.writeStringField(TYPE_FIELD, name);
        while (body.nextToken() == JsonToken.FIELD_NAME) {
          String field = body.currentName();
          if (TYPE_FIELD.equals(field)) {
            provider.reportMappingProblem("serializer of event type '%s' (%s) must not write a field named '%s': "
                + "cim writes it", name, type.getName(), TYPE_FIELD);
          }
          g.writeFieldName(field);
          body.nextToken();
          g.copyCurrentStructure(body);
        }
        g.writeEndObject();
      }
    }

    @Override
    E read(JsonNode node, ReadContext r, String path) throws IOException {
      if (!node.isObject()) {
        throw r.mismatch(path, type, "must be a JSON object, but was " + ReadContext.describe(node));
      }
      ObjectNode body = ((ObjectNode) node).deepCopy();
      body.remove(TYPE_FIELD);
      Object event;
      try (JsonParser p = body.traverse(r.parser.getCodec())) {
        p.nextToken();
        event = deserializer.deserialize(p, r.ctxt);
      } catch (RuntimeException e) {
        throw r.construction(path, type, e);
      }
      if (!type.isInstance(event)) {
        throw r.mismatch(path, type, "deserializer of event type '" + name + "' must return a " + type.getName()
            + ", but returned " + (event == null ? "null" : event.getClass().getName()));
      }
      return type.cast(event);
    }
  }
}
