package dev.cim.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.util.Collection;
import java.util.Locale;

/** The state of one read: the parser (for error locations) and the features that matter. Not API. */
final class ReadContext {
  private static final int MAX_SHOWN = 60;

  final JsonParser parser;
  final DeserializationContext ctxt;
  final boolean failOnUnknown;

  ReadContext(JsonParser parser, DeserializationContext ctxt) {
    this.parser = parser;
    this.ctxt = ctxt;
    this.failOnUnknown = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** A value of the wrong JSON type, or a missing field. */
  MismatchedInputException mismatch(String path, Class<?> target, String message) {
    return MismatchedInputException.from(parser, target, path + ": " + message);
  }

  /** A JSON value of the right JSON type that the model rejects (a bad id, time, name). */
  InvalidFormatException invalid(String path, Class<?> target, Object value, String message, Throwable cause) {
    InvalidFormatException e = InvalidFormatException.from(parser, path + ": " + message, value, target);
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }

  /** A record whose constructor rejected the values read. */
  JsonMappingException construction(String path, Class<?> target, RuntimeException cause) {
    return ValueInstantiationException.from(parser, path + ": invalid " + target.getSimpleName() + ": "
        + cause.getMessage(), TypeFactory.defaultInstance().constructType(target), cause);
  }

  /** A field that no cim type has. */
  UnrecognizedPropertyException unknownField(String path, Class<?> target, String field,
      Collection<Object> known) {
    return new UnrecognizedPropertyException(parser, String.format(Locale.ROOT,
        "%s: unknown field '%s'; known fields: %s", path, shorten(field), known), parser.currentLocation(),
        target, field, known);
  }

  /** Describes a JSON node for messages: its JSON type and a shortened value. */
  static String describe(JsonNode node) {
    String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
    String text = node.isTextual() ? "'" + shorten(node.textValue()) + "'" : shorten(node.toString());
    return type + " " + text;
  }

  static String shorten(String s) {
    return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "...";
  }
}
