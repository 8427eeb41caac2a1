package dev.cim.tck;

import dev.cim.core.memory.InMemoryConsentStore;
import dev.cim.core.spi.ConsentStore;

/** Calibration: the reference {@link InMemoryConsentStore} passes the whole {@link ConsentStoreContract}. */
class InMemoryConsentStoreTest extends ConsentStoreContract {
  @Override
  protected ConsentStore createStore() {
    return new InMemoryConsentStore();
  }
}
