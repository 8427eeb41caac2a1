/**
 * The in-memory reference implementations of the storage SPI: {@link dev.cim.core.memory.InMemoryCustomerStore},
 * {@link dev.cim.core.memory.InMemoryInteractionStore} and {@link dev.cim.core.memory.InMemoryAgentStore}.
 *
 * <p>Start here for tests, demos and single-process hosts that need no durability: create a store with its no-arg
 * constructor and hand it to cim. Each store implements every numbered rule of its interface in
 * {@link dev.cim.core.spi} (and passes the {@code cim-tck} kit, which is the executable form of those rules), so it is
 * also the reference to compare a host's own implementation against.
 *
 * <p>All three stores are thread-safe: each guards its data with one read-write lock, so reads run in parallel and
 * every write is atomic. Queries use sorted indexes (per customer, per state, per case, per interaction) and keyset
 * cursors; none scans all data. Nothing is persisted.
 */
package dev.cim.core.memory;
