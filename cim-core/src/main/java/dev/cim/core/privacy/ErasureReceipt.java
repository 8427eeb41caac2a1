package dev.cim.core.privacy;

import dev.cim.core.model.CustomerId;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an erasure removed, per store: the hub's own ({@value #CUSTOMERS}, {@value #INTERACTIONS},
 * {@value #MESSAGES}, {@value #CONSENTS}, {@value #MERGES}) and every {@link ErasureParticipant} by its name. A repeated erasure of the
 * same customer returns a receipt of zeros.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customerId the erased customer's former id; not null
 * @param removed the count of removed records by store name, in the order the stores were erased; not null, no null
 *     keys or values, no negative counts
 * @param erasedAt when; not null
 */
public record ErasureReceipt(CustomerId customerId, Map<String, Long> removed, Instant erasedAt) {
  /** The store name of the customer record (0 or 1). */
  public static final String CUSTOMERS = "customers";
  /** The store name of interactions. */
  public static final String INTERACTIONS = "interactions";
  /** The store name of messages. */
  public static final String MESSAGES = "messages";
  /** The store name of consent ledger entries. */
  public static final String CONSENTS = "consents";
  /** The store name of merge records and customer id aliases ({@link dev.cim.core.spi.MergeStore}). */
  public static final String MERGES = "merges";

  /**
   * Validates and copies the arguments, keeping the order of {@code removed}.
   *
   * @throws NullPointerException if an argument, key or value is null
   * @throws IllegalArgumentException if a count is negative
   */
  public ErasureReceipt {
    Objects.requireNonNull(customerId, "customerId");
    Map<String, Long> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Long> e : removed.entrySet()) {
      String store = Objects.requireNonNull(e.getKey(), "store name");
      long count = Objects.requireNonNull(e.getValue(), "count of " + store);
      if (count < 0) {
        throw new IllegalArgumentException("removed count of store '" + store + "' must be >= 0, but was " + count);
      }
      copy.put(store, count);
    }
    removed = Collections.unmodifiableMap(copy);
    Objects.requireNonNull(erasedAt, "erasedAt");
  }

  /**
   * Returns how many records a store removed.
   *
   * @param store the store name; not null
   * @return the count, 0 for a store not in the receipt
   * @throws NullPointerException if {@code store} is null
   */
  public long removed(String store) {
    return removed.getOrDefault(Objects.requireNonNull(store, "store"), 0L);
  }

  /**
   * Returns how many records were removed in all.
   *
   * @return the sum of the counts
   */
  public long total() {
    return removed.values().stream().mapToLong(Long::longValue).sum();
  }
}
