package dev.cim.examples.jdbc;

import dev.cim.core.cache.CacheConfig;
import dev.cim.core.cache.CachingAgentStore;
import dev.cim.core.spi.AgentStore;
import dev.cim.tck.AgentStoreContract;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * {@link CachingAgentStore} around the JDBC store passes the whole {@link AgentStoreContract} on a fresh
 * in-memory H2 database, with a cache small enough to evict during the tests.
 */
class CachingJdbcAgentStoreTest extends AgentStoreContract {
  private static final CacheConfig SMALL = CacheConfig.custom().maximumSize(16).executor(Runnable::run).build();
  private final Map<AgentStore, DataSource> databases = new IdentityHashMap<>();

  @Override
  protected AgentStore createStore() {
    DataSource ds = H2Databases.fresh("tck-cached-agents");
    AgentStore store = CachingAgentStore.wrap(new JdbcAgentStore(ds), SMALL);
    databases.put(store, ds);
    return store;
  }

  @Override
  protected void closeStore(AgentStore store) {
    DataSource ds = databases.remove(store);
    if (ds != null) {
      H2Databases.shutdown(ds);
    }
  }
}
