package dev.cim.tck;

import dev.cim.core.memory.InMemoryCustomerStore;
import dev.cim.core.memory.InMemoryInteractionStore;
import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.InteractionStore;

/** Calibration: the reference in-memory stores pass the whole {@link ErasureContract}. */
class InMemoryErasureTest extends ErasureContract {
  @Override
  protected CustomerStore createCustomerStore() {
    return new InMemoryCustomerStore();
  }

  @Override
  protected InteractionStore createInteractionStore() {
    return new InMemoryInteractionStore();
  }
}
