package dev.cim.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the fields of one JSON object and checks, at {@link #end()}, that no unknown field is left. Not API. */
final class Fields {
  private final ReadContext r;
  private final JsonNode node;
  private final String path;
  private final Class<?> target;
  private final Set<String> known = new LinkedHashSet<>();

  Fields(ReadContext r, JsonNode node, String path, Class<?> target) throws IOException {
    if (!node.isObject()) {
      throw r.mismatch(path, target, "must be a JSON object, but was " + ReadContext.describe(node));
    }
    this.r = r;
    this.node = node;
    this.path = path;
    this.target = target;
  }

  String path() {
    return path;
  }

  Class<?> target() {
    return target;
  }

  ReadContext context() {
    return r;
  }

  /** Reads a field that must be present and not null. */
  <T> T req(String name, Codec<T> codec) throws IOException {
    known.add(name);
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      throw r.mismatch(path, target, "missing required field '" + name + "' (" + codec.typeName() + ")");
    }
    return codec.read(v, r, path + "." + name);
  }

  /** Reads a field that may be absent or null. */
  <T> Optional<T> opt(String name, Codec<T> codec) throws IOException {
    known.add(name);
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    return Optional.of(codec.read(v, r, path + "." + name));
  }

  /** Reads a field that takes a default (an empty collection) when absent or null. */
  <T> T orElse(String name, Codec<T> codec, T absent) throws IOException {
    return opt(name, codec).orElse(absent);
  }

  /** Marks a field as read by the caller. */
  void skip(String name) {
    known.add(name);
  }

  /** Fails on a field that was not read, unless FAIL_ON_UNKNOWN_PROPERTIES is off. */
  void end() throws IOException {
    if (!r.failOnUnknown) {
      return;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!known.contains(name)) {
        List<Object> names = new ArrayList<>(known);
        throw r.unknownField(path, target, name, names);
      }
    }
  }
}
