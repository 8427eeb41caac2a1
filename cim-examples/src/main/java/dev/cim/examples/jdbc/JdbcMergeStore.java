package dev.cim.examples.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cim.core.identity.MergeId;
import dev.cim.core.identity.MergeRecord;
import dev.cim.core.json.CimJson;
import dev.cim.core.model.CustomerId;
import dev.cim.core.spi.DuplicateEntityException;
import dev.cim.core.spi.EntityNotFoundException;
import dev.cim.core.spi.MergeStore;
import dev.cim.core.spi.StoreException;
import dev.cim.core.spi.VersionConflictException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A {@link MergeStore} over plain JDBC: rules MS-1 to MS-12, checked by cim-tck's {@code MergeStoreContract}.
 *
 * <p>Tables {@code cim_merges} (one row per merge record: the ids, status and creation time as columns, the whole
 * record as cim's JSON from {@link CimJson}) and {@code cim_customer_aliases} (alias id, target id) of
 * {@code schema.sql}. Optimistic concurrency as in {@link JdbcCustomerStore}: a versioned {@code UPDATE}. An alias
 * write checks for a cycle and writes in one transaction; two concurrent writers of crossing aliases are not
 * serialised against each other (the hub serialises merges itself), and {@link #resolveAlias} stops with a
 * {@link StoreException} after {@value #MAX_HOPS} hops rather than loop.
 *
 * <p>Thread-safe: holds no state but the data source.
 *
 * @since 0.1.0
 */
public final class JdbcMergeStore implements MergeStore {
  /** The longest alias chain {@link #resolveAlias} follows. */
  public static final int MAX_HOPS = 1000;

  private static final String TYPE = "merge";
  private static final ObjectMapper MAPPER = CimJson.newObjectMapper();
  private static final String COLS = "version, doc";
  private static final String OLDEST_FIRST = " ORDER BY created_s, created_n, id";

  private final Sql sql;

  /**
   * Creates a store over the tables of {@code schema.sql} (see {@link JdbcStores#createSchema(DataSource)}).
   *
   * @param dataSource where connections come from; not null
   * @throws NullPointerException if {@code dataSource} is null
   */
  public JdbcMergeStore(DataSource dataSource) {
    this.sql = new Sql(Objects.requireNonNull(dataSource, "dataSource"), "JdbcMergeStore");
  }

  /** {@inheritDoc} One transaction: a read of the id, then the insert. */
  @Override
  public MergeRecord create(MergeRecord record) {
    Objects.requireNonNull(record, "record");
    if (record.version() != 0) {
      throw new IllegalArgumentException("version of new merge '" + record.id() + "' must be 0, but was "
          + record.version());
    }
    MergeRecord created = record.withVersion(1);
    String doc = write(created);
    return sql.write("create", c -> {
      Optional<MergeRecord> stored = find(c, record.id().value());
      if (stored.isPresent()) {
        if (stored.get().withVersion(0).equals(record)) {
          return stored.get();
        }
        throw new DuplicateEntityException(TYPE, record.id().value());
      }
      try {
        Sql.update(c, "INSERT INTO cim_merges (id, survivor_id, merged_away_id, status, created_s, created_n, version,"
            + " doc) VALUES (?, ?, ?, ?, ?, ?, 1, ?)", record.id().value(), record.survivorId().value(),
            record.mergedAwayId().value(), record.status().name(), record.createdAt().getEpochSecond(),
            record.createdAt().getNano(), doc);
      } catch (SQLException e) {
        if (Sql.isUniqueViolation(e)) {
          throw new Sql.Retry("merge id created concurrently");
        }
        throw e;
      }
      return created;
    });
  }

  /** {@inheritDoc} One primary-key read. */
  @Override
  public Optional<MergeRecord> findById(MergeId id) {
    Objects.requireNonNull(id, "id");
    return sql.read("findById", c -> find(c, id.value()));
  }

  /** {@inheritDoc} One versioned {@code UPDATE}. */
  @Override
  public MergeRecord update(MergeRecord record) {
    Objects.requireNonNull(record, "record");
    MergeRecord updated = record.withVersion(record.version() + 1);
    String doc = write(updated);
    String id = record.id().value();
    return sql.write("update", c -> {
      int rows = Sql.update(c, "UPDATE cim_merges SET version = version + 1, status = ?, doc = ? WHERE id = ? AND "
          + "version = ?", record.status().name(), doc, id, record.version());
      if (rows == 0) {
        long actual = Sql.queryLong(c, "SELECT version FROM cim_merges WHERE id = ?", id);
        if (actual < 0) {
          throw new EntityNotFoundException(TYPE, id);
        }
        throw new VersionConflictException(TYPE, id, record.version(), actual);
      }
      return updated;
    });
  }

  /** {@inheritDoc} Two index ranges, merged in order. */
  @Override
  public List<MergeRecord> findByCustomer(CustomerId customerId) {
    Objects.requireNonNull(customerId, "customerId");
    return sql.read("findByCustomer", c -> list(c, "SELECT " + COLS + " FROM cim_merges WHERE survivor_id = ? OR "
        + "merged_away_id = ?" + OLDEST_FIRST, customerId.value(), customerId.value()));
  }

  /** {@inheritDoc} One index range per unfinished status. */
  @Override
  public List<MergeRecord> findUnfinished() {
    return sql.read("findUnfinished", c -> list(c, "SELECT " + COLS + " FROM cim_merges WHERE status IN (?, ?)"
        + OLDEST_FIRST, MergeRecord.Status.MERGING.name(), MergeRecord.Status.UNMERGING.name()));
  }

  /** {@inheritDoc} One transaction: the target's chain is followed to check for a cycle, then the row replaced. */
  @Override
  public void putAlias(CustomerId alias, CustomerId target) {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(target, "target");
    if (alias.equals(target)) {
      throw new IllegalArgumentException("alias must differ from its target, but both were '" + alias + "'");
    }
    sql.write("putAlias", c -> {
      String end = resolve(c, target.value());
      if (end.equals(alias.value())) {
        throw new IllegalArgumentException("alias '" + alias + "' -> '" + target + "' must not close a cycle, but '"
            + target + "' resolves to '" + alias + "'");
      }
      Sql.update(c, "DELETE FROM cim_customer_aliases WHERE alias_id = ?", alias.value());
      Sql.update(c, "INSERT INTO cim_customer_aliases (alias_id, target_id) VALUES (?, ?)", alias.value(),
          target.value());
      return null;
    });
  }

  /** {@inheritDoc} One primary-key read per hop. */
  @Override
  public CustomerId resolveAlias(CustomerId id) {
    Objects.requireNonNull(id, "id");
    String end = sql.read("resolveAlias", c -> resolve(c, id.value()));
    return end.equals(id.value()) ? id : CustomerId.of(end);
  }

  /** {@inheritDoc} One delete. */
  @Override
  public boolean removeAlias(CustomerId alias) {
    Objects.requireNonNull(alias, "alias");
    return sql.write("removeAlias", c -> Sql.update(c, "DELETE FROM cim_customer_aliases WHERE alias_id = ?",
        alias.value()) > 0);
  }

  /** {@inheritDoc} One transaction of four deletes. */
  @Override
  public long eraseCustomer(CustomerId customerId) {
    Objects.requireNonNull(customerId, "customerId");
    String id = customerId.value();
    return sql.write("eraseCustomer", c -> (long) Sql.update(c,
        "DELETE FROM cim_merges WHERE survivor_id = ? OR merged_away_id = ?", id, id)
        + Sql.update(c, "DELETE FROM cim_customer_aliases WHERE alias_id = ? OR target_id = ?", id, id));
  }

  private static String resolve(Connection c, String id) throws SQLException {
    String current = id;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      String next = Sql.queryString(c, "SELECT target_id FROM cim_customer_aliases WHERE alias_id = ?", current);
      if (next == null) {
        return current;
      }
      current = next;
    }
    throw new StoreException("JdbcMergeStore: the aliases of customer '" + id + "' do not end within " + MAX_HOPS
        + " hops", null);
  }

  private static Optional<MergeRecord> find(Connection c, String id) throws SQLException {
    List<MergeRecord> found = list(c, "SELECT " + COLS + " FROM cim_merges WHERE id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private static List<MergeRecord> list(Connection c, String query, Object... args) throws SQLException {
    List<MergeRecord> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(query)) {
      Sql.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs.getString(2)).withVersion(rs.getLong(1)));
        }
      }
    }
    return out;
  }

  private static String write(MergeRecord r) {
    try {
      return MAPPER.writeValueAsString(r);
    } catch (JsonProcessingException e) {
      throw new StoreException("JdbcMergeStore: merge '" + r.id() + "' could not be written as JSON", e);
    }
  }

  private static MergeRecord read(String doc) {
    try {
      return MAPPER.readValue(doc, MergeRecord.class);
    } catch (JsonProcessingException e) {
      throw new StoreException("JdbcMergeStore: a stored merge record could not be read", e);
    }
  }
}
