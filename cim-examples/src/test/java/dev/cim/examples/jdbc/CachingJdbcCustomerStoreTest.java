package dev.cim.examples.jdbc;

import dev.cim.core.cache.CacheConfig;
import dev.cim.core.cache.CachingCustomerStore;
import dev.cim.core.spi.CustomerStore;
import dev.cim.tck.CustomerStoreContract;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * {@link CachingCustomerStore} around the JDBC store passes the whole {@link CustomerStoreContract} on a fresh
 * in-memory H2 database, with a cache small enough to evict during the tests.
 */
class CachingJdbcCustomerStoreTest extends CustomerStoreContract {
  private static final CacheConfig SMALL = CacheConfig.custom().maximumSize(16).executor(Runnable::run).build();
  private final Map<CustomerStore, DataSource> databases = new IdentityHashMap<>();

  @Override
  protected CustomerStore createStore() {
    DataSource ds = H2Databases.fresh("tck-cached-customers");
    CustomerStore store = CachingCustomerStore.wrap(new JdbcCustomerStore(ds), SMALL);
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
