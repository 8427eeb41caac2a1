package dev.cim.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Writes a value as JSON and reads it back from a JSON tree. Not API.
 *
 * @param <T> the value type
 */
interface Codec<T> {

  /** Returns a short name of the value type, for error messages. */
  String typeName();

  /** Writes the value; never null. */
  void write(T value, JsonGenerator g) throws IOException;

  /**
   * Reads a value from a non-null, non-JSON-null node.
   *
   * @param path where the node is, for error messages (e.g. {@code Customer.contactPoints[2]})
   */
  T read(JsonNode node, ReadContext r, String path) throws IOException;
}
