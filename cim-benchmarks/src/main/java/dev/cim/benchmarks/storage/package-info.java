/**
 * Storage benchmarks: the JDBC store on H2 with and without the Caffeine read cache, against the in-memory store.
 * Start at {@link dev.cim.benchmarks.storage.StorageBenchmark}.
 */
package dev.cim.benchmarks.storage;
