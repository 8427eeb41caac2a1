package dev.cim.examples.jdbc;

import dev.cim.core.model.Agent;
import dev.cim.core.model.AgentId;
import dev.cim.core.spi.AgentStore;
import dev.cim.core.spi.DuplicateEntityException;
import dev.cim.core.spi.EntityNotFoundException;
import dev.cim.core.spi.Page;
import dev.cim.core.spi.PageRequest;
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
 * An {@link AgentStore} over plain JDBC: rules AS-1 to AS-9, checked by cim-tck's {@code AgentStoreContract}.
 *
 * <p>Table {@code cim_agents} of {@code schema.sql}: id, version and a JSON document with the rest. Optimistic
 * versioning in SQL ({@code UPDATE ... WHERE id = ? AND version = ?}); {@link #findAll} pages by keyset on the primary
 * key ({@code WHERE id > ? ORDER BY id FETCH FIRST n ROWS ONLY}). Every write is one statement or one transaction on
 * its own connection; {@link java.sql.SQLException} becomes {@link StoreException}.
 *
 * <p>Thread-safe: holds no state but the data source.
 */
public final class JdbcAgentStore implements AgentStore {
  private static final String TYPE = "agent";
  private static final String TAG = "as5";

  private final Sql sql;

  /**
   * Creates a store over the tables of {@code schema.sql} (see {@link JdbcStores#createSchema(DataSource)}).
   *
   * @param dataSource where connections come from; not null
   * @throws NullPointerException if {@code dataSource} is null
   */
  public JdbcAgentStore(DataSource dataSource) {
    this.sql = new Sql(Objects.requireNonNull(dataSource, "dataSource"), "JdbcAgentStore");
  }

  /** {@inheritDoc} One primary-key read. */
  @Override
  public Optional<Agent> findById(AgentId id) {
    Objects.requireNonNull(id, "id");
    return sql.read("findById", c -> {
      List<Agent> found = agents(c, "SELECT id, version, doc FROM cim_agents WHERE id = ?", id.value());
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    });
  }

  /** {@inheritDoc} One transaction: reads the id (idempotent create), then inserts. */
  @Override
  public Agent create(Agent agent) {
    Objects.requireNonNull(agent, "agent");
    if (agent.version() != 0) {
      throw new IllegalArgumentException("version of new agent '" + agent.id() + "' must be 0, but was "
          + agent.version());
    }
    Agent created = agent.withVersion(1);
    String doc = Json.agent(created);
    return sql.write("create", c -> {
      List<Agent> stored = agents(c, "SELECT id, version, doc FROM cim_agents WHERE id = ?", agent.id().value());
      if (!stored.isEmpty()) {
        if (stored.get(0).withVersion(0).equals(agent)) {
          return stored.get(0);
        }
        throw new DuplicateEntityException(TYPE, agent.id().value());
      }
      try {
        Sql.update(c, "INSERT INTO cim_agents (id, version, doc) VALUES (?, 1, ?)", agent.id().value(), doc);
      } catch (SQLException e) {
        if (Sql.isUniqueViolation(e)) {
          throw new Sql.Retry("agent id created concurrently");
        }
        throw e;
      }
      return created;
    });
  }

  /** {@inheritDoc} One versioned update; on no row, one read of the actual version. */
  @Override
  public Agent update(Agent agent) {
    Objects.requireNonNull(agent, "agent");
    Agent updated = agent.withVersion(agent.version() + 1);
    String doc = Json.agent(updated);
    String id = agent.id().value();
    return sql.write("update", c -> {
      int rows = Sql.update(c, "UPDATE cim_agents SET version = version + 1, doc = ? WHERE id = ? AND version = ?",
          doc, id, agent.version());
      if (rows == 0) {
        long actual = Sql.queryLong(c, "SELECT version FROM cim_agents WHERE id = ?", id);
        if (actual < 0) {
          throw new EntityNotFoundException(TYPE, id);
        }
        if (actual == agent.version()) {
          throw new Sql.Retry("agent version changed back concurrently");
        }
        throw new VersionConflictException(TYPE, id, agent.version(), actual);
      }
      return updated;
    });
  }

  /** {@inheritDoc} One range of the primary key. */
  @Override
  public Page<Agent> findAll(PageRequest page) {
    Objects.requireNonNull(page, "page");
    Cursor after = page.cursor().map(cur -> Cursor.decodeId(TAG, cur, "findAll()")).orElse(null);
    return sql.read("findAll", c -> {
      List<Agent> rows = after == null
          ? agents(c, "SELECT id, version, doc FROM cim_agents ORDER BY id FETCH FIRST ? ROWS ONLY", page.size() + 1)
          : agents(c, "SELECT id, version, doc FROM cim_agents WHERE id > ? ORDER BY id FETCH FIRST ? ROWS ONLY",
              after.id(), page.size() + 1);
      if (rows.size() <= page.size()) {
        return Page.last(rows);
      }
      List<Agent> items = rows.subList(0, page.size());
      return new Page<>(items, Optional.of(Cursor.encode(TAG, items.get(items.size() - 1).id().value())));
    });
  }

  /** {@inheritDoc} One delete. */
  @Override
  public boolean delete(AgentId id) {
    Objects.requireNonNull(id, "id");
    return sql.write("delete", c -> Sql.update(c, "DELETE FROM cim_agents WHERE id = ?", id.value()) > 0);
  }

  private static List<Agent> agents(Connection c, String query, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(query)) {
      Sql.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        List<Agent> out = new ArrayList<>();
        while (rs.next()) {
          out.add(Json.agent(rs.getString(1), rs.getLong(2), rs.getString(3)));
        }
        return out;
      }
    }
  }
}
