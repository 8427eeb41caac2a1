package dev.cim.examples.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Fresh, empty PostgreSQL schemas with cim's tables, one per call, on the server named by the system property
 * {@code cim.test.postgres.url}; for the {@code Postgres*Tck} classes, which run only when asked for by name
 * ({@code -Dtest='Postgres*Tck'}) because they need a server and the driver.
 */
final class PostgresDatabases {
  private PostgresDatabases() {}

  private static String url() {
    return Objects.requireNonNull(System.getProperty("cim.test.postgres.url"),
        "set -Dcim.test.postgres.url=jdbc:postgresql://... to run the PostgreSQL kit");
  }

  /** Returns a data source over a new schema holding the tables and no rows. */
  static DataSource fresh() {
    String schema = "cim_tck_" + UUID.randomUUID().toString().replace("-", "");
    execute(new PostgresCompatibilityTest.DriverManagerDataSource(url()), "CREATE SCHEMA " + schema);
    String url = url();
    DataSource ds = new PostgresCompatibilityTest.DriverManagerDataSource(
        url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    JdbcStores.createSchema(ds);
    return ds;
  }

  /** Drops a schema made by {@link #fresh}. */
  static void drop(DataSource ds) {
    execute(ds, "DO $$ BEGIN EXECUTE 'DROP SCHEMA ' || current_schema() || ' CASCADE'; END $$");
  }

  private static void execute(DataSource ds, String sql) {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("could not run '" + sql + "' on PostgreSQL", e);
    }
  }
}
