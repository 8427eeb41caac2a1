package dev.cim.benchmarks.storage;

import dev.cim.core.cache.CacheConfig;
import dev.cim.core.cache.CachingCustomerStore;
import dev.cim.core.cache.CachingInteractionStore;
import dev.cim.core.memory.InMemoryCustomerStore;
import dev.cim.core.memory.InMemoryInteractionStore;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Message;
import dev.cim.core.model.MessageId;
import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.InteractionStore;
import dev.cim.core.spi.Page;
import dev.cim.core.spi.PageRequest;
import dev.cim.examples.jdbc.JdbcStores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcConnectionPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Customer lookup by contact point and timeline first page, over the JDBC store on an in-memory H2 database, with and
 * without the Caffeine read cache; the in-memory reference store is the baseline.
 *
 * <p>The database is created in {@link #setUp()} through the stores themselves (a pooled H2 connection per call) and
 * holds {@link #customers} customers with a phone number and an email address each, 3 interactions each on different
 * channels, and 6 messages per interaction. Lookups follow a skewed popularity (a few customers call often, most
 * rarely: index = n * u^3 for uniform u), precomputed so that the benchmark loop does no random work. The cache
 * holds every key here (default bounds), so after warm-up the cached variants measure hits.
 *
 * <p>Run:
 * <pre>
 * mvn -B -q package -pl cim-benchmarks -am -DskipTests
 * java -jar cim-benchmarks/target/benchmarks.jar StorageBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class StorageBenchmark {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Channel[] CHANNELS = {Channel.VOICE, Channel.CHAT, Channel.EMAIL};
  private static final int LOOKUPS = 1 << 14;

  /** Which store answers. */
  public enum Variant {
    /** The in-memory reference store: the floor. */
    IN_MEMORY,
    /** The JDBC store on H2, every read a query. */
    JDBC,
    /** The JDBC store on H2 behind the Caffeine read cache. */
    CACHED_JDBC
  }

  /** The store under test. */
  @Param({"IN_MEMORY", "JDBC", "CACHED_JDBC"})
  public Variant variant;

  /** How many customers the database holds. */
  @Param({"2000"})
  public int customers;

  private JdbcConnectionPool pool;
  private CustomerStore customerStore;
  private InteractionStore interactionStore;
  private ContactPoint[] lookupPoints;
  private CustomerId[] lookupCustomers;
  private int next;

  /** Creates the database and the stores, and fills them. */
  @Setup(Level.Trial)
  public void setUp() {
    switch (variant) {
      case IN_MEMORY -> {
        customerStore = new InMemoryCustomerStore();
        interactionStore = new InMemoryInteractionStore();
      }
      case JDBC, CACHED_JDBC -> {
        pool = JdbcConnectionPool.create("jdbc:h2:mem:bench-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        pool.setMaxConnections(8);
        JdbcStores stores = JdbcStores.create(pool);
        stores.createSchema();
        customerStore = stores.customers();
        interactionStore = stores.interactions();
        if (variant == Variant.CACHED_JDBC) {
          customerStore = CachingCustomerStore.wrap(customerStore, CacheConfig.ofDefaults());
          interactionStore = CachingInteractionStore.wrap(interactionStore, CacheConfig.ofDefaults());
        }
      }
      default -> throw new IllegalStateException("unknown variant " + variant);
    }
    List<ContactPoint> points = new ArrayList<>();
    List<CustomerId> ids = new ArrayList<>();
    long message = 0;
    for (int c = 0; c < customers; c++) {
      CustomerId id = CustomerId.of(String.format(Locale.ROOT, "cust-%06d", c));
      ContactPoint phone = ContactPoint.phone(String.format(Locale.ROOT, "+44207%07d", c));
      ContactPoint email = ContactPoint.email("customer" + c + "@example.com");
      customerStore.create(Customer.create(id, T0, phone, email).withDisplayName("Customer " + c));
      points.add(c % 2 == 0 ? phone : email);
      ids.add(id);
      for (int i = 0; i < 3; i++) {
        Instant opened = T0.plusSeconds(c * 60L + i * 3600L);
        InteractionId iid = InteractionId.of(id.value() + "-i" + i);
        interactionStore.create(Interaction.open(iid, id, CHANNELS[i], CaseId.of(id.value() + "-k"), opened));
        for (int m = 0; m < 6; m++) {
          interactionStore.appendMessage(Message.of(MessageId.of("m" + message++), iid,
              m % 2 == 0 ? AuthorRole.CUSTOMER : AuthorRole.AGENT, "message number " + m + " about my order",
              opened.plusSeconds(m * 20L)));
        }
      }
    }
    SplittableRandom random = new SplittableRandom(42);
    lookupPoints = new ContactPoint[LOOKUPS];
    lookupCustomers = new CustomerId[LOOKUPS];
    for (int i = 0; i < LOOKUPS; i++) {
      double u = random.nextDouble();
      int k = (int) (customers * u * u * u);
      lookupPoints[i] = points.get(k);
      lookupCustomers[i] = ids.get(k);
    }
  }

  /** Drops the database. */
  @TearDown(Level.Trial)
  public void tearDown() {
    if (pool != null) {
      pool.dispose();
    }
  }

  /**
   * Finds a customer by one of its contact points: what every inbound contact does first.
   *
   * @return the customer, so that the work is not eliminated
   */
  @Benchmark
  public Optional<Customer> findByContactPoint() {
    return customerStore.findByContactPoint(lookupPoints[next++ & (LOOKUPS - 1)]);
  }

  /**
   * Reads the first page (20 messages) of a customer's cross-channel timeline: what an agent's screen shows first.
   *
   * @return the page, so that the work is not eliminated
   */
  @Benchmark
  public Page<Message> timelineFirstPage() {
    return interactionStore.timeline(lookupCustomers[next++ & (LOOKUPS - 1)], PageRequest.first(20));
  }
}
