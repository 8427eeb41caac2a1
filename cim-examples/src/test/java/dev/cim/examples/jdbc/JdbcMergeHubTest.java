package dev.cim.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.InboundContact;
import dev.cim.core.InteractionHub;
import dev.cim.core.Received;
import dev.cim.core.TimelineEntry;
import dev.cim.core.identity.MergeOptions;
import dev.cim.core.identity.MergeRecord;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.spi.PageRequest;
import dev.cim.tck.MutableClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue #6: a hub over the JDBC stores merges and unmerges customers, messages following their interactions. */
class JdbcMergeHubTest {
  private final DataSource ds = H2Databases.fresh("merge-hub");

  @AfterEach
  void drop() {
    H2Databases.shutdown(ds);
  }

  @Test
  void mergeAndUnmerge_overJdbc_moveInteractionsMessagesAndContactPoints() {
    JdbcStores stores = JdbcStores.create(ds);
    MutableClock clock = MutableClock.at(java.time.Instant.parse("2026-03-02T09:00:00Z"));
    AtomicInteger ids = new AtomicInteger();
    InteractionHub hub = InteractionHub.builder().clock(clock).ids(() -> "id-" + ids.incrementAndGet())
        .customerStore(stores.customers()).interactionStore(stores.interactions()).mergeStore(stores.merges())
        .build();
    Received ana = hub.receive(InboundContact.of(Channel.VOICE, ContactPoint.phone("+55 11 8765-4321"), "oi"));
    clock.advance(Duration.ofMinutes(5));
    Received bob = hub.receive(InboundContact.of(Channel.EMAIL, ContactPoint.email("ana@example.com"), "hello"));

    MergeRecord r = hub.merge(ana.customer().id(), bob.customer().id(), MergeOptions.ofDefaults());

    assertThat(hub.findCustomer(ContactPoint.phone("+55 11 98765-4321")).get().id()).isEqualTo(ana.customer().id());
    assertThat(hub.findCustomer(bob.customer().id()).get().id()).isEqualTo(ana.customer().id());
    assertThat(hub.timeline(ana.customer().id(), PageRequest.first(10)).items()).extracting(TimelineEntry::text)
        .containsExactly("hello", "oi");
    assertThat(stores.merges().findByCustomer(bob.customer().id())).extracting(MergeRecord::status)
        .containsExactly(MergeRecord.Status.MERGED);

    hub.unmerge(r.id());

    assertThat(hub.findCustomer(ContactPoint.email("ana@example.com")).get().id()).isEqualTo(bob.customer().id());
    assertThat(hub.timeline(bob.customer().id(), PageRequest.first(10)).items()).extracting(TimelineEntry::text)
        .containsExactly("hello");
    assertThat(hub.timeline(ana.customer().id(), PageRequest.first(10)).items()).extracting(TimelineEntry::text)
        .containsExactly("oi");
  }
}
