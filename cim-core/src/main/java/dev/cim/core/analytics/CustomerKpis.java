package dev.cim.core.analytics;

import dev.cim.core.model.AttributeKey;
import dev.cim.core.model.Customer;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Customer retention rate and lead-to-customer conversion over a period, from customer records the host supplies
 * (the {@link dev.cim.core.spi.CustomerStore} has no listing method).
 *
 * <h2>How a record's status is read</h2>
 * Every customer record starts as a lead at its {@code createdAt}. It is a (paying) customer from the instant in the
 * attribute {@link #CUSTOMER_SINCE} on, and stops being one at the instant in {@link #CHURNED_AT}, if set. A record
 * without {@code CUSTOMER_SINCE} is a lead. A record is <em>active</em> at time t when
 * {@code customerSince <= t} and it has not churned at or before t.
 *
 * <h2>Formulas</h2>
 * <ul>
 *   <li>Retention over {@code [from, to]}: {@code CRR = (E - N) / S}, S the records active at {@code from}, E those
 *       active at {@code to}, N those that became customers after {@code from} and are active at {@code to}.
 *   <li>Conversion over {@code [from, to)}: {@code converted / leads}, leads the records created in the period whose
 *       {@code CUSTOMER_SINCE} is absent or later than {@code createdAt} (records created as customers were never
 *       leads), converted those of them with {@code CUSTOMER_SINCE} before {@code to}.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class CustomerKpis {
  /** When the record became a customer; absent for a lead. */
  public static final AttributeKey<Instant> CUSTOMER_SINCE = AttributeKey.of("cim.customer_since", Instant.class);
  /** When the customer was lost (churned); absent while retained. */
  public static final AttributeKey<Instant> CHURNED_AT = AttributeKey.of("cim.churned_at", Instant.class);

  private CustomerKpis() {}

  /**
   * Computes the retention rate over a period.
   *
   * @param customers the records; not null, no null elements
   * @param from the period's start; not null
   * @param to the period's end, not before {@code from}; not null
   * @return {@code (E - N) / S} as counts
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public static Ratio retention(Iterable<Customer> customers, Instant from, Instant to) {
    checkPeriod(customers, from, to);
    long start = 0;
    long end = 0;
    long fresh = 0;
    for (Customer c : customers) {
      Objects.requireNonNull(c, "customer");
      if (activeAt(c, from)) {
        start++;
      }
      if (activeAt(c, to)) {
        end++;
        if (!activeAt(c, from) && c.attributes().get(CUSTOMER_SINCE).orElseThrow().isAfter(from)) {
          fresh++;
        }
      }
    }
    return new Ratio(end - fresh, start);
  }

  /**
   * Computes the lead-to-customer conversion over a period.
   *
   * @param customers the records; not null, no null elements
   * @param from the period's start, inclusive; not null
   * @param to the period's end, exclusive, not before {@code from}; not null
   * @return converted leads over leads created in the period
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public static Ratio conversion(Iterable<Customer> customers, Instant from, Instant to) {
    checkPeriod(customers, from, to);
    long leads = 0;
    long converted = 0;
    for (Customer c : customers) {
      Objects.requireNonNull(c, "customer");
      if (c.createdAt().isBefore(from) || !c.createdAt().isBefore(to)) {
        continue;
      }
      Optional<Instant> since = c.attributes().get(CUSTOMER_SINCE);
      if (since.isPresent() && !since.get().isAfter(c.createdAt())) {
        continue;
      }
      leads++;
      if (since.isPresent() && since.get().isBefore(to)) {
        converted++;
      }
    }
    return new Ratio(converted, leads);
  }

  /**
   * Tells whether a record is an active customer at a time (see the class documentation).
   *
   * @param customer the record; not null
   * @param at the time; not null
   * @return true if it became a customer at or before {@code at} and had not churned by then
   * @throws NullPointerException if an argument is null
   */
  public static boolean activeAt(Customer customer, Instant at) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(at, "at");
    Optional<Instant> since = customer.attributes().get(CUSTOMER_SINCE);
    Optional<Instant> churned = customer.attributes().get(CHURNED_AT);
    return since.isPresent() && !since.get().isAfter(at) && (churned.isEmpty() || churned.get().isAfter(at));
  }

  private static void checkPeriod(Iterable<Customer> customers, Instant from, Instant to) {
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to, but was " + from + " after " + to);
    }
  }
}
