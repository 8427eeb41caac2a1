package dev.cim.examples.jdbc;

import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.ContactPointKind;
import dev.cim.core.privacy.ConsentEntry;
import dev.cim.core.privacy.ConsentStatus;
import dev.cim.core.spi.ConsentStore;
import dev.cim.core.spi.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A {@link ConsentStore} over plain JDBC: rules CO-1 to CO-8, checked by cim-tck's {@code ConsentStoreContract}.
 *
 * <p>Table {@code cim_consents} of {@code schema.sql}: one row per entry, never updated; an identity column
 * {@code seq} records the append order, which breaks ties between entries with the same time. The time is kept as
 * epoch second and nanosecond, so that nanosecond precision survives on PostgreSQL. Every call is one statement on its
 * own connection; every {@link SQLException} becomes a {@link StoreException}.
 *
 * <p>Thread-safe: holds no state but the data source.
 */
public final class JdbcConsentStore implements ConsentStore {
  private static final String COLUMNS = "kind, cp_value, purpose, status, at_s, at_n, source_name";
  /** The query of {@link #current}: one range of the index, newest first, first row only. */
  static final String CURRENT = "SELECT " + COLUMNS + " FROM cim_consents WHERE kind = ? AND cp_value = ? AND "
      + "purpose = ? ORDER BY at_s DESC, at_n DESC, seq DESC FETCH FIRST 1 ROWS ONLY";
  /** The query of {@link #history}: one range of the index. */
  static final String HISTORY = "SELECT " + COLUMNS + " FROM cim_consents WHERE kind = ? AND cp_value = ? "
      + "ORDER BY at_s, at_n, seq";

  private final Sql sql;

  /**
   * Creates a store over the tables of {@code schema.sql} (see {@link JdbcStores#createSchema(DataSource)}).
   *
   * @param dataSource where connections come from; not null
   * @throws NullPointerException if {@code dataSource} is null
   */
  public JdbcConsentStore(DataSource dataSource) {
    this.sql = new Sql(Objects.requireNonNull(dataSource, "dataSource"), "JdbcConsentStore");
  }

  /** {@inheritDoc} One insert. */
  @Override
  public ConsentEntry append(ConsentEntry entry) {
    Objects.requireNonNull(entry, "entry");
    return sql.write("append", c -> {
      Sql.update(c, "INSERT INTO cim_consents (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
          entry.contactPoint().kind().name(), entry.contactPoint().value(), entry.purpose(), entry.status().name(),
          entry.recordedAt().getEpochSecond(), entry.recordedAt().getNano(), entry.source());
      return entry;
    });
  }

  /** {@inheritDoc} One index range read, newest first, first row only. */
  @Override
  public Optional<ConsentEntry> current(ContactPoint contactPoint, String purpose) {
    Objects.requireNonNull(contactPoint, "contactPoint");
    String p = ConsentEntry.name("purpose", purpose);
    List<ConsentEntry> latest = query("current", CURRENT, contactPoint.kind().name(), contactPoint.value(), p);
    return latest.stream().findFirst();
  }

  /** {@inheritDoc} One index range read. */
  @Override
  public List<ConsentEntry> history(ContactPoint contactPoint) {
    Objects.requireNonNull(contactPoint, "contactPoint");
    return query("history", HISTORY, contactPoint.kind().name(), contactPoint.value());
  }

  /** {@inheritDoc} One delete. */
  @Override
  public long erase(ContactPoint contactPoint) {
    Objects.requireNonNull(contactPoint, "contactPoint");
    return sql.write("erase", c -> (long) Sql.update(c, "DELETE FROM cim_consents WHERE kind = ? AND cp_value = ?",
        contactPoint.kind().name(), contactPoint.value()));
  }

  private List<ConsentEntry> query(String operation, String select, Object... args) {
    return sql.read(operation, c -> {
      try (PreparedStatement ps = c.prepareStatement(select)) {
        Sql.bind(ps, args);
        List<ConsentEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new ConsentEntry(new ContactPoint(ContactPointKind.of(rs.getString(1)), rs.getString(2)),
                rs.getString(3), ConsentStatus.valueOf(rs.getString(4)),
                Instant.ofEpochSecond(rs.getLong(5), rs.getInt(6)), rs.getString(7)));
          }
        }
        return List.copyOf(out);
      }
    });
  }

  @Override
  public String toString() {
    return "JdbcConsentStore";
  }
}
