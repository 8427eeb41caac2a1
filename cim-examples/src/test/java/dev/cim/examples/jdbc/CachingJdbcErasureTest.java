package dev.cim.examples.jdbc;

import dev.cim.core.cache.CacheConfig;
import dev.cim.core.cache.CachingCustomerStore;
import dev.cim.core.cache.CachingInteractionStore;
import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.InteractionStore;
import dev.cim.tck.ErasureContract;
import javax.sql.DataSource;

/** The caching decorators around the JDBC stores pass the whole {@link ErasureContract} on H2. */
class CachingJdbcErasureTest extends ErasureContract {
  private static final CacheConfig SMALL = CacheConfig.custom().maximumSize(16).executor(Runnable::run).build();
  private DataSource ds;

  @Override
  protected CustomerStore createCustomerStore() {
    ds = H2Databases.fresh("tck-cached-erasure");
    return CachingCustomerStore.wrap(new JdbcCustomerStore(ds), SMALL);
  }

  @Override
  protected InteractionStore createInteractionStore() {
    return CachingInteractionStore.wrap(new JdbcInteractionStore(ds), SMALL);
  }

  @Override
  protected void closeStores(CustomerStore customerStore, InteractionStore interactionStore) {
    H2Databases.shutdown(ds);
  }
}
