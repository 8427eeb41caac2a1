/**
 * The storage SPI: the interfaces a host implements over its own database ({@link dev.cim.core.spi.CustomerStore},
 * {@link dev.cim.core.spi.InteractionStore}, {@link dev.cim.core.spi.AgentStore}).
 *
 * <p>Each interface states its contract as numbered rules ({@code CS-4}, {@code IS-11}, ...) that the {@code cim-tck}
 * module checks, citing the rule in each test's name. Writes use optimistic concurrency: every stored entity carries a
 * version, and a write with a stale version throws {@link dev.cim.core.spi.VersionConflictException} and writes
 * nothing. Queries that can return many items are paginated by cursor ({@link dev.cim.core.spi.PageRequest},
 * {@link dev.cim.core.spi.Page}). The in-memory implementations in {@code dev.cim.core.memory} are the reference.
 *
 * <h2>Rules common to every store</h2>
 * <ul>
 *   <li>Paging: a page holds at most the requested number of items; the last page has no next cursor, even when it
 *       is full (a SQL store fetches one row more than the page size to know). A cursor is a position: a store may
 *       accept a cursor issued by another instance over the same data.
 *   <li>Ordering by id means {@link java.lang.String#compareTo} order (a SQL store needs a binary collation, such as
 *       {@code COLLATE "C"} on PostgreSQL).
 *   <li>Times are returned exactly as stored, to the nanosecond (SQL {@code TIMESTAMP} columns keep microseconds:
 *       keep the nanoseconds in a column of their own, or store epoch nanoseconds).
 *   <li>The stores are independent: an interaction store must not require its customers to exist in a customer
 *       store (no foreign key across stores), and erasing a customer means erasing it from each store.
 *   <li>After a {@link dev.cim.core.spi.StoreException} from a create, retrying the same create either succeeds or,
 *       if someone changed the entity meanwhile, throws {@link dev.cim.core.spi.DuplicateEntityException}: read it
 *       then.
 * </ul>
 */
package dev.cim.core.spi;
