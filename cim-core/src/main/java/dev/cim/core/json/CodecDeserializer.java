package dev.cim.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/** Adapts a {@link Codec} to Jackson's deserializer: reads the value as a tree, then decodes it. Not API. */
final class CodecDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Codec<T> codec;

  CodecDeserializer(Class<T> type, Codec<T> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonNode node = ctxt.readTree(p);
    ReadContext r = new ReadContext(p, ctxt);
    if (node.isNull()) {
      throw r.mismatch(codec.typeName(), handledType(), "must not be null");
    }
    return codec.read(node, r, codec.typeName());
  }
}
