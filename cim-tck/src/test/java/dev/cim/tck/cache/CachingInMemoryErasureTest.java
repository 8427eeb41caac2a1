package dev.cim.tck.cache;

import dev.cim.core.cache.CachingCustomerStore;
import dev.cim.core.cache.CachingInteractionStore;
import dev.cim.core.memory.InMemoryCustomerStore;
import dev.cim.core.memory.InMemoryInteractionStore;
import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.InteractionStore;
import dev.cim.tck.ErasureContract;

/** Calibration: the caching decorators around the in-memory stores pass the whole {@link ErasureContract}. */
class CachingInMemoryErasureTest extends ErasureContract {
  @Override
  protected CustomerStore createCustomerStore() {
    return CachingCustomerStore.wrap(new InMemoryCustomerStore(), CacheConfigs.SMALL);
  }

  @Override
  protected InteractionStore createInteractionStore() {
    return CachingInteractionStore.wrap(new InMemoryInteractionStore(), CacheConfigs.SMALL);
  }
}
