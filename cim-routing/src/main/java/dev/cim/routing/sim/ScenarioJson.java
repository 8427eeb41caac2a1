package dev.cim.routing.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.Skill;
import dev.cim.routing.AgentProfile;
import dev.cim.routing.CapacityModel;
import dev.cim.routing.QueueConfig;
import dev.cim.routing.QueueOrdering;
import dev.cim.routing.RoutingConfig;
import dev.cim.routing.Strategy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a simulation scenario from JSON (Jackson tree model, no default typing, no annotations). Every field is
 * checked; an unknown field is an error (it is usually a typo). Durations are ISO-8601 strings ({@code "PT4M"}) or
 * numbers of seconds. The bundled example, {@code example-scenario.json} beside this class, shows every field:
 *
 * <pre>{@code
 * { "seed": 42, "replications": 10, "confidence": 0.95,
 *   "horizon": "PT8H", "warmup": "PT30M", "tickEvery": "PT1S",
 *   "answerDelay": {"type": "fixed", "value": "PT2S"},
 *   "routing": {"strategy": "LONGEST_IDLE", "autoAccept": false, "offerTimeout": "PT20S", "agingPerMinute": 1,
 *               "queues": [{"name": "billing", "serviceLevel": "PT20S", "weight": 1, "ordering": "AGED_SCORE",
 *                           "relaxAfter": [{"after": "PT30S", "maxLevel": 3}],
 *                           "overflow": {"after": "PT2M", "to": "general"}}]},
 *   "streams": [{"queue": "billing", "channel": "voice",
 *                "perHour": 300,   // or "perHour": [100, 250, 300], "interval": "PT1H"
 *                "handleTime": {"type": "lognormal", "mean": "PT4M", "sd": "PT2M"},
 *                "patience": {"type": "exponential", "mean": "PT3M"},
 *                "require": {"billing": 5}, "priority": 0}],
 *   "agents": [{"group": "billing", "count": 25, "skills": {"billing": 7}, "capacity": {"voice": 1},
 *               "capacityMode": "exclusive", "wrapUp": "PT10S", "queues": ["billing"],
 *               "shift": {"start": "PT0S", "end": "PT8H"}}] }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ScenarioJson {

  /** The classpath resource of the bundled example scenario. */
  public static final String EXAMPLE_RESOURCE = "/dev/cim/routing/sim/example-scenario.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ScenarioJson() {}

  /**
   * Reads a scenario file.
   *
   * @param file the file; not null
   * @return the scenario and run settings; never null
   * @throws NullPointerException if {@code file} is null
   * @throws IOException if the file cannot be read
   * @throws ScenarioFormatException if the content is not a valid scenario
   */
  public static ScenarioFile read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * Reads the bundled example scenario.
   *
   * @return the example; never null
   * @throws IllegalStateException if the resource is missing from the jar
   */
  public static ScenarioFile example() {
    try (InputStream in = ScenarioJson.class.getResourceAsStream(EXAMPLE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + EXAMPLE_RESOURCE + " is missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + EXAMPLE_RESOURCE, e);
    }
  }

  /**
   * Parses a scenario.
   *
   * @param json the JSON text; not null
   * @return the scenario and run settings; never null
   * @throws NullPointerException if {@code json} is null
   * @throws ScenarioFormatException if the text is not JSON or not a valid scenario; the message names the JSON path
   *     and the reason
   */
  public static ScenarioFile parse(String json) {
    Objects.requireNonNull(json, "json");
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : String.format(Locale.ROOT, " at line %d, column %d",
          e.getLocation().getLineNr(), e.getLocation().getColumnNr());
      throw new ScenarioFormatException("$", "is not valid JSON" + where + ": " + e.getOriginalMessage(), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new ScenarioFormatException("$", "is empty", null);
    }
    Node r = new Node("$", root).object("seed", "replications", "confidence", "horizon", "warmup", "tickEvery",
        "answerDelay", "routing", "streams", "agents");
    RoutingConfig routing = r.optional("routing").map(ScenarioJson::routing).orElse(RoutingConfig.ofDefaults());
    Duration horizon = r.required("horizon").duration(false);
    List<ContactStream> streams = r.required("streams").list(ScenarioJson::stream);
    List<AgentGroup> groups = r.required("agents").list(n -> group(n, horizon));
    Duration warmup = r.optional("warmup").map(n -> n.duration(true)).orElse(Duration.ZERO);
    Duration tick = r.optional("tickEvery").map(n -> n.duration(true)).orElse(Duration.ZERO);
    Optional<Distribution> answer = r.optional("answerDelay").map(ScenarioJson::distribution);
    Scenario scenario = r.build(() -> new Scenario(routing, streams, groups, horizon, warmup, tick, answer));
    int reps = r.optional("replications").map(n -> n.integer(2, 10_000)).orElse(10);
    long seed = r.optional("seed").map(Node::longValue).orElse(1L);
    double confidence = r.optional("confidence").map(n -> n.number(0, 1, false)).orElse(0.95);
    return new ScenarioFile(scenario, reps, seed, confidence);
  }

  private static RoutingConfig routing(Node n) {
    n.object("strategy", "autoAccept", "offerTimeout", "agingPerMinute", "queues");
    RoutingConfig.Builder b = RoutingConfig.custom();
    n.optional("strategy").ifPresent(s -> b.strategy(s.enumValue(Strategy.class)));
    n.optional("autoAccept").ifPresent(s -> b.autoAccept(s.bool()));
    n.optional("offerTimeout").ifPresent(s -> s.build(() -> b.offerTimeout(s.duration(false))));
    n.optional("agingPerMinute").ifPresent(s -> s.build(() -> b.agingPerMinute(s.number(0, 1000, true))));
    n.optional("queues").ifPresent(qs -> {
      List<QueueConfig> list = qs.list(ScenarioJson::queue);
      qs.build(() -> list.forEach(b::queue)); // a name given twice fails at the list's path
    });
    return b.build();
  }

  private static QueueConfig queue(Node n) {
    n.object("name", "serviceLevel", "weight", "ordering", "relaxAfter", "overflow");
    String name = n.required("name").text();
    QueueConfig.Builder b = n.build(() -> QueueConfig.builder(name));
    n.optional("serviceLevel").ifPresent(s -> s.build(() -> b.serviceLevel(s.duration(false))));
    n.optional("weight").ifPresent(s -> s.build(() -> b.weight(s.integer(Integer.MIN_VALUE, Integer.MAX_VALUE))));
    n.optional("ordering").ifPresent(s -> b.ordering(s.enumValue(QueueOrdering.class)));
    n.optional("relaxAfter").ifPresent(steps -> steps.list(step -> {
      step.object("after", "maxLevel");
      Duration after = step.required("after").duration(false);
      int level = step.required("maxLevel").integer(1, 10);
      return step.build(() -> b.relaxAfter(after, level));
    }));
    n.optional("overflow").ifPresent(o -> {
      o.object("after", "to");
      Duration after = o.required("after").duration(false);
      String to = o.required("to").text();
      o.build(() -> b.overflow(after, to));
    });
    return n.build(b::build);
  }

  private static ContactStream stream(Node n) {
    n.object("queue", "channel", "perHour", "interval", "handleTime", "patience", "require", "priority");
    String queue = n.required("queue").text();
    Node ch = n.required("channel");
    Channel channel = ch.build(() -> Channel.of(ch.text()));
    Node rate = n.required("perHour");
    ArrivalProcess arrivals;
    if (rate.json.isArray()) {
      double[] rates = rate.list(x -> x.number(0, Double.MAX_VALUE, true)).stream().mapToDouble(Double::doubleValue)
          .toArray();
      Duration interval = n.required("interval").duration(false);
      arrivals = rate.build(() -> ArrivalProcess.piecewise(interval, rates));
    } else {
      double perHour = rate.number(0, Double.MAX_VALUE, true);
      n.optional("interval").ifPresent(i -> {
        throw i.error("is allowed only with a list of rates in perHour");
      });
      arrivals = rate.build(() -> ArrivalProcess.poisson(perHour));
    }
    Distribution handle = distribution(n.required("handleTime"));
    Optional<Distribution> patience = n.optional("patience").map(ScenarioJson::distribution);
    Map<Skill, Integer> required = n.optional("require").map(ScenarioJson::levels).orElse(Map.of());
    int priority = n.optional("priority").map(p -> p.integer(0, 1000)).orElse(0);
    return n.build(() -> new ContactStream(queue, channel, arrivals, handle, patience, required, priority));
  }

  private static AgentGroup group(Node n, Duration horizon) {
    n.object("group", "count", "skills", "capacity", "capacityMode", "wrapUp", "queues", "shift", "team");
    String name = n.required("group").text();
    int count = n.required("count").integer(1, 100_000);
    Map<Skill, Integer> skills = n.optional("skills").map(ScenarioJson::levels).orElse(Map.of());
    Node cap = n.required("capacity");
    cap.object();
    Map<Channel, Integer> limits = new LinkedHashMap<>();
    cap.fields().forEach((k, v) -> limits.put(v.build(() -> Channel.of(k)), v.integer(1, 1000)));
    String mode = n.optional("capacityMode").map(Node::text).orElse("exclusive");
    CapacityModel capacity = switch (mode) {
      case "exclusive" -> cap.build(() -> CapacityModel.exclusive(limits));
      case "independent" -> cap.build(() -> CapacityModel.independent(limits));
      default -> throw n.required("capacityMode").error("must be \"exclusive\" or \"independent\", but was \""
          + mode + "\"");
    };
    Duration wrap = n.optional("wrapUp").map(w -> w.duration(true)).orElse(Duration.ZERO);
    AgentProfile profile = n.build(() -> {
      AgentProfile p = AgentProfile.of(AgentId.of(name), capacity).withWrapUp(wrap);
      for (Map.Entry<Skill, Integer> s : skills.entrySet()) {
        p = p.withSkill(s.getKey(), s.getValue());
      }
      return p;
    });
    if (n.optional("team").isPresent()) {
      profile = profile.withTeam(n.required("team").text());
    }
    if (n.optional("queues").isPresent()) {
      for (String q : n.required("queues").list(Node::text)) {
        AgentProfile base = profile;
        profile = n.required("queues").build(() -> base.withQueue(q));
      }
    }
    Duration start = Duration.ZERO;
    Duration end = horizon;
    Optional<Node> shift = n.optional("shift");
    if (shift.isPresent()) {
      shift.get().object("start", "end");
      start = shift.get().optional("start").map(s -> s.duration(true)).orElse(Duration.ZERO);
      end = shift.get().optional("end").map(s -> s.duration(false)).orElse(horizon);
    }
    AgentProfile p = profile;
    Duration s0 = start;
    Duration e0 = end;
    return n.build(() -> new AgentGroup(name, count, p, s0, e0));
  }

  private static Map<Skill, Integer> levels(Node n) {
    n.object();
    Map<Skill, Integer> m = new LinkedHashMap<>();
    n.fields().forEach((k, v) -> m.put(v.build(() -> Skill.of(k)), v.integer(1, 10)));
    return m;
  }

  private static Distribution distribution(Node n) {
    n.object("type", "mean", "sd", "value");
    String type = n.required("type").text();
    return switch (type) {
      case "exponential" -> {
        n.only("type", "mean");
        Duration mean = n.required("mean").duration(false);
        yield n.build(() -> Distribution.exponential(mean));
      }
      case "lognormal" -> {
        n.only("type", "mean", "sd");
        Duration mean = n.required("mean").duration(false);
        Duration sd = n.required("sd").duration(false);
        yield n.build(() -> Distribution.lognormal(mean, sd));
      }
      case "fixed" -> {
        n.only("type", "value");
        Duration v = n.required("value").duration(true);
        yield n.build(() -> Distribution.fixed(v));
      }
      default -> throw n.required("type").error(
          "must be \"exponential\", \"lognormal\" or \"fixed\", but was \"" + type + "\"");
    };
  }

  /** A JSON value with its path; every accessor fails with a {@link ScenarioFormatException} naming the path. */
  private static final class Node {
    final String path;
    final JsonNode json;

    Node(String path, JsonNode json) {
      this.path = path;
      this.json = json;
    }

    ScenarioFormatException error(String reason) {
      return new ScenarioFormatException(path, reason, null);
    }

    /** Requires an object whose fields are among {@code allowed} (no list: any field). */
    Node object(String... allowed) {
      if (!json.isObject()) {
        throw error("must be an object, but was " + describe());
      }
      if (allowed.length > 0) {
        Set<String> ok = Set.of(allowed);
        Iterator<String> names = json.fieldNames();
        while (names.hasNext()) {
          String f = names.next();
          if (!ok.contains(f)) {
            throw new ScenarioFormatException(path + "." + f, "is not a known field (known: "
                + String.join(", ", allowed) + ")", null);
          }
        }
      }
      return this;
    }

    void only(String... allowed) {
      object(allowed);
    }

    Optional<Node> optional(String field) {
      JsonNode v = json.get(field);
      return v == null || v.isNull() ? Optional.empty() : Optional.of(new Node(path + "." + field, v));
    }

    Node required(String field) {
      return optional(field).orElseThrow(() -> new ScenarioFormatException(path + "." + field, "is missing", null));
    }

    Map<String, Node> fields() {
      Map<String, Node> m = new LinkedHashMap<>();
      json.fields().forEachRemaining(e -> m.put(e.getKey(), new Node(path + "." + e.getKey(), e.getValue())));
      return m;
    }

    <T> List<T> list(Function<Node, T> each) {
      if (!json.isArray()) {
        throw error("must be an array, but was " + describe());
      }
      List<T> out = new ArrayList<>();
      for (int i = 0; i < json.size(); i++) {
        out.add(each.apply(new Node(path + "[" + i + "]", json.get(i))));
      }
      return out;
    }

    String text() {
      if (!json.isTextual()) {
        throw error("must be a string, but was " + describe());
      }
      return json.textValue();
    }

    boolean bool() {
      if (!json.isBoolean()) {
        throw error("must be true or false, but was " + describe());
      }
      return json.booleanValue();
    }

    double number(double min, double max, boolean inclusive) {
      if (!json.isNumber()) {
        throw error("must be a number, but was " + describe());
      }
      double v = json.doubleValue();
      boolean ok = inclusive ? v >= min && v <= max : v > min && v < max;
      if (!ok || !Double.isFinite(v)) {
        throw error(String.format(Locale.ROOT, "must be %s %s and %s %s, but was %s", inclusive ? ">=" : ">", fmt(min),
            inclusive ? "<=" : "<", fmt(max), json));
      }
      return v;
    }

    int integer(int min, int max) {
      if (!json.isIntegralNumber() || !json.canConvertToInt()) {
        throw error("must be a whole number, but was " + describe());
      }
      int v = json.intValue();
      if (v < min || v > max) {
        throw error(String.format(Locale.ROOT, "must be between %d and %d, but was %d", min, max, v));
      }
      return v;
    }

    long longValue() {
      if (!json.isIntegralNumber() || !json.canConvertToLong()) {
        throw error("must be a whole number, but was " + describe());
      }
      return json.longValue();
    }

    Duration duration(boolean zeroAllowed) {
      Duration d;
      if (json.isNumber()) {
        double s = json.doubleValue();
        if (!Double.isFinite(s) || Math.abs(s) > 1e12) {
          throw error("must be a duration in seconds, but was " + json);
        }
        d = Duration.ofNanos(Math.round(s * 1e9));
      } else if (json.isTextual()) {
        try {
          d = Duration.parse(json.textValue());
        } catch (DateTimeParseException e) {
          throw error("must be an ISO-8601 duration such as \"PT4M\" or a number of seconds, but was \""
              + json.textValue() + "\"");
        }
      } else {
        throw error("must be a duration (\"PT4M\" or seconds), but was " + describe());
      }
      if (d.isNegative() || (!zeroAllowed && d.isZero())) {
        throw error("must be " + (zeroAllowed ? "zero or positive" : "positive") + ", but was " + d);
      }
      return d;
    }

    <E extends Enum<E>> E enumValue(Class<E> type) {
      String s = text();
      try {
        return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw error("must be one of " + Arrays.toString(type.getEnumConstants()) + ", but was \"" + s + "\"");
      }
    }

    /** Runs a constructor, turning its validation failure into an error at this path. */
    <T> T build(java.util.function.Supplier<T> f) {
      try {
        return f.get();
      } catch (ScenarioFormatException e) {
        throw e;
      } catch (IllegalArgumentException | NullPointerException e) {
        throw error(String.valueOf(e.getMessage()));
      }
    }

    void build(Runnable r) {
      build(() -> {
        r.run();
        return null;
      });
    }

    private String describe() {
      return json.isTextual() ? "\"" + json.textValue() + "\"" : json.getNodeType().name().toLowerCase(Locale.ROOT)
          + (json.isValueNode() ? " " + json : "");
    }

    private static String fmt(double v) {
      return v == Double.MAX_VALUE ? "any" : (v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v));
    }
  }
}
