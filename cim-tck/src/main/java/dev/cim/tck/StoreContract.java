package dev.cim.tck;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the store contracts share: the hooks an integrator implements, the store and fixtures of each test, and the
 * capability flag for concurrency. Extend {@link CustomerStoreContract}, {@link InteractionStoreContract},
 * {@link AgentStoreContract}, {@link MergeStoreContract} or {@link ConsentStoreContract}, not this class.
 *
 * <p>Each test and each property try gets a fresh store from {@link #createStore()} and gives it back to
 * {@link #closeStore(Object)}. Not thread-safe: JUnit runs one test of an instance at a time.
 *
 * @param <S> the store interface under test
 */
public abstract class StoreContract<S> {

  /** The store under test, fresh for each test; set before each test. */
  protected S store;
  /** The fixtures for this test, with their own clock; set before each test. */
  protected CimFixtures fx;

  /** Creates the contract; called by JUnit through the subclass. */
  protected StoreContract() {}

  /**
   * Returns a new, empty store. Called before every test and every property try.
   *
   * @return the store; not null
   */
  protected abstract S createStore();

  /**
   * Releases a store made by {@link #createStore()}. Called after every test and every property try; the default
   * does nothing.
   *
   * @param store the store; not null
   */
  protected void closeStore(S store) {}

  /**
   * Tells whether the store may be called from many threads at once (the last rule of each SPI: CS-10, IS-15,
   * AS-9, MS-12, CO-8). Return false to skip the concurrency tests; the default is true.
   *
   * @return true to run the concurrency tests
   */
  protected boolean supportsConcurrentWriters() {
    return true;
  }

  /**
   * Returns how many threads the concurrency tests use; the default is 8.
   *
   * @return the number of threads, at least 2
   */
  protected int concurrentWriters() {
    return 8;
  }

  /** Creates the fixtures and a fresh store before each test. */
  @BeforeEach
  protected final void createFreshStore() {
    fx = new CimFixtures();
    store = Objects.requireNonNull(createStore(), "createStore() returned null");
  }

  /** Releases the store after each test. */
  @AfterEach
  protected final void closeFreshStore() {
    if (store != null) {
      closeStore(store);
    }
  }

  /**
   * Skips the calling test, naming the hook to override, when the store does not support concurrent writers.
   *
   * @param rule the rule the test checks, for the message; not null
   */
  protected final void assumeConcurrency(String rule) {
    assumeThat(supportsConcurrentWriters())
        .as("override supportsConcurrentWriters() to return true to run " + rule)
        .isTrue();
  }
}
