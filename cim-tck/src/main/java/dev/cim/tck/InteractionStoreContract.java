package dev.cim.tck;

import static dev.cim.tck.CimAssertions.assertThrows;
import static dev.cim.tck.CimAssertions.readAll;
import static dev.cim.tck.CimAssertions.readPages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.model.AttributeKey;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.Message;
import dev.cim.core.spi.DuplicateEntityException;
import dev.cim.core.spi.EntityNotFoundException;
import dev.cim.core.spi.InteractionStore;
import dev.cim.core.spi.InteractionStore.ErasedCount;
import dev.cim.core.spi.Page;
import dev.cim.core.spi.PageRequest;
import dev.cim.core.spi.VersionConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link InteractionStore} (rules IS-1 to IS-15) as JUnit 5 tests and jqwik properties.
 *
 * <p>To check an implementation, extend this class in your test folder and return a fresh, empty store from
 * {@link #createStore()}:
 *
 * <pre>{@code
 * class JdbcInteractionStoreTest extends InteractionStoreContract {
 *   @Override protected InteractionStore createStore() { return new JdbcInteractionStore(freshDataSource()); }
 * }
 * }</pre>
 *
 * <p>Each test's name cites the rule it checks ({@code is5_...}), and every failure message starts with the rule and
 * the SPI method, e.g. {@code [IS-5 findByCustomer: newest first]}. The kit stores interactions of customers it never
 * creates in a {@code CustomerStore}: an interaction store must not require its customers to exist elsewhere. Tests
 * that need many threads run only while {@link #supportsConcurrentWriters()} is true.
 *
 * <p>Not thread-safe: JUnit creates one instance per test.
 */
public abstract class InteractionStoreContract extends StoreContract<InteractionStore> {
  /** Newest first: {@code createdAt} descending, then id descending (IS-5, IS-6). */
  protected static final Comparator<Interaction> NEWEST_FIRST =
      Comparator.comparing(Interaction::createdAt).thenComparing(Interaction::id).reversed();
  /** Oldest first: {@code createdAt} ascending, then id ascending (IS-7, IS-8). */
  protected static final Comparator<Interaction> OLDEST_FIRST =
      Comparator.comparing(Interaction::createdAt).thenComparing(Interaction::id);
  /** Messages oldest first: {@code sentAt} ascending, then id ascending (IS-10). */
  protected static final Comparator<Message> MESSAGES_OLDEST_FIRST =
      Comparator.comparing(Message::sentAt).thenComparing(Message::id);
  /** Messages newest first: {@code sentAt} descending, then id descending (IS-11). */
  protected static final Comparator<Message> MESSAGES_NEWEST_FIRST = MESSAGES_OLDEST_FIRST.reversed();

  private static final int[] PAGE_SIZES = {1, 2, 3, 7, PageRequest.MAX_SIZE};
  private static final List<Channel> CHANNELS = List.of(Channel.VOICE, Channel.CHAT, Channel.EMAIL, Channel.SMS,
      Channel.of("whatsapp"));

  /** Creates the contract; called by JUnit through the subclass. */
  protected InteractionStoreContract() {}

  private static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(order);
    return copy;
  }

  private static List<String> interactionIds(List<Interaction> items) {
    return items.stream().map(i -> i.id().value()).toList();
  }

  private static List<String> messageIds(List<Message> items) {
    return items.stream().map(m -> m.id().value()).toList();
  }

  /**
   * Creates interactions of one customer across channels with out-of-order creation times and some ties.
   *
   * @return the created interactions, as stored
   */
  private List<Interaction> createSpread(CustomerId customer, int count) {
    Instant base = fx.now();
    List<Interaction> created = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // offsets 0, 3, 1, 4, 2, 0, 3, ... : creation order differs from time order, and times repeat (ties by id)
      Instant at = base.plusSeconds((i * 3L) % 5);
      created.add(store.create(fx.interaction(customer, CHANNELS.get(i % CHANNELS.size()), fx.caseId(), at)));
    }
    fx.clock().set(base.plusSeconds(10));
    return created;
  }

  /** Moves the stored interaction to the state (through a legal path) and returns it as stored. */
  private Interaction moveTo(Interaction stored, InteractionState target) {
    Interaction cur = stored;
    List<InteractionState> path = switch (target) {
      case NEW -> List.of();
      case QUEUED -> List.of(InteractionState.QUEUED);
      case OFFERED -> List.of(InteractionState.QUEUED, InteractionState.OFFERED);
      case ACTIVE -> List.of(InteractionState.ACTIVE);
      case HELD -> List.of(InteractionState.ACTIVE, InteractionState.HELD);
      case WRAP_UP -> List.of(InteractionState.ACTIVE, InteractionState.WRAP_UP);
      case TRANSFERRED -> List.of(InteractionState.ACTIVE, InteractionState.TRANSFERRED);
      case RESOLVED -> List.of(InteractionState.RESOLVED);
      case CLOSED -> List.of(InteractionState.CLOSED);
      case ABANDONED -> List.of(InteractionState.ABANDONED);
    };
    for (InteractionState s : path) {
      if (cur.state() == s) {
        continue;
      }
      Instant at = cur.stateSince().isAfter(fx.now()) ? cur.stateSince() : fx.now();
      cur = store.update(cur.transitionTo(s, at));
    }
    return cur;
  }

  /** IS-1: lookups by id. */
  @Nested
  @DisplayName("IS-1: findById returns the stored interaction with that id, or empty")
  class FindById {
    @Test
    @DisplayName("IS-1: a created interaction is found by id, every field intact")
    void is1_createdInteractionIsFoundById() {
      Interaction given = fx.interactionWithEveryField(fx.customerId());
      Interaction created = store.create(given);
      assertThat(store.findById(given.id())).as("IS-1 findById: returns the stored interaction, every field intact")
          .contains(created).contains(given.withVersion(1));
    }

    @Test
    @DisplayName("IS-1: an unknown id is empty")
    void is1_unknownIdIsEmpty() {
      store.create(fx.interaction(fx.customerId(), Channel.VOICE));
      assertThat(store.findById(fx.interactionId())).as("IS-1 findById: an id never stored").isEmpty();
    }
  }

  /** IS-2: create sets version 1. */
  @Nested
  @DisplayName("IS-2: create stores a version-0 interaction as version 1 and rejects other versions")
  class Create {
    @Test
    @DisplayName("IS-2: create returns the interaction with version 1")
    void is2_createReturnsVersionOne() {
      Interaction given = fx.interactionWithEveryField(fx.customerId());
      assertThat(store.create(given)).as("IS-2 create: returns the given interaction with version 1")
          .isEqualTo(given.withVersion(1));
    }

    @Test
    @DisplayName("IS-2: create with a version other than 0 throws IllegalArgumentException and writes nothing")
    void is2_createWithNonZeroVersionIsRejected() {
      CustomerId customer = fx.customerId();
      Interaction given = fx.interaction(customer, Channel.CHAT).withVersion(3);
      assertThrows("IS-2 create: version 3 is rejected", IllegalArgumentException.class, () -> store.create(given));
      assertThat(store.findById(given.id())).as("IS-2 create: findById does not find a rejected interaction")
          .isEmpty();
      assertThat(store.findByCustomer(customer, PageRequest.first(10)).items())
          .as("IS-2 create: findByCustomer does not list a rejected interaction").isEmpty();
      assertThat(store.findByCase(given.caseId())).as("IS-2 create: findByCase does not list it").isEmpty();
      assertThat(readAll("IS-2 findByState", 100, p -> store.findByState(InteractionState.NEW, p)))
          .as("IS-2 create: findByState does not list it").isEmpty();
    }
  }

  /** IS-3: idempotent create. */
  @Nested
  @DisplayName("IS-3: creating an existing id returns it if equal, else throws DuplicateEntityException")
  class IdempotentCreate {
    @Test
    @DisplayName("IS-3: creating an equal interaction again returns the stored one")
    void is3_createAgainWithEqualContentReturnsStored() {
      Interaction given = fx.interactionWithEveryField(fx.customerId());
      Interaction first = store.create(given);
      assertThat(store.create(given)).as("IS-3 create: a repeated equal create returns the stored interaction")
          .isEqualTo(first);
      assertThat(store.findByCustomer(given.customerId(), PageRequest.first(10)).items())
          .as("IS-3 create: a repeated create stores no second copy").containsExactly(first);
    }

    @Test
    @DisplayName("IS-3: creating a different interaction with a stored id throws DuplicateEntityException")
    void is3_createAgainWithDifferentContentThrowsDuplicate() {
      Interaction given = fx.interaction(fx.customerId(), Channel.VOICE);
      Interaction first = store.create(given);
      CaseId otherCase = fx.caseId();
      Interaction different = given.withTopic("refund").withCaseId(otherCase);
      DuplicateEntityException e = assertThrows("IS-3 create: different content under a stored id",
          DuplicateEntityException.class, () -> store.create(different));
      assertThat(e.getEntityId()).as("IS-3 create: the exception names the id").isEqualTo(given.id().value());
      assertThat(store.findById(given.id())).as("IS-3 create: the stored interaction is unchanged").contains(first);
      assertThat(store.findByCase(otherCase)).as("IS-3 create: the refused interaction is not indexed").isEmpty();
    }
  }

  /** IS-4: optimistic concurrency. */
  @Nested
  @DisplayName("IS-4: update checks the version, writes version + 1, and a stale write writes nothing")
  class Update {
    @Test
    @DisplayName("IS-4: each update returns and stores the version plus one")
    void is4_updateIncrementsVersion() {
      Interaction v1 = store.create(fx.interaction(fx.customerId(), Channel.VOICE));
      Interaction v2 = store.update(v1.transitionTo(InteractionState.QUEUED, fx.tick()));
      Interaction v3 = store.update(v2.withPriority(5));
      assertThat(List.of(v1.version(), v2.version(), v3.version())).as("IS-4 update: versions 1, 2, 3")
          .containsExactly(1L, 2L, 3L);
      assertThat(v3).as("IS-4 update: returns the given interaction with the next version")
          .isEqualTo(v2.withPriority(5).withVersion(3));
      assertThat(store.findById(v1.id())).as("IS-4 update: stores what it returns").contains(v3);
    }

    @Test
    @DisplayName("IS-4: a stale update throws VersionConflictException with both versions and writes nothing")
    void is4_staleUpdateThrowsAndWritesNothing() {
      Interaction v1 = store.create(fx.interaction(fx.customerId(), Channel.VOICE));
      Interaction v2 = store.update(v1.transitionTo(InteractionState.QUEUED, fx.tick()));
      VersionConflictException e = assertThrows("IS-4 update: a stale version throws VersionConflictException",
          VersionConflictException.class, () -> store.update(v1.transitionTo(InteractionState.ACTIVE, fx.tick())));
      assertThat(List.of(e.getExpectedVersion(), e.getActualVersion()))
          .as("IS-4 update: the exception carries expected 1 and actual 2").containsExactly(1L, 2L);
      assertThat(store.findById(v1.id())).as("IS-4 update: a stale write writes nothing").contains(v2);
      assertThat(readAll("IS-4 findByState", 100, p -> store.findByState(InteractionState.ACTIVE, p)))
          .as("IS-4 update: a stale write changes no state index").isEmpty();
    }

    @Test
    @DisplayName("IS-4: updating an id that is not stored throws EntityNotFoundException and writes nothing")
    void is4_updateUnknownIdThrowsNotFound() {
      Interaction never = fx.interaction(fx.customerId(), Channel.SMS).withVersion(1);
      EntityNotFoundException e = assertThrows("IS-4 update: an id not stored", EntityNotFoundException.class,
          () -> store.update(never));
      assertThat(e.getEntityId()).as("IS-4 update: the exception names the id").isEqualTo(never.id().value());
      assertThat(store.findById(never.id())).as("IS-4 update: nothing created").isEmpty();
      assertThat(store.findByCustomer(never.customerId(), PageRequest.first(10)).items())
          .as("IS-4 update: nothing indexed").isEmpty();
    }

    @Test
    @DisplayName("IS-4: of N concurrent updates from one version exactly one succeeds, the others conflict")
    void is4_concurrentUpdatesFromOneVersion() {
      assumeConcurrency("IS-4 under concurrent writers");
      Interaction v1 = store.create(fx.interaction(fx.customerId(), Channel.CHAT));
      int n = concurrentWriters();
      List<Race.Outcome<Interaction>> outcomes = Race.run("IS-4 update", n,
          i -> () -> store.update(v1.withPriority(i + 1)));
      List<Interaction> winners = outcomes.stream().filter(Race.Outcome::succeeded).map(Race.Outcome::value)
          .toList();
      assertThat(winners).as("IS-4 update: of %d concurrent updates from version 1 exactly one succeeds", n)
          .hasSize(1);
      assertThat(outcomes.stream().filter(o -> !o.succeeded()).map(Race.Outcome::error))
          .as("IS-4 update: every losing update throws VersionConflictException")
          .allMatch(t -> t instanceof VersionConflictException);
      assertThat(store.findById(v1.id())).as("IS-4 update: the winner's write is stored").contains(winners.get(0));
    }

    @Test
    @DisplayName("IS-4: concurrent read-modify-write loops lose no update and report every conflict")
    void is4_concurrentWritersLoseNoUpdate() {
      assumeConcurrency("IS-4 under concurrent writers");
      Interaction created = store.create(fx.interaction(fx.customerId(), Channel.CHAT));
      int n = concurrentWriters();
      int perThread = 5;
      AtomicInteger attempts = new AtomicInteger();
      AtomicInteger conflicts = new AtomicInteger();
      List<Race.Outcome<Integer>> outcomes = Race.run("IS-4 update", n, t -> () -> {
        for (int k = 0; k < perThread; k++) {
          AttributeKey<Integer> key = AttributeKey.of("tck.w" + t + "n" + k, Integer.class);
          for (int tries = 0; ; tries++) {
            if (tries > 10_000) {
              throw new AssertionError("IS-4 update: writer " + t + " never got a write through");
            }
            Interaction read = store.findById(created.id()).orElseThrow();
            attempts.incrementAndGet();
            try {
              store.update(read.withAttributes(read.attributes().with(key, k)));
              break;
            } catch (VersionConflictException e) {
              conflicts.incrementAndGet();
            }
          }
        }
        return perThread;
      });
      assertThat(outcomes).as("IS-4 update: no writer failed with anything but VersionConflictException")
          .allMatch(Race.Outcome::succeeded);
      Interaction last = store.findById(created.id()).orElseThrow();
      assertThat(last.attributes().asMap()).as("IS-4 update: every one of %d updates is kept", n * perThread)
          .hasSize(n * perThread);
      assertThat(last.version()).as("IS-4 update: the version counts every update").isEqualTo(1L + n * perThread);
      assertThat(attempts.get() - conflicts.get()).as("IS-4 update: every failed attempt reported a conflict")
          .isEqualTo(n * perThread);
    }
  }

  /** IS-5: a customer's interactions, newest first. */
  @Nested
  @DisplayName("IS-5: findByCustomer pages a customer's interactions on every channel, newest first, by keyset")
  class FindByCustomer {
    @Test
    @DisplayName("IS-5: newest first across channels (createdAt, then id, descending), each exactly once")
    void is5_findByCustomerNewestFirstAcrossChannels() {
      CustomerId customer = fx.customerId();
      List<Interaction> created = createSpread(customer, 9);
      createSpread(fx.customerId(), 3);
      List<Interaction> expected = sorted(created, NEWEST_FIRST);
      for (int size : PAGE_SIZES) {
        List<Interaction> all = readAll("IS-5 findByCustomer", size, p -> store.findByCustomer(customer, p));
        assertThat(interactionIds(all))
            .as("IS-5 findByCustomer: newest first, every one exactly once, pages of %d", size)
            .containsExactlyElementsOf(interactionIds(expected));
        assertThat(all).as("IS-5 findByCustomer: returns the stored interactions").containsExactlyElementsOf(expected);
      }
    }

    @Test
    @DisplayName("IS-5: an unknown customer has an empty last page")
    void is5_unknownCustomerIsEmpty() {
      createSpread(fx.customerId(), 2);
      Page<Interaction> page = store.findByCustomer(fx.customerId(), PageRequest.first(10));
      assertThat(page.items()).as("IS-5 findByCustomer: no interactions").isEmpty();
      assertThat(page.hasNext()).as("IS-5 findByCustomer: no next cursor").isFalse();
    }

    @Test
    @DisplayName("IS-5: the page that ends the results has no next cursor")
    void is5_fullLastPageHasNoCursor() {
      CustomerId customer = fx.customerId();
      createSpread(customer, 4);
      List<Page<Interaction>> pages = readPages("IS-5 findByCustomer", 2, p -> store.findByCustomer(customer, p));
      assertThat(pages).as("IS-5 findByCustomer: 4 items in pages of 2 make 2 pages, the last without a cursor")
          .hasSize(2);
    }

    @Test
    @DisplayName("IS-5: interactions created while a client pages appear at most once and shift nothing")
    void is5_interactionCreatedWhilePagingAppearsAtMostOnce() {
      CustomerId customer = fx.customerId();
      List<Interaction> original = createSpread(customer, 8);
      List<Interaction> expected = sorted(original, NEWEST_FIRST);
      Page<Interaction> first = store.findByCustomer(customer, PageRequest.first(3));
      List<Interaction> seen = new ArrayList<>(first.items());
      Instant newest = expected.get(0).createdAt();
      Instant oldest = expected.get(expected.size() - 1).createdAt();
      // one newer than all, one tied with the newest, one in the middle, one older than all
      List<Interaction> inserted = new ArrayList<>();
      inserted.add(store.create(fx.interaction(customer, Channel.VOICE, fx.caseId(), newest.plusSeconds(60))));
      inserted.add(store.create(fx.interaction(customer, Channel.CHAT, fx.caseId(), newest)));
      inserted.add(store.create(fx.interaction(customer, Channel.EMAIL, fx.caseId(),
          expected.get(4).createdAt())));
      inserted.add(store.create(fx.interaction(customer, Channel.SMS, fx.caseId(), oldest.minusSeconds(60))));
      Page<Interaction> page = first;
      int guard = 0;
      while (page.hasNext() && guard++ < 100) {
        page = store.findByCustomer(customer, PageRequest.after(3, page.nextCursor().get()));
        seen.addAll(page.items());
      }
      List<String> seenIds = interactionIds(seen);
      assertThat(seenIds).as("IS-5 findByCustomer: no interaction appears twice while others are created")
          .doesNotHaveDuplicates();
      assertThat(interactionIds(seen.stream().filter(original::contains).toList()))
          .as("IS-5 findByCustomer: every interaction present throughout appears exactly once, in order")
          .containsExactlyElementsOf(interactionIds(expected));
      assertThat(seen).as("IS-5 findByCustomer: still newest first").isSortedAccordingTo(NEWEST_FIRST);
      assertThat(seenIds.stream().filter(interactionIds(inserted)::contains).count())
          .as("IS-5 findByCustomer: interactions created while paging appear at most once each")
          .isLessThanOrEqualTo(inserted.size());
    }

    @Test
    @DisplayName("IS-5: interactions created by other threads while a client pages shift nothing")
    void is5_concurrentCreatesWhilePaging() {
      assumeConcurrency("IS-5 under concurrent writers");
      CustomerId customer = fx.customerId();
      List<Interaction> original = createSpread(customer, 30);
      List<Interaction> expected = sorted(original, NEWEST_FIRST);
      Instant base = fx.now();
      List<Interaction> extra = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        extra.add(fx.interaction(customer, CHANNELS.get(i % CHANNELS.size()), fx.caseId(),
            base.minusSeconds(30 - i)));
      }
      List<Race.Outcome<List<Interaction>>> outcomes = Race.run("IS-5 findByCustomer", 2, t -> () -> {
        if (t == 0) {
          extra.forEach(store::create);
          return List.of();
        }
        return readAll("IS-5 findByCustomer", 2, p -> store.findByCustomer(customer, p));
      });
      assertThat(outcomes).as("IS-5: concurrent paging and creating do not fail").allMatch(Race.Outcome::succeeded);
      List<Interaction> seen = outcomes.get(1).value();
      assertThat(interactionIds(seen)).as("IS-5 findByCustomer: nothing twice under concurrent creates")
          .doesNotHaveDuplicates();
      assertThat(interactionIds(seen.stream().filter(original::contains).toList()))
          .as("IS-5 findByCustomer: every interaction present throughout appears exactly once, in order")
          .containsExactlyElementsOf(interactionIds(expected));
    }

    @Test
    @DisplayName("IS-5: an update keeps an interaction's place in the customer's list")
    void is5_updateKeepsPlace() {
      CustomerId customer = fx.customerId();
      List<Interaction> created = createSpread(customer, 5);
      Interaction moved = moveTo(created.get(2), InteractionState.ACTIVE);
      List<Interaction> expected = new ArrayList<>(created);
      expected.set(2, moved);
      expected.sort(NEWEST_FIRST);
      assertThat(readAll("IS-5 findByCustomer", 2, p -> store.findByCustomer(customer, p)))
          .as("IS-5 findByCustomer: the updated interaction, once, in its place").containsExactlyElementsOf(expected);
    }
  }

  /** IS-6: open interactions. */
  @Nested
  @DisplayName("IS-6: findOpenByCustomer lists the customer's interactions not in a terminal state, newest first")
  class FindOpenByCustomer {
    @Test
    @DisplayName("IS-6: only non-terminal interactions, newest first")
    void is6_onlyOpenInteractionsNewestFirst() {
      CustomerId customer = fx.customerId();
      List<Interaction> created = createSpread(customer, InteractionState.values().length);
      List<Interaction> now = new ArrayList<>();
      InteractionState[] states = InteractionState.values();
      for (int i = 0; i < created.size(); i++) {
        now.add(moveTo(created.get(i), states[i]));
      }
      createSpread(fx.customerId(), 2);
      List<Interaction> expected = sorted(now.stream().filter(Interaction::isOpen).toList(), NEWEST_FIRST);
      assertThat(store.findOpenByCustomer(customer))
          .as("IS-6 findOpenByCustomer: every open interaction of the customer, newest first, none terminal")
          .containsExactlyElementsOf(expected);
    }

    @Test
    @DisplayName("IS-6: an interaction that reaches a terminal state is no longer listed")
    void is6_resolvedInteractionLeaves() {
      CustomerId customer = fx.customerId();
      List<Interaction> created = createSpread(customer, 3);
      moveTo(created.get(1), InteractionState.RESOLVED);
      assertThat(interactionIds(store.findOpenByCustomer(customer)))
          .as("IS-6 findOpenByCustomer: a resolved interaction is not open")
          .doesNotContain(created.get(1).id().value()).hasSize(2);
    }

    @Test
    @DisplayName("IS-6: an unknown customer has no open interactions")
    void is6_unknownCustomerIsEmpty() {
      assertThat(store.findOpenByCustomer(fx.customerId())).as("IS-6 findOpenByCustomer: unknown customer")
          .isEmpty();
    }
  }

  /** IS-7: by state. */
  @Nested
  @DisplayName("IS-7: findByState pages the interactions now in a state, oldest first")
  class FindByState {
    @Test
    @DisplayName("IS-7: oldest first (createdAt, then id, ascending), each exactly once, across customers")
    void is7_findByStateOldestFirst() {
      List<Interaction> queued = new ArrayList<>();
      for (int c = 0; c < 3; c++) {
        List<Interaction> created = createSpread(fx.customerId(), 5);
        for (int i = 0; i < created.size(); i++) {
          if (i % 2 == 0) {
            queued.add(moveTo(created.get(i), InteractionState.QUEUED));
          }
        }
      }
      List<Interaction> expected = sorted(queued, OLDEST_FIRST);
      for (int size : PAGE_SIZES) {
        assertThat(readAll("IS-7 findByState", size, p -> store.findByState(InteractionState.QUEUED, p)))
            .as("IS-7 findByState: the QUEUED interactions, oldest first, each once, pages of %d", size)
            .containsExactlyElementsOf(expected);
      }
    }

    @Test
    @DisplayName("IS-7: an update moves an interaction from one state's list to the other's")
    void is7_updateMovesBetweenStates() {
      List<Interaction> created = createSpread(fx.customerId(), 3);
      Interaction queued = moveTo(created.get(0), InteractionState.QUEUED);
      Interaction offered = store.update(queued.transitionTo(InteractionState.OFFERED, fx.tick()));
      assertThat(readAll("IS-7 findByState", 10, p -> store.findByState(InteractionState.QUEUED, p)))
          .as("IS-7 findByState: an interaction that left QUEUED is not listed there").isEmpty();
      assertThat(readAll("IS-7 findByState", 10, p -> store.findByState(InteractionState.OFFERED, p)))
          .as("IS-7 findByState: it is listed in its new state").containsExactly(offered);
      assertThat(interactionIds(readAll("IS-7 findByState", 10, p -> store.findByState(InteractionState.NEW, p))))
          .as("IS-7 findByState: the others are still NEW")
          .containsExactlyInAnyOrder(created.get(1).id().value(), created.get(2).id().value());
    }

    @Test
    @DisplayName("IS-7: while a client pages, interactions that stay in the state appear exactly once")
    void is7_stateChangesWhilePaging() {
      List<Interaction> created = createSpread(fx.customerId(), 10);
      List<Interaction> queued = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        queued.add(moveTo(created.get(i), InteractionState.QUEUED));
      }
      List<Interaction> expected = sorted(queued, OLDEST_FIRST);
      Page<Interaction> page = store.findByState(InteractionState.QUEUED, PageRequest.first(3));
      List<Interaction> seen = new ArrayList<>(page.items());
      Interaction leaving = expected.get(5);
      store.update(leaving.transitionTo(InteractionState.OFFERED, fx.tick()));
      Interaction entering = moveTo(created.get(8), InteractionState.QUEUED);
      while (page.hasNext()) {
        page = store.findByState(InteractionState.QUEUED, PageRequest.after(3, page.nextCursor().get()));
        seen.addAll(page.items());
      }
      List<String> seenIds = interactionIds(seen);
      assertThat(seenIds).as("IS-7 findByState: nothing appears twice").doesNotHaveDuplicates();
      List<String> stayed = interactionIds(expected.stream().filter(i -> !i.id().equals(leaving.id())).toList());
      assertThat(seenIds.stream().filter(stayed::contains).toList())
          .as("IS-7 findByState: every interaction in the state throughout appears exactly once, in order")
          .containsExactlyElementsOf(stayed);
      assertThat(seenIds).as("IS-7 findByState: only the stayers, the one leaving and the one entering")
          .isSubsetOf(concat(stayed, List.of(leaving.id().value(), entering.id().value())));
    }

    @Test
    @DisplayName("IS-7: a state no interaction is in has an empty last page")
    void is7_emptyStateIsEmpty() {
      createSpread(fx.customerId(), 2);
      Page<Interaction> page = store.findByState(InteractionState.WRAP_UP, PageRequest.first(5));
      assertThat(page.items()).as("IS-7 findByState: no interaction in WRAP_UP").isEmpty();
      assertThat(page.hasNext()).as("IS-7 findByState: no next cursor").isFalse();
    }
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** IS-8: by case. */
  @Nested
  @DisplayName("IS-8: findByCase lists every interaction of a case, on every channel, oldest first")
  class FindByCase {
    @Test
    @DisplayName("IS-8: oldest first across channels and customers, only the case's")
    void is8_findByCaseOldestFirstAcrossChannels() {
      CaseId caseId = fx.caseId();
      CustomerId customer = fx.customerId();
      Instant base = fx.now();
      List<Interaction> inCase = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        Instant at = base.plusSeconds((i * 3L) % 4);
        inCase.add(store.create(fx.interaction(customer, CHANNELS.get(i % CHANNELS.size()), caseId, at)));
        store.create(fx.interaction(customer, Channel.VOICE, fx.caseId(), at));
      }
      assertThat(store.findByCase(caseId)).as("IS-8 findByCase: the case's interactions, oldest first")
          .containsExactlyElementsOf(sorted(inCase, OLDEST_FIRST));
    }

    @Test
    @DisplayName("IS-8: an update that moves an interaction to another case moves it between the lists")
    void is8_updateMovesBetweenCases() {
      CaseId from = fx.caseId();
      CaseId to = fx.caseId();
      Interaction a = store.create(fx.interaction(fx.customerId(), Channel.CHAT, from));
      Interaction b = store.create(fx.interaction(a.customerId(), Channel.VOICE, from));
      Interaction moved = store.update(b.withCaseId(to));
      assertThat(store.findByCase(from)).as("IS-8 findByCase: the old case").containsExactly(a);
      assertThat(store.findByCase(to)).as("IS-8 findByCase: the new case").containsExactly(moved);
    }

    @Test
    @DisplayName("IS-8: an unknown case is empty")
    void is8_unknownCaseIsEmpty() {
      createSpread(fx.customerId(), 2);
      assertThat(store.findByCase(fx.caseId())).as("IS-8 findByCase: unknown case").isEmpty();
    }
  }

  /** IS-9: appending messages. */
  @Nested
  @DisplayName("IS-9: appendMessage stores a message of a stored interaction, idempotently; messages never change")
  class AppendMessage {
    @Test
    @DisplayName("IS-9: an appended message is stored as given")
    void is9_appendedMessageIsStored() {
      Interaction i = store.create(fx.interaction(fx.customerId(), Channel.CHAT));
      Message m = fx.messageWithEveryField(i.id());
      assertThat(store.appendMessage(m)).as("IS-9 appendMessage: returns the stored message").isEqualTo(m);
      assertThat(store.findMessages(i.id(), PageRequest.first(10)).items())
          .as("IS-9 appendMessage: findMessages returns it, every field intact").containsExactly(m);
    }

    @Test
    @DisplayName("IS-9: a message of an unknown interaction throws EntityNotFoundException and writes nothing")
    void is9_appendToUnknownInteractionThrowsNotFound() {
      InteractionId unknown = fx.interactionId();
      Message m = fx.message(unknown);
      EntityNotFoundException e = assertThrows("IS-9 appendMessage: unknown interaction",
          EntityNotFoundException.class, () -> store.appendMessage(m));
      assertThat(e.getEntityId()).as("IS-9 appendMessage: the exception names the interaction")
          .isEqualTo(unknown.value());
      Interaction later = store.create(Interaction.open(unknown, fx.customerId(), Channel.CHAT, fx.caseId(),
          fx.now()));
      assertThat(store.findMessages(unknown, PageRequest.first(10)).items())
          .as("IS-9 appendMessage: the refused message was not stored").isEmpty();
      assertThat(store.timeline(later.customerId(), PageRequest.first(10)).items())
          .as("IS-9 appendMessage: the refused message is not in a timeline").isEmpty();
    }

    @Test
    @DisplayName("IS-9: appending an equal message again stores no second copy")
    void is9_appendAgainWithEqualContentIsIdempotent() {
      Interaction i = store.create(fx.interaction(fx.customerId(), Channel.CHAT));
      Message m = fx.messageWithEveryField(i.id());
      store.appendMessage(m);
      assertThat(store.appendMessage(m)).as("IS-9 appendMessage: a repeated append is accepted").isEqualTo(m);
      assertThat(store.findMessages(i.id(), PageRequest.first(10)).items())
          .as("IS-9 appendMessage: no second copy in findMessages").containsExactly(m);
      assertThat(store.timeline(i.customerId(), PageRequest.first(10)).items())
          .as("IS-9 appendMessage: no second copy in the timeline").containsExactly(m);
    }

    @Test
    @DisplayName("IS-9: appending a different message with a stored id throws DuplicateEntityException")
    void is9_appendAgainWithDifferentContentThrowsDuplicate() {
      Interaction i = store.create(fx.interaction(fx.customerId(), Channel.CHAT));
      Message m = fx.message(i.id());
      store.appendMessage(m);
      DuplicateEntityException e = assertThrows("IS-9 appendMessage: different content under a stored id",
          DuplicateEntityException.class, () -> store.appendMessage(m.withText("changed")));
      assertThat(e.getEntityId()).as("IS-9 appendMessage: the exception names the id").isEqualTo(m.id().value());
      assertThat(store.findMessages(i.id(), PageRequest.first(10)).items())
          .as("IS-9 appendMessage: the stored message never changes").containsExactly(m);
    }

    @Test
    @DisplayName("IS-9: messages do not change when their interaction is updated")
    void is9_messagesSurviveInteractionUpdates() {
      Interaction i = store.create(fx.interaction(fx.customerId(), Channel.CHAT));
      Message m = store.appendMessage(fx.message(i.id()));
      moveTo(i, InteractionState.WRAP_UP);
      assertThat(store.findMessages(i.id(), PageRequest.first(10)).items())
          .as("IS-9: a stored message never changes").containsExactly(m);
    }
  }

  /** IS-10: an interaction's messages, oldest first. */
  @Nested
  @DisplayName("IS-10: findMessages pages one interaction's messages, oldest first")
  class FindMessages {
    @Test
    @DisplayName("IS-10: oldest first (sentAt, then id, ascending), each exactly once, only this interaction's")
    void is10_findMessagesOldestFirst() {
      Interaction i = store.create(fx.interaction(fx.customerId(), Channel.CHAT));
      Interaction other = store.create(fx.interaction(i.customerId(), Channel.CHAT));
      Instant base = fx.now();
      List<Message> messages = new ArrayList<>();
      for (int k = 0; k < 9; k++) {
        Instant at = base.plusSeconds((k * 3L) % 5);
        messages.add(store.appendMessage(fx.message(i.id(), at)));
        store.appendMessage(fx.message(other.id(), at));
      }
      List<Message> expected = sorted(messages, MESSAGES_OLDEST_FIRST);
      for (int size : PAGE_SIZES) {
        assertThat(readAll("IS-10 findMessages", size, p -> store.findMessages(i.id(), p)))
            .as("IS-10 findMessages: oldest first, every one exactly once, pages of %d", size)
            .containsExactlyElementsOf(expected);
      }
    }

    @Test
    @DisplayName("IS-10: an unknown interaction has an empty last page")
    void is10_unknownInteractionIsEmpty() {
      Page<Message> page = store.findMessages(fx.interactionId(), PageRequest.first(5));
      assertThat(page.items()).as("IS-10 findMessages: unknown interaction").isEmpty();
      assertThat(page.hasNext()).as("IS-10 findMessages: no next cursor").isFalse();
    }
  }

  /** IS-11: a customer's timeline, newest first. */
  @Nested
  @DisplayName("IS-11: timeline pages the messages of all the customer's interactions, newest first")
  class Timeline {
    @Test
    @DisplayName("IS-11: newest first (sentAt, then id, descending) across channels, each exactly once")
    void is11_timelineNewestFirstAcrossChannels() {
      CustomerId customer = fx.customerId();
      List<Interaction> interactions = createSpread(customer, 4);
      List<Interaction> others = createSpread(fx.customerId(), 2);
      Instant base = fx.now();
      List<Message> messages = new ArrayList<>();
      for (int k = 0; k < 14; k++) {
        Instant at = base.plusSeconds((k * 5L) % 7);
        messages.add(store.appendMessage(fx.message(interactions.get(k % 4).id(), at)));
        store.appendMessage(fx.message(others.get(k % 2).id(), at));
      }
      List<Message> expected = sorted(messages, MESSAGES_NEWEST_FIRST);
      for (int size : PAGE_SIZES) {
        List<Message> all = readAll("IS-11 timeline", size, p -> store.timeline(customer, p));
        assertThat(messageIds(all)).as("IS-11 timeline: newest first, every message exactly once, pages of %d", size)
            .containsExactlyElementsOf(messageIds(expected));
        assertThat(all).as("IS-11 timeline: the stored messages").containsExactlyElementsOf(expected);
      }
    }

    @Test
    @DisplayName("IS-11: messages appended while a client pages appear at most once and shift nothing")
    void is11_messageAppendedWhilePagingAppearsAtMostOnce() {
      CustomerId customer = fx.customerId();
      List<Interaction> interactions = createSpread(customer, 3);
      Instant base = fx.now();
      List<Message> original = new ArrayList<>();
      for (int k = 0; k < 10; k++) {
        original.add(store.appendMessage(fx.message(interactions.get(k % 3).id(), base.plusSeconds(k))));
      }
      List<Message> expected = sorted(original, MESSAGES_NEWEST_FIRST);
      Page<Message> page = store.timeline(customer, PageRequest.first(4));
      List<Message> seen = new ArrayList<>(page.items());
      Message newer = store.appendMessage(fx.message(interactions.get(0).id(), base.plusSeconds(100)));
      Message tied = store.appendMessage(fx.message(interactions.get(1).id(), expected.get(0).sentAt()));
      Message older = store.appendMessage(fx.message(interactions.get(2).id(), base.minusSeconds(100)));
      while (page.hasNext()) {
        page = store.timeline(customer, PageRequest.after(4, page.nextCursor().get()));
        seen.addAll(page.items());
      }
      assertThat(messageIds(seen)).as("IS-11 timeline: no message appears twice while others are appended")
          .doesNotHaveDuplicates();
      assertThat(messageIds(seen.stream().filter(original::contains).toList()))
          .as("IS-11 timeline: every message present throughout appears exactly once, in order")
          .containsExactlyElementsOf(messageIds(expected));
      assertThat(seen).as("IS-11 timeline: still newest first").isSortedAccordingTo(MESSAGES_NEWEST_FIRST);
      assertThat(seen.stream().filter(m -> m.equals(newer) || m.equals(tied) || m.equals(older)).count())
          .as("IS-11 timeline: messages appended while paging appear at most once each").isLessThanOrEqualTo(3);
    }

    @Test
    @DisplayName("IS-11: messages appended by other threads while a client pages shift nothing")
    void is11_concurrentAppendsWhilePaging() {
      assumeConcurrency("IS-11 under concurrent writers");
      CustomerId customer = fx.customerId();
      List<Interaction> interactions = createSpread(customer, 3);
      Instant base = fx.now();
      List<Message> original = new ArrayList<>();
      for (int k = 0; k < 40; k++) {
        original.add(store.appendMessage(fx.message(interactions.get(k % 3).id(), base.plusSeconds(k * 2L))));
      }
      List<Message> extra = new ArrayList<>();
      for (int k = 0; k < 80; k++) {
        extra.add(fx.message(interactions.get(k % 3).id(), base.plusSeconds(k - 10L)));
      }
      List<Race.Outcome<List<Message>>> outcomes = Race.run("IS-11 timeline", 2, t -> () -> {
        if (t == 0) {
          extra.forEach(store::appendMessage);
          return List.of();
        }
        return readAll("IS-11 timeline", 3, p -> store.timeline(customer, p));
      });
      assertThat(outcomes).as("IS-11: concurrent paging and appending do not fail").allMatch(Race.Outcome::succeeded);
      List<Message> seen = outcomes.get(1).value();
      assertThat(messageIds(seen)).as("IS-11 timeline: nothing twice under concurrent appends")
          .doesNotHaveDuplicates();
      assertThat(messageIds(seen.stream().filter(original::contains).toList()))
          .as("IS-11 timeline: every message present throughout appears exactly once, in order")
          .containsExactlyElementsOf(messageIds(sorted(original, MESSAGES_NEWEST_FIRST)));
    }

    @Test
    @DisplayName("IS-11: a customer without messages has an empty last page")
    void is11_unknownCustomerIsEmpty() {
      Page<Message> page = store.timeline(fx.customerId(), PageRequest.first(5));
      assertThat(page.items()).as("IS-11 timeline: unknown customer").isEmpty();
      assertThat(page.hasNext()).as("IS-11 timeline: no next cursor").isFalse();
    }
  }

  /** IS-12: erasing a customer. */
  @Nested
  @DisplayName("IS-12: eraseCustomer removes every interaction and message of the customer, and counts them")
  class EraseCustomer {
    @Test
    @DisplayName("IS-12: nothing of the erased customer is found by any method; counts are returned")
    void is12_eraseCustomerRemovesEverything() {
      CustomerId erased = fx.customerId();
      CustomerId kept = fx.customerId();
      List<Interaction> gone = createSpread(erased, 4);
      List<Interaction> stay = createSpread(kept, 3);
      moveTo(gone.get(0), InteractionState.QUEUED);
      moveTo(stay.get(0), InteractionState.QUEUED);
      CaseId sharedCase = gone.get(1).caseId();
      Interaction keptInSharedCase = store.create(fx.interaction(kept, Channel.EMAIL, sharedCase));
      for (int k = 0; k < 5; k++) {
        store.appendMessage(fx.message(gone.get(k % 4).id(), fx.tick()));
        store.appendMessage(fx.message(stay.get(k % 3).id(), fx.tick()));
      }
      Snapshot before = snapshot(kept, concat(stay, List.of(keptInSharedCase)));

      ErasedCount count = store.eraseCustomer(erased);
      assertThat(count).as("IS-12 eraseCustomer: counts 4 interactions and 5 messages")
          .isEqualTo(new ErasedCount(4, 5));
      assertNothingOf(erased, gone);
      assertThat(store.findByCase(sharedCase)).as("IS-12 findByCase: the other customer's interaction stays")
          .containsExactly(keptInSharedCase);
      assertThat(snapshot(kept, concat(stay, List.of(keptInSharedCase))))
          .as("IS-12 eraseCustomer: other customers' interactions and messages are untouched").isEqualTo(before);
    }

    @Test
    @DisplayName("IS-12: a second erasure removes nothing and returns zeros")
    void is12_secondEraseReturnsZeros() {
      CustomerId c = fx.customerId();
      List<Interaction> created = createSpread(c, 2);
      store.appendMessage(fx.message(created.get(0).id()));
      assertThat(store.eraseCustomer(c)).as("IS-12 eraseCustomer: first call").isEqualTo(new ErasedCount(2, 1));
      assertThat(store.eraseCustomer(c)).as("IS-12 eraseCustomer: second call returns zeros")
          .isEqualTo(new ErasedCount(0, 0));
      assertThat(store.eraseCustomer(fx.customerId())).as("IS-12 eraseCustomer: unknown customer returns zeros")
          .isEqualTo(new ErasedCount(0, 0));
    }

    private void assertNothingOf(CustomerId erased, List<Interaction> gone) {
      for (Interaction i : gone) {
        assertThat(store.findById(i.id())).as("IS-12 findById: an erased interaction").isEmpty();
        assertThat(store.findMessages(i.id(), PageRequest.first(10)).items())
            .as("IS-12 findMessages: an erased interaction's messages").isEmpty();
        assertThat(store.findByCase(i.caseId())).as("IS-12 findByCase: an erased interaction")
            .noneMatch(x -> x.customerId().equals(erased));
      }
      assertThat(store.findByCustomer(erased, PageRequest.first(10)).items())
          .as("IS-12 findByCustomer: the erased customer's interactions").isEmpty();
      assertThat(store.findOpenByCustomer(erased)).as("IS-12 findOpenByCustomer: erased customer").isEmpty();
      assertThat(store.timeline(erased, PageRequest.first(10)).items()).as("IS-12 timeline: erased customer")
          .isEmpty();
      for (InteractionState s : InteractionState.values()) {
        assertThat(readAll("IS-12 findByState", 50, p -> store.findByState(s, p)))
            .as("IS-12 findByState(%s): no interaction of the erased customer", s)
            .noneMatch(x -> x.customerId().equals(erased));
      }
    }
  }

  /** What the store returns about one customer, for before/after comparisons. */
  private record Snapshot(List<Interaction> interactions, List<Interaction> open, List<Message> timeline,
      List<List<Message>> messages, List<List<Interaction>> cases) {}

  private Snapshot snapshot(CustomerId customer, List<Interaction> interactions) {
    return new Snapshot(
        readAll("findByCustomer", 100, p -> store.findByCustomer(customer, p)),
        store.findOpenByCustomer(customer),
        readAll("timeline", 100, p -> store.timeline(customer, p)),
        interactions.stream().map(i -> readAll("findMessages", 100, p -> store.findMessages(i.id(), p))).toList(),
        interactions.stream().map(i -> store.findByCase(i.caseId()).stream()
            .filter(x -> x.customerId().equals(customer)).toList()).toList());
  }

  /** IS-13: values. */
  @Nested
  @DisplayName("IS-13: returned values do not change when the store changes later")
  class Values {
    @Test
    @DisplayName("IS-13: interactions, pages and messages read earlier are unchanged by later writes")
    void is13_returnedValuesDoNotChange() {
      CustomerId customer = fx.customerId();
      Interaction created = store.create(fx.interaction(customer, Channel.CHAT));
      Message m = store.appendMessage(fx.message(created.id()));
      Page<Interaction> page = store.findByCustomer(customer, PageRequest.first(10));
      Page<Message> timeline = store.timeline(customer, PageRequest.first(10));
      List<Interaction> open = store.findOpenByCustomer(customer);
      store.update(created.transitionTo(InteractionState.RESOLVED, fx.tick()));
      store.create(fx.interaction(customer, Channel.VOICE));
      store.appendMessage(fx.message(created.id()));
      assertThat(page.items()).as("IS-13 findByCustomer: an earlier page is unchanged").containsExactly(created);
      assertThat(timeline.items()).as("IS-13 timeline: an earlier page is unchanged").containsExactly(m);
      assertThat(open).as("IS-13 findOpenByCustomer: an earlier list is unchanged").containsExactly(created);
      store.eraseCustomer(customer);
      assertThat(created.state()).as("IS-13: a returned interaction is unchanged").isEqualTo(InteractionState.NEW);
    }
  }

  /** IS-14: null arguments and foreign cursors. */
  @Nested
  @DisplayName("IS-14: null arguments throw NullPointerException; foreign cursors IllegalArgumentException")
  class BadArguments {
    @Test
    @DisplayName("IS-14: null arguments throw NullPointerException and change nothing")
    void is14_nullArgumentsThrowNullPointerException() {
      CustomerId c = fx.customerId();
      Interaction i = store.create(fx.interaction(c, Channel.CHAT));
      Message m = store.appendMessage(fx.message(i.id()));
      PageRequest p = PageRequest.first(10);
      assertThrows("IS-14 findById(null)", NullPointerException.class, () -> store.findById(null));
      assertThrows("IS-14 create(null)", NullPointerException.class, () -> store.create(null));
      assertThrows("IS-14 update(null)", NullPointerException.class, () -> store.update(null));
      assertThrows("IS-14 findByCustomer(null, page)", NullPointerException.class, () -> store.findByCustomer(null, p));
      assertThrows("IS-14 findByCustomer(id, null)", NullPointerException.class, () -> store.findByCustomer(c, null));
      assertThrows("IS-14 findOpenByCustomer(null)", NullPointerException.class, () -> store.findOpenByCustomer(null));
      assertThrows("IS-14 findByState(null, page)", NullPointerException.class, () -> store.findByState(null, p));
      assertThrows("IS-14 findByState(state, null)", NullPointerException.class,
          () -> store.findByState(InteractionState.NEW, null));
      assertThrows("IS-14 findByCase(null)", NullPointerException.class, () -> store.findByCase(null));
      assertThrows("IS-14 appendMessage(null)", NullPointerException.class, () -> store.appendMessage(null));
      assertThrows("IS-14 findMessages(null, page)", NullPointerException.class, () -> store.findMessages(null, p));
      assertThrows("IS-14 findMessages(id, null)", NullPointerException.class,
          () -> store.findMessages(i.id(), null));
      assertThrows("IS-14 timeline(null, page)", NullPointerException.class, () -> store.timeline(null, p));
      assertThrows("IS-14 timeline(id, null)", NullPointerException.class, () -> store.timeline(c, null));
      assertThrows("IS-14 eraseCustomer(null)", NullPointerException.class, () -> store.eraseCustomer(null));
      assertThat(store.findById(i.id())).as("IS-14: after null arguments the interaction is unchanged").contains(i);
      assertThat(store.timeline(c, p).items()).as("IS-14: after null arguments the messages are unchanged")
          .containsExactly(m);
    }

    @Test
    @DisplayName("IS-14: a string that is not a cursor throws IllegalArgumentException")
    void is14_garbageCursorIsRejected() {
      CustomerId c = fx.customerId();
      List<Interaction> created = createSpread(c, 3);
      for (String garbage : List.of("not-a-cursor", "AAAA", "%%%")) {
        PageRequest p = PageRequest.after(2, garbage);
        assertThrows("IS-14 findByCustomer: cursor '" + garbage + "'", IllegalArgumentException.class,
            () -> store.findByCustomer(c, p));
        assertThrows("IS-14 findByState: cursor '" + garbage + "'", IllegalArgumentException.class,
            () -> store.findByState(InteractionState.NEW, p));
        assertThrows("IS-14 findMessages: cursor '" + garbage + "'", IllegalArgumentException.class,
            () -> store.findMessages(created.get(0).id(), p));
        assertThrows("IS-14 timeline: cursor '" + garbage + "'", IllegalArgumentException.class,
            () -> store.timeline(c, p));
      }
    }

    @Test
    @DisplayName("IS-14: a cursor issued for another query throws IllegalArgumentException")
    void is14_cursorOfAnotherQueryIsRejected() {
      CustomerId a = fx.customerId();
      CustomerId b = fx.customerId();
      List<Interaction> ia = createSpread(a, 3);
      createSpread(b, 3);
      for (Interaction i : ia) {
        store.appendMessage(fx.message(i.id()));
        store.appendMessage(fx.message(i.id()));
      }
      String byCustomerA = store.findByCustomer(a, PageRequest.first(1)).nextCursor().orElseThrow();
      String byStateNew = store.findByState(InteractionState.NEW, PageRequest.first(1)).nextCursor().orElseThrow();
      String messagesOfFirst = store.findMessages(ia.get(0).id(), PageRequest.first(1)).nextCursor().orElseThrow();
      String timelineA = store.timeline(a, PageRequest.first(1)).nextCursor().orElseThrow();
      assertThrows("IS-14 findByCustomer: a cursor of another customer", IllegalArgumentException.class,
          () -> store.findByCustomer(b, PageRequest.after(1, byCustomerA)));
      assertThrows("IS-14 findByCustomer: a cursor of timeline", IllegalArgumentException.class,
          () -> store.findByCustomer(a, PageRequest.after(1, timelineA)));
      assertThrows("IS-14 findByState: a cursor of another state", IllegalArgumentException.class,
          () -> store.findByState(InteractionState.QUEUED, PageRequest.after(1, byStateNew)));
      assertThrows("IS-14 findByState: a cursor of findByCustomer", IllegalArgumentException.class,
          () -> store.findByState(InteractionState.NEW, PageRequest.after(1, byCustomerA)));
      assertThrows("IS-14 findMessages: a cursor of another interaction", IllegalArgumentException.class,
          () -> store.findMessages(ia.get(1).id(), PageRequest.after(1, messagesOfFirst)));
      assertThrows("IS-14 timeline: a cursor of another customer", IllegalArgumentException.class,
          () -> store.timeline(b, PageRequest.after(1, timelineA)));
      assertThrows("IS-14 timeline: a cursor of findMessages", IllegalArgumentException.class,
          () -> store.timeline(a, PageRequest.after(1, messagesOfFirst)));
    }
  }

  /** IS-15: thread safety. */
  @Nested
  @DisplayName("IS-15: all methods are safe to call from many threads at once, each atomic")
  class Concurrency {
    @Test
    @DisplayName("IS-15: interactions created and messages appended concurrently are all stored once")
    void is15_concurrentCreatesAndAppendsAreAllStored() {
      assumeConcurrency("IS-15");
      int n = concurrentWriters();
      CustomerId customer = fx.customerId();
      Interaction shared = store.create(fx.interaction(customer, Channel.CHAT));
      List<List<Interaction>> interactions = new ArrayList<>();
      List<List<Message>> messages = new ArrayList<>();
      for (int t = 0; t < n; t++) {
        List<Interaction> is = new ArrayList<>();
        List<Message> ms = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
          is.add(fx.interaction(customer, CHANNELS.get(k % CHANNELS.size())));
          ms.add(fx.message(shared.id(), fx.tick()));
        }
        interactions.add(is);
        messages.add(ms);
      }
      List<Race.Outcome<Integer>> outcomes = Race.run("IS-15", n, t -> () -> {
        for (int k = 0; k < 5; k++) {
          store.create(interactions.get(t).get(k));
          store.appendMessage(messages.get(t).get(k));
          store.appendMessage(messages.get(t).get(k));
        }
        return 5;
      });
      assertThat(outcomes).as("IS-15: concurrent creates and appends all succeed").allMatch(Race.Outcome::succeeded);
      assertThat(readAll("IS-15 findByCustomer", 7, p -> store.findByCustomer(customer, p)))
          .as("IS-15 findByCustomer: every concurrently created interaction exactly once").hasSize(1 + n * 5)
          .doesNotHaveDuplicates();
      List<Message> all = messages.stream().flatMap(List::stream).toList();
      assertThat(readAll("IS-15 findMessages", 7, p -> store.findMessages(shared.id(), p)))
          .as("IS-15 findMessages: every concurrently appended message exactly once, oldest first")
          .containsExactlyElementsOf(sorted(all, MESSAGES_OLDEST_FIRST));
    }
    @Test
    @DisplayName("IS-15: readers of findByState never see an interaction in a state it is not in")
    void is15_readersNeverSeeHalfAppliedStateChanges() {
      assumeConcurrency("IS-15");
      CustomerId customer = fx.customerId();
      List<Interaction> created = createSpread(customer, 30);
      int n = Math.min(3, concurrentWriters()); // one writer and up to two readers: enough to interleave
      java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
      List<Race.Outcome<Integer>> outcomes = Race.run("IS-15", n, t -> () -> {
        if (t == 0) {
          try {
            for (Interaction i : created) {
              Interaction cur = i;
              for (InteractionState s : List.of(InteractionState.QUEUED, InteractionState.OFFERED,
                  InteractionState.QUEUED, InteractionState.OFFERED, InteractionState.ACTIVE,
                  InteractionState.WRAP_UP, InteractionState.RESOLVED)) {
                Instant at = cur.stateSince().isAfter(fx.now()) ? cur.stateSince() : fx.now();
                cur = store.update(cur.transitionTo(s, at));
              }
            }
            return created.size();
          } finally {
            done.set(true);
          }
        }
        int reads = 0;
        InteractionState[] watched = {InteractionState.QUEUED, InteractionState.OFFERED, InteractionState.ACTIVE};
        while (!done.get() && reads < 200) {
          InteractionState s = watched[reads % watched.length];
          for (Interaction i : readAll("IS-7 findByState", 4, p -> store.findByState(s, p))) {
            if (i.state() != s) {
              throw new AssertionError("IS-15 findByState(" + s + "): listed interaction " + i.id() + " in state "
                  + i.state());
            }
          }
          for (Interaction i : store.findOpenByCustomer(customer)) {
            if (!i.isOpen()) {
              throw new AssertionError("IS-15 findOpenByCustomer: listed interaction " + i.id() + " in terminal state "
                  + i.state());
            }
          }
          reads++;
        }
        return reads;
      });
      assertThat(outcomes).as("IS-15 findByState/update: readers and the writer saw no inconsistency")
          .allMatch(Race.Outcome::succeeded);
      assertThat(store.findOpenByCustomer(customer)).as("IS-6 findOpenByCustomer: all resolved at the end").isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Properties: random entity sets, random page sizes.

  /**
   * IS-5 and IS-7: over random interactions of a few customers, with random creation times (ties included) and
   * states, every page size returns every interaction exactly once, in the rule's order.
   *
   * @param offsets the creation time offset, in seconds, of each interaction
   * @param pageSize the page size
   */
  @Property(tries = 100)
  public void is5_is7_everyInteractionExactlyOnceInOrder(
      @ForAll("offsets") List<Integer> offsets, @ForAll @IntRange(min = 1, max = 8) int pageSize) {
    CimFixtures f = new CimFixtures();
    InteractionStore s = Objects.requireNonNull(createStore(), "createStore() returned null");
    try {
      List<CustomerId> customers = List.of(f.customerId(), f.customerId());
      List<Interaction> all = new ArrayList<>();
      for (int k = 0; k < offsets.size(); k++) {
        Instant at = CimFixtures.START.plusSeconds(offsets.get(k));
        Interaction i = s.create(f.interaction(customers.get(k % 2), CHANNELS.get(k % CHANNELS.size()), f.caseId(),
            at));
        if (offsets.get(k) % 3 == 0) {
          i = s.update(i.transitionTo(InteractionState.QUEUED, at));
        }
        all.add(i);
      }
      for (CustomerId c : customers) {
        List<Interaction> expected = sorted(all.stream().filter(i -> i.customerId().equals(c)).toList(),
            NEWEST_FIRST);
        assertThat(readAll("IS-5 findByCustomer", pageSize, p -> s.findByCustomer(c, p)))
            .as("IS-5 findByCustomer: newest first, each exactly once, pages of %d", pageSize)
            .containsExactlyElementsOf(expected);
      }
      for (InteractionState state : List.of(InteractionState.NEW, InteractionState.QUEUED)) {
        List<Interaction> expected = sorted(all.stream().filter(i -> i.state() == state).toList(), OLDEST_FIRST);
        assertThat(readAll("IS-7 findByState", pageSize, p -> s.findByState(state, p)))
            .as("IS-7 findByState(%s): oldest first, each exactly once, pages of %d", state, pageSize)
            .containsExactlyElementsOf(expected);
      }
    } finally {
      closeStore(s);
    }
  }

  /**
   * IS-10 and IS-11: over random messages in a few interactions of one customer, with random send times (ties
   * included), every page size returns every message exactly once, in the rule's order.
   *
   * @param offsets the send time offset, in seconds, of each message
   * @param pageSize the page size
   */
  @Property(tries = 100)
  public void is10_is11_everyMessageExactlyOnceInOrder(
      @ForAll("offsets") List<Integer> offsets, @ForAll @IntRange(min = 1, max = 8) int pageSize) {
    CimFixtures f = new CimFixtures();
    InteractionStore s = Objects.requireNonNull(createStore(), "createStore() returned null");
    try {
      CustomerId customer = f.customerId();
      List<Interaction> interactions = new ArrayList<>();
      for (int k = 0; k < 3; k++) {
        interactions.add(s.create(f.interaction(customer, CHANNELS.get(k))));
      }
      List<Message> all = new ArrayList<>();
      for (int k = 0; k < offsets.size(); k++) {
        all.add(s.appendMessage(f.message(interactions.get(k % 3).id(),
            CimFixtures.START.plusSeconds(offsets.get(k)))));
      }
      assertThat(readAll("IS-11 timeline", pageSize, p -> s.timeline(customer, p)))
          .as("IS-11 timeline: newest first, each exactly once, pages of %d", pageSize)
          .containsExactlyElementsOf(sorted(all, MESSAGES_NEWEST_FIRST));
      for (Interaction i : interactions) {
        List<Message> expected = sorted(all.stream().filter(m -> m.interactionId().equals(i.id())).toList(),
            MESSAGES_OLDEST_FIRST);
        assertThat(readAll("IS-10 findMessages", pageSize, p -> s.findMessages(i.id(), p)))
            .as("IS-10 findMessages: oldest first, each exactly once, pages of %d", pageSize)
            .containsExactlyElementsOf(expected);
      }
    } finally {
      closeStore(s);
    }
  }

  /**
   * Generates time offsets in a small range, so that ties are common.
   *
   * @return lists of up to 25 offsets from 0 to 9 seconds
   */
  @Provide
  public Arbitrary<List<Integer>> offsets() {
    return Arbitraries.integers().between(0, 9).list().ofMaxSize(25);
  }
}
