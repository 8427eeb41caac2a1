package dev.cim.examples.jdbc;

import dev.cim.core.model.CaseId;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.Message;
import dev.cim.core.spi.DuplicateEntityException;
import dev.cim.core.spi.EntityNotFoundException;
import dev.cim.core.spi.InteractionStore;
import dev.cim.core.spi.Page;
import dev.cim.core.spi.PageRequest;
import dev.cim.core.spi.StoreException;
import dev.cim.core.spi.VersionConflictException;
import java.sql.Connection;
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
 * An {@link InteractionStore} over plain JDBC: rules IS-1 to IS-15, checked by cim-tck's
 * {@code InteractionStoreContract}.
 *
 * <p>Tables {@code cim_interactions} and {@code cim_messages} of {@code schema.sql}. Each query the SPI makes is one
 * range of one index: by customer, by state, by case (interactions, ordered by creation time and id), by interaction
 * and by customer (messages, ordered by sending time and id). Times are stored as epoch second and nano columns, so
 * that ordering is exact to the nanosecond on every database.
 *
 * <h2>Keyset pagination</h2>
 * A cursor holds the query and the (time, id) of the last item returned; the next page asks for the rows strictly
 * after it in the query's order, for example for the newest-first timeline
 * {@code sent_s < ? OR (sent_s = ? AND (sent_n < ? OR (sent_n = ? AND id < ?)))}, with an extra
 * {@code sent_s <= ?} that lets the database seek into the index. It fetches one row more than the page size to know
 * whether a next page exists. Rows inserted meanwhile never shift what a client sees.
 *
 * <h2>Consistency</h2>
 * Each message row carries the customer of its interaction, so that the timeline is one index range. Every write keeps
 * it right: {@link #appendMessage} reads the interaction's customer under a row lock ({@code SELECT ... FOR UPDATE}),
 * and an {@link #update} that moves an interaction to another customer moves its messages in the same transaction.
 * Versioning is optimistic, in SQL ({@code UPDATE ... WHERE id = ? AND version = ?}). Every write is one transaction on
 * its own connection; {@link java.sql.SQLException} becomes {@link StoreException}.
 *
 * <p>Standard SQL only ({@code FETCH FIRST n ROWS ONLY}, {@code FOR UPDATE}): the same code runs on H2 and PostgreSQL.
 *
 * <p>Thread-safe: holds no state but the data source.
 */
public final class JdbcInteractionStore implements InteractionStore {
  private static final String INTERACTION = "interaction";
  private static final String MESSAGE = "message";
  private static final String I_COLS = "id, customer_id, case_id, state, created_s, created_n, version, doc";
  private static final String M_COLS = "id, interaction_id, sent_s, sent_n, doc, body";
  private static final String TERMINAL = java.util.Arrays.stream(InteractionState.values())
      .filter(InteractionState::isTerminal).map(st -> "'" + st.name() + "'")
      .collect(java.util.stream.Collectors.joining(", ", "(", ")"));

  private final Sql sql;

  /**
   * Creates a store over the tables of {@code schema.sql} (see {@link JdbcStores#createSchema(DataSource)}).
   *
   * @param dataSource where connections come from; not null
   * @throws NullPointerException if {@code dataSource} is null
   */
  public JdbcInteractionStore(DataSource dataSource) {
    this.sql = new Sql(Objects.requireNonNull(dataSource, "dataSource"), "JdbcInteractionStore");
  }

  /** {@inheritDoc} One primary-key read. */
  @Override
  public Optional<Interaction> findById(InteractionId id) {
    Objects.requireNonNull(id, "id");
    return sql.read("findById", c -> find(c, id.value()));
  }

  /** {@inheritDoc} One transaction: reads the id (idempotent create), then inserts. */
  @Override
  public Interaction create(Interaction interaction) {
    Objects.requireNonNull(interaction, "interaction");
    if (interaction.version() != 0) {
      throw new IllegalArgumentException("version of new interaction '" + interaction.id() + "' must be 0, but was "
          + interaction.version());
    }
    Interaction created = interaction.withVersion(1);
    String doc = Json.interaction(created);
    return sql.write("create", c -> {
      Optional<Interaction> stored = find(c, interaction.id().value());
      if (stored.isPresent()) {
        if (stored.get().withVersion(0).equals(interaction)) {
          return stored.get();
        }
        throw new DuplicateEntityException(INTERACTION, interaction.id().value());
      }
      try {
        Sql.update(c, "INSERT INTO cim_interactions (" + I_COLS + ") VALUES (?, ?, ?, ?, ?, ?, 1, ?)",
            created.id().value(), created.customerId().value(), created.caseId().value(), created.state().name(),
            created.createdAt().getEpochSecond(), created.createdAt().getNano(), doc);
      } catch (SQLException e) {
        if (Sql.isUniqueViolation(e)) {
          throw new Sql.Retry("interaction id created concurrently");
        }
        throw e;
      }
      return created;
    });
  }

  /**
   * {@inheritDoc} One transaction: the versioned update of the row and, if the customer changed, of its messages'
   * customer.
   */
  @Override
  public Interaction update(Interaction interaction) {
    Objects.requireNonNull(interaction, "interaction");
    Interaction updated = interaction.withVersion(interaction.version() + 1);
    String doc = Json.interaction(updated);
    String id = interaction.id().value();
    return sql.write("update", c -> {
      int rows = Sql.update(c, "UPDATE cim_interactions SET customer_id = ?, case_id = ?, state = ?, created_s = ?, "
              + "created_n = ?, version = version + 1, doc = ? WHERE id = ? AND version = ?",
          updated.customerId().value(), updated.caseId().value(), updated.state().name(),
          updated.createdAt().getEpochSecond(), updated.createdAt().getNano(), doc, id, interaction.version());
      if (rows == 0) {
        long actual = Sql.queryLong(c, "SELECT version FROM cim_interactions WHERE id = ?", id);
        if (actual < 0) {
          throw new EntityNotFoundException(INTERACTION, id);
        }
        if (actual == interaction.version()) {
          throw new Sql.Retry("interaction version changed back concurrently");
        }
        throw new VersionConflictException(INTERACTION, id, interaction.version(), actual);
      }
      Sql.update(c, "UPDATE cim_messages SET customer_id = ? WHERE interaction_id = ? AND customer_id <> ?",
          updated.customerId().value(), id, updated.customerId().value());
      return updated;
    });
  }

  /** {@inheritDoc} One index range of {@code cim_interactions_by_customer}, newest first. */
  @Override
  public Page<Interaction> findByCustomer(CustomerId customerId, PageRequest page) {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(page, "page");
    String tag = "is5\n" + customerId.value();
    Cursor after = page.cursor()
        .map(cur -> Cursor.decodeKey(tag, cur, "findByCustomer(" + customerId + ")")).orElse(null);
    return sql.read("findByCustomer", c -> interactionPage(c, "customer_id", customerId.value(), false, after,
        page.size(), tag));
  }

  /** {@inheritDoc} One index range of {@code cim_interactions_by_customer}, filtered by state. */
  @Override
  public List<Interaction> findOpenByCustomer(CustomerId customerId) {
    Objects.requireNonNull(customerId, "customerId");
    return sql.read("findOpenByCustomer", c -> interactions(c, "SELECT " + I_COLS
        + " FROM cim_interactions WHERE customer_id = ? AND state NOT IN " + TERMINAL
        + " ORDER BY created_s DESC, created_n DESC, id DESC", customerId.value()));
  }

  /** {@inheritDoc} One index range of {@code cim_interactions_by_state}, oldest first. */
  @Override
  public Page<Interaction> findByState(InteractionState state, PageRequest page) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(page, "page");
    String tag = "is7\n" + state.name();
    Cursor after = page.cursor().map(cur -> Cursor.decodeKey(tag, cur, "findByState(" + state + ")")).orElse(null);
    return sql.read("findByState", c -> interactionPage(c, "state", state.name(), true, after, page.size(), tag));
  }

  /** {@inheritDoc} One index range of {@code cim_interactions_by_case}, oldest first. */
  @Override
  public List<Interaction> findByCase(CaseId caseId) {
    Objects.requireNonNull(caseId, "caseId");
    return sql.read("findByCase", c -> interactions(c, "SELECT " + I_COLS
        + " FROM cim_interactions WHERE case_id = ? ORDER BY created_s, created_n, id", caseId.value()));
  }

  /**
   * {@inheritDoc} One transaction: reads the message id (idempotent append), locks the interaction's row to read its
   * customer, and inserts.
   */
  @Override
  public Message appendMessage(Message message) {
    Objects.requireNonNull(message, "message");
    String doc = Json.message(message);
    return sql.write("appendMessage", c -> {
      Optional<Message> stored = findMessage(c, message.id().value());
      if (stored.isPresent()) {
        if (stored.get().equals(message)) {
          return stored.get();
        }
        throw new DuplicateEntityException(MESSAGE, message.id().value());
      }
      String customerId = Sql.queryString(c, "SELECT customer_id FROM cim_interactions WHERE id = ? FOR UPDATE",
          message.interactionId().value());
      if (customerId == null) {
        throw new EntityNotFoundException(INTERACTION, message.interactionId().value());
      }
      try {
        Sql.update(c, "INSERT INTO cim_messages (id, interaction_id, customer_id, sent_s, sent_n, doc, body) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", message.id().value(), message.interactionId().value(), customerId,
            message.sentAt().getEpochSecond(), message.sentAt().getNano(), doc, message.text());
      } catch (SQLException e) {
        if (Sql.isUniqueViolation(e) || Sql.isForeignKeyViolation(e)) {
          throw new Sql.Retry("message id appended or interaction erased concurrently");
        }
        throw e;
      }
      return message;
    });
  }

  /** {@inheritDoc} One index range of {@code cim_messages_by_interaction}, oldest first. */
  @Override
  public Page<Message> findMessages(InteractionId interactionId, PageRequest page) {
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(page, "page");
    String tag = "is10\n" + interactionId.value();
    Cursor after = page.cursor()
        .map(cur -> Cursor.decodeKey(tag, cur, "findMessages(" + interactionId + ")")).orElse(null);
    return sql.read("findMessages", c -> messagePage(c, "interaction_id", interactionId.value(), true, after,
        page.size(), tag));
  }

  /** {@inheritDoc} One index range of {@code cim_messages_by_customer}, newest first. */
  @Override
  public Page<Message> timeline(CustomerId customerId, PageRequest page) {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(page, "page");
    String tag = "is11\n" + customerId.value();
    Cursor after = page.cursor().map(cur -> Cursor.decodeKey(tag, cur, "timeline(" + customerId + ")")).orElse(null);
    return sql.read("timeline", c -> messagePage(c, "customer_id", customerId.value(), false, after, page.size(),
        tag));
  }

  /** {@inheritDoc} One transaction (see {@link #eraseCustomerIn}). */
  @Override
  public ErasedCount eraseCustomer(CustomerId customerId) {
    Objects.requireNonNull(customerId, "customerId");
    return sql.write("eraseCustomer", c -> eraseCustomerIn(c, customerId.value()));
  }

  /**
   * Erases a customer's interactions and messages on the caller's transaction: locks the interactions' rows (so that
   * no message is appended to them meanwhile), then deletes the messages, then the interactions.
   */
  static ErasedCount eraseCustomerIn(Connection c, String customerId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id FROM cim_interactions WHERE customer_id = ? FOR UPDATE")) {
      Sql.bind(ps, customerId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rs.getString(1); // locks the row
        }
      }
    }
    long messages = Sql.update(c, "DELETE FROM cim_messages WHERE customer_id = ?", customerId);
    long interactions = Sql.update(c, "DELETE FROM cim_interactions WHERE customer_id = ?", customerId);
    return new ErasedCount(interactions, messages);
  }

  // ---------------------------------------------------------------- queries

  private static Optional<Interaction> find(Connection c, String id) throws SQLException {
    List<Interaction> found = interactions(c, "SELECT " + I_COLS + " FROM cim_interactions WHERE id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private static Optional<Message> findMessage(Connection c, String id) throws SQLException {
    List<Message> found = messages(c, "SELECT " + M_COLS + " FROM cim_messages WHERE id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private static Page<Interaction> interactionPage(Connection c, String column, String value, boolean ascending,
      Cursor after, int size, String tag) throws SQLException {
    List<Interaction> rows = interactions(c, pageQuery("SELECT " + I_COLS + " FROM cim_interactions", column,
        "created_s", "created_n", ascending, after != null), pageArgs(value, after, size));
    return page(rows, size, i -> Cursor.encode(tag, i.createdAt(), i.id().value()));
  }

  private static Page<Message> messagePage(Connection c, String column, String value, boolean ascending,
      Cursor after, int size, String tag) throws SQLException {
    List<Message> rows = messages(c, pageQuery("SELECT " + M_COLS + " FROM cim_messages", column, "sent_s", "sent_n",
        ascending, after != null), pageArgs(value, after, size));
    return page(rows, size, m -> Cursor.encode(tag, m.sentAt(), m.id().value()));
  }

  /**
   * Builds a keyset page query: rows of one value of {@code column}, strictly after the cursor's (time, id) in the
   * query's order, one more than the page size.
   */
  static String pageQuery(String select, String column, String s, String n, boolean ascending, boolean hasCursor) {
    String cmp = ascending ? ">" : "<";
    String dir = ascending ? "" : " DESC";
    StringBuilder q = new StringBuilder(select).append(" WHERE ").append(column).append(" = ?");
    if (hasCursor) {
      q.append(" AND ").append(s).append(ascending ? " >= ?" : " <= ?")
          .append(" AND (").append(s).append(' ').append(cmp).append(" ? OR (").append(s).append(" = ? AND (")
          .append(n).append(' ').append(cmp).append(" ? OR (").append(n).append(" = ? AND id ").append(cmp)
          .append(" ?))))");
    }
    q.append(" ORDER BY ").append(s).append(dir).append(", ").append(n).append(dir).append(", id").append(dir)
        .append(" FETCH FIRST ? ROWS ONLY");
    return q.toString();
  }

  private static Object[] pageArgs(String value, Cursor after, int size) {
    if (after == null) {
      return new Object[] {value, size + 1};
    }
    long s = after.at().getEpochSecond();
    int n = after.at().getNano();
    return new Object[] {value, s, s, s, n, n, after.id(), size + 1};
  }

  private static <T> Page<T> page(List<T> rows, int size, java.util.function.Function<T, String> cursorOf) {
    if (rows.size() <= size) {
      return Page.last(rows);
    }
    List<T> items = rows.subList(0, size);
    return new Page<>(items, Optional.of(cursorOf.apply(items.get(size - 1))));
  }

  private static List<Interaction> interactions(Connection c, String query, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(query)) {
      Sql.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        List<Interaction> out = new ArrayList<>();
        while (rs.next()) {
          out.add(Json.interaction(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              Instant.ofEpochSecond(rs.getLong(5), rs.getInt(6)), rs.getLong(7), rs.getString(8)));
        }
        return out;
      }
    }
  }

  private static List<Message> messages(Connection c, String query, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(query)) {
      Sql.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        List<Message> out = new ArrayList<>();
        while (rs.next()) {
          out.add(Json.message(rs.getString(1), rs.getString(2), Instant.ofEpochSecond(rs.getLong(3), rs.getInt(4)),
              rs.getString(5), rs.getString(6)));
        }
        return out;
      }
    }
  }
}
