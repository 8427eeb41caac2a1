package dev.cim.examples.jdbc;

import dev.cim.core.model.CustomerId;
import dev.cim.core.spi.AgentStore;
import dev.cim.core.spi.ConsentStore;
import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.InteractionStore;
import dev.cim.core.spi.MergeStore;
import dev.cim.core.spi.InteractionStore.ErasedCount;
import dev.cim.core.spi.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The JDBC stores (customers, interactions and messages, agents, consents) over one data source, the schema script, and an erasure of a whole customer in one
 * transaction. Start here:
 *
 * <pre>{@code
 * JdbcDataSource ds = new JdbcDataSource();                 // org.h2.jdbcx; any javax.sql.DataSource works
 * ds.setURL("jdbc:h2:mem:cim;DB_CLOSE_DELAY=-1");           // or jdbc:postgresql://localhost/cim
 * JdbcStores stores = JdbcStores.create(ds);
 * stores.createSchema();                                     // CREATE TABLE IF NOT EXISTS ...
 * CustomerStore customers = stores.customers();
 * }</pre>
 *
 * <p>The stores use standard SQL only (row locks with {@code FOR UPDATE}, {@code FETCH FIRST n ROWS ONLY}, SQLState
 * {@code 23505} for a unique key violation), so the same code runs on H2 and on PostgreSQL with only the URL changed.
 * The one dialect concern is in the schema, not the code: on PostgreSQL, ids are ordered like Java's
 * {@link String#compareTo} only under a byte-order collation (create the database with {@code LC_COLLATE 'C'}), and
 * PostgreSQL text cannot hold the character U+0000.
 *
 * <p>Thread-safe: each call takes its own connection from the data source, so use a pooling data source in
 * production (H2's {@code JdbcConnectionPool}, HikariCP, ...).
 */
public final class JdbcStores {
  /** The class path resource of the schema script. */
  public static final String SCHEMA_RESOURCE = "/dev/cim/examples/jdbc/schema.sql";

  private final DataSource dataSource;
  private final JdbcCustomerStore customers;
  private final JdbcInteractionStore interactions;
  private final JdbcAgentStore agents;
  private final JdbcMergeStore merges;
  private final JdbcConsentStore consents;
  private final Sql sql;

  private JdbcStores(DataSource dataSource) {
    this.dataSource = dataSource;
    this.customers = new JdbcCustomerStore(dataSource);
    this.interactions = new JdbcInteractionStore(dataSource);
    this.agents = new JdbcAgentStore(dataSource);
    this.merges = new JdbcMergeStore(dataSource);
    this.consents = new JdbcConsentStore(dataSource);
    this.sql = new Sql(dataSource, "JdbcStores");
  }

  /**
   * Returns the stores over a data source. Creates no tables: call {@link #createSchema()} once, or run
   * {@code schema.sql} with your migration tool.
   *
   * @param dataSource where connections come from; not null
   * @return the stores
   * @throws NullPointerException if {@code dataSource} is null
   */
  public static JdbcStores create(DataSource dataSource) {
    return new JdbcStores(Objects.requireNonNull(dataSource, "dataSource"));
  }

  /**
   * Returns the customer store.
   *
   * @return the store; never null
   */
  public CustomerStore customers() {
    return customers;
  }

  /**
   * Returns the interaction and message store.
   *
   * @return the store; never null
   */
  public InteractionStore interactions() {
    return interactions;
  }

  /**
   * Returns the agent store.
   *
   * @return the store; never null
   */
  public AgentStore agents() {
    return agents;
  }

  /**
   * Returns the merge journal and customer id aliases.
   *
   * @return the store; never null
   * @since 0.1.0
   */
  public MergeStore merges() {
    return merges;
  }

  /**
   * Returns the consent ledger store.
   *
   * @return the store; never null
   */
  public ConsentStore consents() {
    return consents;
  }

  /**
   * Creates the tables and indexes of {@code schema.sql} if they do not exist yet (idempotent).
   *
   * @throws StoreException if the database rejects a statement
   */
  public void createSchema() {
    createSchema(dataSource);
  }

  /**
   * Creates the tables and indexes of {@code schema.sql} in a database if they do not exist yet (idempotent).
   *
   * @param dataSource the database; not null
   * @throws NullPointerException if {@code dataSource} is null
   * @throws StoreException if the database rejects a statement
   */
  public static void createSchema(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    List<String> statements = schemaStatements();
    new Sql(dataSource, "JdbcStores").write("createSchema", c -> {
      try (Statement st = c.createStatement()) {
        for (String s : statements) {
          st.execute(s);
        }
      }
      return null;
    });
  }

  /**
   * Returns the statements of {@code schema.sql}, without comments, in order.
   *
   * @return the statements; never null
   * @throws IllegalStateException if the resource is missing from the class path
   */
  public static List<String> schemaStatements() {
    String script;
    try (InputStream in = JdbcStores.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema script must be on the class path at " + SCHEMA_RESOURCE
            + ", but was not found");
      }
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("schema script " + SCHEMA_RESOURCE + " could not be read", e);
    }
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(current.length() == 0 ? "" : " ").append(trimmed);
      if (trimmed.endsWith(";")) {
        current.setLength(current.length() - 1);
        statements.add(current.toString());
        current.setLength(0);
      }
    }
    return List.copyOf(statements);
  }

  /**
   * Erases everything of a customer in one transaction: its messages, its interactions, its contact points and the
   * customer itself. Either all of it is gone afterwards or, on a failure, none of it.
   *
   * @param customerId the customer; not null
   * @return what was removed
   * @throws NullPointerException if {@code customerId} is null
   * @throws StoreException if the storage fails
   */
  public Erasure eraseCustomer(CustomerId customerId) {
    Objects.requireNonNull(customerId, "customerId");
    return sql.write("eraseCustomer", c -> {
      ErasedCount counts = JdbcInteractionStore.eraseCustomerIn(c, customerId.value());
      boolean customer = JdbcCustomerStore.eraseIn(c, customerId.value());
      return new Erasure(customer, counts.interactions(), counts.messages());
    });
  }

  /**
   * What {@link #eraseCustomer} removed.
   *
   * @param customer whether the customer was stored
   * @param interactions how many interactions, {@code >= 0}
   * @param messages how many messages, {@code >= 0}
   */
  public record Erasure(boolean customer, long interactions, long messages) {
    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public Erasure {
      if (interactions < 0 || messages < 0) {
        throw new IllegalArgumentException("erased counts must be >= 0, but were " + interactions
            + " interactions and " + messages + " messages");
      }
    }
  }

}
