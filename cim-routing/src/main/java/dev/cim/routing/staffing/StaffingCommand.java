package dev.cim.routing.staffing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cim.routing.internal.Cli;
import java.io.PrintStream;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;

/**
 * Command line: how many agents for this traffic and goal (Erlang C, and Erlang A when a patience is given).
 *
 * <pre>
 * java -cp ... dev.cim.routing.staffing.StaffingCommand --calls-per-hour 400 --aht 240s --target 80/20
 *     [--shrinkage 0.3] [--patience 120s] [--json]
 * </pre>
 *
 * <p>Durations: {@code 240s}, {@code 4m}, {@code 1h}, a plain number of seconds, or ISO-8601 ({@code PT4M}).
 * Targets: {@code 80/20} (80% within 20 s) or {@code asa=30}. Exit status 0 on success, 2 for bad arguments (the
 * message names the flag and the value).
 *
 * <p>Not thread-safe (it writes to the streams it is given); each call is independent.
 *
 * @since 0.1.0
 */
public final class StaffingCommand {

  private StaffingCommand() {}

  /**
   * Runs the command and exits with its status.
   *
   * @param args the arguments; not null
   */
  public static void main(String[] args) {
    Cli.exit(args, StaffingCommand::run);
  }

  /**
   * Runs the command in-process.
   *
   * @param args the arguments; not null
   * @param out where the plan goes; not null
   * @param err where errors and usage go; not null
   * @return the exit status: 0 success, 2 bad arguments
   * @throws NullPointerException if an argument is null
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Double perHour = null;
    Duration aht = null;
    ServiceGoal goal = null;
    double shrinkage = 0;
    Duration patience = null;
    boolean json = false;
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--calls-per-hour" -> perHour = Cli.number(Cli.value(args, ++i, a), a);
          case "--aht" -> aht = duration(Cli.value(args, ++i, a), a);
          case "--target" -> goal = ServiceGoal.parse(Cli.value(args, ++i, a));
          case "--shrinkage" -> shrinkage = Cli.number(Cli.value(args, ++i, a), a);
          case "--patience" -> patience = duration(Cli.value(args, ++i, a), a);
          case "--json" -> json = true;
          case "-h", "--help" -> {
            usage(out);
            return 0;
          }
          default -> throw new IllegalArgumentException("unknown argument '" + a + "'");
        }
      }
      if (perHour == null || aht == null || goal == null) {
        throw new IllegalArgumentException("--calls-per-hour, --aht and --target are required");
      }
      Traffic traffic = Traffic.perHour(perHour, aht);
      StaffingPlan plan = ErlangC.plan(traffic, goal, shrinkage);
      Integer withPatience = null;
      ErlangA.Result a = null;
      if (patience != null) {
        withPatience = ErlangA.agentsFor(traffic, patience, goal);
        a = ErlangA.evaluate(traffic, withPatience, patience, goal.time());
      }
      if (json) {
        out.println(json(plan, patience, withPatience, a));
      } else {
        out.print(plan.describe());
        if (a != null) {
          int scheduled = (int) Math.ceil(withPatience / (1 - shrinkage) - 1e-9);
          out.printf(Locale.ROOT, "%nwith abandonment (Erlang A, mean patience %.0f s)%n"
                  + "agents needed      %d%nwith shrinkage     %d%nservice level      %.1f%%%nASA                %.1f s%n"
                  + "abandoned          %.1f%%%noccupancy          %.1f%%%n",
              patience.toNanos() / 1e9, withPatience, Math.max(withPatience, scheduled), a.serviceLevel() * 100,
              a.asaSeconds(), a.probabilityOfAbandonment() * 100, a.occupancy() * 100);
        }
      }
      return 0;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      usage(err);
      return 2;
    }
  }

  private static String json(StaffingPlan p, Duration patience, Integer agentsA, ErlangA.Result a) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("erlangs", p.traffic().erlangs());
    root.put("callsPerHour", p.traffic().arrivalsPerSecond() * 3600);
    root.put("ahtSeconds", p.traffic().handleSeconds());
    root.put("goal", p.goal().toString());
    root.put("shrinkage", p.shrinkage());
    ObjectNode c = root.putObject("erlangC");
    c.put("agents", p.agents());
    c.put("scheduledAgents", p.scheduledAgents());
    c.put("probabilityOfWaiting", p.probabilityOfWaiting());
    c.put("serviceLevel", p.serviceLevel());
    c.put("asaSeconds", p.asaSeconds());
    c.put("occupancy", p.occupancy());
    if (a != null) {
      ObjectNode n = root.putObject("erlangA");
      n.put("patienceSeconds", patience.toNanos() / 1e9);
      n.put("agents", agentsA);
      n.put("scheduledAgents", Math.max(agentsA, (int) Math.ceil(agentsA / (1 - p.shrinkage()) - 1e-9)));
      n.put("probabilityOfWaiting", a.probabilityOfWaiting());
      n.put("probabilityOfAbandonment", a.probabilityOfAbandonment());
      n.put("serviceLevel", a.serviceLevel());
      n.put("asaSeconds", a.asaSeconds());
      n.put("occupancy", a.occupancy());
    }
    try {
      return mapper.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the plan as JSON", e);
    }
  }

  /**
   * Parses {@code 240s}, {@code 4m}, {@code 1h}, {@code 1500ms}, a number of seconds, or ISO-8601.
   */
  static Duration duration(String v, String flag) {
    String t = v.trim().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("pt") || t.startsWith("p")) {
        return Duration.parse(v.trim().toUpperCase(Locale.ROOT));
      }
      double scale = 1;
      if (t.endsWith("ms")) {
        scale = 0.001;
        t = t.substring(0, t.length() - 2);
      } else if (t.endsWith("s")) {
        t = t.substring(0, t.length() - 1);
      } else if (t.endsWith("m")) {
        scale = 60;
        t = t.substring(0, t.length() - 1);
      } else if (t.endsWith("h")) {
        scale = 3600;
        t = t.substring(0, t.length() - 1);
      }
      double s = Double.parseDouble(t) * scale;
      if (!Double.isFinite(s) || s < 0 || s > 1e9) {
        throw new NumberFormatException();
      }
      return Duration.ofNanos(Math.round(s * 1e9));
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(flag + " must be a duration such as 240s, 4m, 1h or PT4M, but was '" + v
          + "'", e);
    }
  }

  private static void usage(PrintStream p) {
    p.println("usage: StaffingCommand --calls-per-hour N --aht 240s --target 80/20|asa=30 [--shrinkage 0.3]"
        + " [--patience 120s] [--json]");
  }
}
