package dev.cim.examples.jdbc;

import dev.cim.core.model.CustomerId;
import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.InteractionStore;
import dev.cim.core.spi.InteractionStore.ErasedCount;
import dev.cim.tck.ErasureContract;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;

/** The JDBC stores pass the whole {@link ErasureContract}, erasing store by store and in one transaction. */
class JdbcErasureTest {

  /** Shared database handling: both stores of one test share one fresh database. */
  abstract static class OnH2 extends ErasureContract {
    DataSource ds;

    @Override
    protected CustomerStore createCustomerStore() {
      ds = H2Databases.fresh("tck-erasure");
      return new JdbcCustomerStore(ds);
    }

    @Override
    protected InteractionStore createInteractionStore() {
      return new JdbcInteractionStore(ds);
    }

    @Override
    protected void closeStores(CustomerStore customerStore, InteractionStore interactionStore) {
      H2Databases.shutdown(ds);
    }
  }

  /** Erasure through {@link CustomerStore#erase} and then {@link InteractionStore#eraseCustomer}. */
  @Nested
  class StoreByStore extends OnH2 {}

  /** Erasure through {@link JdbcStores#eraseCustomer}, one transaction for everything. */
  @Nested
  class OneTransaction extends OnH2 {
    @Override
    protected ErasedCount erase(CustomerStore customerStore, InteractionStore interactionStore, CustomerId id) {
      JdbcStores.Erasure e = JdbcStores.create(ds).eraseCustomer(id);
      return new ErasedCount(e.interactions(), e.messages());
    }
  }
}
