package dev.cim.examples.jdbc;

import dev.cim.core.spi.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connection and transaction handling shared by the JDBC stores: a connection per call, a transaction per write, a
 * bounded retry of transient failures, and {@link SQLException} wrapped in {@link StoreException}.
 *
 * <p>Thread-safe: holds nothing but the data source.
 */
final class Sql {
  private static final Logger LOG = LoggerFactory.getLogger(Sql.class);

  /** SQLState of a unique or primary key violation (standard SQL; H2 and PostgreSQL both report it). */
  static final String UNIQUE_VIOLATION = "23505";
  /** SQLState of a foreign key violation (standard SQL). */
  static final String FOREIGN_KEY_VIOLATION = "23503";
  /** The most attempts of one call that hits transient failures (lock timeouts, deadlocks, serialization). */
  static final int MAX_ATTEMPTS = 20;

  private final DataSource dataSource;
  private final String storeName;

  Sql(DataSource dataSource, String storeName) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.storeName = storeName;
  }

  /** Work done on one connection; may throw {@link SQLException} or {@link Retry}. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Thrown by work to ask for the whole transaction to be rolled back and run again, after losing a race that a new
   * attempt resolves (a concurrent create of the same id, an owner that vanished).
   */
  static final class Retry extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Retry(String why) {
      super(why, null, false, false);
    }
  }

  /** Runs read-only work on a connection in auto-commit mode. */
  <T> T read(String operation, Work<T> work) {
    return run(operation, false, work);
  }

  /** Runs work in one transaction: committed if it returns, rolled back if it throws. */
  <T> T write(String operation, Work<T> work) {
    return run(operation, true, work);
  }

  private <T> T run(String operation, boolean transactional, Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        if (!transactional) {
          return work.run(c);
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
          T result = work.run(c);
          c.commit();
          return result;
        } catch (SQLException | RuntimeException | Error e) {
          rollbackQuietly(c, e);
          throw e;
        } finally {
          restoreAutoCommit(c, autoCommit);
        }
      } catch (Retry r) {
        if (attempt >= MAX_ATTEMPTS) {
          throw new StoreException(String.format(Locale.ROOT, "%s: %s did not settle after %d attempts (%s)",
              storeName, operation, attempt, r.getMessage()), null);
        }
        LOG.debug("{}: {} retries after attempt {}: {}", storeName, operation, attempt, r.getMessage());
      } catch (SQLException e) {
        if (!isTransient(e) || attempt >= MAX_ATTEMPTS) {
          throw failure(operation, e);
        }
        LOG.debug("{}: {} retries after a transient failure (SQLState {}) on attempt {}", storeName, operation,
            e.getSQLState(), attempt);
      }
    }
  }

  /** Wraps a failure without its message text, which may quote stored values (personal data). */
  StoreException failure(String operation, SQLException e) {
    return new StoreException(String.format(Locale.ROOT, "%s: %s failed (SQLState %s, vendor code %d)", storeName,
        operation, e.getSQLState(), e.getErrorCode()), e);
  }

  private static void rollbackQuietly(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static void restoreAutoCommit(Connection c, boolean autoCommit) {
    try {
      c.setAutoCommit(autoCommit);
    } catch (SQLException e) {
      LOG.debug("could not restore auto-commit (SQLState {})", e.getSQLState());
    }
  }

  /**
   * Tells whether a failure may pass if the transaction runs again: the standard class 40 (serialization failure,
   * deadlock), a transient exception, H2's lock timeout (HYT00, 50200) and H2's concurrent update (90131).
   */
  static boolean isTransient(SQLException e) {
    String state = e.getSQLState();
    return e instanceof SQLTransientException
        || (state != null && (state.startsWith("40") || state.equals("HYT00")))
        || e.getErrorCode() == 50200 || e.getErrorCode() == 90131;
  }

  static boolean isUniqueViolation(SQLException e) {
    return UNIQUE_VIOLATION.equals(e.getSQLState());
  }

  static boolean isForeignKeyViolation(SQLException e) {
    return FOREIGN_KEY_VIOLATION.equals(e.getSQLState());
  }

  /** Runs an update, returning the row count. */
  static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      return ps.executeUpdate();
    }
  }

  /** Binds arguments by position: String, Long, Integer. */
  static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a instanceof String s) {
        ps.setString(i + 1, s);
      } else if (a instanceof Long l) {
        ps.setLong(i + 1, l);
      } else if (a instanceof Integer n) {
        ps.setInt(i + 1, n);
      } else {
        throw new IllegalStateException("unsupported bind type " + (a == null ? "null" : a.getClass().getName()));
      }
    }
  }

  /** Reads the one long of a single-row query, or -1 if there is no row. */
  static long queryLong(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : -1;
      }
    }
  }

  /** Reads the one string of a single-row query, or null if there is no row. */
  static String queryString(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }
}
