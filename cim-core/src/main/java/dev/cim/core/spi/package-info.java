/**
 * The storage SPI: the interfaces a host implements over its own database ({@link dev.cim.core.spi.CustomerStore},
 * {@link dev.cim.core.spi.InteractionStore}, {@link dev.cim.core.spi.AgentStore}).
 *
 * <p>Each interface states its contract as numbered rules ({@code CS-4}, {@code IS-11}, ...) that the {@code cim-tck}
 * module checks, citing the rule in each test's name. Writes use optimistic concurrency: every stored entity carries a
 * version, and a write with a stale version throws {@link dev.cim.core.spi.VersionConflictException} and writes
 * nothing. Queries that can return many items are paginated by cursor ({@link dev.cim.core.spi.PageRequest},
 * {@link dev.cim.core.spi.Page}). The in-memory implementations in {@code dev.cim.core.memory} are the reference.
 */
package dev.cim.core.spi;
