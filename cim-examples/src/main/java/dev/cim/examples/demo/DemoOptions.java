package dev.cim.examples.demo;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The demo's command-line options.
 *
 * @param seed the random seed; the same seed gives the same day
 * @param customers how many customers reach the center during the day, 10 to 100,000
 * @param agents how many agents work the day, 2 to 10,000
 * @param json print the results as one JSON document instead of text
 * @param html write an HTML report to this file, if given
 * @param store which store to run on: {@code memory} (default) or {@code h2}
 * @param help print the usage and exit
 */
public record DemoOptions(long seed, int customers, int agents, boolean json, Optional<Path> html, String store,
    boolean help) {

  /** The usage text {@code --help} prints. */
  public static final String USAGE = String.join("\n",
      "Usage: ./demo.sh [options]",
      "",
      "Simulates one day of a contact center on cim's real code paths (InteractionHub, in-memory stores,",
      "cim-routing, cim-sentiment) in virtual time, and prints what happened.",
      "",
      "Options:",
      "  --seed N         random seed; the same seed gives the same day (default 42)",
      "  --customers N    customers who reach the center during the day, 10..100000 (default 400)",
      "  --agents N       agents on shift, 2..10000 (default 50)",
      "  --json           print the results as one JSON document instead of text",
      "  --html FILE      also write an HTML report to FILE",
      "  --store KIND     memory (default) or h2 (an embedded H2 database through the JDBC store)",
      "  --help           print this help and exit",
      "",
      "Exit codes: 0 success, 2 bad command line.");

  /**
   * Validates the options.
   *
   * @throws IllegalArgumentException if a value is out of range
   */
  public DemoOptions {
    if (customers < 10 || customers > 100_000) {
      throw new IllegalArgumentException("--customers must be between 10 and 100000, but was " + customers);
    }
    if (agents < 2 || agents > 10_000) {
      throw new IllegalArgumentException("--agents must be between 2 and 10000, but was " + agents);
    }
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(store, "store");
    if (!store.equals("memory") && !store.equals("h2")) {
      throw new IllegalArgumentException("--store must be 'memory' or 'h2', but was '" + store + "'");
    }
  }

  /**
   * Parses command-line arguments.
   *
   * @param args the arguments; not null
   * @return the options
   * @throws IllegalArgumentException naming the flag and the value, for an unknown flag, a missing or bad value
   */
  public static DemoOptions parse(String... args) {
    long seed = 42;
    int customers = 400;
    int agents = 50;
    boolean json = false;
    Path html = null;
    String store = "memory";
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--seed" -> seed = parseLong(arg, value(args, ++i, arg));
        case "--customers" -> customers = parseInt(arg, value(args, ++i, arg));
        case "--agents" -> agents = parseInt(arg, value(args, ++i, arg));
        case "--json" -> json = true;
        case "--html" -> html = Path.of(value(args, ++i, arg));
        case "--store" -> store = value(args, ++i, arg).toLowerCase(Locale.ROOT);
        case "--help", "-h" -> help = true;
        default -> throw new IllegalArgumentException("unknown option '" + arg + "' (see --help)");
      }
    }
    return new DemoOptions(seed, customers, agents, json, Optional.ofNullable(html), store, help);
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException("option " + flag + " needs a value");
    }
    return args[i];
  }

  private static long parseLong(String flag, String v) {
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " must be a whole number, but was '" + v + "'");
    }
  }

  private static int parseInt(String flag, String v) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " must be a whole number, but was '" + v + "'");
    }
  }
}
