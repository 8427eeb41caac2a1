package dev.cim.examples.jdbc;

import dev.cim.core.spi.ConsentStore;
import dev.cim.tck.ConsentStoreContract;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** The JDBC consent store passes the whole {@link ConsentStoreContract} on a fresh in-memory H2 database. */
class JdbcConsentStoreTest extends ConsentStoreContract {
  private final Map<ConsentStore, DataSource> databases = new IdentityHashMap<>();

  @Override
  protected ConsentStore createStore() {
    DataSource ds = H2Databases.fresh("tck-consents");
    ConsentStore store = new JdbcConsentStore(ds);
    databases.put(store, ds);
    return store;
  }

  @Override
  protected void closeStore(ConsentStore store) {
    DataSource ds = databases.remove(store);
    if (ds != null) {
      H2Databases.shutdown(ds);
    }
  }
}
