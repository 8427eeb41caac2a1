package dev.cim.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.cim.core.memory.InMemoryCustomerStore;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.StoreException;
import dev.cim.core.spi.VersionConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CachingCustomerStoreTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final ContactPoint PHONE = ContactPoint.phone("+14155550100");
  private static final ContactPoint EMAIL = ContactPoint.email("ana@example.com");
  private static final CustomerId ANA = CustomerId.of("ana");
  private static final CustomerId BEN = CustomerId.of("ben");

  private final Spy spy = new Spy();
  private final Spy.FakeTicker ticker = new Spy.FakeTicker();
  private final InMemoryCustomerStore backing = new InMemoryCustomerStore();
  private final CachingCustomerStore store = CachingCustomerStore.wrap(spy.wrap(CustomerStore.class, backing),
      CacheConfig.custom().expireAfterWrite(Duration.ofSeconds(10)).ticker(ticker).executor(Runnable::run).build());

  @Test
  void findById_twice_readsTheStoreOnceAndCountsAHit() {
    Customer ana = store.create(Customer.create(ANA, T0, PHONE));
    assertThat(store.findById(ANA)).contains(ana);
    assertThat(store.findById(ANA)).contains(ana);
    assertThat(spy.calls("findById")).isEqualTo(1);
    CacheStats stats = store.stats().get("customersById");
    assertThat(stats.hitCount()).isEqualTo(1);
    assertThat(stats.missCount()).isEqualTo(1);
  }

  @Test
  void findById_unknown_cachesTheAbsenceUntilACreateThroughTheDecorator() {
    assertThat(store.findById(ANA)).isEmpty();
    assertThat(store.findById(ANA)).isEmpty();
    assertThat(spy.calls("findById")).isEqualTo(1);
    Customer ana = store.create(Customer.create(ANA, T0, PHONE));
    assertThat(store.findById(ANA)).contains(ana);
  }

  @Test
  void findByContactPoint_twice_readsTheStoreOnce() {
    Customer ana = store.create(Customer.create(ANA, T0, PHONE));
    assertThat(store.findByContactPoint(PHONE)).contains(ana);
    assertThat(store.findByContactPoint(PHONE)).contains(ana);
    assertThat(store.findByContactPoint(PHONE)).contains(ana);
    assertThat(spy.calls("findByContactPoint")).isEqualTo(1);
    assertThat(store.stats().get("customersByContactPoint").hitCount()).isEqualTo(2);
  }

  @Test
  void update_nextReadSeesTheNewVersion() {
    Customer ana = store.create(Customer.create(ANA, T0, PHONE));
    store.findById(ANA);
    store.findByContactPoint(PHONE);
    Customer renamed = store.update(ana.withDisplayName("Ana Lima"));
    assertThat(store.findById(ANA)).contains(renamed);
    assertThat(store.findByContactPoint(PHONE)).contains(renamed);
  }

  @Test
  void update_removingAContactPointWhoseOwnerWasNotCachedById_isNoLongerFoundByIt() {
    Customer ana = store.create(Customer.create(ANA, T0, PHONE, EMAIL));
    assertThat(store.findByContactPoint(PHONE)).contains(ana); // caches PHONE -> ana, not ana by id
    store.update(ana.withContactPoints(Set.of(EMAIL)));
    assertThat(store.findByContactPoint(PHONE)).isEmpty();
  }

  @Test
  void update_movingAContactPointToAnotherCustomer_findsTheNewOwner() {
    Customer ana = store.create(Customer.create(ANA, T0, PHONE));
    Customer ben = store.create(Customer.create(BEN, T0, EMAIL));
    assertThat(store.findByContactPoint(PHONE)).contains(ana);
    store.update(ana.withContactPoints(Set.of()));
    Customer ben2 = store.update(ben.withContactPoints(Set.of(EMAIL, PHONE)));
    assertThat(store.findByContactPoint(PHONE)).contains(ben2);
  }

  @Test
  void erase_evictsTheCustomerAndItsContactPoints() {
    store.create(Customer.create(ANA, T0, PHONE));
    store.findById(ANA);
    store.findByContactPoint(PHONE);
    assertThat(store.erase(ANA)).isTrue();
    assertThat(store.findById(ANA)).isEmpty();
    assertThat(store.findByContactPoint(PHONE)).isEmpty();
  }

  @Test
  void failedWrite_thatReachedTheStore_leavesNoStaleEntry() {
    Customer ana = store.create(Customer.create(ANA, T0, PHONE));
    store.findById(ANA);
    spy.failAfter = "update";
    assertThatThrownBy(() -> store.update(ana.withDisplayName("Ana Lima"))).isInstanceOf(StoreException.class);
    assertThat(store.findById(ANA)).hasValueSatisfying(c -> assertThat(c.version()).isEqualTo(2));
  }

  @Test
  void rejectedWrite_passesTheExceptionThroughAndChangesNothing() {
    Customer ana = store.create(Customer.create(ANA, T0, PHONE));
    store.update(ana.withDisplayName("one"));
    assertThatThrownBy(() -> store.update(ana.withDisplayName("two")))
        .isInstanceOf(VersionConflictException.class).hasMessageContaining("'ana'");
    assertThat(store.findById(ANA)).hasValueSatisfying(c -> assertThat(c.displayName()).contains("one"));
  }

  @Test
  void otherWriter_isSeenOnlyAfterExpireAfterWrite() {
    Customer ana = store.create(Customer.create(ANA, T0, PHONE));
    assertThat(store.findById(ANA)).contains(ana);
    Customer renamed = backing.update(ana.withDisplayName("written by another process"));
    ticker.advance(Duration.ofSeconds(9));
    assertThat(store.findById(ANA)).as("stale within the bound").contains(ana);
    ticker.advance(Duration.ofSeconds(2));
    assertThat(store.findById(ANA)).as("fresh after the bound").contains(renamed);
  }

  @Test
  void maximumSize_boundsTheEntries() {
    CachingCustomerStore small = CachingCustomerStore.wrap(backing,
        CacheConfig.custom().maximumSize(3).executor(Runnable::run).build());
    for (int i = 0; i < 50; i++) {
      small.findById(CustomerId.of("c" + i));
    }
    small.cleanUp();
    assertThat(small.estimatedSize()).isLessThanOrEqualTo(3);
  }

  @Test
  void nullArguments_throwNullPointerExceptionNamingThem() {
    assertThatThrownBy(() -> CachingCustomerStore.wrap(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("store");
    assertThatThrownBy(() -> CachingCustomerStore.wrap(backing, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("config");
    assertThatThrownBy(() -> store.findById(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> store.findByContactPoint(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("contactPoint");
    assertThatThrownBy(() -> store.create(null)).isInstanceOf(NullPointerException.class).hasMessage("customer");
    assertThatThrownBy(() -> store.update(null)).isInstanceOf(NullPointerException.class).hasMessage("customer");
    assertThatThrownBy(() -> store.erase(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThat(spy.calls).isEmpty();
  }
}
