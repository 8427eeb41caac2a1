package dev.cim.tck.cache;

import dev.cim.core.cache.CachingCustomerStore;
import dev.cim.core.memory.InMemoryCustomerStore;
import dev.cim.core.spi.CustomerStore;
import dev.cim.tck.CustomerStoreContract;

/**
 * Calibration: {@link CachingCustomerStore} around the in-memory reference store passes the whole
 * {@link CustomerStoreContract}, with a cache small enough to evict during the tests.
 */
class CachingInMemoryCustomerStoreTest extends CustomerStoreContract {
  @Override
  protected CustomerStore createStore() {
    return CachingCustomerStore.wrap(new InMemoryCustomerStore(), CacheConfigs.SMALL);
  }
}
