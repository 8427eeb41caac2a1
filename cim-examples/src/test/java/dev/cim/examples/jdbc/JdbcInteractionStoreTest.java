package dev.cim.examples.jdbc;

import dev.cim.core.spi.InteractionStore;
import dev.cim.tck.InteractionStoreContract;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** The JDBC interaction store passes the whole {@link InteractionStoreContract} on a fresh in-memory H2 database. */
class JdbcInteractionStoreTest extends InteractionStoreContract {
  private final Map<InteractionStore, DataSource> databases = new IdentityHashMap<>();

  @Override
  protected InteractionStore createStore() {
    DataSource ds = H2Databases.fresh("tck-interactions");
    InteractionStore store = new JdbcInteractionStore(ds);
    databases.put(store, ds);
    return store;
  }

  @Override
  protected void closeStore(InteractionStore store) {
    DataSource ds = databases.remove(store);
    if (ds != null) {
      H2Databases.shutdown(ds);
    }
  }
}
