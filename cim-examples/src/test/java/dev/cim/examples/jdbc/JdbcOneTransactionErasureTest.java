package dev.cim.examples.jdbc;

import dev.cim.core.model.CustomerId;
import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.InteractionStore;
import dev.cim.core.spi.InteractionStore.ErasedCount;
import dev.cim.tck.ErasureContract;

/** The JDBC stores pass the whole {@link ErasureContract} erasing through {@link JdbcStores#eraseCustomer}. */
class JdbcOneTransactionErasureTest extends JdbcErasureTest {
  @Override
  protected ErasedCount erase(CustomerStore customerStore, InteractionStore interactionStore, CustomerId id) {
    JdbcStores.Erasure e = JdbcStores.create(ds).eraseCustomer(id);
    return new ErasedCount(e.interactions(), e.messages());
  }
}
