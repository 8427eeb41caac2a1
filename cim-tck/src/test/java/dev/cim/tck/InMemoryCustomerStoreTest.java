package dev.cim.tck;

import dev.cim.core.memory.InMemoryCustomerStore;
import dev.cim.core.spi.CustomerStore;

/** Calibration: the reference {@link InMemoryCustomerStore} passes the whole {@link CustomerStoreContract}. */
class InMemoryCustomerStoreTest extends CustomerStoreContract {
  @Override
  protected CustomerStore createStore() {
    return new InMemoryCustomerStore();
  }
}
