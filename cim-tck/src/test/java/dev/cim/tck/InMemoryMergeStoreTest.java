package dev.cim.tck;

import dev.cim.core.memory.InMemoryMergeStore;
import dev.cim.core.spi.MergeStore;

/** Calibration: the reference {@link InMemoryMergeStore} passes the whole {@link MergeStoreContract}. */
class InMemoryMergeStoreTest extends MergeStoreContract {
  @Override
  protected MergeStore createStore() {
    return new InMemoryMergeStore();
  }
}
