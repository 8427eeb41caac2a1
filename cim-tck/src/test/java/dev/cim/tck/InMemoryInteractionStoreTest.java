package dev.cim.tck;

import dev.cim.core.memory.InMemoryInteractionStore;
import dev.cim.core.spi.InteractionStore;

/** Calibration: the reference {@link InMemoryInteractionStore} passes the whole {@link InteractionStoreContract}. */
class InMemoryInteractionStoreTest extends InteractionStoreContract {
  @Override
  protected InteractionStore createStore() {
    return new InMemoryInteractionStore();
  }
}
