package dev.cim.examples.jdbc;

import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.ContactPointKind;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.spi.ContactPointConflictException;
import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.DuplicateEntityException;
import dev.cim.core.spi.EntityNotFoundException;
import dev.cim.core.spi.StoreException;
import dev.cim.core.spi.VersionConflictException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A {@link CustomerStore} over plain JDBC: rules CS-1 to CS-10, checked by cim-tck's {@code CustomerStoreContract}.
 *
 * <p>Tables {@code cim_customers} (id, version, JSON document) and {@code cim_contact_points} (kind, value, owner) of
 * {@code schema.sql}. The contact points are kept twice: in the document, so that a read is one row, and as rows of
 * {@code cim_contact_points}, whose primary key (kind, value) makes their uniqueness (CS-4) a rule of the database,
 * also between concurrent writers and other processes. A write that breaks the key is rolled back, and the store
 * reads the owner to throw {@link ContactPointConflictException} naming it.
 *
 * <p>Optimistic concurrency in SQL: {@code UPDATE ... SET version = version + 1 WHERE id = ? AND version = ?}; when no
 * row changes, the store reads the actual version for the {@link VersionConflictException} (or throws
 * {@link EntityNotFoundException}). Every write is one transaction on its own connection from the data source; every
 * {@link SQLException} becomes a {@link StoreException}; transient failures (deadlock, serialization, lock timeout)
 * are retried a bounded number of times.
 *
 * <p>Standard SQL only: the same code runs on H2 and PostgreSQL (see {@code schema.sql} for the collation note).
 *
 * <p>Thread-safe: holds no state but the data source.
 */
public final class JdbcCustomerStore implements CustomerStore {
  private static final String TYPE = "customer";

  private final Sql sql;

  /**
   * Creates a store over the tables of {@code schema.sql} (see {@link JdbcStores#createSchema(DataSource)}).
   *
   * @param dataSource where connections come from; not null
   * @throws NullPointerException if {@code dataSource} is null
   */
  public JdbcCustomerStore(DataSource dataSource) {
    this.sql = new Sql(Objects.requireNonNull(dataSource, "dataSource"), "JdbcCustomerStore");
  }

  /** {@inheritDoc} One primary-key read. */
  @Override
  public Optional<Customer> findById(CustomerId id) {
    Objects.requireNonNull(id, "id");
    return sql.read("findById", c -> find(c, id.value()));
  }

