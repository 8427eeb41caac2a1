package dev.cim.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable set of typed custom attributes, at most one value per attribute name.
 *
 * <p>Values are read with the key they were written with; reading with a key of the same name but another type
 * throws, so a mistyped read is found at once instead of returning nothing. {@link #with} and {@link #without} return
 * new instances.
 *
 * <p>Immutable and thread-safe; equal when they hold equal keys and values.
 */
public final class Attributes {
  private static final Attributes EMPTY = new Attributes(Collections.emptyMap());

  private final Map<String, Entry<?>> entries; // sorted by name

  /**
   * One attribute: a key and its value.
   *
   * @param <T> the value type
   * @param key the key; not null
   * @param value the value, an instance of the key's type; not null
   */
  public record Entry<T>(AttributeKey<T> key, T value) {
    /**
     * Validates the entry.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the value is not an instance of the key's type
     */
    public Entry {
      Objects.requireNonNull(key, "key");
      value = key.cast(value);
    }
  }

  private Attributes(Map<String, Entry<?>> entries) {
    this.entries = entries;
  }

  /**
   * Returns the empty set of attributes.
   *
   * @return no attributes
   */
  public static Attributes empty() {
    return EMPTY;
  }

  /**
   * Returns attributes with one entry.
   *
   * @param <T> the value type
   * @param key the key; not null
   * @param value the value; not null
   * @return the attributes
   * @throws NullPointerException if an argument is null
   */
  public static <T> Attributes of(AttributeKey<T> key, T value) {
    return EMPTY.with(key, value);
  }

  /**
   * Returns attributes holding the given entries.
   *
   * @param entries the entries; not null, no null elements
   * @return the attributes
   * @throws NullPointerException if {@code entries} or an element is null
   * @throws IllegalArgumentException if two entries have the same name
   */
  public static Attributes ofEntries(Iterable<? extends Entry<?>> entries) {
    Objects.requireNonNull(entries, "entries");
    TreeMap<String, Entry<?>> map = new TreeMap<>();
    for (Entry<?> e : entries) {
      Objects.requireNonNull(e, "entry");
      if (map.put(e.key().name(), e) != null) {
        throw new IllegalArgumentException("attribute '" + e.key().name() + "' must appear once, but appears twice");
      }
    }
    return map.isEmpty() ? EMPTY : new Attributes(Collections.unmodifiableMap(map));
  }

  /**
   * Returns the value of a key.
   *
   * @param <T> the value type
   * @param key the key; not null
   * @return the value, or empty if there is no attribute of that name
   * @throws NullPointerException if {@code key} is null
   * @throws IllegalArgumentException if the attribute of that name has another type
   */
  public <T> Optional<T> get(AttributeKey<T> key) {
    Objects.requireNonNull(key, "key");
    Entry<?> e = entries.get(key.name());
    if (e == null) {
      return Optional.empty();
    }
    if (!e.key().type().equals(key.type())) {
      throw new IllegalArgumentException("attribute '" + key.name() + "' holds a " + e.key().type().getSimpleName()
          + ", but was read as a " + key.type().getSimpleName());
    }
    return Optional.of(key.type().cast(e.value()));
  }

  /**
   * Returns these attributes with the given value, replacing any attribute of the same name.
   *
   * @param <T> the value type
   * @param key the key; not null
   * @param value the value; not null
   * @return new attributes
   * @throws NullPointerException if an argument is null
   */
  public <T> Attributes with(AttributeKey<T> key, T value) {
    Entry<T> entry = new Entry<>(key, value);
    TreeMap<String, Entry<?>> map = new TreeMap<>(entries);
    map.put(key.name(), entry);
    return new Attributes(Collections.unmodifiableMap(map));
  }

  /**
   * Returns these attributes and the given ones; where both have a name, the given one wins.
   *
   * @param other the attributes to add; not null
   * @return new attributes
   * @throws NullPointerException if {@code other} is null
   */
  public Attributes withAll(Attributes other) {
    Objects.requireNonNull(other, "other");
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    TreeMap<String, Entry<?>> map = new TreeMap<>(entries);
    map.putAll(other.entries);
    return new Attributes(Collections.unmodifiableMap(map));
  }

  /**
   * Returns these attributes without the attribute of the given name.
   *
   * @param name the name; not null
   * @return new attributes, or these if there was no such attribute
   * @throws NullPointerException if {@code name} is null
   */
  public Attributes without(String name) {
    Objects.requireNonNull(name, "name");
    if (!entries.containsKey(name)) {
      return this;
    }
    TreeMap<String, Entry<?>> map = new TreeMap<>(entries);
    map.remove(name);
    return map.isEmpty() ? EMPTY : new Attributes(Collections.unmodifiableMap(map));
  }

  /**
   * Returns the entries, ordered by name.
   *
   * @return an immutable view of the entries
   */
  public Iterable<Entry<?>> entries() {
    return entries.values();
  }

  /**
   * Returns the values by name, ordered by name.
   *
   * @return an immutable map of name to value
   */
  public Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    entries.forEach((name, e) -> map.put(name, e.value()));
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the number of attributes.
   *
   * @return the size
   */
  public int size() {
    return entries.size();
  }

  /**
   * Tells whether there are no attributes.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attributes other && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "Attributes" + asMap();
  }
}
