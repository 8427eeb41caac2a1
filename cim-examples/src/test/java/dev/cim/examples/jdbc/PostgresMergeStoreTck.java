package dev.cim.examples.jdbc;

import dev.cim.core.spi.MergeStore;
import dev.cim.tck.MergeStoreContract;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The JDBC merge store on PostgreSQL against the whole {@link MergeStoreContract}; see
 * {@link PostgresDatabases}.
 */
class PostgresMergeStoreTck extends MergeStoreContract {
  private final Map<MergeStore, DataSource> databases = new IdentityHashMap<>();

  @Override
  protected MergeStore createStore() {
    DataSource ds = PostgresDatabases.fresh();
    MergeStore store = new JdbcMergeStore(ds);
    databases.put(store, ds);
    return store;
  }

  @Override
  protected void closeStore(MergeStore store) {
    DataSource ds = databases.remove(store);
    if (ds != null) {
      PostgresDatabases.drop(ds);
    }
  }
}
