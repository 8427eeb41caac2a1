package dev.cim.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.InboundContact;
import dev.cim.core.InteractionHub;
import dev.cim.core.OutboundContact;
import dev.cim.core.Received;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.privacy.ConsentRequiredException;
import dev.cim.core.privacy.ConsentStatus;
import dev.cim.core.privacy.ErasureReceipt;
import dev.cim.core.privacy.MessageRedaction;
import dev.cim.core.privacy.Redactor;
import dev.cim.tck.MutableClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The hub's privacy features over the JDBC stores: redacted rows, consent-checked outbound, erasure of every row. */
class JdbcPrivacyTest {
  private static final ContactPoint ANA = ContactPoint.email("ana@example.com");
  private static final ContactPoint BO = ContactPoint.email("bo@example.com");

  private final DataSource ds = H2Databases.fresh("privacy");
  private final JdbcStores stores = JdbcStores.create(ds);
  private final InteractionHub hub = InteractionHub.builder()
      .clock(MutableClock.at(Instant.parse("2026-06-01T10:00:00Z")))
      .customerStore(stores.customers()).interactionStore(stores.interactions()).agentStore(stores.agents())
      .consentStore(stores.consents())
      .redaction(MessageRedaction.builder(Redactor.defaults()).build())
      .build();

  @AfterEach
  void dropDatabase() {
    H2Databases.shutdown(ds);
  }

  @Test
  void receive_storesOnlyRedactedTextInTheDatabase() throws SQLException {
    hub.receive(InboundContact.of(Channel.EMAIL, ANA, "my card is 4111 1111 1111 1111, call +44 20 7946 0018"));

    assertThat(dump()).contains("[card]", "[phone]").doesNotContain("4111").doesNotContain("7946");
  }

  @Test
  void sendOutbound_refusedWithoutOptIn_thenSentAfterIt() throws SQLException {
    OutboundContact news = OutboundContact.of(Channel.EMAIL, BO, "newsletter", "June news");
    assertThatThrownBy(() -> hub.sendOutbound(news)).isInstanceOf(ConsentRequiredException.class);
    assertThat(count("cim_customers")).isZero();

    hub.recordConsent(BO, "newsletter", ConsentStatus.OPTED_IN, "web-form");

    assertThat(hub.sendOutbound(news).message().text()).isEqualTo("June news");
    assertThat(count("cim_interactions")).isEqualTo(1);
  }

  @Test
  void erase_removesEveryRowOfTheCustomer_andKeepsTheOthers() throws SQLException {
    Received ana = hub.receive(InboundContact.of(Channel.EMAIL, ANA, "forget me, Ana").withDisplayName("Ana Zed"));
    hub.recordConsent(ANA, "newsletter", ConsentStatus.OPTED_IN, "web-form");
    hub.receive(InboundContact.of(Channel.EMAIL, BO, "keep me, Bo"));
    hub.recordConsent(BO, "newsletter", ConsentStatus.OPTED_OUT, "ivr");

    ErasureReceipt receipt = hub.erase(ana.customer().id());

    assertThat(receipt.removed(ErasureReceipt.CONSENTS)).isEqualTo(1);
    assertThat(receipt.removed(ErasureReceipt.MESSAGES)).isEqualTo(1);
    String left = dump();
    assertThat(left).doesNotContain(ana.customer().id().value(), "ana@example.com", "Ana Zed", "forget me")
        .contains("bo@example.com", "keep me, Bo", "ivr");
  }

  private long count(String table) throws SQLException {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Every column of every row of every cim table, as text. */
  private String dump() throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      for (String table : new String[] {"cim_customers", "cim_contact_points", "cim_interactions", "cim_messages",
          "cim_agents", "cim_consents"}) {
        try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
              out.append(rs.getString(i)).append('|');
            }
            out.append('\n');
          }
        }
      }
    }
    return out.toString();
  }
}
