package dev.cim.core.identity;

import dev.cim.core.model.Attributes;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.InteractionId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The journal entry of one merge: written before the merge changes anything, with the full plan (the options, both
 * customers as they were, and the interactions to move), so that a merge interrupted half-way can be completed, and a
 * completed one undone. Stored in a {@link dev.cim.core.spi.MergeStore}.
 *
 * <p>Immutable and thread-safe. {@code version} is the optimistic-concurrency version (0 until stored).
 *
 * @param id the merge's id; not null
 * @param survivorBefore the survivor as it was when the merge began; not null
 * @param mergedAwayBefore the merged-away customer as it was when the merge began; not null, another id
 * @param options how the profiles are combined; not null
 * @param movedInteractions the merged-away customer's interactions when the merge began, which move to the survivor
 *     (and back on unmerge); not null, no duplicates
 * @param status where the merge stands; not null
 * @param version the stored version, {@code >= 0}
 * @param createdAt when the merge began; not null
 * @param updatedAt when the status last changed, not before {@code createdAt}; not null
 * @since 0.1.0
 */
public record MergeRecord(MergeId id, Customer survivorBefore, Customer mergedAwayBefore, MergeOptions options,
    List<InteractionId> movedInteractions, Status status, long version, Instant createdAt, Instant updatedAt) {

  /** Where a merge stands. */
  public enum Status {
    /** Journalled; the steps are being applied (or were interrupted). */
    MERGING,
    /** Every step applied: the merged-away id is an alias of the survivor. */
    MERGED,
    /** An unmerge is being applied (or was interrupted). */
    UNMERGING,
    /** Undone: both customers exist again. */
    UNMERGED;

    /**
     * Tells whether work remains to be done for this status.
     *
     * @return true for {@link #MERGING} and {@link #UNMERGING}
     */
    public boolean isUnfinished() {
      return this == MERGING || this == UNMERGING;
    }
  }

  /**
   * Validates and copies the arguments.
   *
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if both snapshots have one id, an interaction is listed twice, the version is
   *     negative, or {@code updatedAt} is before {@code createdAt}
   */
  public MergeRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(survivorBefore, "survivorBefore");
    Objects.requireNonNull(mergedAwayBefore, "mergedAwayBefore");
    if (survivorBefore.id().equals(mergedAwayBefore.id())) {
      throw new IllegalArgumentException("mergedAwayBefore must be another customer than the survivor, but both were '"
          + survivorBefore.id() + "'");
    }
    Objects.requireNonNull(options, "options");
    movedInteractions = List.copyOf(movedInteractions);
    if (new HashSet<>(movedInteractions).size() != movedInteractions.size()) {
      throw new IllegalArgumentException("movedInteractions of merge '" + id + "' must not repeat an id, but was "
          + movedInteractions);
    }
    Objects.requireNonNull(status, "status");
    if (version < 0) {
      throw new IllegalArgumentException("version must be >= 0, but was " + version);
    }
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (updatedAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("updatedAt must not be before createdAt " + createdAt + ", but was "
          + updatedAt);
    }
  }

  /**
   * Returns the survivor's id.
   *
   * @return the id; not null
   */
  public CustomerId survivorId() {
    return survivorBefore.id();
  }

  /**
   * Returns the merged-away customer's id.
   *
   * @return the id; not null
   */
  public CustomerId mergedAwayId() {
    return mergedAwayBefore.id();
  }

  /**
   * Tells whether the record names a customer, as survivor or as merged away.
   *
   * @param customerId the customer; not null
   * @return true if it does
   */
  public boolean mentions(CustomerId customerId) {
    Objects.requireNonNull(customerId, "customerId");
    return survivorId().equals(customerId) || mergedAwayId().equals(customerId);
  }

  /**
   * Returns a copy in another status, updated at the given time; for the merge engine and stores.
   *
   * @param s the status; not null
   * @param at the time, not before {@code createdAt}; not null
   * @return the copy
   */
  public MergeRecord withStatus(Status s, Instant at) {
    return new MergeRecord(id, survivorBefore, mergedAwayBefore, options, movedInteractions, s, version, createdAt,
        at);
  }

  /**
   * Returns a copy with another version; for stores.
   *
   * @param v the version, {@code >= 0}
   * @return the copy
   */
  public MergeRecord withVersion(long v) {
    return new MergeRecord(id, survivorBefore, mergedAwayBefore, options, movedInteractions, status, v, createdAt,
        updatedAt);
  }

  /**
   * Returns the survivor's profile after the merge: {@code current} combined with the merged-away snapshot by the
   * options. Idempotent: applying it to its own result returns an equal customer.
   *
   * @param current the survivor as stored now; not null
   * @return the combined profile, with {@code current}'s version and times
   */
  public Customer applyTo(Customer current) {
    Objects.requireNonNull(current, "current");
    return options.combine(current, mergedAwayBefore, mergedAwayNewer());
  }

  /**
   * Returns the survivor's profile after an unmerge: the contact points the merge brought are removed, and every
   * attribute, consent and profile field the merge changed and nobody changed since is set back to the survivor's
   * snapshot. What was added or changed after the merge stays with the survivor.
   *
   * @param current the survivor as stored now; not null
   * @return the separated profile, with {@code current}'s version and times
   */
  public Customer revert(Customer current) {
    Objects.requireNonNull(current, "current");
    Customer merged = options.combine(survivorBefore, mergedAwayBefore, mergedAwayNewer());
    Set<ContactPoint> points = new HashSet<>(current.contactPoints());
    for (ContactPoint cp : mergedAwayBefore.contactPoints()) {
      if (!survivorBefore.hasContactPoint(cp)) {
        points.remove(cp);
      }
    }
    Map<String, Attributes.Entry<?>> attrs = new TreeMap<>();
    current.attributes().entries().forEach(e -> attrs.put(e.key().name(), e));
    for (Attributes.Entry<?> e : merged.attributes().entries()) {
      String name = e.key().name();
      if (e.equals(attrs.get(name))) {
        attrs.remove(name);
      }
    }
    for (Attributes.Entry<?> e : survivorBefore.attributes().entries()) {
      String name = e.key().name();
      Attributes.Entry<?> mergedEntry = entry(merged.attributes(), name);
      if (!attrs.containsKey(name) && Objects.equals(mergedEntry, entry(current.attributes(), name))) {
        attrs.put(name, e);
      }
    }
    Map<String, Boolean> consents = new TreeMap<>(current.consents());
    merged.consents().forEach((k, v) -> {
      if (v.equals(current.consents().get(k))) {
        Boolean before = survivorBefore.consents().get(k);
        if (before == null) {
          consents.remove(k);
        } else {
          consents.put(k, before);
        }
      }
    });
    return current.withContactPoints(points)
        .withAttributes(Attributes.ofEntries(attrs.values()))
        .withConsents(consents)
        .withDisplayName(back(current.displayName(), merged.displayName(), survivorBefore.displayName()).orElse(null))
        .withSegment(back(current.segment(), merged.segment(), survivorBefore.segment()).orElse(null))
        .withPreferences(
            back(current.preferredChannel(), merged.preferredChannel(), survivorBefore.preferredChannel())
                .orElse(null),
            back(current.preferredLanguage(), merged.preferredLanguage(), survivorBefore.preferredLanguage())
                .orElse(null));
  }

  private boolean mergedAwayNewer() {
    return mergedAwayBefore.updatedAt().isAfter(survivorBefore.updatedAt());
  }

  private static Attributes.Entry<?> entry(Attributes a, String name) {
    for (Attributes.Entry<?> e : a.entries()) {
      if (e.key().name().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static <T> Optional<T> back(Optional<T> current, Optional<T> merged, Optional<T> before) {
    return current.equals(merged) ? before : current;
  }

  /** Returns the ids and status, no personal data. */
  @Override
  public String toString() {
    return "MergeRecord[id=" + id + ", survivor=" + survivorId() + ", mergedAway=" + mergedAwayId() + ", status="
        + status + ", interactions=" + movedInteractions.size() + ", version=" + version + "]";
  }
}
