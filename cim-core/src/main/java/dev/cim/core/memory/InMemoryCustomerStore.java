package dev.cim.core.memory;

import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.spi.ContactPointConflictException;
import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.DuplicateEntityException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The reference {@link CustomerStore}: customers in memory, with an index from each contact point to the customer
 * that holds it. It implements every rule CS-1 to CS-10 of {@link CustomerStore} and passes the cim-tck kit.
 *
 * <p>Lookups by id and by contact point take constant time. Customers are immutable records, so the stored instance
 * is returned as is (CS-8). Nothing is persisted: the data lives as long as the store.
 *
 * <p>Thread-safe: one {@link ReentrantReadWriteLock} guards the whole store. Reads share the read lock; each write
 * holds the write lock for all its checks and changes, so every method is atomic (CS-10), and of concurrent writes
 * from one version, or concurrent creates claiming one contact point, exactly one succeeds. A write that throws has
 * changed nothing: all checks run before the first change.
 */
public final class InMemoryCustomerStore implements CustomerStore {
  private static final String TYPE = "customer";

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<CustomerId, Customer> byId = new HashMap<>();
  private final Map<ContactPoint, CustomerId> byContactPoint = new HashMap<>();

  /** Creates an empty store. */
  public InMemoryCustomerStore() {}

  /**
   * {@inheritDoc}
   *
   * <p>Takes the read lock; constant time.
   */
  @Override
  public Optional<Customer> findById(CustomerId id) {
    Objects.requireNonNull(id, "id");
    lock.readLock().lock();
    try {
      return Optional.ofNullable(byId.get(id));
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Takes the read lock; constant time.
   */
  @Override
  public Optional<Customer> findByContactPoint(ContactPoint contactPoint) {
    Objects.requireNonNull(contactPoint, "contactPoint");
    lock.readLock().lock();
    try {
      CustomerId owner = byContactPoint.get(contactPoint);
      return owner == null ? Optional.empty() : Optional.ofNullable(byId.get(owner));
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Takes the write lock. Checks in this order: the version, an existing id (idempotent or duplicate), then the
   * contact points.
   */
  @Override
  public Customer create(Customer customer) {
    Objects.requireNonNull(customer, "customer");
    Versions.requireNew(TYPE, customer.id(), customer.version());
    lock.writeLock().lock();
    try {
      Customer stored = byId.get(customer.id());
      if (stored != null) {
        if (stored.withVersion(0).equals(customer)) {
          return stored;
        }
        throw new DuplicateEntityException(TYPE, customer.id().value());
      }
      checkContactPoints(customer);
      Customer created = customer.withVersion(1);
      byId.put(created.id(), created);
      created.contactPoints().forEach(cp -> byContactPoint.put(cp, created.id()));
      return created;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Takes the write lock. Checks in this order: the id exists, the version, then the contact points.
   */
  @Override
  public Customer update(Customer customer) {
    Objects.requireNonNull(customer, "customer");
    lock.writeLock().lock();
    try {
      Customer stored = byId.get(customer.id());
      Versions.requireCurrent(TYPE, customer.id().value(), stored == null ? null : stored.version(),
          customer.version());
      checkContactPoints(customer);
      Customer updated = customer.withVersion(stored.version() + 1);
      for (ContactPoint cp : stored.contactPoints()) {
        if (!updated.contactPoints().contains(cp)) {
          byContactPoint.remove(cp);
        }
      }
      updated.contactPoints().forEach(cp -> byContactPoint.put(cp, updated.id()));
      byId.put(updated.id(), updated);
      return updated;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Takes the write lock.
   */
  @Override
  public boolean erase(CustomerId id) {
    Objects.requireNonNull(id, "id");
    lock.writeLock().lock();
    try {
      Customer removed = byId.remove(id);
      if (removed == null) {
        return false;
      }
      removed.contactPoints().forEach(cp -> byContactPoint.remove(cp, id));
      return true;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Throws if a contact point of {@code customer} belongs to another customer; call under the write lock. */
  private void checkContactPoints(Customer customer) {
    for (ContactPoint cp : customer.contactPoints()) {
      CustomerId owner = byContactPoint.get(cp);
      if (owner != null && !owner.equals(customer.id())) {
        throw new ContactPointConflictException(cp, owner, customer.id());
      }
    }
  }
}
