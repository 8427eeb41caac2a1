package dev.cim.examples.jdbc;

import dev.cim.core.spi.ConsentStore;
import dev.cim.tck.ConsentStoreContract;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The JDBC consent store on PostgreSQL against the whole {@link ConsentStoreContract}; see
 * {@link PostgresDatabases}.
 */
class PostgresConsentStoreTck extends ConsentStoreContract {
  private final Map<ConsentStore, DataSource> databases = new IdentityHashMap<>();

  @Override
  protected ConsentStore createStore() {
    DataSource ds = PostgresDatabases.fresh();
    ConsentStore store = new JdbcConsentStore(ds);
    databases.put(store, ds);
    return store;
  }

  @Override
  protected void closeStore(ConsentStore store) {
    DataSource ds = databases.remove(store);
    if (ds != null) {
      PostgresDatabases.drop(ds);
    }
  }
}
