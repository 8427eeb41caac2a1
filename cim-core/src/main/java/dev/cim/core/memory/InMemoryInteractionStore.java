package dev.cim.core.memory;

import dev.cim.core.model.CaseId;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.Message;
import dev.cim.core.model.MessageId;
import dev.cim.core.spi.DuplicateEntityException;
import dev.cim.core.spi.EntityNotFoundException;
import dev.cim.core.spi.InteractionStore;
import dev.cim.core.spi.Page;
import dev.cim.core.spi.PageRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The reference {@link InteractionStore}: interactions and messages in memory. It implements every rule IS-1 to IS-15
 * of {@link InteractionStore} and passes the cim-tck kit.
 *
 * <h2>Indexes</h2>
 * No query scans all data. Interactions are indexed by id, and by customer, by state and by case in sets sorted by
 * ({@code createdAt}, id); messages are indexed by id, per interaction in a map sorted by ({@code sentAt}, id), and per
 * customer (the timeline) in a map with the same order. A page costs O(log n + page size); {@link #findOpenByCustomer}
 * walks the customer's interactions only, and {@link #eraseCustomer} touches only the customer's data.
 *
 * <h2>Cursors</h2>
 * A cursor is an opaque URL-safe Base64 string holding the query (its rule number and parameter) and the sort key of
 * the last item returned; the next page starts strictly after that key (keyset pagination), so items inserted or
 * removed meanwhile never shift the others. A cursor of another query, or a string that is not a cursor, is rejected
 * with an {@link IllegalArgumentException} that quotes it. Cursors do not expire and are not bound to one store
 * instance: a cursor is a position, and any store holding the same data resumes from it.
 *
 * <p>Stored values are immutable records, so the stored instances are returned as they are (IS-13). Nothing is
 * persisted: the data lives as long as the store.
 *
 * <p>Thread-safe: one {@link ReentrantReadWriteLock} guards the whole store. Reads share the read lock; each write
 * holds the write lock for all its checks and changes, so every method is atomic (IS-15) and of concurrent updates
 * from one version exactly one succeeds. A write that throws has changed nothing: all checks run before the first
 * change.
 */
public final class InMemoryInteractionStore implements InteractionStore {
  private static final String INTERACTION = "interaction";
  private static final String MESSAGE = "message";

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<InteractionId, Interaction> byId = new HashMap<>();
  private final Map<CustomerId, NavigableSet<SortKey>> byCustomer = new HashMap<>();
  private final Map<InteractionState, NavigableSet<SortKey>> byState = new EnumMap<>(InteractionState.class);
  private final Map<CaseId, NavigableSet<SortKey>> byCase = new HashMap<>();
  private final Map<MessageId, Message> messagesById = new HashMap<>();
  private final Map<InteractionId, NavigableMap<SortKey, Message>> messagesByInteraction = new HashMap<>();
  private final Map<CustomerId, NavigableMap<SortKey, Message>> timelines = new HashMap<>();

  /** Creates an empty store. */
  public InMemoryInteractionStore() {}

  /**
   * {@inheritDoc}
   *
   * <p>Takes the read lock; constant time.
   */
  @Override
  public Optional<Interaction> findById(InteractionId id) {
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
  public Interaction create(Interaction interaction) {
    Objects.requireNonNull(interaction, "interaction");
    Versions.requireNew(INTERACTION, interaction.id(), interaction.version());
    lock.writeLock().lock();
    try {
      Interaction stored = byId.get(interaction.id());
      if (stored != null) {
        if (stored.withVersion(0).equals(interaction)) {
          return stored;
        }
        throw new DuplicateEntityException(INTERACTION, interaction.id().value());
      }
      Interaction created = interaction.withVersion(1);
      byId.put(created.id(), created);
      index(created);
      return created;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Takes the write lock. An update may change anything but the id, including the customer (when customers are
   * merged): the interaction's messages then move to the new customer's timeline.
   */
  @Override
  public Interaction update(Interaction interaction) {
    Objects.requireNonNull(interaction, "interaction");
    lock.writeLock().lock();
    try {
      Interaction stored = byId.get(interaction.id());
      Versions.requireCurrent(INTERACTION, interaction.id().value(), stored == null ? null : stored.version(),
          interaction.version());
      Interaction updated = interaction.withVersion(stored.version() + 1);
      unindex(stored);
      index(updated);
      byId.put(updated.id(), updated);
      if (!stored.customerId().equals(updated.customerId())) {
        NavigableMap<SortKey, Message> messages = messagesByInteraction.get(updated.id());
        if (messages != null) {
          NavigableMap<SortKey, Message> from = timelines.get(stored.customerId());
          NavigableMap<SortKey, Message> to = timelines.computeIfAbsent(updated.customerId(), k -> new TreeMap<>());
          messages.forEach((key, m) -> {
            from.remove(key);
            to.put(key, m);
          });
          if (from.isEmpty()) {
            timelines.remove(stored.customerId());
          }
        }
      }
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
  public Page<Interaction> findByCustomer(CustomerId customerId, PageRequest page) {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(page, "page");
    String tag = "is5\n" + customerId.value();
    SortKey after = page.cursor()
        .map(c -> Cursors.decodeKey(tag, c, "findByCustomer(" + customerId + ")"))
        .orElse(null);
    lock.readLock().lock();
    try {
      NavigableSet<SortKey> keys = byCustomer.get(customerId);
      if (keys == null) {
        return Page.last(List.of());
      }
      return Paging.page(keys.descendingSet(), after, page.size(), this::interaction, k -> Cursors.encode(tag, k));
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Takes the read lock; walks the customer's interactions only.
   */
  @Override
  public List<Interaction> findOpenByCustomer(CustomerId customerId) {
    Objects.requireNonNull(customerId, "customerId");
    lock.readLock().lock();
    try {
      NavigableSet<SortKey> keys = byCustomer.get(customerId);
      if (keys == null) {
        return List.of();
      }
      List<Interaction> open = new ArrayList<>();
      for (SortKey k : keys.descendingSet()) {
        Interaction i = interaction(k);
        if (i.isOpen()) {
          open.add(i);
        }
      }
      return List.copyOf(open);
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Takes the read lock; O(log n + page size).
   */
  @Override
  public Page<Interaction> findByState(InteractionState state, PageRequest page) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(page, "page");
    String tag = "is7\n" + state.name();
    SortKey after = page.cursor().map(c -> Cursors.decodeKey(tag, c, "findByState(" + state + ")")).orElse(null);
    lock.readLock().lock();
    try {
      NavigableSet<SortKey> keys = byState.get(state);
      if (keys == null) {
        return Page.last(List.of());
      }
      return Paging.page(keys, after, page.size(), this::interaction, k -> Cursors.encode(tag, k));
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Takes the read lock; reads the case's interactions only.
   */
  @Override
  public List<Interaction> findByCase(CaseId caseId) {
    Objects.requireNonNull(caseId, "caseId");
    lock.readLock().lock();
    try {
      NavigableSet<SortKey> keys = byCase.get(caseId);
      if (keys == null) {
        return List.of();
      }
      List<Interaction> result = new ArrayList<>(keys.size());
      keys.forEach(k -> result.add(interaction(k)));
      return List.copyOf(result);
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Takes the write lock. Checks a repeated id (idempotent or duplicate) before the interaction, so repeating an
   * append is accepted even while the interaction exists; a message is stored only with its interaction.
   */
  @Override
  public Message appendMessage(Message message) {
    Objects.requireNonNull(message, "message");
    lock.writeLock().lock();
    try {
      Message stored = messagesById.get(message.id());
      if (stored != null) {
        if (stored.equals(message)) {
          return stored;
        }
        throw new DuplicateEntityException(MESSAGE, message.id().value());
      }
      Interaction interaction = byId.get(message.interactionId());
      if (interaction == null) {
        throw new EntityNotFoundException(INTERACTION, message.interactionId().value());
      }
      SortKey key = new SortKey(message.sentAt(), message.id().value());
      messagesById.put(message.id(), message);
      messagesByInteraction.computeIfAbsent(message.interactionId(), k -> new TreeMap<>()).put(key, message);
      timelines.computeIfAbsent(interaction.customerId(), k -> new TreeMap<>()).put(key, message);
      return message;
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
  public Page<Message> findMessages(InteractionId interactionId, PageRequest page) {
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(page, "page");
    String tag = "is10\n" + interactionId.value();
    SortKey after = page.cursor()
        .map(c -> Cursors.decodeKey(tag, c, "findMessages(" + interactionId + ")"))
        .orElse(null);
    lock.readLock().lock();
    try {
      NavigableMap<SortKey, Message> messages = messagesByInteraction.get(interactionId);
      if (messages == null) {
        return Page.last(List.of());
      }
      return Paging.page(messages.navigableKeySet(), after, page.size(), messages::get, k -> Cursors.encode(tag, k));
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Takes the read lock; O(log n + page size).
   */
  @Override
  public Page<Message> timeline(CustomerId customerId, PageRequest page) {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(page, "page");
    String tag = "is11\n" + customerId.value();
    SortKey after = page.cursor().map(c -> Cursors.decodeKey(tag, c, "timeline(" + customerId + ")")).orElse(null);
    lock.readLock().lock();
    try {
      NavigableMap<SortKey, Message> messages = timelines.get(customerId);
      if (messages == null) {
        return Page.last(List.of());
      }
      return Paging.page(messages.descendingKeySet(), after, page.size(), messages::get,
          k -> Cursors.encode(tag, k));
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Takes the write lock; touches only the customer's interactions and messages.
   */
  @Override
  public ErasedCount eraseCustomer(CustomerId customerId) {
    Objects.requireNonNull(customerId, "customerId");
    lock.writeLock().lock();
    try {
      NavigableSet<SortKey> keys = byCustomer.get(customerId);
      if (keys == null) {
        return new ErasedCount(0, 0);
      }
      long interactions = 0;
      long messages = 0;
      for (SortKey k : List.copyOf(keys)) {
        Interaction i = byId.remove(new InteractionId(k.id()));
        unindex(i);
        interactions++;
        NavigableMap<SortKey, Message> ms = messagesByInteraction.remove(i.id());
        if (ms != null) {
          for (Message m : ms.values()) {
            messagesById.remove(m.id());
            messages++;
          }
        }
      }
      timelines.remove(customerId);
      return new ErasedCount(interactions, messages);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private Interaction interaction(SortKey key) {
    return byId.get(new InteractionId(key.id()));
  }

  private static SortKey keyOf(Interaction i) {
    return new SortKey(i.createdAt(), i.id().value());
  }

  /** Adds an interaction to the sorted indexes; call under the write lock. */
  private void index(Interaction i) {
    SortKey key = keyOf(i);
    byCustomer.computeIfAbsent(i.customerId(), k -> new TreeSet<>()).add(key);
    byState.computeIfAbsent(i.state(), k -> new TreeSet<>()).add(key);
    byCase.computeIfAbsent(i.caseId(), k -> new TreeSet<>()).add(key);
  }

  /** Removes an interaction from the sorted indexes, dropping emptied sets; call under the write lock. */
  private void unindex(Interaction i) {
    SortKey key = keyOf(i);
    removeKey(byCustomer, i.customerId(), key);
    removeKey(byState, i.state(), key);
    removeKey(byCase, i.caseId(), key);
  }

  private static <K> void removeKey(Map<K, NavigableSet<SortKey>> index, K k, SortKey key) {
    NavigableSet<SortKey> set = index.get(k);
    if (set != null) {
      set.remove(key);
      if (set.isEmpty()) {
        index.remove(k);
      }
    }
  }
}
