package dev.cim.tck;

import static dev.cim.tck.CimAssertions.assertThrows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.spi.ContactPointConflictException;
import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.DuplicateEntityException;
import dev.cim.core.spi.EntityNotFoundException;
import dev.cim.core.spi.VersionConflictException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CustomerStore} (rules CS-1 to CS-10) as JUnit 5 tests and jqwik properties.
 *
 * <p>To check an implementation, extend this class in your test folder and return a fresh, empty store from
 * {@link #createStore()}:
 *
 * <pre>{@code
 * class JdbcCustomerStoreTest extends CustomerStoreContract {
 *   @Override protected CustomerStore createStore() { return new JdbcCustomerStore(freshDataSource()); }
 * }
 * }</pre>
 *
 * <p>Each test's name cites the rule it checks ({@code cs4_...}), and every failure message starts with the rule and
 * the SPI method, e.g. {@code [CS-6 update: a stale version throws VersionConflictException]}. Tests that need many
 * threads run only while {@link #supportsConcurrentWriters()} is true. {@link #createStore()} is called before every
 * test and every property try, and {@link #closeStore} after it.
 *
 * <p>Not thread-safe: JUnit creates one instance per test.
 */
public abstract class CustomerStoreContract extends StoreContract<CustomerStore> {
  /** Creates the contract; called by JUnit through the subclass. */
  protected CustomerStoreContract() {}

  private Set<ContactPoint> plus(Set<ContactPoint> points, ContactPoint extra) {
    Set<ContactPoint> s = new HashSet<>(points);
    s.add(extra);
    return s;
  }

  /** CS-1: lookups by id. */
  @Nested
  @DisplayName("CS-1: findById returns the stored customer with that id, or empty")
  class FindById {
    @Test
    @DisplayName("CS-1: a created customer is found by id, every field intact")
    void cs1_createdCustomerIsFoundById() {
      Customer given = fx.customerWithEveryField();
      Customer created = store.create(given);
      assertThat(store.findById(given.id()))
          .as("CS-1 findById: returns the stored customer, equal to the one created but for version 1")
          .contains(created)
          .contains(given.withVersion(1));
    }

    @Test
    @DisplayName("CS-1: an unknown id is empty")
    void cs1_unknownIdIsEmpty() {
      store.create(fx.customer());
      assertThat(store.findById(fx.customerId())).as("CS-1 findById: an id never stored is empty").isEmpty();
    }
  }

  /** CS-2: create sets version 1. */
  @Nested
  @DisplayName("CS-2: create stores a version-0 customer as version 1 and rejects other versions")
  class Create {
    @Test
    @DisplayName("CS-2: create returns the customer with version 1")
    void cs2_createReturnsVersionOne() {
      Customer given = fx.customerWithEveryField();
      assertThat(store.create(given))
          .as("CS-2 create: returns the given customer with version 1")
          .isEqualTo(given.withVersion(1));
    }

    @Test
    @DisplayName("CS-2: create with a version other than 0 throws IllegalArgumentException and writes nothing")
    void cs2_createWithNonZeroVersionIsRejected() {
      for (long version : new long[] {1, 7}) {
        Customer given = fx.customer().withVersion(version);
        assertThrows("CS-2 create: version " + version + " is rejected", IllegalArgumentException.class,
            () -> store.create(given));
        assertThat(store.findById(given.id()))
            .as("CS-2 create: a rejected customer (version %d) is not stored", version).isEmpty();
        for (ContactPoint cp : given.contactPoints()) {
          assertThat(store.findByContactPoint(cp))
              .as("CS-2 create: a rejected customer's contact point is not indexed").isEmpty();
        }
      }
    }
  }

  /** CS-3: idempotent create. */
  @Nested
  @DisplayName("CS-3: creating an existing id returns it if equal, else throws DuplicateEntityException")
  class IdempotentCreate {
    @Test
    @DisplayName("CS-3: creating an equal customer again returns the stored one and writes nothing")
    void cs3_createAgainWithEqualContentReturnsStored() {
      Customer given = fx.customerWithEveryField();
      Customer first = store.create(given);
      assertThat(store.create(given)).as("CS-3 create: a repeated equal create returns the stored customer")
          .isEqualTo(first);
      assertThat(store.findById(given.id())).as("CS-3 create: a repeated create writes nothing").contains(first);
    }

    @Test
    @DisplayName("CS-3: after an update that changed nothing, an equal create returns the stored version")
    void cs3_createAgainAfterUpdateReturnsStoredVersion() {
      Customer given = fx.customer();
      Customer updated = store.update(store.create(given));
      assertThat(store.create(given))
          .as("CS-3 create: equal but for the version returns the stored customer unchanged (version 2)")
          .isEqualTo(updated);
    }

    @Test
    @DisplayName("CS-3: creating a different customer with a stored id throws DuplicateEntityException, writing nothing")
    void cs3_createAgainWithDifferentContentThrowsDuplicate() {
      Customer given = fx.customer();
      Customer first = store.create(given);
      ContactPoint newEmail = fx.email();
      Customer different = given.withDisplayName("Someone Else").withContactPoints(plus(given.contactPoints(),
          newEmail));
      DuplicateEntityException e = assertThrows("CS-3 create: different content under a stored id",
          DuplicateEntityException.class, () -> store.create(different));
      assertThat(e.getEntityId()).as("CS-3 create: DuplicateEntityException names the id")
          .isEqualTo(given.id().value());
      assertThat(store.findById(given.id())).as("CS-3 create: the stored customer is unchanged").contains(first);
      assertThat(store.findByContactPoint(newEmail))
          .as("CS-3 create: the rejected customer's new contact point is not indexed").isEmpty();
    }
  }

  /** CS-4: a contact point belongs to one customer. */
  @Nested
  @DisplayName("CS-4: a contact point belongs to at most one customer")
  class ContactPointUniqueness {
    @Test
    @DisplayName("CS-4: create claiming another customer's contact point throws and writes nothing")
    void cs4_contactPointBelongsToOneCustomer() {
      ContactPoint phone = fx.phone();
      Customer owner = store.create(fx.customer(phone, fx.email()));
      ContactPoint claimantEmail = fx.email();
      Customer claimant = fx.customer(phone, claimantEmail);
      ContactPointConflictException e = assertThrows("CS-4 create: a taken contact point is refused",
          ContactPointConflictException.class, () -> store.create(claimant));
      assertThat(e.getContactPoint()).as("CS-4 create: the exception names the contact point").isEqualTo(phone);
      assertThat(e.getOwner()).as("CS-4 create: the exception names the owner").isEqualTo(owner.id());
      assertThat(e.getClaimant()).as("CS-4 create: the exception names the claimant").isEqualTo(claimant.id());
      assertThat(store.findById(claimant.id())).as("CS-4 create: the refused customer is not stored").isEmpty();
      assertThat(store.findByContactPoint(claimantEmail))
          .as("CS-4 create: the refused customer's other contact point is not indexed").isEmpty();
      assertThat(store.findByContactPoint(phone)).as("CS-4 findByContactPoint: the owner keeps the contact point")
          .contains(owner);
    }

    @Test
    @DisplayName("CS-4: update claiming another customer's contact point throws and writes nothing")
    void cs4_updateClaimingAnotherCustomersContactPointThrows() {
      ContactPoint phone = fx.phone();
      Customer owner = store.create(fx.customer(phone));
      Customer other = store.create(fx.customer(fx.phone()));
      ContactPoint extra = fx.email();
      Customer claim = other.withContactPoints(plus(plus(other.contactPoints(), phone), extra))
          .withDisplayName("Claimant");
      ContactPointConflictException e = assertThrows("CS-4 update: a taken contact point is refused",
          ContactPointConflictException.class, () -> store.update(claim));
      assertThat(e.getOwner()).as("CS-4 update: the exception names the owner").isEqualTo(owner.id());
      assertThat(store.findById(other.id())).as("CS-4 update: the refused update writes nothing").contains(other);
      assertThat(store.findByContactPoint(extra)).as("CS-4 update: the refused update indexes nothing").isEmpty();
      assertThat(store.findByContactPoint(phone)).as("CS-4 findByContactPoint: the owner keeps the contact point")
          .contains(owner);
    }

    @Test
    @DisplayName("CS-4: an update that keeps the customer's own contact points succeeds")
    void cs4_updateKeepingOwnContactPointsSucceeds() {
      Customer c = store.create(fx.customer());
      Customer updated = store.update(c.withDisplayName("Renamed"));
      assertThat(updated.version()).as("CS-4 update: keeping one's own contact points is no conflict").isEqualTo(2);
      for (ContactPoint cp : c.contactPoints()) {
        assertThat(store.findByContactPoint(cp)).as("CS-4 findByContactPoint: still the same customer")
            .contains(updated);
      }
    }

    @Test
    @DisplayName("CS-4: of concurrent creates claiming one contact point, exactly one succeeds")
    void cs4_concurrentCreatesClaimingOneContactPoint() {
      assumeConcurrency("CS-4 under concurrent writers");
      ContactPoint shared = fx.phone();
      int n = concurrentWriters();
      List<Customer> claimants = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        claimants.add(fx.customer(shared, fx.email()));
      }
      List<Race.Outcome<Customer>> outcomes = Race.run("CS-4 create", n, i -> () -> store.create(claimants.get(i)));
      List<Customer> winners = outcomes.stream().filter(Race.Outcome::succeeded).map(Race.Outcome::value).toList();
      assertThat(winners).as("CS-4 create: of %d concurrent creates claiming one contact point exactly one succeeds",
          n).hasSize(1);
      assertThat(outcomes.stream().filter(o -> !o.succeeded()).map(Race.Outcome::error))
          .as("CS-4 create: every other concurrent create throws ContactPointConflictException")
          .allMatch(t -> t instanceof ContactPointConflictException);
      assertThat(store.findByContactPoint(shared)).as("CS-4 findByContactPoint: the winner holds the contact point")
          .contains(winners.get(0));
      for (Customer c : claimants) {
        if (!c.id().equals(winners.get(0).id())) {
          assertThat(store.findById(c.id())).as("CS-4 create: a losing create writes nothing").isEmpty();
        }
      }
    }

    @Test
    @DisplayName("CS-4: of concurrent updates claiming one free contact point, exactly one succeeds")
    void cs4_concurrentUpdatesClaimingOneContactPoint() {
      assumeConcurrency("CS-4 under concurrent writers");
      ContactPoint shared = fx.email();
      int n = concurrentWriters();
      List<Customer> customers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        customers.add(store.create(fx.customer()));
      }
      List<Race.Outcome<Customer>> outcomes = Race.run("CS-4 update", n, i -> () -> store.update(
          customers.get(i).withContactPoints(plus(customers.get(i).contactPoints(), shared))));
      List<Customer> winners = outcomes.stream().filter(Race.Outcome::succeeded).map(Race.Outcome::value).toList();
      assertThat(winners).as("CS-4 update: of %d concurrent updates claiming one contact point exactly one succeeds",
          n).hasSize(1);
      assertThat(outcomes.stream().filter(o -> !o.succeeded()).map(Race.Outcome::error))
          .as("CS-4 update: every other concurrent update throws ContactPointConflictException")
          .allMatch(t -> t instanceof ContactPointConflictException);
      assertThat(store.findByContactPoint(shared)).as("CS-4 findByContactPoint: the winner holds the contact point")
          .contains(winners.get(0));
    }
  }

  /** CS-5: lookups by contact point follow updates. */
  @Nested
  @DisplayName("CS-5: findByContactPoint returns the customer that holds the contact point now")
  class FindByContactPoint {
    @Test
    @DisplayName("CS-5: a customer is found by every one of its contact points")
    void cs5_foundByEveryContactPoint() {
      Customer c = store.create(fx.customerWithEveryField());
      assertThat(c.contactPoints()).hasSizeGreaterThan(2);
      for (ContactPoint cp : c.contactPoints()) {
        assertThat(store.findByContactPoint(cp)).as("CS-5 findByContactPoint: finds the customer by %s", cp.kind())
            .contains(c);
      }
    }

    @Test
    @DisplayName("CS-5: an unknown contact point is empty")
    void cs5_unknownContactPointIsEmpty() {
      store.create(fx.customer());
      assertThat(store.findByContactPoint(fx.phone())).as("CS-5 findByContactPoint: an unknown contact point")
          .isEmpty();
    }

    @Test
    @DisplayName("CS-5: after an update removes a contact point, it no longer finds the customer")
    void cs5_updateRemovingContactPointNoLongerFindsCustomer() {
      ContactPoint kept = fx.phone();
      ContactPoint dropped = fx.email();
      Customer c = store.create(fx.customer(kept, dropped));
      Customer updated = store.update(c.withContactPoints(Set.of(kept)));
      assertThat(store.findByContactPoint(dropped)).as("CS-5 findByContactPoint: a removed contact point").isEmpty();
      assertThat(store.findByContactPoint(kept)).as("CS-5 findByContactPoint: a kept contact point")
          .contains(updated);
    }

    @Test
    @DisplayName("CS-5: after an update adds a contact point, it finds the customer by it")
    void cs5_updateAddingContactPointFindsCustomer() {
      Customer c = store.create(fx.customer());
      ContactPoint added = fx.handle();
      Customer updated = store.update(c.withContactPoints(plus(c.contactPoints(), added)));
      assertThat(store.findByContactPoint(added)).as("CS-5 findByContactPoint: an added contact point")
          .contains(updated);
    }

    @Test
    @DisplayName("CS-5: a contact point one customer gave up may be taken by another")
    void cs5_removedContactPointMayBeTakenByAnother() {
      ContactPoint moving = fx.phone();
      Customer first = store.create(fx.customer(moving, fx.email()));
      store.update(first.withContactPoints(Set.of(first.contactPoints().stream()
          .filter(cp -> !cp.equals(moving)).findFirst().orElseThrow())));
      Customer second = store.create(fx.customer(moving));
      assertThat(store.findByContactPoint(moving)).as("CS-5 findByContactPoint: the new holder").contains(second);
    }

    @Test
    @DisplayName("CS-5: findByContactPoint returns the current version after an update")
    void cs5_findByContactPointReturnsCurrentVersion() {
      Customer c = store.create(fx.customer());
      Customer updated = store.update(c.withDisplayName("New Name"));
      assertThat(store.findByContactPoint(c.contactPoints().iterator().next()))
          .as("CS-5 findByContactPoint: the customer as stored now").contains(updated);
    }
  }

  /** CS-6: optimistic concurrency. */
  @Nested
  @DisplayName("CS-6: update checks the version, writes version + 1, and a stale write writes nothing")
  class Update {
    @Test
    @DisplayName("CS-6: each update returns and stores the version plus one")
    void cs6_updateIncrementsVersion() {
      Customer v1 = store.create(fx.customer());
      Customer v2 = store.update(v1.withSegment("silver"));
      Customer v3 = store.update(v2.withSegment("gold"));
      assertThat(List.of(v1.version(), v2.version(), v3.version())).as("CS-6 update: versions 1, 2, 3")
          .containsExactly(1L, 2L, 3L);
      assertThat(v3).as("CS-6 update: returns the given customer with the next version")
          .isEqualTo(v2.withSegment("gold").withVersion(3));
      assertThat(store.findById(v1.id())).as("CS-6 update: stores what it returns").contains(v3);
    }

    @Test
    @DisplayName("CS-6: a stale update throws VersionConflictException with both versions and writes nothing")
    void cs6_staleUpdateThrowsAndWritesNothing() {
      Customer v1 = store.create(fx.customer());
      Customer v2 = store.update(v1.withDisplayName("First"));
      ContactPoint extra = fx.email();
      VersionConflictException e = assertThrows("CS-6 update: a stale version throws VersionConflictException",
          VersionConflictException.class,
          () -> store.update(v1.withDisplayName("Second").withContactPoints(plus(v1.contactPoints(), extra))));
      assertThat(e.getExpectedVersion()).as("CS-6 update: expected version is the one given").isEqualTo(1);
      assertThat(e.getActualVersion()).as("CS-6 update: actual version is the stored one").isEqualTo(2);
      assertThat(store.findById(v1.id())).as("CS-6 update: a stale write writes nothing").contains(v2);
      assertThat(store.findByContactPoint(extra)).as("CS-6 update: a stale write indexes nothing").isEmpty();
    }

    @Test
    @DisplayName("CS-6: an update with a version ahead of the stored one throws VersionConflictException")
    void cs6_updateWithFutureVersionThrows() {
      Customer v1 = store.create(fx.customer());
      VersionConflictException e = assertThrows("CS-6 update: a version ahead of the stored one",
          VersionConflictException.class, () -> store.update(v1.withDisplayName("X").withVersion(5)));
      assertThat(e.getExpectedVersion()).as("CS-6 update: expected version").isEqualTo(5);
      assertThat(e.getActualVersion()).as("CS-6 update: actual version").isEqualTo(1);
      assertThat(store.findById(v1.id())).as("CS-6 update: nothing written").contains(v1);
    }

    @Test
    @DisplayName("CS-6: updating an id that is not stored throws EntityNotFoundException and writes nothing")
    void cs6_updateUnknownIdThrowsNotFound() {
      Customer never = fx.customer().withVersion(1);
      EntityNotFoundException e = assertThrows("CS-6 update: an id not stored", EntityNotFoundException.class,
          () -> store.update(never));
      assertThat(e.getEntityId()).as("CS-6 update: EntityNotFoundException names the id")
          .isEqualTo(never.id().value());
      assertThat(store.findById(never.id())).as("CS-6 update: nothing created").isEmpty();
      for (ContactPoint cp : never.contactPoints()) {
        assertThat(store.findByContactPoint(cp)).as("CS-6 update: nothing indexed").isEmpty();
      }
    }

    @Test
    @DisplayName("CS-6: of N concurrent updates from one version exactly one succeeds, the others conflict")
    void cs6_concurrentUpdatesFromOneVersion() {
      assumeConcurrency("CS-6 under concurrent writers");
      Customer v1 = store.create(fx.customer());
      int n = concurrentWriters();
      List<Race.Outcome<Customer>> outcomes = Race.run("CS-6 update", n,
          i -> () -> store.update(v1.withDisplayName("Writer " + i)));
      List<Customer> winners = outcomes.stream().filter(Race.Outcome::succeeded).map(Race.Outcome::value).toList();
      assertThat(winners).as("CS-6 update: of %d concurrent updates from version 1 exactly one succeeds", n)
          .hasSize(1);
      for (Race.Outcome<Customer> o : outcomes) {
        if (!o.succeeded()) {
          assertThat(o.error()).as("CS-6 update: every losing update throws VersionConflictException")
              .isInstanceOf(VersionConflictException.class);
          VersionConflictException e = (VersionConflictException) o.error();
          assertThat(List.of(e.getExpectedVersion(), e.getActualVersion()))
              .as("CS-6 update: a losing update reports expected 1 and actual 2").containsExactly(1L, 2L);
        }
      }
      assertThat(store.findById(v1.id())).as("CS-6 update: the winner's write is stored").contains(winners.get(0));
    }

    @Test
    @DisplayName("CS-6: concurrent read-modify-write loops lose no update and report every conflict")
    void cs6_concurrentWritersLoseNoUpdate() {
      assumeConcurrency("CS-6 under concurrent writers");
      Customer created = store.create(fx.customer());
      int n = concurrentWriters();
      int perThread = 5;
      AtomicInteger conflicts = new AtomicInteger();
      AtomicInteger attempts = new AtomicInteger();
      List<Race.Outcome<Integer>> outcomes = Race.run("CS-6 update", n, t -> () -> {
        for (int k = 0; k < perThread; k++) {
          for (int tries = 0; ; tries++) {
            if (tries > 10_000) {
              throw new AssertionError("CS-6 update: writer " + t + " never got a write through");
            }
            Customer read = store.findById(created.id()).orElseThrow();
            Map<String, Boolean> consents = new HashMap<>(read.consents());
            consents.put("w" + t + "n" + k, true);
            attempts.incrementAndGet();
            try {
              store.update(read.withConsents(consents));
              break;
            } catch (VersionConflictException e) {
              conflicts.incrementAndGet();
            }
          }
        }
        return perThread;
      });
      assertThat(outcomes).as("CS-6 update: no writer failed with anything but VersionConflictException")
          .allMatch(Race.Outcome::succeeded);
      Customer last = store.findById(created.id()).orElseThrow();
      assertThat(last.consents()).as("CS-6 update: every one of %d updates is kept (no lost update)", n * perThread)
          .hasSize(n * perThread);
      assertThat(last.version()).as("CS-6 update: the version counts every successful update")
          .isEqualTo(1L + n * perThread);
      assertThat(attempts.get() - conflicts.get()).as("CS-6 update: every failed attempt reported a conflict")
          .isEqualTo(n * perThread);
    }
  }

  /** CS-7: erasure. */
  @Nested
  @DisplayName("CS-7: erase removes the customer, frees its contact points and is idempotent")
  class Erase {
    @Test
    @DisplayName("CS-7: an erased customer is found neither by id nor by contact point")
    void cs7_eraseRemovesCustomerAndFreesContactPoints() {
      Customer c = store.create(fx.customerWithEveryField());
      assertThat(store.erase(c.id())).as("CS-7 erase: returns true for a stored customer").isTrue();
      assertThat(store.findById(c.id())).as("CS-7 erase: findById no longer finds it").isEmpty();
      for (ContactPoint cp : c.contactPoints()) {
        assertThat(store.findByContactPoint(cp)).as("CS-7 erase: findByContactPoint no longer finds it").isEmpty();
      }
      Customer taker = store.create(fx.customer(c.contactPoints().toArray(new ContactPoint[0])));
      for (ContactPoint cp : c.contactPoints()) {
        assertThat(store.findByContactPoint(cp)).as("CS-7 erase: another customer may take the contact points")
            .contains(taker);
      }
    }

    @Test
    @DisplayName("CS-7: erasing twice returns true, then false")
    void cs7_eraseIsIdempotent() {
      Customer c = store.create(fx.customer());
      assertThat(store.erase(c.id())).as("CS-7 erase: first call").isTrue();
      assertThat(store.erase(c.id())).as("CS-7 erase: second call returns false").isFalse();
    }

    @Test
    @DisplayName("CS-7: erasing an unknown id returns false and changes nothing")
    void cs7_eraseUnknownReturnsFalse() {
      Customer c = store.create(fx.customer());
      assertThat(store.erase(fx.customerId())).as("CS-7 erase: unknown id returns false").isFalse();
      assertThat(store.findById(c.id())).as("CS-7 erase: others untouched").contains(c);
    }

    @Test
    @DisplayName("CS-7: erasing one customer leaves the others untouched")
    void cs7_eraseLeavesOtherCustomersUntouched() {
      Customer a = store.create(fx.customer());
      Customer b = store.create(fx.customerWithEveryField());
      store.erase(a.id());
      assertThat(store.findById(b.id())).as("CS-7 erase: another customer is still found by id").contains(b);
      for (ContactPoint cp : b.contactPoints()) {
        assertThat(store.findByContactPoint(cp)).as("CS-7 erase: another customer keeps its contact points")
            .contains(b);
      }
    }
  }

  /** CS-8: values. */
  @Nested
  @DisplayName("CS-8: returned customers are values that later writes do not change")
  class Values {
    @Test
    @DisplayName("CS-8: a customer read before an update and an erase is unchanged after them")
    void cs8_returnedCustomerDoesNotChange() {
      Customer created = store.create(fx.customerWithEveryField());
      Customer read = store.findById(created.id()).orElseThrow();
      Customer byPoint = store.findByContactPoint(created.contactPoints().iterator().next()).orElseThrow();
      Customer snapshot = created.withVersion(1);
      store.update(read.withDisplayName("Changed").withContactPoints(Set.of(fx.phone())));
      store.erase(created.id());
      assertThat(List.of(created, read, byPoint)).as("CS-8: returned customers do not change when the store does")
          .allMatch(snapshot::equals);
    }
  }

  /** CS-9: null arguments. */
  @Nested
  @DisplayName("CS-9: every method throws NullPointerException for a null argument, before any effect")
  class Nulls {
    @Test
    @DisplayName("CS-9: null arguments throw NullPointerException and change nothing")
    void cs9_nullArgumentsThrowNullPointerException() {
      Customer c = store.create(fx.customer());
      assertThrows("CS-9 findById(null)", NullPointerException.class, () -> store.findById(null));
      assertThrows("CS-9 findByContactPoint(null)", NullPointerException.class, () -> store.findByContactPoint(null));
      assertThrows("CS-9 create(null)", NullPointerException.class, () -> store.create(null));
      assertThrows("CS-9 update(null)", NullPointerException.class, () -> store.update(null));
      assertThrows("CS-9 erase(null)", NullPointerException.class, () -> store.erase(null));
      assertThat(store.findById(c.id())).as("CS-9: after null arguments the store is unchanged").contains(c);
    }
  }

  /** CS-10: thread safety. */
  @Nested
  @DisplayName("CS-10: all methods are safe to call from many threads at once, each atomic")
  class Concurrency {
    @Test
    @DisplayName("CS-10: customers created concurrently are all stored and indexed")
    void cs10_concurrentCreatesAreAllStored() {
      assumeConcurrency("CS-10");
      int n = concurrentWriters();
      int perThread = 10;
      List<List<Customer>> batches = new ArrayList<>();
      for (int t = 0; t < n; t++) {
        List<Customer> batch = new ArrayList<>();
        for (int k = 0; k < perThread; k++) {
          batch.add(fx.customer());
        }
        batches.add(batch);
      }
      List<Race.Outcome<Integer>> outcomes = Race.run("CS-10 create", n, t -> () -> {
        batches.get(t).forEach(store::create);
        return perThread;
      });
      assertThat(outcomes).as("CS-10 create: concurrent creates of distinct customers all succeed")
          .allMatch(Race.Outcome::succeeded);
      for (List<Customer> batch : batches) {
        for (Customer c : batch) {
          assertThat(store.findById(c.id())).as("CS-10 findById: every concurrently created customer")
              .contains(c.withVersion(1));
          for (ContactPoint cp : c.contactPoints()) {
            assertThat(store.findByContactPoint(cp).map(Customer::id))
                .as("CS-10 findByContactPoint: every concurrently created contact point").contains(c.id());
          }
        }
      }
    }

    @Test
    @DisplayName("CS-10: readers never see an update half applied (a customer found by a point it does not hold)")
    void cs10_readersNeverSeeHalfAppliedUpdates() {
      assumeConcurrency("CS-10");
      ContactPoint p1 = fx.phone();
      ContactPoint p2 = fx.email();
      Customer created = store.create(fx.customer(p1));
      int n = Math.min(3, concurrentWriters()); // one writer and up to two readers: enough to interleave
      int updates = 50;
      java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
      List<Race.Outcome<Integer>> outcomes = Race.run("CS-10", n, t -> () -> {
        if (t == 0) {
          try {
            Customer cur = created;
            for (int k = 0; k < updates; k++) {
              cur = store.update(cur.withContactPoints(Set.of(k % 2 == 0 ? p2 : p1)));
            }
            return updates;
          } finally {
            done.set(true);
          }
        }
        int reads = 0;
        while (!done.get() && reads < 500) {
          for (ContactPoint cp : List.of(p1, p2)) {
            Optional<Customer> found = store.findByContactPoint(cp);
            if (found.isPresent() && !found.get().hasContactPoint(cp)) {
              throw new AssertionError("CS-10 findByContactPoint: found customer " + found.get().id()
                  + " version " + found.get().version() + " by a contact point it does not hold");
            }
            reads++;
          }
        }
        return reads;
      });
      assertThat(outcomes).as("CS-10 findByContactPoint/update: readers and the writer saw no inconsistency")
          .allMatch(Race.Outcome::succeeded);
      assertThat(store.findById(created.id()).map(Customer::version)).as("CS-10 update: every update applied")
          .contains(1L + updates);
    }

    @Test
    @DisplayName("CS-10: concurrent equal creates of one customer all return it at version 1")
    void cs10_concurrentEqualCreatesAreIdempotent() {
      assumeConcurrency("CS-10");
      Customer c = fx.customer();
      int n = concurrentWriters();
      List<Race.Outcome<Customer>> outcomes = Race.run("CS-10 create", n, i -> () -> store.create(c));
      for (Race.Outcome<Customer> o : outcomes) {
        assertThat(o.error()).as("CS-3/CS-10 create: a concurrent equal create does not fail").isNull();
        assertThat(o.value()).as("CS-3/CS-10 create: every concurrent equal create returns version 1")
            .isEqualTo(c.withVersion(1));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Property: the contact point index agrees with a model under any sequence of creates, updates and erasures.

  /**
   * CS-4, CS-5, CS-7: under any sequence of creates, updates and erasures over a few ids and contact points, every
   * outcome (stored, duplicate, conflict, not found) and every lookup by id and by contact point agrees with a simple
   * model of the rules.
   *
   * @param ops the operations, each an int decoded into kind, customer and a set of contact points
   */
  @Property(tries = 60)
  public void cs4_cs5_cs7_contactPointIndexAgreesWithModel(@ForAll("customerOps") List<Integer> ops) {
    CimFixtures f = new CimFixtures();
    CustomerStore s = Objects.requireNonNull(createStore(), "createStore() returned null");
    try {
      List<CustomerId> ids = List.of(f.customerId(), f.customerId(), f.customerId());
      List<ContactPoint> points = List.of(f.phone(), f.email(), f.phone(), f.email());
      Map<Integer, Set<Integer>> model = new HashMap<>();
      int step = 0;
      for (int op : ops) {
        step++;
        int kind = op % 3;
        int who = (op / 3) % 3;
        int mask = 1 + (op / 9) % 15;
        Set<Integer> wanted = new HashSet<>();
        Set<ContactPoint> cps = new HashSet<>();
        for (int p = 0; p < 4; p++) {
          if ((mask & (1 << p)) != 0) {
            wanted.add(p);
            cps.add(points.get(p));
          }
        }
        String label = String.format(java.util.Locale.ROOT, "step %d: %s customer %d with points %s", step,
            kind == 0 ? "create" : kind == 1 ? "update" : "erase", who, wanted);
        String expected;
        Optional<Integer> conflict = model.entrySet().stream()
            .filter(e -> e.getKey() != who && e.getValue().stream().anyMatch(wanted::contains))
            .map(Map.Entry::getKey).findFirst();
        if (kind == 0) {
          if (model.containsKey(who)) {
            // the stored content equals this create but for the version exactly when the points are the same
            expected = model.get(who).equals(wanted) ? "ok" : "duplicate";
          } else {
            expected = conflict.isPresent() ? "conflict" : "ok";
          }
        } else if (kind == 1) {
          expected = !model.containsKey(who) ? "notfound" : conflict.isPresent() ? "conflict" : "ok";
        } else {
          expected = model.containsKey(who) ? "true" : "false";
        }
        String actual;
        try {
          if (kind == 0) {
            s.create(Customer.create(ids.get(who), CimFixtures.START, cps.toArray(new ContactPoint[0])));
            actual = "ok";
          } else if (kind == 1) {
            long version = s.findById(ids.get(who)).map(Customer::version).orElse(1L);
            s.update(Customer.create(ids.get(who), CimFixtures.START, cps.toArray(new ContactPoint[0]))
                .withVersion(version));
            actual = "ok";
          } else {
            actual = String.valueOf(s.erase(ids.get(who)));
          }
        } catch (DuplicateEntityException e) {
          actual = "duplicate";
        } catch (ContactPointConflictException e) {
          actual = "conflict";
        } catch (EntityNotFoundException e) {
          actual = "notfound";
        }
        if (kind == 0 && expected.equals("ok") && !model.containsKey(who)) {
          model.put(who, wanted);
        } else if (kind == 1 && expected.equals("ok")) {
          model.put(who, wanted);
        } else if (kind == 2) {
          model.remove(who);
        }
        assertThat(actual).as("CS-4/CS-6/CS-7 outcome at %s", label).isEqualTo(expected);
        for (int c = 0; c < 3; c++) {
          Optional<Customer> found = s.findById(ids.get(c));
          assertThat(found.isPresent()).as("CS-1 findById after %s: customer %d stored", label, c)
              .isEqualTo(model.containsKey(c));
        }
        for (int p = 0; p < 4; p++) {
          final int point = p;
          Optional<CustomerId> owner = model.entrySet().stream().filter(e -> e.getValue().contains(point))
              .map(e -> ids.get(e.getKey())).findFirst();
          assertThat(s.findByContactPoint(points.get(p)).map(Customer::id))
              .as("CS-5 findByContactPoint after %s: holder of point %d", label, p).isEqualTo(owner);
        }
      }
    } finally {
      closeStore(s);
    }
  }

  /**
   * Generates operation codes for {@link #cs4_cs5_cs7_contactPointIndexAgreesWithModel}.
   *
   * @return lists of up to 25 operation codes
   */
  @Provide
  public Arbitrary<List<Integer>> customerOps() {
    return Arbitraries.integers().between(0, 3 * 3 * 15 - 1).list().ofMaxSize(25);
  }
}
