package dev.cim.tck;

import static dev.cim.tck.CimAssertions.assertThrows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.identity.MergeId;
import dev.cim.core.identity.MergeOptions;
import dev.cim.core.identity.MergeRecord;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.spi.DuplicateEntityException;
import dev.cim.core.spi.EntityNotFoundException;
import dev.cim.core.spi.MergeStore;
import dev.cim.core.spi.VersionConflictException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link MergeStore} (rules MS-1 to MS-12) as JUnit 5 tests.
 *
 * <p>To check an implementation, extend this class in your test folder and return a fresh, empty store from
 * {@link #createStore()}:
 *
 * <pre>{@code
 * class JdbcMergeStoreTest extends MergeStoreContract {
 *   @Override protected MergeStore createStore() { return new JdbcMergeStore(freshDataSource()); }
 * }
 * }</pre>
 *
 * <p>Each test's name cites the rule it checks ({@code ms6_...}), and every failure message starts with the rule and
 * the SPI method. Tests that need many threads run only while {@link #supportsConcurrentWriters()} is true.
 *
 * <p>Not thread-safe: JUnit creates one instance per test.
 *
 * @since 0.1.0
 */
public abstract class MergeStoreContract extends StoreContract<MergeStore> {
  private static final AtomicInteger MERGE_IDS = new AtomicInteger();

  /** Creates the contract; called by JUnit through the subclass. */
  protected MergeStoreContract() {}

  /**
   * Returns a new, never stored record (version 0, status MERGING) merging {@code mergedAway} into
   * {@code survivor}, created at the fixtures' clock's next tick.
   *
   * @param survivor the survivor; not null
   * @param mergedAway the customer merged away; not null
   * @return the record
   */
  protected MergeRecord record(Customer survivor, Customer mergedAway) {
    Instant at = fx.tick();
    return new MergeRecord(MergeId.of("tck-merge-" + MERGE_IDS.incrementAndGet()), survivor.withVersion(1),
        mergedAway.withVersion(2), MergeOptions.ofDefaults().withPrecedence(CimFixtures.TIER.name(),
            MergeOptions.Precedence.NEWEST_WINS), List.of(fx.interactionId(), fx.interactionId()),
        MergeRecord.Status.MERGING, 0, at, at);
  }

  private MergeRecord record() {
    return record(fx.customerWithEveryField(), fx.customer());
  }

  /** MS-1 and MS-2: create and find. */
  @Nested
  @DisplayName("MS-1, MS-2: create stores version 1, idempotently; findById finds it")
  class CreateAndFind {
    @Test
    @DisplayName("MS-1: create returns the record with version 1, and MS-2 finds it intact")
    void ms1_createReturnsVersionOneAndFindsIt() {
      MergeRecord given = record();
      MergeRecord created = store.create(given);
      assertThat(created).as("MS-1 create: returns the record with version 1").isEqualTo(given.withVersion(1));
      assertThat(store.findById(given.id())).as("MS-2 findById: the stored record, every field intact")
          .contains(created);
    }

    @Test
    @DisplayName("MS-1: a version other than 0 is rejected, writing nothing")
    void ms1_createWithNonZeroVersionIsRejected() {
      MergeRecord given = record().withVersion(3);
      assertThrows("MS-1 create: version 3 is rejected", IllegalArgumentException.class, () -> store.create(given));
      assertThat(store.findById(given.id())).as("MS-1 create: nothing written").isEmpty();
    }

    @Test
    @DisplayName("MS-1: creating an equal record again returns the stored one; a different one is a duplicate")
    void ms1_createIsIdempotent() {
      MergeRecord given = record();
      MergeRecord first = store.create(given);
      assertThat(store.create(given)).as("MS-1 create: an equal record again returns the stored one")
          .isEqualTo(first);
      MergeRecord other = new MergeRecord(given.id(), given.survivorBefore(), given.mergedAwayBefore(),
          MergeOptions.ofDefaults(), List.of(), MergeRecord.Status.MERGED, 0, given.createdAt(), given.updatedAt());
      assertThrows("MS-1 create: the same id with other content is a duplicate", DuplicateEntityException.class,
          () -> store.create(other));
      assertThat(store.findById(given.id())).as("MS-1 create: a rejected duplicate writes nothing").contains(first);
    }

    @Test
    @DisplayName("MS-2: an unknown id is empty")
    void ms2_unknownIdIsEmpty() {
      store.create(record());
      assertThat(store.findById(MergeId.of("tck-unknown"))).as("MS-2 findById: unknown id").isEmpty();
    }
  }

  /** MS-3: versioned update. */
  @Nested
  @DisplayName("MS-3: update checks the version")
  class Update {
    @Test
    @DisplayName("MS-3: an update from the stored version stores it with the version plus one")
    void ms3_updateFromStoredVersionIncrements() {
      MergeRecord created = store.create(record());
      MergeRecord done = store.update(created.withStatus(MergeRecord.Status.MERGED, fx.tick()));
      assertThat(done.version()).as("MS-3 update: version plus one").isEqualTo(2);
      assertThat(store.findById(created.id())).as("MS-3 update: stored").contains(done);
    }

    @Test
    @DisplayName("MS-3: a stale version throws VersionConflictException and writes nothing")
    void ms3_staleVersionThrows() {
      MergeRecord created = store.create(record());
      MergeRecord current = store.update(created.withStatus(MergeRecord.Status.MERGED, fx.tick()));
      VersionConflictException e = assertThrows("MS-3 update: stale version", VersionConflictException.class,
          () -> store.update(created.withStatus(MergeRecord.Status.UNMERGING, fx.tick())));
      assertThat(e.getExpectedVersion()).as("MS-3 update: expected version").isEqualTo(1);
      assertThat(e.getActualVersion()).as("MS-3 update: actual version").isEqualTo(2);
      assertThat(store.findById(created.id())).as("MS-3 update: nothing written").contains(current);
    }

    @Test
    @DisplayName("MS-3: an unknown id throws EntityNotFoundException")
    void ms3_unknownIdThrows() {
      assertThrows("MS-3 update: unknown id", EntityNotFoundException.class, () -> store.update(record()
          .withVersion(1)));
    }
  }

  /** MS-4 and MS-5: lists. */
  @Nested
  @DisplayName("MS-4, MS-5: records by customer and unfinished records, oldest first")
  class Lists {
    @Test
    @DisplayName("MS-4: findByCustomer finds the records naming the customer on either side, oldest first")
    void ms4_findByCustomerOnEitherSideOldestFirst() {
      Customer a = fx.customer();
      Customer b = fx.customer();
      Customer c = fx.customer();
      MergeRecord first = store.create(record(a, b));
      MergeRecord second = store.create(record(c, a));
      MergeRecord unrelated = store.create(record(b, c));
      assertThat(store.findByCustomer(a.id())).as("MS-4 findByCustomer: both sides, oldest first")
          .containsExactly(first, second);
      assertThat(store.findByCustomer(fx.customerId())).as("MS-4 findByCustomer: none").isEmpty();
      assertThat(store.findByCustomer(c.id())).as("MS-4 findByCustomer").containsExactly(second, unrelated);
    }

    @Test
    @DisplayName("MS-5: findUnfinished lists MERGING and UNMERGING records, oldest first")
    void ms5_findUnfinishedListsMergingAndUnmerging() {
      MergeRecord merging = store.create(record());
      MergeRecord merged = store.create(record());
      merged = store.update(merged.withStatus(MergeRecord.Status.MERGED, fx.tick()));
      MergeRecord unmerging = store.create(record());
      unmerging = store.update(unmerging.withStatus(MergeRecord.Status.UNMERGING, fx.tick()));
      assertThat(store.findUnfinished()).as("MS-5 findUnfinished").containsExactly(merging, unmerging);
      store.update(merging.withStatus(MergeRecord.Status.MERGED, fx.tick()));
      assertThat(store.findUnfinished()).as("MS-5 findUnfinished: after completion").containsExactly(unmerging);
    }
  }

  /** MS-6 to MS-8: aliases. */
  @Nested
  @DisplayName("MS-6 to MS-8: aliases")
  class Aliases {
    @Test
    @DisplayName("MS-7: an id without alias resolves to itself")
    void ms7_idWithoutAliasResolvesToItself() {
      CustomerId id = fx.customerId();
      assertThat(store.resolveAlias(id)).as("MS-7 resolveAlias: no alias").isEqualTo(id);
    }

    @Test
    @DisplayName("MS-6, MS-7: aliases chain to the end, and a new alias of an id replaces the old one")
    void ms6_aliasesChainAndReplace() {
      CustomerId a = fx.customerId();
      CustomerId b = fx.customerId();
      CustomerId c = fx.customerId();
      store.putAlias(a, b);
      store.putAlias(b, c);
      assertThat(store.resolveAlias(a)).as("MS-7 resolveAlias: follows the chain").isEqualTo(c);
      assertThat(store.resolveAlias(b)).as("MS-7 resolveAlias").isEqualTo(c);
      store.putAlias(a, c);
      store.removeAlias(b);
      assertThat(store.resolveAlias(a)).as("MS-6 putAlias: replaced the earlier alias of a").isEqualTo(c);
      assertThat(store.resolveAlias(b)).as("MS-8 removeAlias: b stands for itself").isEqualTo(b);
    }

    @Test
    @DisplayName("MS-6: an alias to itself or one closing a cycle throws IllegalArgumentException, writing nothing")
    void ms6_selfAliasAndCyclesAreRejected() {
      CustomerId a = fx.customerId();
      CustomerId b = fx.customerId();
      assertThrows("MS-6 putAlias: alias to itself", IllegalArgumentException.class, () -> store.putAlias(a, a));
      store.putAlias(a, b);
      assertThrows("MS-6 putAlias: a cycle", IllegalArgumentException.class, () -> store.putAlias(b, a));
      assertThat(store.resolveAlias(b)).as("MS-6 putAlias: a rejected alias writes nothing").isEqualTo(b);
      assertThat(store.resolveAlias(a)).as("MS-6 putAlias: the earlier alias stays").isEqualTo(b);
    }

    @Test
    @DisplayName("MS-8: removeAlias returns whether there was one, and leaves aliases to the id")
    void ms8_removeAliasReportsAndKeepsAliasesToIt() {
      CustomerId a = fx.customerId();
      CustomerId b = fx.customerId();
      CustomerId c = fx.customerId();
      store.putAlias(a, b);
      store.putAlias(b, c);
      assertThat(store.removeAlias(b)).as("MS-8 removeAlias: had one").isTrue();
      assertThat(store.removeAlias(b)).as("MS-8 removeAlias: has none now").isFalse();
      assertThat(store.resolveAlias(a)).as("MS-8 removeAlias: the alias to b stays").isEqualTo(b);
    }
  }

  /** MS-9: erasure. */
  @Nested
  @DisplayName("MS-9: eraseCustomer removes every record and alias naming the customer")
  class Erase {
    @Test
    @DisplayName("MS-9: eraseCustomer removes records and aliases naming the customer, counts them, and is idempotent")
    void ms9_eraseCustomerRemovesEveryTraceAndCounts() {
      Customer a = fx.customer();
      Customer b = fx.customer();
      Customer c = fx.customer();
      Customer d = fx.customer();
      MergeRecord ab = store.create(record(a, b));
      MergeRecord ca = store.create(record(c, a));
      MergeRecord cd = store.create(record(c, d));
      store.putAlias(b.id(), a.id());
      store.putAlias(a.id(), c.id());
      store.putAlias(d.id(), c.id());
      assertThat(store.eraseCustomer(a.id())).as("MS-9 eraseCustomer: 2 records and 2 aliases").isEqualTo(4);
      assertThat(store.findById(ab.id())).as("MS-9 eraseCustomer: record naming it").isEmpty();
      assertThat(store.findById(ca.id())).as("MS-9 eraseCustomer: record naming it").isEmpty();
      assertThat(store.findByCustomer(a.id())).as("MS-9 eraseCustomer: no record finds it").isEmpty();
      assertThat(store.resolveAlias(b.id())).as("MS-9 eraseCustomer: alias to it gone").isEqualTo(b.id());
      assertThat(store.resolveAlias(a.id())).as("MS-9 eraseCustomer: alias from it gone").isEqualTo(a.id());
      assertThat(store.findById(cd.id())).as("MS-9 eraseCustomer: others untouched").contains(cd);
      assertThat(store.resolveAlias(d.id())).as("MS-9 eraseCustomer: others untouched").isEqualTo(c.id());
      assertThat(store.eraseCustomer(a.id())).as("MS-9 eraseCustomer: a second call removes nothing").isZero();
    }
  }

  /** MS-11: nulls. */
  @Nested
  @DisplayName("MS-11: null arguments throw NullPointerException")
  class Nulls {
    @Test
    @DisplayName("MS-11: every method rejects null with NullPointerException")
    void ms11_nullArgumentsAreRejected() {
      CustomerId id = fx.customerId();
      assertThrows("MS-11 create(null)", NullPointerException.class, () -> store.create(null));
      assertThrows("MS-11 findById(null)", NullPointerException.class, () -> store.findById(null));
      assertThrows("MS-11 update(null)", NullPointerException.class, () -> store.update(null));
      assertThrows("MS-11 findByCustomer(null)", NullPointerException.class, () -> store.findByCustomer(null));
      assertThrows("MS-11 putAlias(null, id)", NullPointerException.class, () -> store.putAlias(null, id));
      assertThrows("MS-11 putAlias(id, null)", NullPointerException.class, () -> store.putAlias(id, null));
      assertThrows("MS-11 resolveAlias(null)", NullPointerException.class, () -> store.resolveAlias(null));
      assertThrows("MS-11 removeAlias(null)", NullPointerException.class, () -> store.removeAlias(null));
      assertThrows("MS-11 eraseCustomer(null)", NullPointerException.class, () -> store.eraseCustomer(null));
      assertThat(store.resolveAlias(id)).as("MS-11: no effect").isEqualTo(id);
    }
  }

  /** MS-12: concurrency. */
  @Nested
  @DisplayName("MS-12: concurrent updates from one version: exactly one succeeds")
  class Concurrency {
    @Test
    @DisplayName("MS-12: of N concurrent updates from one version exactly one succeeds")
    void ms12_concurrentUpdatesOneWins() {
      assumeConcurrency("MS-12");
      MergeRecord created = store.create(record());
      int n = concurrentWriters();
      List<Race.Outcome<MergeRecord>> outcomes = Race.run("MS-12 update", n,
          i -> () -> store.update(created.withStatus(i % 2 == 0 ? MergeRecord.Status.MERGED
              : MergeRecord.Status.UNMERGING, created.createdAt().plusSeconds(i))));
      assertThat(outcomes.stream().filter(Race.Outcome::succeeded).count())
          .as("MS-12 update: exactly one of %d concurrent updates wins", n).isEqualTo(1);
      assertThat(outcomes.stream().filter(o -> !o.succeeded()).map(Race.Outcome::error))
          .as("MS-12 update: the others lose with VersionConflictException")
          .allSatisfy(e -> assertThat(e).isInstanceOf(VersionConflictException.class));
    }
  }
}
