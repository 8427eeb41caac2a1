package dev.cim.core.analytics;

import java.time.Instant;
import java.util.List;

/**
 * An append-only log of reporting {@link Fact}s: the SPI behind cim's KPIs. Hosts implement it over their own storage
 * (a table, a topic) or use {@link dev.cim.core.memory.InMemoryFactLog}; cim-tck's {@code FactLogContract} checks an
 * implementation against the rules below.
 *
 * <ul>
 *   <li>FL-1: {@link #append} stores the fact with a sequence number the log assigns: 1 for the first fact, then each
 *       one greater than every sequence assigned before; the sequence the caller passed is ignored.
 *   <li>FL-2: append returns the stored fact: equal to the given fact except for its sequence.
 *   <li>FL-3: append-only: a stored fact is never changed or removed; reading it again gives an equal fact.
 *   <li>FL-4: {@link #read} returns exactly the stored facts whose time is in {@code [from, to)}: {@code from}
 *       inclusive, {@code to} exclusive; {@code from == to} gives an empty list.
 *   <li>FL-5: read orders by time, then by sequence; a fact appended late with an earlier time takes its place by
 *       time.
 *   <li>FL-6: read with {@code from} after {@code to} throws {@link IllegalArgumentException} naming both; a null
 *       argument throws {@link NullPointerException}; neither changes the log.
 *   <li>FL-7: {@link #size} is the number of facts appended.
 *   <li>FL-8: thread-safe: appends and reads from many threads at once lose nothing, and no two facts get the same
 *       sequence.
 * </ul>
 *
 * <p>A log failure other than these rules propagates as {@link dev.cim.core.spi.StoreException}.
 *
 * @since 0.1.0
 */
public interface FactLog {

  /**
   * Appends a fact (FL-1, FL-2).
   *
   * @param fact the fact; its sequence is ignored; not null
   * @return the stored fact, with its assigned sequence
   * @throws NullPointerException if {@code fact} is null
   */
  Fact append(Fact fact);

  /**
   * Reads the facts of a time window, ordered by time then sequence (FL-4, FL-5).
   *
   * @param from the start, inclusive; not null
   * @param to the end, exclusive, not before {@code from}; not null
   * @return an immutable list; never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  List<Fact> read(Instant from, Instant to);

  /**
   * Returns how many facts were appended (FL-7).
   *
   * @return the count, {@code >= 0}
   */
  long size();
}
