package dev.cim.examples.jdbc;

import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.InteractionStore;
import dev.cim.tck.ErasureContract;
import javax.sql.DataSource;

/** The JDBC stores on PostgreSQL against the whole {@link ErasureContract}; see {@link PostgresDatabases}. */
class PostgresErasureTck extends ErasureContract {
  private DataSource ds;

  @Override
  protected CustomerStore createCustomerStore() {
    ds = PostgresDatabases.fresh();
    return new JdbcCustomerStore(ds);
  }

  @Override
  protected InteractionStore createInteractionStore() {
    return new JdbcInteractionStore(ds);
  }

  @Override
  protected void closeStores(CustomerStore customerStore, InteractionStore interactionStore) {
    PostgresDatabases.drop(ds);
  }
}
