package dev.cim.tck;

import dev.cim.core.memory.InMemoryAgentStore;
import dev.cim.core.spi.AgentStore;

/** Calibration: the reference {@link InMemoryAgentStore} passes the whole {@link AgentStoreContract}. */
class InMemoryAgentStoreTest extends AgentStoreContract {
  @Override
  protected AgentStore createStore() {
    return new InMemoryAgentStore();
  }
}
