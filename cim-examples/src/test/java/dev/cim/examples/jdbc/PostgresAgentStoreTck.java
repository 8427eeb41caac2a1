package dev.cim.examples.jdbc;

import dev.cim.core.spi.AgentStore;
import dev.cim.tck.AgentStoreContract;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The JDBC agent store on PostgreSQL against the whole {@link AgentStoreContract}; see
 * {@link PostgresDatabases}.
 */
class PostgresAgentStoreTck extends AgentStoreContract {
  private final Map<AgentStore, DataSource> databases = new IdentityHashMap<>();

  @Override
  protected AgentStore createStore() {
    DataSource ds = PostgresDatabases.fresh();
    AgentStore store = new JdbcAgentStore(ds);
    databases.put(store, ds);
    return store;
  }

  @Override
  protected void closeStore(AgentStore store) {
    DataSource ds = databases.remove(store);
    if (ds != null) {
      PostgresDatabases.drop(ds);
    }
  }
}
