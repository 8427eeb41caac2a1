package dev.cim.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.cim.core.memory.InMemoryAgentStore;
import dev.cim.core.memory.InMemoryConsentStore;
import dev.cim.core.memory.InMemoryCustomerStore;
import dev.cim.core.memory.InMemoryInteractionStore;
import dev.cim.core.model.Agent;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.Message;
import dev.cim.core.privacy.ConsentEntry;
import dev.cim.core.spi.AgentStore;
import dev.cim.core.spi.ConsentStore;
import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.EntityNotFoundException;
import dev.cim.core.spi.InteractionStore;
import dev.cim.core.spi.Page;
import dev.cim.core.spi.PageRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Checks the kit itself: run against deliberately broken stores, it must fail, and its failures must name the rule
 * and the SPI method that broke (in the style of the Reactive Streams TCK's {@code ..._shouldFailBy_...} tests).
 *
 * <p>Each broken store wraps a reference store and breaks exactly one rule. The kits below are static nested classes
 * whose names do not end in {@code Test}, so surefire does not run them on its own; this test runs them through the
 * JUnit Platform launcher.
 */
class BrokenStoreTest {
  private static final String JUPITER = "junit-jupiter";
  private static final String JQWIK = "jqwik";

  /** One failed test or property: its display name and the failure message. */
  record Failure(String test, String message) {}

  /** Runs one kit class through the launcher and returns its summary and failures. */
  private static List<Failure> runKit(Class<?> kit, TestExecutionSummary[] summaryOut, String... engines) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(kit))
        .filters(EngineFilter.includeEngines(engines)).build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    List<Failure> failures = new CopyOnWriteArrayList<>();
    TestExecutionListener collector = new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.FAILED) {
          failures.add(new Failure(id.getDisplayName(),
              result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("")));
        }
      }
    };
    launcher.execute(request, summary, collector);
    summaryOut[0] = summary.getSummary();
    return failures;
  }

  /**
   * Runs a kit on the given engines and asserts that it fails naming the rule and the method. Jupiter alone for most
   * kits: a failing jqwik property shrinks its example for up to 10 seconds, which is worth it for an integrator but
   * not in every build of the kit.
   */
  private static List<Failure> assertKitFails(Class<?> kit, String rule, String method, String... engines) {
    TestExecutionSummary[] summary = new TestExecutionSummary[1];
    List<Failure> failures = runKit(kit, summary, engines.length == 0 ? new String[] {JUPITER} : engines);
    assertThat(summary[0].getTestsFoundCount()).as("the kit found its tests for %s", kit.getSimpleName())
        .isGreaterThan(3);
    assertThat(failures).as("the kit fails against %s", kit.getSimpleName()).isNotEmpty();
    assertThat(failures).as("a failure names rule %s and method %s", rule, method)
        .anySatisfy(f -> assertThat(f.message()).contains(rule).contains(method));
    return failures;
  }

  @Test
  @DisplayName("a customer store whose update ignores versions fails CS-6, naming update")
  void customerStore_updateIgnoresVersions_shouldFailBy_cs6() {
    List<Failure> failures = assertKitFails(VersionIgnoringCustomerStoreKit.class, "CS-6", "update");
    assertThat(failures).as("every failure is about CS-6 (stale writes), not unrelated rules")
        .allSatisfy(f -> assertThat(f.test() + " " + f.message()).contains("CS-6"));
  }

  @Test
  @DisplayName("a customer store that accepts a null id in erase fails CS-9, naming erase")
  void customerStore_eraseAcceptsNull_shouldFailBy_cs9() {
    assertKitFails(NullAcceptingCustomerStoreKit.class, "CS-9", "erase(null)");
  }

  @Test
  @DisplayName("a customer store whose contact point index forgets nothing fails CS-5, naming findByContactPoint")
  void customerStore_staleContactPointIndex_shouldFailBy_cs5() {
    List<Failure> failures = assertKitFails(StaleIndexCustomerStoreKit.class, "CS-5", "findByContactPoint");
    assertThat(failures).as("the failing test is the one about removed contact points")
        .anySatisfy(f -> assertThat(f.test()).contains("removes a contact point"));
  }

  @Test
  @DisplayName("an interaction store whose timeline is oldest first fails IS-11, naming timeline")
  void interactionStore_timelineOldestFirst_shouldFailBy_is11() {
    List<Failure> failures = assertKitFails(OldestFirstTimelineKit.class, "IS-11", "timeline");
    assertThat(failures).as("the failure message says what order was expected")
        .anySatisfy(f -> assertThat(f.message()).contains("newest first"));
  }

  @Test
  @DisplayName("an agent store that pages by offset fails AS-5 when agents are created while paging")
  void agentStore_offsetPaging_shouldFailBy_as5() {
    List<Failure> failures = assertKitFails(OffsetPagingAgentStoreKit.class, "AS-5", "findAll");
    assertThat(failures).as("the failing test is the one about agents created while paging")
        .anySatisfy(f -> assertThat(f.test()).contains("created or deleted while a client pages"));
  }

  @Test
  @DisplayName("a fact log that reads in append order fails FL-5, naming read")
  void factLog_appendOrder_shouldFailBy_fl5() {
    List<Failure> failures = assertKitFails(AppendOrderFactLogKit.class, "FL-5", "read");
    assertThat(failures).as("the failing test is the one about late facts")
        .anySatisfy(f -> assertThat(f.test()).contains("late fact takes its place"));
  }

  @Test
  @DisplayName("an interaction store whose eraseCustomer erases nothing fails IS-12 in the erasure kit")
  void erasure_eraseCustomerDoesNothing_shouldFailBy_is12() {
    List<Failure> failures = assertKitFails(NonErasingKit.class, "IS-12", "eraseCustomer", JUPITER, JQWIK);
    assertThat(failures).as("the jqwik property fails too, naming the rule and method")
        .anySatisfy(f -> assertThat(f.test() + " " + f.message()).contains("randomGraphs").contains("IS-12"));
  }

  @Test
  @DisplayName("a consent store whose current returns the first entry, not the latest, fails CO-2, naming current")
  void consentStore_firstEntryWins_shouldFailBy_co2() {
    List<Failure> failures = assertKitFails(FirstEntryWinsConsentStoreKit.class, "CO-2", "current");
    assertThat(failures).as("the failing test is the one about the latest entry")
        .anySatisfy(f -> assertThat(f.test()).contains("latest entry wins"));
  }

  // --- the broken kits -----------------------------------------------------------------------------------------

  static class FirstEntryWinsConsentStoreKit extends ConsentStoreContract {
    @Override
    protected ConsentStore createStore() {
      return new FirstEntryWinsConsentStore();
    }
  }


  static class VersionIgnoringCustomerStoreKit extends CustomerStoreContract {
    @Override
    protected CustomerStore createStore() {
      return new VersionIgnoringCustomerStore();
    }
  }

  static class NullAcceptingCustomerStoreKit extends CustomerStoreContract {
    @Override
    protected CustomerStore createStore() {
      return new NullAcceptingCustomerStore();
    }
  }

  static class StaleIndexCustomerStoreKit extends CustomerStoreContract {
    @Override
    protected CustomerStore createStore() {
      return new StaleIndexCustomerStore();
    }
  }

  static class OldestFirstTimelineKit extends InteractionStoreContract {
    @Override
    protected InteractionStore createStore() {
      return new OldestFirstTimelineStore();
    }
  }

  static class OffsetPagingAgentStoreKit extends AgentStoreContract {
    @Override
    protected AgentStore createStore() {
      return new OffsetPagingAgentStore();
    }
  }

  static class AppendOrderFactLogKit extends FactLogContract {
    @Override
    protected dev.cim.core.analytics.FactLog createStore() {
      return new AppendOrderFactLog();
    }
  }

  static class NonErasingKit extends ErasureContract {
    @Override
    protected CustomerStore createCustomerStore() {
      return new InMemoryCustomerStore();
    }

    @Override
    protected InteractionStore createInteractionStore() {
      return new NonErasingInteractionStore();
    }
  }

  // --- the broken stores -----------------------------------------------------------------------------------------

  /** Breaks FL-5: read returns the window's facts in append order, not by time. */
  static final class AppendOrderFactLog implements dev.cim.core.analytics.FactLog {
    private final List<dev.cim.core.analytics.Fact> facts = new ArrayList<>();

    @Override
    public synchronized dev.cim.core.analytics.Fact append(dev.cim.core.analytics.Fact fact) {
      dev.cim.core.analytics.Fact stored = fact.withSequence(facts.size() + 1);
      facts.add(stored);
      return stored;
    }

    @Override
    public synchronized List<dev.cim.core.analytics.Fact> read(java.time.Instant from, java.time.Instant to) {
      if (from.isAfter(to)) {
        throw new IllegalArgumentException("from " + from + " is after to " + to);
      }
      return facts.stream().filter(f -> !f.at().isBefore(from) && f.at().isBefore(to)).toList();
    }

    @Override
    public synchronized long size() {
      return facts.size();
    }
  }

  /** Breaks CS-6: update overwrites whatever is stored, whatever version it carries. */
  static final class VersionIgnoringCustomerStore implements CustomerStore {
    private final InMemoryCustomerStore delegate = new InMemoryCustomerStore();

    @Override
    public Optional<Customer> findById(CustomerId id) {
      return delegate.findById(id);
    }

    @Override
    public Optional<Customer> findByContactPoint(ContactPoint contactPoint) {
      return delegate.findByContactPoint(contactPoint);
    }

    @Override
    public Customer create(Customer customer) {
      return delegate.create(customer);
    }

    @Override
    public synchronized Customer update(Customer customer) {
      Customer stored = delegate.findById(customer.id())
          .orElseThrow(() -> new EntityNotFoundException("customer", customer.id().value()));
      return delegate.update(customer.withVersion(stored.version()));
    }

    @Override
    public boolean erase(CustomerId id) {
      return delegate.erase(id);
    }
  }

  /** Breaks CS-5: findByContactPoint still finds a customer by a contact point an update removed. */
  static final class StaleIndexCustomerStore implements CustomerStore {
    private final InMemoryCustomerStore delegate = new InMemoryCustomerStore();
    private final java.util.Map<ContactPoint, CustomerId> everHeld = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public Optional<Customer> findById(CustomerId id) {
      return delegate.findById(id);
    }

    @Override
    public Optional<Customer> findByContactPoint(ContactPoint contactPoint) {
      Optional<Customer> now = delegate.findByContactPoint(contactPoint);
      if (now.isPresent()) {
        return now;
      }
      CustomerId old = everHeld.get(contactPoint);
      return old == null ? Optional.empty() : delegate.findById(old);
    }

    @Override
    public Customer create(Customer customer) {
      Customer c = delegate.create(customer);
      c.contactPoints().forEach(cp -> everHeld.put(cp, c.id()));
      return c;
    }

    @Override
    public Customer update(Customer customer) {
      Customer c = delegate.update(customer);
      c.contactPoints().forEach(cp -> everHeld.put(cp, c.id()));
      return c;
    }

    @Override
    public boolean erase(CustomerId id) {
      return delegate.erase(id);
    }
  }

  /** Breaks CS-9: erase(null) returns false instead of throwing. */
  static final class NullAcceptingCustomerStore implements CustomerStore {
    private final InMemoryCustomerStore delegate = new InMemoryCustomerStore();

    @Override
    public Optional<Customer> findById(CustomerId id) {
      return delegate.findById(id);
    }

    @Override
    public Optional<Customer> findByContactPoint(ContactPoint contactPoint) {
      return delegate.findByContactPoint(contactPoint);
    }

    @Override
    public Customer create(Customer customer) {
      return delegate.create(customer);
    }

    @Override
    public Customer update(Customer customer) {
      return delegate.update(customer);
    }

    @Override
    public boolean erase(CustomerId id) {
      return id != null && delegate.erase(id);
    }
  }

  /** Delegates every method of an interaction store; subclasses break one. */
  abstract static class DelegatingInteractionStore implements InteractionStore {
    final InMemoryInteractionStore delegate = new InMemoryInteractionStore();

    @Override
    public Optional<Interaction> findById(InteractionId id) {
      return delegate.findById(id);
    }

    @Override
    public Interaction create(Interaction interaction) {
      return delegate.create(interaction);
    }

    @Override
    public Interaction update(Interaction interaction) {
      return delegate.update(interaction);
    }

    @Override
    public Page<Interaction> findByCustomer(CustomerId customerId, PageRequest page) {
      return delegate.findByCustomer(customerId, page);
    }

    @Override
    public List<Interaction> findOpenByCustomer(CustomerId customerId) {
      return delegate.findOpenByCustomer(customerId);
    }

    @Override
    public Page<Interaction> findByState(InteractionState state, PageRequest page) {
      return delegate.findByState(state, page);
    }

    @Override
    public List<Interaction> findByCase(CaseId caseId) {
      return delegate.findByCase(caseId);
    }

    @Override
    public Message appendMessage(Message message) {
      return delegate.appendMessage(message);
    }

    @Override
    public Page<Message> findMessages(InteractionId interactionId, PageRequest page) {
      return delegate.findMessages(interactionId, page);
    }

    @Override
    public Page<Message> timeline(CustomerId customerId, PageRequest page) {
      return delegate.timeline(customerId, page);
    }

    @Override
    public ErasedCount eraseCustomer(CustomerId customerId) {
      return delegate.eraseCustomer(customerId);
    }
  }

  /** Breaks IS-11: the timeline is oldest first (and keeps the delegate's cursors, so paging still ends). */
  static final class OldestFirstTimelineStore extends DelegatingInteractionStore {
    @Override
    public Page<Message> timeline(CustomerId customerId, PageRequest page) {
      List<Message> all = new ArrayList<>();
      Page<Message> p = delegate.timeline(customerId, PageRequest.first(PageRequest.MAX_SIZE));
      all.addAll(p.items());
      while (p.hasNext()) {
        p = delegate.timeline(customerId, PageRequest.after(PageRequest.MAX_SIZE, p.nextCursor().get()));
        all.addAll(p.items());
      }
      Collections.reverse(all);
      int from = page.cursor().map(Integer::parseInt).orElse(0);
      int to = Math.min(all.size(), from + page.size());
      return new Page<>(all.subList(from, to), to < all.size() ? Optional.of(String.valueOf(to)) : Optional.empty());
    }
  }

  /** Breaks IS-12: eraseCustomer removes nothing and says so. */
  static final class NonErasingInteractionStore extends DelegatingInteractionStore {
    @Override
    public ErasedCount eraseCustomer(CustomerId customerId) {
      return new ErasedCount(0, 0);
    }
  }

  /** Breaks AS-5: findAll pages by offset, so an agent created behind the position repeats another. */
  static final class OffsetPagingAgentStore implements AgentStore {
    private final InMemoryAgentStore delegate = new InMemoryAgentStore();

    @Override
    public Optional<Agent> findById(AgentId id) {
      return delegate.findById(id);
    }

    @Override
    public Agent create(Agent agent) {
      return delegate.create(agent);
    }

    @Override
    public Agent update(Agent agent) {
      return delegate.update(agent);
    }

    @Override
    public Page<Agent> findAll(PageRequest page) {
      List<Agent> all = new ArrayList<>();
      Page<Agent> p = delegate.findAll(PageRequest.first(PageRequest.MAX_SIZE));
      all.addAll(p.items());
      while (p.hasNext()) {
        p = delegate.findAll(PageRequest.after(PageRequest.MAX_SIZE, p.nextCursor().get()));
        all.addAll(p.items());
      }
      int from;
      try {
        from = page.cursor().map(Integer::parseInt).orElse(0);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bad cursor", e);
      }
      int to = Math.min(all.size(), from + page.size());
      return new Page<>(all.subList(from, to), to < all.size() ? Optional.of(String.valueOf(to)) : Optional.empty());
    }

    @Override
    public boolean delete(AgentId id) {
      return delegate.delete(id);
    }
  }

  /** Breaks CO-2: current returns the first entry recorded for the purpose instead of the latest. */
  static final class FirstEntryWinsConsentStore implements ConsentStore {
    private final InMemoryConsentStore delegate = new InMemoryConsentStore();

    @Override
    public ConsentEntry append(ConsentEntry entry) {
      return delegate.append(entry);
    }

    @Override
    public Optional<ConsentEntry> current(ContactPoint contactPoint, String purpose) {
      String p = ConsentEntry.name("purpose", purpose);
      return delegate.history(contactPoint).stream().filter(e -> e.purpose().equals(p)).findFirst();
    }

    @Override
    public List<ConsentEntry> history(ContactPoint contactPoint) {
      return delegate.history(contactPoint);
    }

    @Override
    public long erase(ContactPoint contactPoint) {
      return delegate.erase(contactPoint);
    }
  }
}
