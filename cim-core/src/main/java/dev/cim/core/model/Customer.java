package dev.cim.core.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person or organisation that contacts the company, with every way to reach them.
 *
 * <p>A customer is found by any of its {@link ContactPoint}s; in a store, one contact point belongs to at most one
 * customer. {@code version} is the optimistic-concurrency version: {@code 0} for a customer that has never been
 * stored, then the version the store assigned (see {@link dev.cim.core.spi.CustomerStore}).
 *
 * <p>Immutable and thread-safe. The {@code with*} methods return copies; they do not change the version or the
 * times, which are the caller's and the store's to set.
 *
 * @param id the identifier; not null
 * @param displayName the name to show, if known; not null
 * @param contactPoints every contact point, normalised; not null, no null elements
 * @param segment the host's segment or tier (e.g. {@code "gold"}), if any; not null
 * @param preferredChannel the channel the customer prefers, if known; not null
 * @param preferredLanguage the language the customer prefers, if known; not null
 * @param consents consent flags by purpose (e.g. {@code "marketing" -> false}); an absent purpose means unknown; not
 *     null, no null keys or values; purposes are normalised like channel names (trimmed, lower-cased, 1 to 64
 *     characters), and two spellings of one purpose are rejected
 * @param attributes the host's custom attributes; not null
 * @param version the stored version, {@code >= 0}
 * @param createdAt when the customer was first recorded; not null
 * @param updatedAt when the customer last changed, not before {@code createdAt}; not null
 */
public record Customer(
    CustomerId id,
    Optional<String> displayName,
    Set<ContactPoint> contactPoints,
    Optional<String> segment,
    Optional<Channel> preferredChannel,
    Optional<Locale> preferredLanguage,
    Map<String, Boolean> consents,
    Attributes attributes,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * Validates and copies the arguments.
   *
   * @throws NullPointerException if an argument or a collection element is null
   * @throws IllegalArgumentException if {@code version} is negative, {@code updatedAt} is before {@code createdAt},
   *     the display name or segment is blank or longer than 256 characters, or a consent purpose is not valid
   */
  public Customer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(displayName, "displayName");
    displayName.ifPresent(n -> checkText("displayName", n));
    contactPoints = Set.copyOf(contactPoints);
    Objects.requireNonNull(segment, "segment");
    segment.ifPresent(s -> checkText("segment", s));
    Objects.requireNonNull(preferredChannel, "preferredChannel");
    Objects.requireNonNull(preferredLanguage, "preferredLanguage");
    consents = normalizeConsents(consents);
    Objects.requireNonNull(attributes, "attributes");
    checkVersion(version);
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    checkTimes(createdAt, updatedAt);
  }

  /**
   * Returns a new, never stored customer (version 0) with no details but its contact points.
   *
   * @param id the identifier; not null
   * @param at the creation time, used for both times; not null
   * @param contactPoints the contact points; not null
   * @return the customer
   * @throws NullPointerException if an argument is null
   */
  public static Customer create(CustomerId id, Instant at, ContactPoint... contactPoints) {
    return new Customer(id, Optional.empty(), Set.of(contactPoints), Optional.empty(), Optional.empty(),
        Optional.empty(), Map.of(), Attributes.empty(), 0, at, at);
  }

  /**
   * Tells whether the customer has the given contact point.
   *
   * @param contactPoint the contact point; not null
   * @return true if it is one of this customer's
   */
  public boolean hasContactPoint(ContactPoint contactPoint) {
    return contactPoints.contains(Objects.requireNonNull(contactPoint, "contactPoint"));
  }

  /**
   * Returns a copy with another display name.
   *
   * @param name the name, or null for none
   * @return the copy
   */
  public Customer withDisplayName(String name) {
    return new Customer(id, Optional.ofNullable(name), contactPoints, segment, preferredChannel, preferredLanguage,
        consents, attributes, version, createdAt, updatedAt);
  }

  /**
   * Returns a copy with another set of contact points.
   *
   * @param points the contact points; not null
   * @return the copy
   */
  public Customer withContactPoints(Set<ContactPoint> points) {
    return new Customer(id, displayName, points, segment, preferredChannel, preferredLanguage, consents, attributes,
        version, createdAt, updatedAt);
  }

  /**
   * Returns a copy with another segment.
   *
   * @param newSegment the segment, or null for none
   * @return the copy
   */
  public Customer withSegment(String newSegment) {
    return new Customer(id, displayName, contactPoints, Optional.ofNullable(newSegment), preferredChannel,
        preferredLanguage, consents, attributes, version, createdAt, updatedAt);
  }

  /**
   * Returns a copy with other preferences.
   *
   * @param channel the preferred channel, or null for none
   * @param language the preferred language, or null for none
   * @return the copy
   */
  public Customer withPreferences(Channel channel, Locale language) {
    return new Customer(id, displayName, contactPoints, segment, Optional.ofNullable(channel),
        Optional.ofNullable(language), consents, attributes, version, createdAt, updatedAt);
  }

  /**
   * Returns a copy with other consent flags.
   *
   * @param newConsents the flags by purpose; not null
   * @return the copy
   */
  public Customer withConsents(Map<String, Boolean> newConsents) {
    return new Customer(id, displayName, contactPoints, segment, preferredChannel, preferredLanguage, newConsents,
        attributes, version, createdAt, updatedAt);
  }

  /**
   * Returns a copy with other attributes.
   *
   * @param newAttributes the attributes; not null
   * @return the copy
   */
  public Customer withAttributes(Attributes newAttributes) {
    return new Customer(id, displayName, contactPoints, segment, preferredChannel, preferredLanguage, consents,
        newAttributes, version, createdAt, updatedAt);
  }

  /**
   * Returns a copy with another version; for stores.
   *
   * @param newVersion the version, {@code >= 0}
   * @return the copy
   */
  public Customer withVersion(long newVersion) {
    return new Customer(id, displayName, contactPoints, segment, preferredChannel, preferredLanguage, consents,
        attributes, newVersion, createdAt, updatedAt);
  }

  /**
   * Returns a copy with another update time.
   *
   * @param at the time, not before {@code createdAt}; not null
   * @return the copy
   */
  public Customer withUpdatedAt(Instant at) {
    return new Customer(id, displayName, contactPoints, segment, preferredChannel, preferredLanguage, consents,
        attributes, version, createdAt, at);
  }

  private static Map<String, Boolean> normalizeConsents(Map<String, Boolean> raw) {
    Map<String, Boolean> normalized = new java.util.TreeMap<>();
    for (Map.Entry<String, Boolean> e : raw.entrySet()) {
      String purpose = Ids.name("consent purpose", e.getKey());
      Boolean granted = Objects.requireNonNull(e.getValue(), "consent of " + purpose);
      if (normalized.put(purpose, granted) != null) {
        throw new IllegalArgumentException("consent purpose '" + purpose + "' must appear once, but appears twice as "
            + "different spellings");
      }
    }
    return Map.copyOf(normalized);
  }

  static void checkText(String field, String value) {
    if (value.isBlank() || value.length() > 256) {
      throw new IllegalArgumentException(field + " must be 1 to 256 characters and not blank, but was '"
          + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "'");
    }
  }

  static void checkVersion(long version) {
    if (version < 0) {
      throw new IllegalArgumentException("version must be >= 0, but was " + version);
    }
  }

  static void checkTimes(Instant createdAt, Instant updatedAt) {
    if (updatedAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("updatedAt must not be before createdAt " + createdAt + ", but was "
          + updatedAt);
    }
  }
}
