package dev.cim.examples.jdbc;

import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.InteractionStore;
import dev.cim.tck.ErasureContract;
import javax.sql.DataSource;

/**
 * The JDBC stores pass the whole {@link ErasureContract}, erasing through {@link CustomerStore#erase} and then
 * {@link InteractionStore#eraseCustomer}; both stores of a test share one fresh database.
 */
class JdbcErasureTest extends ErasureContract {
  DataSource ds;

  @Override
  protected CustomerStore createCustomerStore() {
    ds = H2Databases.fresh("tck-erasure");
    return new JdbcCustomerStore(ds);
  }

  @Override
  protected InteractionStore createInteractionStore() {
    return new JdbcInteractionStore(ds);
  }

  @Override
  protected void closeStores(CustomerStore customerStore, InteractionStore interactionStore) {
    H2Databases.shutdown(ds);
  }
}
