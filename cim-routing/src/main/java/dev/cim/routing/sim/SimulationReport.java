package dev.cim.routing.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Figures estimated over independent replications, each with a t-based confidence interval ({@link Estimate}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param replications the number of replications
 * @param confidence the confidence level of every interval
 * @param queues per queue, by name; not null
 * @param total every queue together; not null
 * @param groups per agent group, in scenario order; not null
 * @param occupancy of all agents together; not null
 * @param runs the replications themselves; not null
 * @since 0.1.0
 */
public record SimulationReport(int replications, double confidence, List<QueueSummary> queues, QueueSummary total,
    List<GroupSummary> groups, Estimate occupancy, List<Replication> runs) {

  /**
   * Validates and copies the lists.
   *
   * @throws NullPointerException if an argument or element is null
   */
  public SimulationReport {
    queues = List.copyOf(queues);
    Objects.requireNonNull(total, "total");
    groups = List.copyOf(groups);
    Objects.requireNonNull(occupancy, "occupancy");
    runs = List.copyOf(runs);
  }

  /**
   * The estimates of one queue.
   *
   * @param queue the queue, or {@code "all"}; not null
   * @param thresholdSeconds the service-level threshold
   * @param offered contacts per replication; not null
   * @param serviceLevel answered within the threshold / offered; not null
   * @param asaSeconds mean wait of answered contacts; not null
   * @param abandonment abandoned / offered; not null
   * @since 0.1.0
   */
  public record QueueSummary(String queue, double thresholdSeconds, Estimate offered, Estimate serviceLevel,
      Estimate asaSeconds, Estimate abandonment) {}

  /**
   * The estimates of one agent group.
   *
   * @param group the group; not null
   * @param agents the number of agents
   * @param occupancy busy time / staffed time; not null
   * @param handled tasks assigned per replication; not null
   * @since 0.1.0
   */
  public record GroupSummary(String group, int agents, Estimate occupancy, Estimate handled) {}

  static SimulationReport of(Scenario scenario, List<Replication> runs, double confidence) {
    Set<String> names = new TreeSet<>();
    for (ContactStream s : scenario.streams()) {
      names.add(s.queue());
    }
    List<QueueSummary> queues = new ArrayList<>();
    for (String q : names) {
      queues.add(summary(q, runs.stream().map(r -> r.queue(q)).toList(), confidence));
    }
    QueueSummary total = summary("all", runs.stream().map(Replication::total).toList(), confidence);
    List<GroupSummary> groups = new ArrayList<>();
    for (int g = 0; g < scenario.groups().size(); g++) {
      int gi = g;
      List<GroupResult> gr = runs.stream().map(r -> r.groups().get(gi)).toList();
      groups.add(new GroupSummary(scenario.groups().get(g).name(), scenario.groups().get(g).count(),
          est(gr, GroupResult::occupancy, confidence), est(gr, x -> x.handled(), confidence)));
    }
    return new SimulationReport(runs.size(), confidence, queues, total, groups,
        est(runs, Replication::occupancy, confidence), runs);
  }

  private static QueueSummary summary(String name, List<QueueResult> rs, double confidence) {
    return new QueueSummary(name, rs.isEmpty() ? 0 : rs.get(0).thresholdSeconds(),
        est(rs, x -> x.offered(), confidence), est(rs, QueueResult::serviceLevel, confidence),
        est(rs, QueueResult::asaSeconds, confidence), est(rs, QueueResult::abandonment, confidence));
  }

  private static <T> Estimate est(List<T> xs, ToDoubleFunction<T> f, double confidence) {
    return Estimate.of(xs.stream().mapToDouble(f).toArray(), confidence);
  }

  /**
   * Returns the queue with a name.
   *
   * @param queue the queue; not null
   * @return its summary
   * @throws NullPointerException if {@code queue} is null
   * @throws IllegalArgumentException if no contact stream used that queue
   */
  public QueueSummary queue(String queue) {
    Objects.requireNonNull(queue, "queue");
    return queues.stream().filter(q -> q.queue().equals(queue)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("queue must be one of " + queues.stream()
            .map(QueueSummary::queue).toList() + ", but was '" + queue + "'"));
  }

  /**
   * Returns the results as a plain-text table: one row per queue (and all queues), one per agent group; each cell
   * {@code mean ± half-width}.
   *
   * @return the table; never null
   */
  public String table() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%d replications, %.0f%% confidence intervals%n%n", replications,
        confidence * 100));
    b.append(String.format(Locale.ROOT, "%-16s %12s %20s %20s %20s%n", "queue", "offered", "service level",
        "ASA (s)", "abandoned"));
    List<QueueSummary> rows = new ArrayList<>(queues);
    if (queues.size() > 1) {
      rows.add(total);
    }
    for (QueueSummary q : rows) {
      b.append(String.format(Locale.ROOT, "%-16s %12s %20s %20s %20s%n", q.queue(), cell(q.offered(), 1, "%.1f"),
          cell(q.serviceLevel(), 100, "%.1f%%"), cell(q.asaSeconds(), 1, "%.1f"), cell(q.abandonment(), 100,
              "%.1f%%")));
    }
    b.append(String.format(Locale.ROOT, "%n%-16s %8s %20s %14s%n", "group", "agents", "occupancy", "handled"));
    for (GroupSummary g : groups) {
      b.append(String.format(Locale.ROOT, "%-16s %8d %20s %14s%n", g.group(), g.agents(),
          cell(g.occupancy(), 100, "%.1f%%"), cell(g.handled(), 1, "%.0f")));
    }
    b.append(String.format(Locale.ROOT, "%-16s %8s %20s%n", "all", "", cell(occupancy, 100, "%.1f%%")));
    return b.toString();
  }

  private static String cell(Estimate e, double scale, String fmt) {
    if (Double.isNaN(e.mean())) {
      return "-";
    }
    String m = String.format(Locale.ROOT, fmt, e.mean() * scale);
    if (Double.isNaN(e.halfWidth())) {
      return m;
    }
    return m + " ± " + String.format(Locale.ROOT, fmt, e.halfWidth() * scale).replace("%", "");
  }

  /**
   * Returns the results as JSON: {@code replications}, {@code confidence}, {@code queues} (with {@code all}),
   * {@code groups} and {@code occupancy}; each estimate an object {@code {mean, halfWidth, low, high, n}}, undefined
   * numbers as {@code null}.
   *
   * @return the JSON text, indented; never null
   */
  public String toJson() {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("replications", replications);
    root.put("confidence", confidence);
    ArrayNode qs = root.putArray("queues");
    List<QueueSummary> rows = new ArrayList<>(queues);
    rows.add(total);
    for (QueueSummary q : rows) {
      ObjectNode n = qs.addObject();
      n.put("queue", q.queue());
      n.put("thresholdSeconds", q.thresholdSeconds());
      put(n.putObject("offered"), q.offered());
      put(n.putObject("serviceLevel"), q.serviceLevel());
      put(n.putObject("asaSeconds"), q.asaSeconds());
      put(n.putObject("abandonment"), q.abandonment());
    }
    ArrayNode gs = root.putArray("groups");
    for (GroupSummary g : groups) {
      ObjectNode n = gs.addObject();
      n.put("group", g.group());
      n.put("agents", g.agents());
      put(n.putObject("occupancy"), g.occupancy());
      put(n.putObject("handled"), g.handled());
    }
    put(root.putObject("occupancy"), occupancy);
    try {
      return mapper.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report as JSON", e);
    }
  }

  private static void put(ObjectNode n, Estimate e) {
    num(n, "mean", e.mean());
    num(n, "halfWidth", e.halfWidth());
    num(n, "low", e.low());
    num(n, "high", e.high());
    n.put("n", e.n());
  }

  private static void num(ObjectNode n, String field, double v) {
    if (Double.isFinite(v)) {
      n.put(field, v);
    } else {
      n.putNull(field);
    }
  }
}
