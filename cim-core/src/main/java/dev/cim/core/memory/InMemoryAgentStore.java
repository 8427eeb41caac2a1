package dev.cim.core.memory;

import dev.cim.core.model.Agent;
import dev.cim.core.model.AgentId;
import dev.cim.core.spi.AgentStore;
import dev.cim.core.spi.DuplicateEntityException;
import dev.cim.core.spi.Page;
import dev.cim.core.spi.PageRequest;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The reference {@link AgentStore}: agents in memory, in a map sorted by id. It implements every rule AS-1 to AS-9 of
 * {@link AgentStore} and passes the cim-tck kit.
 *
 * <p>{@link #findAll} pages by keyset: its opaque cursor holds the id of the last agent returned, and the next page
 * starts strictly after it, so agents created or deleted meanwhile never shift the others. A cursor of another query,
 * or a string that is not a cursor, is rejected with an {@link IllegalArgumentException} that quotes it. Agents are
 * immutable records, so the stored instances are returned as they are (AS-7).
 *
 * <p>Thread-safe: one {@link ReentrantReadWriteLock} guards the whole store. Reads share the read lock; each write
 * holds the write lock for all its checks and changes, so every method is atomic (AS-9) and of concurrent updates from
 * one version exactly one succeeds. A write that throws has changed nothing.
 */
public final class InMemoryAgentStore implements AgentStore {
  private static final String TYPE = "agent";
  private static final String TAG = "as5";

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final TreeMap<AgentId, Agent> byId = new TreeMap<>();

  /** Creates an empty store. */
  public InMemoryAgentStore() {}

  /**
   * {@inheritDoc}
   *
   * <p>Takes the read lock; O(log n).
   */
  @Override
  public Optional<Agent> findById(AgentId id) {
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
   * <p>Takes the write lock. Checks the version first, then an existing id (idempotent or duplicate).
   */
  @Override
  public Agent create(Agent agent) {
    Objects.requireNonNull(agent, "agent");
    Versions.requireNew(TYPE, agent.id(), agent.version());
    lock.writeLock().lock();
    try {
      Agent stored = byId.get(agent.id());
      if (stored != null) {
        if (stored.withVersion(0).equals(agent)) {
          return stored;
        }
        throw new DuplicateEntityException(TYPE, agent.id().value());
      }
      Agent created = agent.withVersion(1);
      byId.put(created.id(), created);
      return created;
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
  public Agent update(Agent agent) {
    Objects.requireNonNull(agent, "agent");
    lock.writeLock().lock();
    try {
      Agent stored = byId.get(agent.id());
      Versions.requireCurrent(TYPE, agent.id().value(), stored == null ? null : stored.version(),
          agent.version());
      Agent updated = agent.withVersion(stored.version() + 1);
      byId.put(updated.id(), updated);
      return updated;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Takes the read lock; O(log n + page size).
   */
  @Override
  public Page<Agent> findAll(PageRequest page) {
    Objects.requireNonNull(page, "page");
    AgentId after = page.cursor().map(c -> Cursors.decodeId(TAG, c, "findAll()", AgentId::new)).orElse(null);
    lock.readLock().lock();
    try {
      return Paging.page(byId.navigableKeySet(), after, page.size(), byId::get,
          id -> Cursors.encode(TAG, id.value()));
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Takes the write lock.
   */
  @Override
  public boolean delete(AgentId id) {
    Objects.requireNonNull(id, "id");
    lock.writeLock().lock();
    try {
      return byId.remove(id) != null;
    } finally {
      lock.writeLock().unlock();
    }
  }
}
