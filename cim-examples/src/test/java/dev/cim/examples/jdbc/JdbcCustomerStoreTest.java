package dev.cim.examples.jdbc;

import dev.cim.core.spi.CustomerStore;
import dev.cim.tck.CustomerStoreContract;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** The JDBC customer store passes the whole {@link CustomerStoreContract} on a fresh in-memory H2 database. */
class JdbcCustomerStoreTest extends CustomerStoreContract {
  private final Map<CustomerStore, DataSource> databases = new IdentityHashMap<>();

  @Override
  protected CustomerStore createStore() {
    DataSource ds = H2Databases.fresh("tck-customers");
    CustomerStore store = new JdbcCustomerStore(ds);
    databases.put(store, ds);
    return store;
  }

  @Override
  protected void closeStore(CustomerStore store) {
    DataSource ds = databases.remove(store);
    if (ds != null) {
      H2Databases.shutdown(ds);
    }
  }
}
