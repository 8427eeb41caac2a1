package dev.cim.examples.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cim.core.memory.InMemoryAgentStore;
import dev.cim.core.memory.InMemoryCustomerStore;
import dev.cim.core.memory.InMemoryInteractionStore;
import dev.cim.examples.jdbc.JdbcStores;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * The main job: a simulated day of a contact center, run through cim's public API. See {@link DemoOptions#USAGE}.
 *
 * <p>Run it with {@code ./demo.sh} from the repository root.
 */
public final class Demo {
  private Demo() {}

  /**
   * Runs the demo and exits with its status: 0 on success, 2 on a bad command line.
   *
   * @param args the command line; see {@code --help}
   */
  public static void main(String[] args) {
    int status = run(System.out, System.err, args);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the demo.
   *
   * @param out where results go; not null
   * @param err where errors go; not null
   * @param args the command line
   * @return the exit status: 0 on success, 2 on a bad command line
   */
  public static int run(PrintStream out, PrintStream err, String... args) {
    DemoOptions options;
    try {
      options = DemoOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("demo: " + e.getMessage());
      err.println("Run with --help for the options.");
      return 2;
    }
    if (options.help()) {
      out.println(DemoOptions.USAGE);
      return 0;
    }
    long start = System.nanoTime();
    Scenario scenario = new Scenario(options.seed(), options.customers(), options.agents());
    DaySimulation simulation;
    if (options.store().equals("h2")) {
      // An embedded, in-memory H2 database through the JDBC store: the same SPI a host implements.
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL("jdbc:h2:mem:cim-demo-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
      JdbcStores stores = JdbcStores.create(JdbcConnectionPool.create(ds));
      stores.createSchema();
      simulation = new DaySimulation(scenario, options.seed(), stores.customers(), stores.interactions(),
          stores.agents());
    } else {
      simulation = new DaySimulation(scenario, options.seed(), new InMemoryCustomerStore(),
          new InMemoryInteractionStore(), new InMemoryAgentStore());
    }
    if (!options.json()) {
      out.printf("cim demo: one day of a contact center, %d customers, %d agents, seed %d, %s store, virtual time%n%n",
          options.customers(), options.agents(), options.seed(), options.store().equals("h2") ? "H2 (JDBC)"
              : "in-memory");
      out.println("== THE DAY, HOUR BY HOUR ==");
    }
    DayReport report = simulation.run(options.json() ? null : out);
    long wallMillis = (System.nanoTime() - start) / 1_000_000;
    if (options.json()) {
      try {
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(report.toJson(options, scenario)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      report.printText(out, options, scenario, wallMillis);
    }
    if (options.html().isPresent()) {
      try {
        HtmlReport.write(options.html().get(), report, options, scenario);
      } catch (IOException e) {
        err.println("demo: cannot write " + options.html().get() + ": " + e.getMessage());
        return 1;
      }
      if (!options.json()) {
        out.println("HTML report written to " + options.html().get());
      }
    }
    return 0;
  }
}
