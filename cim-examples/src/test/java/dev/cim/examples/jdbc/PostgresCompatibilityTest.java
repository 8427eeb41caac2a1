package dev.cim.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Message;
import dev.cim.core.model.MessageId;
import dev.cim.core.spi.ContactPointConflictException;
import dev.cim.core.spi.Page;
import dev.cim.core.spi.PageRequest;
import dev.cim.core.spi.VersionConflictException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Runs the JDBC stores on PostgreSQL, unchanged, when one is available: set the system property
 * {@code cim.test.postgres.url} (e.g. {@code jdbc:postgresql://127.0.0.1:5432/cim?user=cim&password=cim}) and put
 * the PostgreSQL JDBC driver ({@code org.postgresql:postgresql}) on the test class path. Otherwise the test is
 * skipped, saying which of the two is missing. The build has neither today: the driver is not a dependency of the
 * project and no PostgreSQL server runs in CI.
 *
 * <p>With both in place, the same four TCK classes as for H2 run on PostgreSQL by swapping the data source; this test
 * is the smoke check that the schema and the SQL are accepted.
 */
class PostgresCompatibilityTest {
  private static final String URL_PROPERTY = "cim.test.postgres.url";
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void storesWorkUnchangedOnPostgres() throws SQLException {
    String url = System.getProperty(URL_PROPERTY, "");
    assumeTrue(!url.isBlank(), "set -D" + URL_PROPERTY + "=jdbc:postgresql://... to run the stores on PostgreSQL");
    assumeTrue(driverPresent(), "add org.postgresql:postgresql at test scope to run the stores on PostgreSQL");
    DataSource ds = new DriverManagerDataSource(url);
    String schema = "cim_test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    }
    DataSource scoped = new DriverManagerDataSource(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    try {
      JdbcStores stores = JdbcStores.create(scoped);
      stores.createSchema();
      ContactPoint phone = ContactPoint.phone("+14155550100");
      Customer ana = stores.customers().create(Customer.create(CustomerId.of("ana"), T0, phone));
      assertThat(stores.customers().findByContactPoint(phone)).contains(ana);
      assertThatThrownBy(() -> stores.customers().create(Customer.create(CustomerId.of("ben"), T0, phone)))
          .isInstanceOf(ContactPointConflictException.class);
      stores.customers().update(ana.withDisplayName("Ana"));
      assertThatThrownBy(() -> stores.customers().update(ana)).isInstanceOf(VersionConflictException.class);
      InteractionId chat = InteractionId.of("chat");
      stores.interactions().create(Interaction.open(chat, ana.id(), Channel.CHAT, CaseId.of("k"), T0));
      for (int n = 0; n < 5; n++) {
        stores.interactions().appendMessage(Message.of(MessageId.of("m" + n), chat, AuthorRole.CUSTOMER, "hi",
            T0.plusNanos(1000L * n)));
      }
      Page<Message> first = stores.interactions().timeline(ana.id(), PageRequest.first(3));
      assertThat(first.items()).extracting(m -> m.id().value()).containsExactly("m4", "m3", "m2");
      Page<Message> second = stores.interactions()
          .timeline(ana.id(), PageRequest.after(3, first.nextCursor().orElseThrow()));
      assertThat(second.items()).extracting(m -> m.id().value()).containsExactly("m1", "m0");
      assertThat(stores.eraseCustomer(ana.id())).isEqualTo(new JdbcStores.Erasure(true, 1, 5));
    } finally {
      try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
        st.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private static boolean driverPresent() {
    try {
      Class.forName("org.postgresql.Driver");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** The smallest DataSource: a new DriverManager connection per call. */
  static final class DriverManagerDataSource implements DataSource {
    private final String url;

    DriverManagerDataSource(String url) {
      this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
