package dev.cim.tck;

import static dev.cim.tck.CimAssertions.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.Message;
import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.InteractionStore;
import dev.cim.core.spi.InteractionStore.ErasedCount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of erasure across a {@link CustomerStore} and an {@link InteractionStore} together (rules CS-7 and
 * IS-12): after a customer is erased from both, nothing of that customer is found by any method of either store, and
 * every other customer is found exactly as before.
 *
 * <p>To check a pair of implementations, extend this class and return fresh, empty stores:
 *
 * <pre>{@code
 * class JdbcErasureTest extends ErasureContract {
 *   @Override protected CustomerStore createCustomerStore() { return new JdbcCustomerStore(dataSource); }
 *   @Override protected InteractionStore createInteractionStore() { return new JdbcInteractionStore(dataSource); }
 * }
 * }</pre>
 *
 * <p>Erasure runs through {@link #erase(CustomerStore, InteractionStore, CustomerId)}, which by default calls {@link CustomerStore#erase} and then
 * {@link InteractionStore#eraseCustomer}; override it to check a host's own erasure service instead. Failure messages
 * start with the rule and the method that still found something, e.g.
 * {@code [IS-12 timeline: nothing of an erased customer]}.
 *
 * <p>Not thread-safe: JUnit creates one instance per test.
 */
public abstract class ErasureContract {
  /** The customer store under test, fresh for each test; set before each test. */
  protected CustomerStore customers;
  /** The interaction store under test, fresh for each test; set before each test. */
  protected InteractionStore interactions;
  /** The fixtures for this test; set before each test. */
  protected CimFixtures fx;

  /** Creates the contract; called by JUnit through the subclass. */
  protected ErasureContract() {}

  /**
   * Returns a new, empty customer store. Called before every test and every property try.
   *
   * @return the store; not null
   */
  protected abstract CustomerStore createCustomerStore();

  /**
   * Returns a new, empty interaction store. Called before every test and every property try, after
   * {@link #createCustomerStore()}.
   *
   * @return the store; not null
   */
  protected abstract InteractionStore createInteractionStore();

  /**
   * Releases the stores made for one test or property try; the default does nothing.
   *
   * @param customerStore the customer store; not null
   * @param interactionStore the interaction store; not null
   */
  protected void closeStores(CustomerStore customerStore, InteractionStore interactionStore) {}

  /**
   * Erases a customer from both stores and returns what the interaction store counted. The default calls
   * {@code customers.erase(id)} and then {@code interactions.eraseCustomer(id)}.
   *
   * @param customerStore the customer store; not null
   * @param interactionStore the interaction store; not null
   * @param id the customer; not null
   * @return the interactions and messages removed
   */
  protected ErasedCount erase(CustomerStore customerStore, InteractionStore interactionStore, CustomerId id) {
    customerStore.erase(id);
    return interactionStore.eraseCustomer(id);
  }

  /** Creates the fixtures and fresh stores before each test. */
  @BeforeEach
  protected final void createFreshStores() {
    fx = new CimFixtures();
    customers = Objects.requireNonNull(createCustomerStore(), "createCustomerStore() returned null");
    interactions = Objects.requireNonNull(createInteractionStore(), "createInteractionStore() returned null");
  }

  /** Releases the stores after each test. */
  @AfterEach
  protected final void closeFreshStores() {
    if (customers != null && interactions != null) {
      closeStores(customers, interactions);
    }
  }

  /** One customer and everything stored of it. */
  private record Graph(Customer customer, List<Interaction> interactions, List<Message> messages) {}

  /** Everything any method of the two stores returns about one customer. */
  private record Footprint(Optional<Customer> byId, List<Optional<Customer>> byContactPoint,
      List<Optional<Interaction>> interactionsById, List<Interaction> byCustomer, List<Interaction> open,
      List<Interaction> byState, List<Interaction> byCase, List<List<Message>> messages, List<Message> timeline) {}

  private static Graph build(CimFixtures f, CustomerStore cs, InteractionStore is, int interactionCount,
      int messagesEach, List<Interaction> sharedCases) {
    Customer c = cs.create(f.customerWithEveryField());
    List<Interaction> created = new ArrayList<>();
    List<Message> messages = new ArrayList<>();
    List<Channel> channels = List.of(Channel.VOICE, Channel.CHAT, Channel.EMAIL, Channel.of("whatsapp"));
    InteractionState[] states = {InteractionState.NEW, InteractionState.QUEUED, InteractionState.ACTIVE,
        InteractionState.RESOLVED};
    for (int k = 0; k < interactionCount; k++) {
      Interaction i = k < sharedCases.size()
          ? f.interaction(c.id(), channels.get(k % channels.size()), sharedCases.get(k).caseId())
          : f.interaction(c.id(), channels.get(k % channels.size()));
      i = is.create(i);
      InteractionState target = states[k % states.length];
      if (target != InteractionState.NEW) {
        i = is.update(i.transitionTo(target, f.tick()));
      }
      created.add(i);
      for (int m = 0; m < messagesEach; m++) {
        messages.add(is.appendMessage(f.message(i.id(), f.tick())));
      }
    }
    return new Graph(c, created, messages);
  }

  private static Footprint footprint(CustomerStore cs, InteractionStore is, Graph g) {
    CustomerId id = g.customer().id();
    List<Interaction> byState = new ArrayList<>();
    for (InteractionState s : InteractionState.values()) {
      readAll("IS-7 findByState", 50, p -> is.findByState(s, p)).stream()
          .filter(i -> i.customerId().equals(id)).forEach(byState::add);
    }
    Set<Interaction> byCase = new HashSet<>();
    for (Interaction i : g.interactions()) {
      is.findByCase(i.caseId()).stream().filter(x -> x.customerId().equals(id)).forEach(byCase::add);
    }
    return new Footprint(
        cs.findById(id),
        g.customer().contactPoints().stream().map(cs::findByContactPoint).toList(),
        g.interactions().stream().map(i -> is.findById(i.id())).toList(),
        readAll("IS-5 findByCustomer", 50, p -> is.findByCustomer(id, p)),
        is.findOpenByCustomer(id),
        byState,
        byCase.stream().sorted(InteractionStoreContract.OLDEST_FIRST).toList(),
        g.interactions().stream().map(i -> readAll("IS-10 findMessages", 50, p -> is.findMessages(i.id(), p)))
            .toList(),
        readAll("IS-11 timeline", 50, p -> is.timeline(id, p)));
  }

  private static void assertNothingFound(Footprint f, String who) {
    assertThat(f.byId()).as("CS-7 findById: nothing of an erased customer (%s)", who).isEmpty();
    assertThat(f.byContactPoint()).as("CS-7 findByContactPoint: nothing of an erased customer (%s)", who)
        .allMatch(Optional::isEmpty);
    assertThat(f.interactionsById()).as("IS-12 findById: nothing of an erased customer (%s)", who)
        .allMatch(Optional::isEmpty);
    assertThat(f.byCustomer()).as("IS-12 findByCustomer: nothing of an erased customer (%s)", who).isEmpty();
    assertThat(f.open()).as("IS-12 findOpenByCustomer: nothing of an erased customer (%s)", who).isEmpty();
    assertThat(f.byState()).as("IS-12 findByState: nothing of an erased customer (%s)", who).isEmpty();
    assertThat(f.byCase()).as("IS-12 findByCase: nothing of an erased customer (%s)", who).isEmpty();
    assertThat(f.messages()).as("IS-12 findMessages: nothing of an erased customer (%s)", who)
        .allMatch(List::isEmpty);
    assertThat(f.timeline()).as("IS-12 timeline: nothing of an erased customer (%s)", who).isEmpty();
  }

  private static void assertUntouched(Footprint before, Footprint after, String who) {
    assertThat(after.byId()).as("CS-7 findById: another customer untouched (%s)", who).isEqualTo(before.byId());
    assertThat(after.byContactPoint()).as("CS-7 findByContactPoint: another customer untouched (%s)", who)
        .isEqualTo(before.byContactPoint());
    assertThat(after.interactionsById()).as("IS-12 findById: another customer untouched (%s)", who)
        .isEqualTo(before.interactionsById());
    assertThat(after.byCustomer()).as("IS-12 findByCustomer: another customer untouched (%s)", who)
        .isEqualTo(before.byCustomer());
    assertThat(after.open()).as("IS-12 findOpenByCustomer: another customer untouched (%s)", who)
        .isEqualTo(before.open());
    assertThat(after.byState()).as("IS-12 findByState: another customer untouched (%s)", who)
        .isEqualTo(before.byState());
    assertThat(after.byCase()).as("IS-12 findByCase: another customer untouched (%s)", who)
        .isEqualTo(before.byCase());
    assertThat(after.messages()).as("IS-12 findMessages: another customer untouched (%s)", who)
        .isEqualTo(before.messages());
    assertThat(after.timeline()).as("IS-12 timeline: another customer untouched (%s)", who)
        .isEqualTo(before.timeline());
  }

  @Test
  @DisplayName("CS-7/IS-12: nothing of an erased customer is found by any method of either store")
  void erasure_nothingOfErasedCustomerIsFound() {
    Graph erased = build(fx, customers, interactions, 4, 3, List.of());
    Graph other = build(fx, customers, interactions, 3, 2, erased.interactions().subList(0, 1));
    Footprint otherBefore = footprint(customers, interactions, other);
    ErasedCount count = erase(customers, interactions, erased.customer().id());
    assertThat(count).as("IS-12 eraseCustomer: counts every interaction and message of the customer")
        .isEqualTo(new ErasedCount(4, 12));
    assertNothingFound(footprint(customers, interactions, erased), "the erased customer");
    assertUntouched(otherBefore, footprint(customers, interactions, other), "a customer sharing a case");
  }

  @Test
  @DisplayName("CS-7/IS-12: an erased customer's contact points may be taken by a new customer")
  void erasure_contactPointsAreFreed() {
    Graph erased = build(fx, customers, interactions, 2, 1, List.of());
    erase(customers, interactions, erased.customer().id());
    Customer taker = customers.create(fx.customer(erased.customer().contactPoints().toArray(new ContactPoint[0])));
    for (ContactPoint cp : erased.customer().contactPoints()) {
      assertThat(customers.findByContactPoint(cp)).as("CS-7 findByContactPoint: the new holder").contains(taker);
    }
    assertThat(interactions.timeline(taker.id(), dev.cim.core.spi.PageRequest.first(10)).items())
        .as("IS-12 timeline: the new customer inherits nothing of the erased one").isEmpty();
  }

  @Test
  @DisplayName("CS-7/IS-12: erasing again removes nothing and changes nothing")
  void erasure_isIdempotent() {
    Graph erased = build(fx, customers, interactions, 2, 2, List.of());
    Graph other = build(fx, customers, interactions, 2, 2, List.of());
    erase(customers, interactions, erased.customer().id());
    Footprint otherBefore = footprint(customers, interactions, other);
    assertThat(customers.erase(erased.customer().id())).as("CS-7 erase: a second erasure returns false").isFalse();
    assertThat(interactions.eraseCustomer(erased.customer().id()))
        .as("IS-12 eraseCustomer: a second erasure returns zeros").isEqualTo(new ErasedCount(0, 0));
    assertNothingFound(footprint(customers, interactions, erased), "erased twice");
    assertUntouched(otherBefore, footprint(customers, interactions, other), "after a second erasure");
  }

  /**
   * CS-7 and IS-12 over random data: customers with random numbers of interactions and messages, some sharing cases;
   * erasing a random subset leaves nothing of them and every other customer as it was.
   *
   * @param shape for each customer, its interaction count (0 to 3) and messages per interaction (0 to 2), as
   *     {@code 3 * interactions + messages}
   * @param erasedMask which customers to erase, bit {@code i} for customer {@code i}
   */
  @Property(tries = 50)
  public void erasure_randomGraphs(@ForAll("shapes") List<Integer> shape,
      @ForAll("masks") int erasedMask) {
    CimFixtures f = new CimFixtures();
    CustomerStore cs = Objects.requireNonNull(createCustomerStore(), "createCustomerStore() returned null");
    InteractionStore is = Objects.requireNonNull(createInteractionStore(), "createInteractionStore() returned null");
    try {
      List<Graph> graphs = new ArrayList<>();
      List<Interaction> shared = new ArrayList<>();
      for (int s : shape) {
        Graph g = build(f, cs, is, s / 3, s % 3, shared.isEmpty() ? List.of() : shared.subList(0, 1));
        graphs.add(g);
        shared.addAll(g.interactions());
      }
      List<Footprint> before = graphs.stream().map(g -> footprint(cs, is, g)).toList();
      for (int k = 0; k < graphs.size(); k++) {
        if ((erasedMask & (1 << k)) != 0) {
          Graph g = graphs.get(k);
          assertThat(erase(cs, is, g.customer().id()))
              .as("IS-12 eraseCustomer: counts of customer %d", k)
              .isEqualTo(new ErasedCount(g.interactions().size(), g.messages().size()));
        }
      }
      for (int k = 0; k < graphs.size(); k++) {
        Footprint after = footprint(cs, is, graphs.get(k));
        if ((erasedMask & (1 << k)) != 0) {
          assertNothingFound(after, "customer " + k);
        } else {
          assertUntouched(before.get(k), after, "customer " + k);
        }
      }
    } finally {
      closeStores(cs, is);
    }
  }

  /**
   * Generates customer shapes for {@link #erasure_randomGraphs}.
   *
   * @return lists of 1 to 4 shapes
   */
  @Provide
  public Arbitrary<List<Integer>> shapes() {
    return Arbitraries.integers().between(0, 11).list().ofMinSize(1).ofMaxSize(4);
  }

  /**
   * Generates erasure masks for {@link #erasure_randomGraphs}.
   *
   * @return masks over 4 customers
   */
  @Provide
  public Arbitrary<Integer> masks() {
    return Arbitraries.integers().between(0, 15);
  }
}
