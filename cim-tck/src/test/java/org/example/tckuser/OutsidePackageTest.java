package org.example.tckuser;

import dev.cim.core.memory.InMemoryAgentStore;
import dev.cim.core.spi.AgentStore;
import dev.cim.tck.AgentStoreContract;

/**
 * Guards the kit's visibility: a subclass in an integrator's own package inherits every test, the {@code @Nested}
 * groups and the jqwik properties included.
 */
class OutsidePackageTest extends AgentStoreContract {
  @Override
  protected AgentStore createStore() {
    return new InMemoryAgentStore();
  }
}
