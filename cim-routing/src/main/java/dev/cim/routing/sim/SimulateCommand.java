package dev.cim.routing.sim;

import java.io.IOException;
import dev.cim.routing.internal.Cli;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Command line: runs a scenario file through the simulator and prints the results.
 *
 * <pre>
 * java -cp ... dev.cim.routing.sim.SimulateCommand (scenario.json | --example) [--json] [--replications N] [--seed S]
 * </pre>
 *
 * <p>Prints a table (or JSON with {@code --json}) to standard output. Exit status 0 on success, 2 for bad arguments
 * or a bad scenario (the message names the JSON path and the reason), 1 if the file cannot be read.
 *
 * <p>Not thread-safe (it writes to the streams it is given); each call is independent.
 *
 * @since 0.1.0
 */
public final class SimulateCommand {

  private SimulateCommand() {}

  /**
   * Runs the command and exits with its status.
   *
   * @param args the arguments; not null
   */
  public static void main(String[] args) {
    Cli.exit(args, SimulateCommand::run);
  }

  /**
   * Runs the command in-process.
   *
   * @param args the arguments; not null
   * @param out where results go; not null
   * @param err where errors and usage go; not null
   * @return the exit status: 0 success, 1 file not readable, 2 bad arguments or scenario
   * @throws NullPointerException if an argument is null
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    String file = null;
    boolean json = false;
    boolean example = false;
    Integer replications = null;
    Long seed = null;
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--json" -> json = true;
          case "--example" -> example = true;
          case "--replications" -> replications =
              (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Cli.whole(Cli.value(args, ++i, a), a)));
          case "--seed" -> seed = Cli.whole(Cli.value(args, ++i, a), a);
          case "-h", "--help" -> {
            usage(out);
            return 0;
          }
          default -> {
            if (a.startsWith("-") || file != null) {
              throw new IllegalArgumentException("unknown argument '" + a + "'");
            }
            file = a;
          }
        }
      }
      if ((file == null) == !example) {
        throw new IllegalArgumentException("give either a scenario file or --example");
      }
      ScenarioFile s = example ? ScenarioJson.example() : ScenarioJson.read(Path.of(file));
      ScenarioFile run = new ScenarioFile(s.scenario(), replications != null ? replications : s.replications(),
          seed != null ? seed : s.seed(), s.confidence());
      long start = System.nanoTime();
      SimulationReport report = run.run();
      double secs = (System.nanoTime() - start) / 1e9;
      if (json) {
        out.println(report.toJson());
      } else {
        out.print(report.table());
        long contacts = report.runs().stream().mapToLong(Replication::contacts).sum();
        out.printf(Locale.ROOT, "%n%d contacts in %d replications simulated in %.2f s (seed %d)%n", contacts,
            report.replications(), secs, run.seed());
      }
      return 0;
    } catch (ScenarioFormatException e) {
      err.println(e.getMessage());
      return 2;
    } catch (NoSuchFileException e) {
      err.println("scenario file not found: " + e.getFile());
      return 1;
    } catch (IOException e) {
      err.println("cannot read scenario file '" + file + "': " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      usage(err);
      return 2;
    }
  }

  private static void usage(PrintStream p) {
    p.println("usage: SimulateCommand (scenario.json | --example) [--json] [--replications N] [--seed S]");
  }
}
