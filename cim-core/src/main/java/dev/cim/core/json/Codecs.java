package dev.cim.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Generic codecs: JSON scalars, strings that stand for values, collections and objects. Not API. */
final class Codecs {
  private Codecs() {}

  /** A value written as a JSON string. */
  static final class Str<T> implements Codec<T> {
    private final String typeName;
    private final Class<T> type;
    private final Function<String, T> parse;
    private final Function<T, String> format;

    Str(String typeName, Class<T> type, Function<String, T> parse, Function<T, String> format) {
      this.typeName = typeName;
      this.type = type;
      this.parse = parse;
      this.format = format;
    }

    @Override
    public String typeName() {
      return typeName;
    }

    @Override
    public void write(T value, JsonGenerator g) throws IOException {
      String text;
      try {
        text = format.apply(value);
      } catch (RuntimeException e) {
        throw JsonMappingException.from(g, "cannot write " + typeName + ": " + e.getMessage(), e);
      }
      g.writeString(text);
    }

    String format(T value) {
      return format.apply(value);
    }

    @Override
    public T read(JsonNode node, ReadContext r, String path) throws IOException {
      if (!node.isTextual()) {
        throw r.mismatch(path, type, "must be a JSON string (" + typeName + "), but was "
            + ReadContext.describe(node));
      }
      return parse(node.textValue(), r, path);
    }

    T parse(String text, ReadContext r, String path) throws IOException {
      try {
        return parse.apply(text);
      } catch (RuntimeException e) {
        throw r.invalid(path, type, text, "invalid " + typeName + " '" + ReadContext.shorten(text) + "': "
            + e.getMessage(), e);
      }
    }
  }

