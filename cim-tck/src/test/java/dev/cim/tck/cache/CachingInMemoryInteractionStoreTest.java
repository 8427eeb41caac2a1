package dev.cim.tck.cache;

import dev.cim.core.cache.CachingInteractionStore;
import dev.cim.core.memory.InMemoryInteractionStore;
import dev.cim.core.spi.InteractionStore;
import dev.cim.tck.InteractionStoreContract;

/**
 * Calibration: {@link CachingInteractionStore} around the in-memory reference store passes the whole
 * {@link InteractionStoreContract}, with a cache small enough to evict during the tests.
 */
class CachingInMemoryInteractionStoreTest extends InteractionStoreContract {
  @Override
  protected InteractionStore createStore() {
    return CachingInteractionStore.wrap(new InMemoryInteractionStore(), CacheConfigs.SMALL);
  }
}
