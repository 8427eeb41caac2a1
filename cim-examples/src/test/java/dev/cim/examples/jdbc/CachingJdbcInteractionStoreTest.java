package dev.cim.examples.jdbc;

import dev.cim.core.cache.CacheConfig;
import dev.cim.core.cache.CachingInteractionStore;
import dev.cim.core.spi.InteractionStore;
import dev.cim.tck.InteractionStoreContract;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * {@link CachingInteractionStore} around the JDBC store passes the whole {@link InteractionStoreContract} on a fresh
 * in-memory H2 database, with a cache small enough to evict during the tests.
 */
class CachingJdbcInteractionStoreTest extends InteractionStoreContract {
  private static final CacheConfig SMALL = CacheConfig.custom().maximumSize(16).executor(Runnable::run).build();
  private final Map<InteractionStore, DataSource> databases = new IdentityHashMap<>();

  @Override
  protected InteractionStore createStore() {
    DataSource ds = H2Databases.fresh("tck-cached-interactions");
    InteractionStore store = CachingInteractionStore.wrap(new JdbcInteractionStore(ds), SMALL);
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
