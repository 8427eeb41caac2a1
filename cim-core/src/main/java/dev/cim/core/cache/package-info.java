/**
 * Caffeine read caches for any implementation of the storage SPI.
 *
 * <p>Start here: wrap a store with {@link dev.cim.core.cache.CachingCustomerStore#wrap},
 * {@link dev.cim.core.cache.CachingInteractionStore#wrap} or {@link dev.cim.core.cache.CachingAgentStore#wrap}, bounded
 * by a {@link dev.cim.core.cache.CacheConfig}. The decorators cache lookups by id and by contact point, and the first
 * page of each customer's timeline; every write goes to the wrapped store and then invalidates what it changed, so a
 * decorator never returns a value older than its own last write. Writes by other processes are seen after at most
 * {@link dev.cim.core.cache.CacheConfig#expireAfterWrite()}. Each decorator reports Caffeine's hit and miss statistics.
 */
package dev.cim.core.cache;