  static <E extends Enum<E>> Str<E> enumeration(Class<E> type) {
    return new Str<>(type.getSimpleName(), type, s -> {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(s)) {
          return e;
        }
      }
      List<String> names = new ArrayList<>();
      for (E e : type.getEnumConstants()) {
        names.add(e.name());
      }
      throw new IllegalArgumentException("must be one of " + names);
    }, Enum::name);
  }

  static final Str<String> STRING = new Str<>("string", String.class, s -> s, s -> s);

  static final Str<Instant> INSTANT = new Str<>("ISO-8601 instant", Instant.class, Instant::parse,
      Instant::toString);

  static final Str<LocalDate> DATE = new Str<>("ISO-8601 date", LocalDate.class, LocalDate::parse,
      LocalDate::toString);

  static final Str<Locale> LOCALE = new Str<>("BCP 47 language tag", Locale.class, Codecs::locale,
      Codecs::languageTag);

  /** The locale's tag, refusing a locale that would read back as another (such as {@code new Locale("x")}). */
  private static String languageTag(Locale locale) {
    String tag = locale.toLanguageTag();
    if (!locale(tag).equals(locale)) {
      throw new IllegalArgumentException("locale '" + locale + "' has no BCP 47 language tag that reads back equal"
          + " (it would be written as '" + tag + "'); build it with Locale.forLanguageTag");
    }
    return tag;
  }

  private static Locale locale(String tag) {
    try {
      return new Locale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException("not a well-formed language tag: " + e.getMessage(), e);
    }
  }

  static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public String typeName() {
      return "boolean";
    }

    @Override
    public void write(Boolean value, JsonGenerator g) throws IOException {
      g.writeBoolean(value);
    }

    @Override
    public Boolean read(JsonNode node, ReadContext r, String path) throws IOException {
      if (!node.isBoolean()) {
        throw r.mismatch(path, Boolean.class, "must be a JSON boolean, but was " + ReadContext.describe(node));
      }
      return node.booleanValue();
    }
  };

  static final Codec<Integer> INT = new Codec<>() {
    @Override
    public String typeName() {
      return "32-bit integer";
    }

    @Override
    public void write(Integer value, JsonGenerator g) throws IOException {
      g.writeNumber(value);
    }

    @Override
    public Integer read(JsonNode node, ReadContext r, String path) throws IOException {
      if (!node.isIntegralNumber() || !node.canConvertToInt()) {
        throw r.mismatch(path, Integer.class, "must be a JSON integer in the 32-bit range, but was "
            + ReadContext.describe(node));
      }
      return node.intValue();
    }
  };

  static final Codec<Long> LONG = new Codec<>() {
    @Override
    public String typeName() {
      return "64-bit integer";
    }

    @Override
    public void write(Long value, JsonGenerator g) throws IOException {
      g.writeNumber(value);
    }

    @Override
    public Long read(JsonNode node, ReadContext r, String path) throws IOException {
      if (!node.isIntegralNumber() || !node.canConvertToLong()) {
        throw r.mismatch(path, Long.class, "must be a JSON integer in the 64-bit range, but was "
            + ReadContext.describe(node));
      }
      return node.longValue();
    }
  };

  static final Codec<Double> DOUBLE = new Codec<>() {
    @Override
    public String typeName() {
      return "number";
    }

    @Override
    public void write(Double value, JsonGenerator g) throws IOException {
      g.writeNumber(value);
    }

    @Override
    public Double read(JsonNode node, ReadContext r, String path) throws IOException {
      if (!node.isNumber()) {
        throw r.mismatch(path, Double.class, "must be a JSON number, but was " + ReadContext.describe(node));
      }
      double d = node.doubleValue();
      if (!Double.isFinite(d)) {
        throw r.invalid(path, Double.class, node.toString(), "must be a finite number, but was " + node, null);
      }
      return d;
    }
  };

  /** A list, written as a JSON array in order. */
  static <T> Codec<List<T>> listOf(Codec<T> element) {
    return new Codec<>() {
      @Override
      public String typeName() {
        return "array of " + element.typeName();
      }

      @Override
      public void write(List<T> value, JsonGenerator g) throws IOException {
        g.writeStartArray();
        for (T t : value) {
          element.write(t, g);
        }
        g.writeEndArray();
      }

      @Override
      public List<T> read(JsonNode node, ReadContext r, String path) throws IOException {
        if (!node.isArray()) {
          throw r.mismatch(path, List.class, "must be a JSON array, but was " + ReadContext.describe(node));
        }
        List<T> list = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
          JsonNode item = node.get(i);
          String at = path + "[" + i + "]";
          if (item.isNull()) {
            throw r.mismatch(at, List.class, "must not be null");
          }
          list.add(element.read(item, r, at));
        }
        return Collections.unmodifiableList(list);
      }
    };
  }

  /** A set, written as a JSON array sorted by {@code order}, read rejecting duplicates. */
  static <T> Codec<Set<T>> setOf(Codec<T> element, Comparator<? super T> order) {
    Codec<List<T>> list = listOf(element);
    return new Codec<>() {
      @Override
      public String typeName() {
        return "array of distinct " + element.typeName();
      }

      @Override
      public void write(Set<T> value, JsonGenerator g) throws IOException {
        List<T> sorted = new ArrayList<>(value);
        sorted.sort(order);
        list.write(sorted, g);
      }

      @Override
      public Set<T> read(JsonNode node, ReadContext r, String path) throws IOException {
        List<T> items = list.read(node, r, path);
        Set<T> set = new LinkedHashSet<>();
        for (int i = 0; i < items.size(); i++) {
          if (!set.add(items.get(i))) {
            throw r.invalid(path + "[" + i + "]", Set.class, String.valueOf(items.get(i)),
                "duplicate element '" + ReadContext.shorten(String.valueOf(items.get(i))) + "'", null);
          }
        }
        return Collections.unmodifiableSet(set);
      }
    };
  }

  /** A map, written as a JSON object keyed by the keys' names in their order, read rejecting duplicate keys. */
  static <K extends Comparable<? super K>, V> Codec<Map<K, V>> mapOf(Str<K> keys, Codec<V> values) {
    return new Codec<>() {
      @Override
      public String typeName() {
        return "object of " + keys.typeName() + " to " + values.typeName();
      }

      @Override
      public void write(Map<K, V> value, JsonGenerator g) throws IOException {
        List<K> sorted = new ArrayList<>(value.keySet());
        Collections.sort(sorted);
        g.writeStartObject();
        for (K k : sorted) {
          g.writeFieldName(keys.format(k));
          values.write(value.get(k), g);
        }
        g.writeEndObject();
      }

      @Override
      public Map<K, V> read(JsonNode node, ReadContext r, String path) throws IOException {
        if (!node.isObject()) {
          throw r.mismatch(path, Map.class, "must be a JSON object, but was " + ReadContext.describe(node));
        }
        Map<K, V> map = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          String at = path + "." + e.getKey();
          K k = keys.parse(e.getKey(), r, at);
          if (e.getValue().isNull()) {
            throw r.mismatch(at, Map.class, "must not be null");
          }
          V v = values.read(e.getValue(), r, at);
          if (map.put(k, v) != null) {
            throw r.invalid(at, Map.class, e.getKey(), "duplicate key '" + ReadContext.shorten(e.getKey())
                + "' (keys are compared after normalisation)", null);
          }
        }
        return Collections.unmodifiableMap(map);
      }
    };
  }

  /** A value written as a JSON object; subclasses read its fields and build it. */
  abstract static class Obj<T> implements Codec<T> {
    private final Class<T> type;

    Obj(Class<T> type) {
      this.type = type;
    }

    Class<T> type() {
      return type;
    }

    @Override
    public String typeName() {
      return type.getSimpleName();
    }

    @Override
    public final void write(T value, JsonGenerator g) throws IOException {
      g.writeStartObject();
      writeFields(value, g);
      g.writeEndObject();
    }

    @Override
    public final T read(JsonNode node, ReadContext r, String path) throws IOException {
      return read(new Fields(r, node, path, type));
    }

    /** Reads the fields, checks for unknown ones and builds the value, wrapping a model rejection. */
    final T read(Fields f) throws IOException {
      Builder<T> b = fields(f);
      f.end();
      try {
        return b.build();
      } catch (RuntimeException e) {
        throw f.context().construction(f.path(), type, e);
      }
    }

    /** Writes the fields, without the braces. */
    abstract void writeFields(T value, JsonGenerator g) throws IOException;

    /** Reads every field and returns how to build the value from them. */
    abstract Builder<T> fields(Fields f) throws IOException;
  }

  /** Builds a value from fields already read; may throw the model's exceptions. */
  @FunctionalInterface
  interface Builder<T> {
    T build();
  }
}
