/**
 * The cim test kit: abstract JUnit 5 contract tests that every implementation of the storage SPI must pass.
 *
 * <p>Start with the contract class of the interface you implement: {@link dev.cim.tck.CustomerStoreContract}
 * (rules CS-1 to CS-10 of {@link dev.cim.core.spi.CustomerStore}), {@link dev.cim.tck.InteractionStoreContract}
 * (IS-1 to IS-15 of {@link dev.cim.core.spi.InteractionStore}), {@link dev.cim.tck.AgentStoreContract} (AS-1 to AS-9
 * of {@link dev.cim.core.spi.AgentStore}), {@link dev.cim.tck.ConsentStoreContract} (CO-1 to CO-8 of
 * {@link dev.cim.core.spi.ConsentStore}) and {@link dev.cim.tck.ErasureContract} (erasure across a customer store and
 * an interaction store). Extend it in your test folder, return a fresh, empty store from its {@code createStore()}
 * hook, and run your tests: every contract test and jqwik property runs against your store.
 *
 * <pre>{@code
 * class MyCustomerStoreTest extends CustomerStoreContract {
 *   @Override protected CustomerStore createStore() { return new MyCustomerStore(freshDatabase()); }
 * }
 * }</pre>
 *
 * <p>Test names cite the rule they check ({@code cs4_contactPointBelongsToOneCustomer}), display names state it as a
 * sentence ({@code CS-4: ...}), and every failure message starts with the rule and the SPI method that broke, such as
 * {@code [IS-5 findByCustomer: newest first, every one exactly once, pages of 2]}. Capability hooks with safe defaults
 * ({@code supportsConcurrentWriters()}, {@code concurrentWriters()}) and a {@code closeStore} hook adapt the kit to a
 * store. {@link dev.cim.tck.CimFixtures} builds valid entities with unique ids, {@link dev.cim.tck.MutableClock} gives
 * virtual time, and {@link dev.cim.tck.CimAssertions} reads paginated queries to the end.
 *
 * <p>Add {@code dev.cim:cim-tck} at {@code test} scope; it brings JUnit Jupiter's API, AssertJ and jqwik at compile
 * scope. Your build needs the JUnit Platform engines for Jupiter and jqwik on the test class path (for example
 * {@code org.junit.jupiter:junit-jupiter} and {@code net.jqwik:jqwik}).
 */
package dev.cim.tck;
