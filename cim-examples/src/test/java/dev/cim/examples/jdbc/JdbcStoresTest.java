package dev.cim.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.cim.core.spi.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the TCK does not cover: schema, indexes, failures, precision and size limits of the JDBC stores. */
class JdbcStoresTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private final JdbcDataSource ds = H2Databases.fresh("jdbc-stores");
  private final JdbcStores stores = JdbcStores.create(ds);

  @AfterEach
  void dropDatabase() {
    H2Databases.shutdown(ds);
  }

  @Test
  void createSchema_twice_isIdempotentAndKeepsTheRows() {
    stores.customers().create(Customer.create(CustomerId.of("ana"), T0, ContactPoint.email("ana@example.com")));
    stores.createSchema();
    assertThat(stores.customers().findById(CustomerId.of("ana"))).isPresent();
  }

  @Test
  void schemaStatements_areTheTablesAndIndexesOfTheScript() {
    List<String> statements = JdbcStores.schemaStatements();
    assertThat(statements).filteredOn(s -> s.startsWith("CREATE TABLE")).hasSize(8);
    assertThat(statements).filteredOn(s -> s.startsWith("CREATE INDEX")).hasSize(11);
    assertThat(statements).noneMatch(s -> s.contains("--") || s.endsWith(";"));
  }

  /** Every query of the SPI that can return many rows reads one range of an index; none scans a table. */
  @Test
  void everyListingQuery_usesAnIndex() throws SQLException {
    String interactions = "SELECT id FROM cim_interactions";
    String messages = "SELECT id FROM cim_messages";
    assertPlanUses(JdbcInteractionStore.pageQuery(interactions, "customer_id", "created_s", "created_n", false, true),
        "CIM_INTERACTIONS_BY_CUSTOMER", "c", 1L, 1L, 1L, 0, 0, "i", 11);
    assertPlanUses(JdbcInteractionStore.pageQuery(interactions, "state", "created_s", "created_n", true, false),
        "CIM_INTERACTIONS_BY_STATE", "NEW", 11);
    assertPlanUses(JdbcInteractionStore.pageQuery(messages, "interaction_id", "sent_s", "sent_n", true, true),
        "CIM_MESSAGES_BY_INTERACTION", "i", 1L, 1L, 1L, 0, 0, "m", 11);
    assertPlanUses(JdbcInteractionStore.pageQuery(messages, "customer_id", "sent_s", "sent_n", false, true),
        "CIM_MESSAGES_BY_CUSTOMER", "c", 1L, 1L, 1L, 0, 0, "m", 11);
    assertPlanUses("SELECT id FROM cim_interactions WHERE case_id = ? ORDER BY created_s, created_n, id",
        "CIM_INTERACTIONS_BY_CASE", "k");
    assertPlanUses("SELECT customer_id FROM cim_contact_points WHERE kind = ? AND cp_value = ?",
        "PRIMARY_KEY", "email", "a@example.com");
    assertPlanUses("DELETE FROM cim_messages WHERE customer_id = ?", "CIM_MESSAGES_BY_CUSTOMER", "c");
    assertPlanUses(JdbcConsentStore.CURRENT, "CIM_CONSENTS_BY_CONTACT_POINT", "email", "a@example.com", "marketing");
    assertPlanUses(JdbcConsentStore.HISTORY, "CIM_CONSENTS_BY_CONTACT_POINT", "email", "a@example.com");
    assertPlanUses("DELETE FROM cim_consents WHERE kind = ? AND cp_value = ?", "CIM_CONSENTS_BY_CONTACT_POINT",
        "email", "a@example.com");
  }

  private void assertPlanUses(String query, String index, Object... args) throws SQLException {
    try (Connection c = ds.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement("EXPLAIN " + query)) {
      Sql.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getString(1)).as("plan of %s", query).containsIgnoringCase(index)
            .doesNotContainIgnoringCase("tableScan");
      }
    }
  }

  @Test
  void missingTables_failWithStoreExceptionNamingTheOperation() {
    JdbcDataSource empty = new JdbcDataSource();
    empty.setURL("jdbc:h2:mem:empty-" + UUID.randomUUID());
    assertThatThrownBy(() -> new JdbcCustomerStore(empty).findById(CustomerId.of("ana")))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("JdbcCustomerStore: findById failed (SQLState ")
        .hasCauseInstanceOf(SQLException.class);
  }

  @Test
  void corruptRow_failsWithStoreExceptionNamingTheEntity() throws SQLException {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.execute("INSERT INTO cim_customers (id, version, doc) VALUES ('ana', 1, '{\"contactPoints\": 7}')");
    }
    assertThatThrownBy(() -> stores.customers().findById(CustomerId.of("ana")))
        .isInstanceOf(StoreException.class).hasMessageStartingWith("stored customer 'ana' cannot be read");
  }

  @Test
  void contactPointConflict_namesTheOwnerAndWritesNothing() {
    ContactPoint phone = ContactPoint.phone("+14155550100");
    stores.customers().create(Customer.create(CustomerId.of("ana"), T0, phone));
    assertThatThrownBy(() -> stores.customers().create(Customer.create(CustomerId.of("ben"), T0,
        ContactPoint.email("ben@example.com"), phone)))
        .isInstanceOfSatisfying(ContactPointConflictException.class, e -> {
          assertThat(e.getOwner()).isEqualTo(CustomerId.of("ana"));
          assertThat(e.getClaimant()).isEqualTo(CustomerId.of("ben"));
        });
    assertThat(stores.customers().findById(CustomerId.of("ben"))).isEmpty();
    assertThat(stores.customers().findByContactPoint(ContactPoint.email("ben@example.com"))).isEmpty();
  }

  @Test
  void times_keepTheirNanoseconds_andOrderByThem() {
    CustomerId ana = CustomerId.of("ana");
    InteractionId chat = InteractionId.of("chat");
    Instant opened = T0.plusNanos(123_456_789);
    Interaction created = stores.interactions().create(Interaction.open(chat, ana, Channel.CHAT, CaseId.of("k"),
        opened));
    assertThat(stores.interactions().findById(chat)).contains(created);
    List<MessageId> appended = new ArrayList<>();
    for (int n = 0; n < 5; n++) {
      Message m = Message.of(MessageId.of("m" + n), chat, AuthorRole.CUSTOMER, "hi", T0.plusNanos(999_999_999L - n));
      stores.interactions().appendMessage(m);
      appended.add(m.id());
    }
    List<MessageId> newestFirst = new ArrayList<>();
    Page<Message> page = stores.interactions().timeline(ana, PageRequest.first(2));
    page.items().forEach(m -> newestFirst.add(m.id()));
    while (page.hasNext()) {
      page = stores.interactions().timeline(ana, PageRequest.after(2, page.nextCursor().orElseThrow()));
      page.items().forEach(m -> newestFirst.add(m.id()));
    }
    assertThat(newestFirst).containsExactlyElementsOf(appended);
  }

  @Test
  void longestMessageText_roundTrips() {
    InteractionId chat = InteractionId.of("chat");
    stores.interactions().create(Interaction.open(chat, CustomerId.of("ana"), Channel.EMAIL, CaseId.of("k"), T0));
    String text = "\u00e9".repeat(Message.MAX_TEXT_LENGTH);
    Message m = Message.of(MessageId.of("m"), chat, AuthorRole.CUSTOMER, text, T0);
    stores.interactions().appendMessage(m);
    assertThat(stores.interactions().findMessages(chat, PageRequest.first(1)).items()).containsExactly(m);
  }

  @Test
  void nullArguments_throwNullPointerExceptionNamingThem() {
    assertThatThrownBy(() -> JdbcStores.create(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("dataSource");
    assertThatThrownBy(() -> new JdbcCustomerStore(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("dataSource");
    assertThatThrownBy(() -> stores.eraseCustomer(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("customerId");
  }
}