  /** {@inheritDoc} One primary-key read of {@code cim_contact_points} joined to the customer's row. */
  @Override
  public Optional<Customer> findByContactPoint(ContactPoint contactPoint) {
    Objects.requireNonNull(contactPoint, "contactPoint");
    return sql.read("findByContactPoint", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.version, c.doc FROM cim_contact_points p "
          + "JOIN cim_customers c ON c.id = p.customer_id WHERE p.kind = ? AND p.cp_value = ?")) {
        Sql.bind(ps, contactPoint.kind().name(), contactPoint.value());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(Json.customer(rs.getString(1), rs.getLong(2), rs.getString(3)))
              : Optional.empty();
        }
      }
    });
  }

  /** {@inheritDoc} One transaction: the customer's row, then one row per contact point. */
  @Override
  public Customer create(Customer customer) {
    Objects.requireNonNull(customer, "customer");
    if (customer.version() != 0) {
      throw new IllegalArgumentException("version of new customer '" + customer.id() + "' must be 0, but was "
          + customer.version());
    }
    Customer created = customer.withVersion(1);
    String doc = Json.customer(created);
    for (int attempt = 1; ; attempt++) {
      try {
        return sql.write("create", c -> {
          Optional<Customer> stored = find(c, customer.id().value());
          if (stored.isPresent()) {
            if (stored.get().withVersion(0).equals(customer)) {
              return stored.get();
            }
            throw new DuplicateEntityException(TYPE, customer.id().value());
          }
          try {
            Sql.update(c, "INSERT INTO cim_customers (id, version, doc) VALUES (?, 1, ?)", customer.id().value(),
                doc);
          } catch (SQLException e) {
            if (Sql.isUniqueViolation(e)) {
              throw new Sql.Retry("customer id created concurrently");
            }
            throw e;
          }
          insertContactPoints(c, customer.id(), customer.contactPoints());
          return created;
        });
      } catch (Taken t) {
        throwConflict(t.contactPoint, customer.id(), attempt);
      }
    }
  }

  /**
   * {@inheritDoc} One transaction: the versioned update of the customer's row, then the contact points it removed and
   * added.
   */
  @Override
  public Customer update(Customer customer) {
    Objects.requireNonNull(customer, "customer");
    Customer updated = customer.withVersion(customer.version() + 1);
    String doc = Json.customer(updated);
    String id = customer.id().value();
    for (int attempt = 1; ; attempt++) {
      try {
        return sql.write("update", c -> {
          int rows = Sql.update(c,
              "UPDATE cim_customers SET version = version + 1, doc = ? WHERE id = ? AND version = ?",
              doc, id, customer.version());
          if (rows == 0) {
            long actual = Sql.queryLong(c, "SELECT version FROM cim_customers WHERE id = ?", id);
            if (actual < 0) {
              throw new EntityNotFoundException(TYPE, id);
            }
            if (actual == customer.version()) {
              throw new Sql.Retry("customer version changed back concurrently");
            }
            throw new VersionConflictException(TYPE, id, customer.version(), actual);
          }
          Set<ContactPoint> before = contactPointsOf(c, id);
          for (ContactPoint cp : before) {
            if (!customer.contactPoints().contains(cp)) {
              Sql.update(c, "DELETE FROM cim_contact_points WHERE kind = ? AND cp_value = ? AND customer_id = ?",
                  cp.kind().name(), cp.value(), id);
            }
          }
          Set<ContactPoint> added = new HashSet<>(customer.contactPoints());
          added.removeAll(before);
          insertContactPoints(c, customer.id(), added);
          return updated;
        });
      } catch (Taken t) {
        throwConflict(t.contactPoint, customer.id(), attempt);
      }
    }
  }

  /** {@inheritDoc} One transaction: the contact points, then the customer's row. */
  @Override
  public boolean erase(CustomerId id) {
    Objects.requireNonNull(id, "id");
    return sql.write("erase", c -> eraseIn(c, id.value()));
  }

  /** Erases a customer on the caller's connection and transaction. */
  static boolean eraseIn(Connection c, String id) throws SQLException {
    Sql.update(c, "DELETE FROM cim_contact_points WHERE customer_id = ?", id);
    return Sql.update(c, "DELETE FROM cim_customers WHERE id = ?", id) > 0;
  }

  private static Optional<Customer> find(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT version, doc FROM cim_customers WHERE id = ?")) {
      Sql.bind(ps, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(Json.customer(id, rs.getLong(1), rs.getString(2))) : Optional.empty();
      }
    }
  }

  private static Set<ContactPoint> contactPointsOf(Connection c, String id) throws SQLException {
    Set<ContactPoint> points = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT kind, cp_value FROM cim_contact_points WHERE customer_id = ?")) {
      Sql.bind(ps, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          points.add(new ContactPoint(ContactPointKind.of(rs.getString(1)), rs.getString(2)));
        }
      }
    }
    return points;
  }

  /**
   * Inserts the contact points one by one; throws {@link Taken} (which rolls the transaction back) for the first one
   * the unique key rejects.
   */
  private static void insertContactPoints(Connection c, CustomerId owner, Set<ContactPoint> points)
      throws SQLException {
    for (ContactPoint cp : points) {
      try {
        Sql.update(c, "INSERT INTO cim_contact_points (kind, cp_value, customer_id) VALUES (?, ?, ?)",
            cp.kind().name(), cp.value(), owner.value());
      } catch (SQLException e) {
        if (Sql.isUniqueViolation(e)) {
          throw new Taken(cp);
        }
        throw e;
      }
    }
  }

  /**
   * Reads who holds a contact point that a rolled-back write claimed and throws naming it; returns (so that the caller
   * tries again) if the owner released it meanwhile.
   */
  private void throwConflict(ContactPoint cp, CustomerId claimant, int attempt) {
    String owner = sql.read("read contact point owner", c -> Sql.queryString(c,
        "SELECT customer_id FROM cim_contact_points WHERE kind = ? AND cp_value = ?", cp.kind().name(), cp.value()));
    if (owner != null && !owner.equals(claimant.value())) {
      throw new ContactPointConflictException(cp, CustomerId.of(owner), claimant);
    }
    if (attempt >= Sql.MAX_ATTEMPTS) {
      throw new StoreException("JdbcCustomerStore: contact point " + cp.kind() + " of customer '" + claimant
          + "' was rejected by the unique key " + attempt + " times, but has no other owner", null);
    }
  }

  /** A contact point the unique key rejected; thrown inside the transaction so that it rolls back. */
  private static final class Taken extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ContactPoint contactPoint;

    Taken(ContactPoint contactPoint) {
      super(null, null, false, false);
      this.contactPoint = contactPoint;
    }
  }
}
