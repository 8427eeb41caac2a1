package dev.cim.tck;

import dev.cim.core.analytics.FactLog;
import dev.cim.core.memory.InMemoryFactLog;

/** Calibration: the reference {@link InMemoryFactLog} passes the whole {@link FactLogContract}. */
class InMemoryFactLogTest extends FactLogContract {
  @Override
  protected FactLog createStore() {
    return new InMemoryFactLog();
  }
}
