package dev.cim.examples.jdbc;

import dev.cim.core.spi.MergeStore;
import dev.cim.tck.MergeStoreContract;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** The JDBC merge store passes the whole {@link MergeStoreContract} on a fresh in-memory H2 database. */
class JdbcMergeStoreTest extends MergeStoreContract {
  private final Map<MergeStore, DataSource> databases = new IdentityHashMap<>();

  @Override
  protected MergeStore createStore() {
    DataSource ds = H2Databases.fresh("tck-merges");
    MergeStore store = new JdbcMergeStore(ds);
    databases.put(store, ds);
    return store;
  }

  @Override
  protected void closeStore(MergeStore store) {
    DataSource ds = databases.remove(store);
    if (ds != null) {
      H2Databases.shutdown(ds);
    }
  }
}
