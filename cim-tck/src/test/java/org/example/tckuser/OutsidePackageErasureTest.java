package org.example.tckuser;

import dev.cim.core.memory.InMemoryCustomerStore;
import dev.cim.core.memory.InMemoryInteractionStore;
import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.InteractionStore;
import dev.cim.tck.ErasureContract;

/** Guards the kit's visibility: top-level contract tests run in a subclass in another package. */
class OutsidePackageErasureTest extends ErasureContract {
  @Override
  protected CustomerStore createCustomerStore() {
    return new InMemoryCustomerStore();
  }

  @Override
  protected InteractionStore createInteractionStore() {
    return new InMemoryInteractionStore();
  }
}
