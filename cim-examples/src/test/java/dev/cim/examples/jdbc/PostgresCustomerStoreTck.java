package dev.cim.examples.jdbc;

import dev.cim.core.spi.CustomerStore;
import dev.cim.tck.CustomerStoreContract;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The JDBC customer store on PostgreSQL against the whole {@link CustomerStoreContract}; see
 * {@link PostgresDatabases}.
 */
class PostgresCustomerStoreTck extends CustomerStoreContract {
  private final Map<CustomerStore, DataSource> databases = new IdentityHashMap<>();

  @Override
  protected CustomerStore createStore() {
    DataSource ds = PostgresDatabases.fresh();
    CustomerStore store = new JdbcCustomerStore(ds);
    databases.put(store, ds);
    return store;
  }

  @Override
  protected void closeStore(CustomerStore store) {
    DataSource ds = databases.remove(store);
    if (ds != null) {
      PostgresDatabases.drop(ds);
    }
  }
}
