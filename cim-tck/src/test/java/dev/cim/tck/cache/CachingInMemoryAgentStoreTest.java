package dev.cim.tck.cache;

import dev.cim.core.cache.CachingAgentStore;
import dev.cim.core.memory.InMemoryAgentStore;
import dev.cim.core.spi.AgentStore;
import dev.cim.tck.AgentStoreContract;

/**
 * Calibration: {@link CachingAgentStore} around the in-memory reference store passes the whole
 * {@link AgentStoreContract}, with a cache small enough to evict during the tests.
 */
class CachingInMemoryAgentStoreTest extends AgentStoreContract {
  @Override
  protected AgentStore createStore() {
    return CachingAgentStore.wrap(new InMemoryAgentStore(), CacheConfigs.SMALL);
  }
}
