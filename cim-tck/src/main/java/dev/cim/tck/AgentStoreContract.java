package dev.cim.tck;

import static dev.cim.tck.CimAssertions.assertThrows;
import static dev.cim.tck.CimAssertions.readAll;
import static dev.cim.tck.CimAssertions.readPages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.model.Agent;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.AttributeKey;
import dev.cim.core.model.Channel;
import dev.cim.core.spi.AgentStore;
import dev.cim.core.spi.DuplicateEntityException;
import dev.cim.core.spi.EntityNotFoundException;
import dev.cim.core.spi.Page;
import dev.cim.core.spi.PageRequest;
import dev.cim.core.spi.VersionConflictException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link AgentStore} (rules AS-1 to AS-9) as JUnit 5 tests and jqwik properties.
 *
 * <p>To check an implementation, extend this class in your test folder and return a fresh, empty store from
 * {@link #createStore()}:
 *
 * <pre>{@code
 * class JdbcAgentStoreTest extends AgentStoreContract {
 *   @Override protected AgentStore createStore() { return new JdbcAgentStore(freshDataSource()); }
 * }
 * }</pre>
 *
 * <p>Each test's name cites the rule it checks ({@code as5_...}), and every failure message starts with the rule and
 * the SPI method. Tests that need many threads run only while {@link #supportsConcurrentWriters()} is true.
 *
 * <p>Not thread-safe: JUnit creates one instance per test.
 */
public abstract class AgentStoreContract extends StoreContract<AgentStore> {
  /** By id ascending (AS-5). */
  protected static final Comparator<Agent> BY_ID = Comparator.comparing(Agent::id);

  private static final int[] PAGE_SIZES = {1, 2, 3, 7, PageRequest.MAX_SIZE};

  /** Creates the contract; called by JUnit through the subclass. */
  protected AgentStoreContract() {}

  private List<Agent> createAgents(int count) {
    List<Agent> created = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      created.add(store.create(i % 2 == 0 ? fx.agent() : fx.agentWithEveryField()));
    }
    return created;
  }

  private static List<String> ids(List<Agent> agents) {
    return agents.stream().map(a -> a.id().value()).toList();
  }

  /** AS-1: lookups by id. */
  @Nested
  @DisplayName("AS-1: findById returns the stored agent with that id, or empty")
  class FindById {
    @Test
    @DisplayName("AS-1: a created agent is found by id, every field intact")
    void as1_createdAgentIsFoundById() {
      Agent given = fx.agentWithEveryField();
      Agent created = store.create(given);
      assertThat(store.findById(given.id())).as("AS-1 findById: returns the stored agent, every field intact")
          .contains(created).contains(given.withVersion(1));
    }

    @Test
    @DisplayName("AS-1: an unknown id is empty")
    void as1_unknownIdIsEmpty() {
      store.create(fx.agent());
      assertThat(store.findById(fx.agentId())).as("AS-1 findById: an id never stored").isEmpty();
    }
  }

  /** AS-2: create sets version 1. */
  @Nested
  @DisplayName("AS-2: create stores a version-0 agent as version 1 and rejects other versions")
  class Create {
    @Test
    @DisplayName("AS-2: create returns the agent with version 1")
    void as2_createReturnsVersionOne() {
      Agent given = fx.agentWithEveryField();
      assertThat(store.create(given)).as("AS-2 create: returns the given agent with version 1")
          .isEqualTo(given.withVersion(1));
    }

    @Test
    @DisplayName("AS-2: create with a version other than 0 throws IllegalArgumentException and writes nothing")
    void as2_createWithNonZeroVersionIsRejected() {
      Agent given = fx.agent().withVersion(2);
      assertThrows("AS-2 create: version 2 is rejected", IllegalArgumentException.class, () -> store.create(given));
      assertThat(store.findById(given.id())).as("AS-2 create: a rejected agent is not stored").isEmpty();
      assertThat(readAll("AS-2 findAll", 10, store::findAll)).as("AS-2 create: findAll does not list it").isEmpty();
    }
  }

  /** AS-3: idempotent create. */
  @Nested
  @DisplayName("AS-3: creating an existing id returns it if equal, else throws DuplicateEntityException")
  class IdempotentCreate {
    @Test
    @DisplayName("AS-3: creating an equal agent again returns the stored one and stores no second copy")
    void as3_createAgainWithEqualContentReturnsStored() {
      Agent given = fx.agentWithEveryField();
      Agent first = store.create(given);
      assertThat(store.create(given)).as("AS-3 create: a repeated equal create returns the stored agent")
          .isEqualTo(first);
      assertThat(readAll("AS-3 findAll", 10, store::findAll)).as("AS-3 create: no second copy").containsExactly(first);
    }

    @Test
    @DisplayName("AS-3: creating a different agent with a stored id throws DuplicateEntityException")
    void as3_createAgainWithDifferentContentThrowsDuplicate() {
      Agent given = fx.agent();
      Agent first = store.create(given);
      DuplicateEntityException e = assertThrows("AS-3 create: different content under a stored id",
          DuplicateEntityException.class, () -> store.create(given.withTeam("other-team")));
      assertThat(e.getEntityId()).as("AS-3 create: the exception names the id").isEqualTo(given.id().value());
      assertThat(store.findById(given.id())).as("AS-3 create: the stored agent is unchanged").contains(first);
    }
  }

  /** AS-4: optimistic concurrency. */
  @Nested
  @DisplayName("AS-4: update checks the version, writes version + 1, and a stale write writes nothing")
  class Update {
    @Test
    @DisplayName("AS-4: each update returns and stores the version plus one")
    void as4_updateIncrementsVersion() {
      Agent v1 = store.create(fx.agent());
      Agent v2 = store.update(v1.withTeam("a-team"));
      Agent v3 = store.update(v2.withCapacity(Channel.VOICE, 1));
      assertThat(List.of(v1.version(), v2.version(), v3.version())).as("AS-4 update: versions 1, 2, 3")
          .containsExactly(1L, 2L, 3L);
      assertThat(store.findById(v1.id())).as("AS-4 update: stores what it returns")
          .contains(v3).contains(v2.withCapacity(Channel.VOICE, 1).withVersion(3));
    }

    @Test
    @DisplayName("AS-4: a stale update throws VersionConflictException and writes nothing")
    void as4_staleUpdateThrowsAndWritesNothing() {
      Agent v1 = store.create(fx.agent());
      Agent v2 = store.update(v1.withTeam("first"));
      VersionConflictException e = assertThrows("AS-4 update: a stale version throws VersionConflictException",
          VersionConflictException.class, () -> store.update(v1.withTeam("second")));
      assertThat(List.of(e.getExpectedVersion(), e.getActualVersion()))
          .as("AS-4 update: the exception carries expected 1 and actual 2").containsExactly(1L, 2L);
      assertThat(store.findById(v1.id())).as("AS-4 update: a stale write writes nothing").contains(v2);
    }

    @Test
    @DisplayName("AS-4: updating an id that is not stored throws EntityNotFoundException and writes nothing")
    void as4_updateUnknownIdThrowsNotFound() {
      Agent never = fx.agent().withVersion(1);
      EntityNotFoundException e = assertThrows("AS-4 update: an id not stored", EntityNotFoundException.class,
          () -> store.update(never));
      assertThat(e.getEntityId()).as("AS-4 update: the exception names the id").isEqualTo(never.id().value());
      assertThat(store.findById(never.id())).as("AS-4 update: nothing created").isEmpty();
    }

    @Test
    @DisplayName("AS-4: of N concurrent updates from one version exactly one succeeds, the others conflict")
    void as4_concurrentUpdatesFromOneVersion() {
      assumeConcurrency("AS-4 under concurrent writers");
      Agent v1 = store.create(fx.agent());
      int n = concurrentWriters();
      List<Race.Outcome<Agent>> outcomes = Race.run("AS-4 update", n, i -> () -> store.update(v1.withTeam("t" + i)));
      List<Agent> winners = outcomes.stream().filter(Race.Outcome::succeeded).map(Race.Outcome::value).toList();
      assertThat(winners).as("AS-4 update: of %d concurrent updates from version 1 exactly one succeeds", n)
          .hasSize(1);
      assertThat(outcomes.stream().filter(o -> !o.succeeded()).map(Race.Outcome::error))
          .as("AS-4 update: every losing update throws VersionConflictException")
          .allMatch(t -> t instanceof VersionConflictException);
      assertThat(store.findById(v1.id())).as("AS-4 update: the winner's write is stored").contains(winners.get(0));
    }

    @Test
    @DisplayName("AS-4: concurrent read-modify-write loops lose no update and report every conflict")
    void as4_concurrentWritersLoseNoUpdate() {
      assumeConcurrency("AS-4 under concurrent writers");
      Agent created = store.create(fx.agent());
      int n = concurrentWriters();
      int perThread = 5;
      AtomicInteger attempts = new AtomicInteger();
      AtomicInteger conflicts = new AtomicInteger();
      List<Race.Outcome<Integer>> outcomes = Race.run("AS-4 update", n, t -> () -> {
        for (int k = 0; k < perThread; k++) {
          AttributeKey<Integer> key = AttributeKey.of("tck.w" + t + "n" + k, Integer.class);
          for (int tries = 0; ; tries++) {
            if (tries > 10_000) {
              throw new AssertionError("AS-4 update: writer " + t + " never got a write through");
            }
            Agent read = store.findById(created.id()).orElseThrow();
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
      assertThat(outcomes).as("AS-4 update: no writer failed with anything but VersionConflictException")
          .allMatch(Race.Outcome::succeeded);
      Agent last = store.findById(created.id()).orElseThrow();
      assertThat(last.attributes().asMap()).as("AS-4 update: every one of %d updates is kept", n * perThread)
          .hasSize(n * perThread);
      assertThat(last.version()).as("AS-4 update: the version counts every update").isEqualTo(1L + n * perThread);
      assertThat(attempts.get() - conflicts.get()).as("AS-4 update: every failed attempt reported a conflict")
          .isEqualTo(n * perThread);
    }
  }

  /** AS-5: listing by id. */
  @Nested
  @DisplayName("AS-5: findAll pages every agent exactly once, by id ascending")
  class FindAll {
    @Test
    @DisplayName("AS-5: every agent exactly once, by id ascending, for every page size")
    void as5_findAllByIdAscending() {
      List<Agent> created = createAgents(11);
      List<Agent> expected = new ArrayList<>(created);
      expected.sort(BY_ID);
      for (int size : PAGE_SIZES) {
        assertThat(readAll("AS-5 findAll", size, store::findAll))
            .as("AS-5 findAll: by id ascending, each exactly once, pages of %d", size)
            .containsExactlyElementsOf(expected);
      }
    }

    @Test
    @DisplayName("AS-5: an empty store has an empty last page")
    void as5_emptyStoreIsEmpty() {
      Page<Agent> page = store.findAll(PageRequest.first(10));
      assertThat(page.items()).as("AS-5 findAll: no agents").isEmpty();
      assertThat(page.hasNext()).as("AS-5 findAll: no next cursor").isFalse();
    }

    @Test
    @DisplayName("AS-5: the page that ends the results has no next cursor")
    void as5_fullLastPageHasNoCursor() {
      createAgents(6);
      assertThat(readPages("AS-5 findAll", 3, store::findAll))
          .as("AS-5 findAll: 6 agents in pages of 3 make 2 pages, the last without a cursor").hasSize(2);
    }

    @Test
    @DisplayName("AS-5: agents created or deleted while a client pages shift nothing; new ones appear at most once")
    void as5_agentCreatedWhilePagingAppearsAtMostOnce() {
      List<Agent> original = createAgents(9);
      List<Agent> expected = new ArrayList<>(original);
      expected.sort(BY_ID);
      Page<Agent> page = store.findAll(PageRequest.first(3));
      List<Agent> seen = new ArrayList<>(page.items());
      // an id just after the first one seen (behind the position: an offset cursor would repeat an agent), and one
      // just after the last one stored (ahead of the position)
      Agent before = store.create(copyWithId(fx.agent(), AgentId.of(expected.get(0).id().value() + "0")));
      Agent after = store.create(copyWithId(fx.agent(), AgentId.of(expected.get(8).id().value() + "0")));
      while (page.hasNext()) {
        page = store.findAll(PageRequest.after(3, page.nextCursor().get()));
        seen.addAll(page.items());
      }
      assertThat(ids(seen)).as("AS-5 findAll: nothing twice while agents are created").doesNotHaveDuplicates();
      assertThat(seen.stream().filter(original::contains).toList())
          .as("AS-5 findAll: every agent present throughout appears exactly once, in order")
          .containsExactlyElementsOf(expected);
      assertThat(seen).as("AS-5 findAll: still by id ascending").isSortedAccordingTo(BY_ID);
      assertThat(seen.stream().filter(a -> a.equals(before) || a.equals(after)).count())
          .as("AS-5 findAll: agents created while paging appear at most once each").isLessThanOrEqualTo(2);
    }

    @Test
    @DisplayName("AS-5: a cursor that findAll did not issue throws IllegalArgumentException")
    void as5_foreignCursorIsRejected() {
      createAgents(2);
      for (String garbage : List.of("not-a-cursor", "AAAA", "%%%")) {
        assertThrows("AS-5 findAll: cursor '" + garbage + "'", IllegalArgumentException.class,
            () -> store.findAll(PageRequest.after(1, garbage)));
      }
    }
  }

  private static Agent copyWithId(Agent a, AgentId id) {
    return new Agent(id, a.name(), a.skills(), a.languages(), a.team(), a.capacity(), a.attributes(), 0);
  }

  /** AS-6: delete. */
  @Nested
  @DisplayName("AS-6: delete removes the agent and returns whether it was stored")
  class Delete {
    @Test
    @DisplayName("AS-6: delete returns true, then false, and the agent is gone from findById and findAll")
    void as6_deleteRemovesAgent() {
      List<Agent> created = createAgents(3);
      Agent gone = created.get(1);
      assertThat(store.delete(gone.id())).as("AS-6 delete: returns true for a stored agent").isTrue();
      assertThat(store.delete(gone.id())).as("AS-6 delete: returns false the second time").isFalse();
      assertThat(store.findById(gone.id())).as("AS-6 delete: findById no longer finds it").isEmpty();
      assertThat(readAll("AS-6 findAll", 2, store::findAll)).as("AS-6 delete: findAll lists only the others")
          .containsExactlyInAnyOrder(created.get(0), created.get(2));
    }

    @Test
    @DisplayName("AS-6: deleting an unknown id returns false and changes nothing")
    void as6_deleteUnknownReturnsFalse() {
      List<Agent> created = createAgents(2);
      assertThat(store.delete(fx.agentId())).as("AS-6 delete: unknown id returns false").isFalse();
      assertThat(readAll("AS-6 findAll", 10, store::findAll)).as("AS-6 delete: nothing changed")
          .containsExactlyInAnyOrderElementsOf(created);
    }
  }

  /** AS-7: values. */
  @Nested
  @DisplayName("AS-7: returned agents are values that later writes do not change")
  class Values {
    @Test
    @DisplayName("AS-7: agents read earlier are unchanged by later updates and deletes")
    void as7_returnedAgentsDoNotChange() {
      Agent created = store.create(fx.agentWithEveryField());
      Agent read = store.findById(created.id()).orElseThrow();
      Page<Agent> page = store.findAll(PageRequest.first(10));
      store.update(read.withTeam("changed"));
      store.delete(created.id());
      assertThat(List.of(created, read, page.items().get(0))).as("AS-7: returned agents do not change")
          .allMatch(a -> a.team().equals(created.team()) && a.version() == 1);
    }
  }

  /** AS-8: null arguments. */
  @Nested
  @DisplayName("AS-8: every method throws NullPointerException for a null argument, before any effect")
  class Nulls {
    @Test
    @DisplayName("AS-8: null arguments throw NullPointerException and change nothing")
    void as8_nullArgumentsThrowNullPointerException() {
      Agent a = store.create(fx.agent());
      assertThrows("AS-8 findById(null)", NullPointerException.class, () -> store.findById(null));
      assertThrows("AS-8 create(null)", NullPointerException.class, () -> store.create(null));
      assertThrows("AS-8 update(null)", NullPointerException.class, () -> store.update(null));
      assertThrows("AS-8 findAll(null)", NullPointerException.class, () -> store.findAll(null));
      assertThrows("AS-8 delete(null)", NullPointerException.class, () -> store.delete(null));
      assertThat(store.findById(a.id())).as("AS-8: after null arguments the store is unchanged").contains(a);
    }
  }

  /** AS-9: thread safety. */
  @Nested
  @DisplayName("AS-9: all methods are safe to call from many threads at once, each atomic")
  class Concurrency {
    @Test
    @DisplayName("AS-9: agents created concurrently are all stored; of concurrent deletes exactly one returns true")
    void as9_concurrentCreatesAndDeletes() {
      assumeConcurrency("AS-9");
      int n = concurrentWriters();
      List<List<Agent>> batches = new ArrayList<>();
      for (int t = 0; t < n; t++) {
        List<Agent> batch = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
          batch.add(fx.agent());
        }
        batches.add(batch);
      }
      List<Race.Outcome<Integer>> created = Race.run("AS-9 create", n, t -> () -> {
        batches.get(t).forEach(store::create);
        return 10;
      });
      assertThat(created).as("AS-9 create: concurrent creates all succeed").allMatch(Race.Outcome::succeeded);
      assertThat(readAll("AS-9 findAll", 7, store::findAll)).as("AS-9 findAll: every concurrently created agent once")
          .hasSize(n * 10).doesNotHaveDuplicates();
      AgentId victim = batches.get(0).get(0).id();
      List<Race.Outcome<Boolean>> deleted = Race.run("AS-9 delete", n, t -> () -> store.delete(victim));
      assertThat(deleted).as("AS-9 delete: concurrent deletes do not fail").allMatch(Race.Outcome::succeeded);
      assertThat(deleted.stream().filter(o -> Boolean.TRUE.equals(o.value())).count())
          .as("AS-9 delete: of %d concurrent deletes of one agent exactly one returns true", n).isEqualTo(1);
    }
  }

  /**
   * AS-5: over a random number of agents, every page size returns every agent exactly once, by id ascending.
   *
   * @param count how many agents
   * @param pageSize the page size
   */
  @Property(tries = 100)
  public void as5_everyAgentExactlyOnceInOrder(@ForAll @IntRange(min = 0, max = 30) int count,
      @ForAll @IntRange(min = 1, max = 8) int pageSize) {
    CimFixtures f = new CimFixtures();
    AgentStore s = Objects.requireNonNull(createStore(), "createStore() returned null");
    try {
      List<Agent> all = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        all.add(s.create(f.agent()));
      }
      all.sort(BY_ID);
      assertThat(readAll("AS-5 findAll", pageSize, s::findAll))
          .as("AS-5 findAll: by id ascending, each exactly once, pages of %d", pageSize)
          .containsExactlyElementsOf(all);
    } finally {
      closeStore(s);
    }
  }
}
