package dev.cim.examples.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Fresh, empty in-memory H2 databases with the schema, one per call; for tests. */
final class H2Databases {
  private H2Databases() {}

  /** Returns a data source over a new in-memory database holding the schema and no rows. */
  static JdbcDataSource fresh(String purpose) {
    JdbcDataSource ds = new JdbcDataSource();
    // LOCK_TIMEOUT: the concurrency contract tests make many writers wait for one row lock on a 2-core machine.
    ds.setURL("jdbc:h2:mem:" + purpose + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    ds.setUser("sa");
    ds.setPassword("");
    JdbcStores.createSchema(ds);
    return ds;
  }

  /** Drops an in-memory database made by {@link #fresh}, freeing its memory. */
  static void shutdown(DataSource ds) {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.execute("SHUTDOWN");
    } catch (SQLException e) {
      throw new IllegalStateException("could not shut the test database down", e);
    }
  }
}
