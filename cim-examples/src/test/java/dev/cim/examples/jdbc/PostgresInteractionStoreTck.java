package dev.cim.examples.jdbc;

import dev.cim.core.spi.InteractionStore;
import dev.cim.tck.InteractionStoreContract;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The JDBC interaction store on PostgreSQL against the whole {@link InteractionStoreContract}; see
 * {@link PostgresDatabases}.
 */
class PostgresInteractionStoreTck extends InteractionStoreContract {
  private final Map<InteractionStore, DataSource> databases = new IdentityHashMap<>();

  @Override
  protected InteractionStore createStore() {
    DataSource ds = PostgresDatabases.fresh();
    InteractionStore store = new JdbcInteractionStore(ds);
    databases.put(store, ds);
    return store;
  }

  @Override
  protected void closeStore(InteractionStore store) {
    DataSource ds = databases.remove(store);
    if (ds != null) {
      PostgresDatabases.drop(ds);
    }
  }
}
