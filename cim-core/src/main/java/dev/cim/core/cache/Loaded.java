package dev.cim.core.cache;

/**
 * A cached value and the epoch read just before it was loaded from the store. A value whose epoch is older than the
 * current one may predate a write that could not name its key, and is loaded again. Not API.
 *
 * @param value the value; not null
 * @param epoch the epoch read before the load
 */
record Loaded<V>(V value, long epoch) {}
