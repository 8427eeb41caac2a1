package dev.cim.examples.demo;

import dev.cim.core.CaseView;
import dev.cim.core.CustomerContext;
import dev.cim.core.InteractionHub;
import dev.cim.core.TimelineEntry;
import dev.cim.core.analytics.AbandonedPolicy;
import dev.cim.core.analytics.Dimension;
import dev.cim.core.analytics.FactLog;
import dev.cim.core.analytics.KpiConfig;
import dev.cim.core.analytics.KpiReport;
import dev.cim.core.analytics.Kpis;
import dev.cim.core.model.Message;
import dev.cim.core.spi.Page;
import dev.cim.core.spi.PageRequest;
import dev.cim.core.event.SentimentAlert;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.routing.Decision;
import dev.cim.routing.PassReason;
import dev.cim.routing.QueueSnapshot;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects what happened during the simulated day and prints it as text or as a JSON-ready map. */
final class DayReport {
  /** A routing decision worth showing, with its explanation in words. */
  record DecisionRow(Instant at, String interaction, String customer, Channel channel, String topic, String chosen,
      double score, List<String> alternatives, Map<String, Integer> passedOver, String trigger) {}

  /** A supervisor alert. */
  record AlertRow(Instant at, String customer, Channel channel, String interaction, double messageScore,
      double trendScore, String state, String reason) {}

  /** The KPIs of one channel (or of the whole day, {@code channel} null), as computed by cim's analytics. */
  record KpiRow(Channel channel, KpiReport kpis, Duration slThreshold, int alerts) {}

  /** The service level of one hour of the day. */
  record HourSl(String hour, KpiReport kpis) {}

  /** The demo's KPI settings: per-channel service-level targets, abandons within the target left out of SL. */
  static final KpiConfig KPI_CONFIG = KpiConfig.custom()
      .serviceLevelThreshold(Channel.VOICE, Duration.ofSeconds(20))
      .serviceLevelThreshold(Channel.CHAT, Duration.ofMinutes(2))
      .serviceLevelThreshold(Duration.ofHours(1))
      .abandonedPolicy(AbandonedPolicy.WITHIN_THRESHOLD_EXCLUDED)
      .shortAbandon(Duration.ofSeconds(5))
      .fcrWindow(Duration.ofDays(1))
      .build();

  /** Sentiment buckets of width 0.2 over [-1, 1]. */
  static final int SENTIMENT_BUCKETS = 10;

  private final List<String> hourLines = new ArrayList<>();
  private final List<DecisionRow> decisions = new ArrayList<>();
  private final List<AlertRow> alerts = new ArrayList<>();
  private final Map<Channel, Integer> arrivals = new HashMap<>();
  private final EnumMap<PassReason, Integer> reasonsSeen = new EnumMap<>(PassReason.class);
  private int decisionCount;
  private int answeredCount;
  private int abandonedCount;
  private int recoveries;
  private int arrivalsThisHour;
  private PrintStream live;

  private final List<TimelineEntry> featuredTimeline = new ArrayList<>();
  private final List<CaseView> featuredCases = new ArrayList<>();
  private String featuredName = "";
  private final List<KpiRow> kpis = new ArrayList<>();
  private KpiRow dayTotal;
  private final Map<String, KpiReport> byTeam = new LinkedHashMap<>();
  private final List<HourSl> slByHour = new ArrayList<>();
  private final int[] sentiment = new int[SENTIMENT_BUCKETS];

  void printLiveTo(PrintStream out) {
    this.live = out;
  }

  void arrived(Channel channel) {
    arrivals.merge(channel, 1, Integer::sum);
    arrivalsThisHour++;
  }

  void answered() {
    answeredCount++;
  }

  void abandoned(Channel channel) {
    abandonedCount++;
  }

  void recovered() {
    recoveries++;
  }

  void decision(Decision d, Scenario.Contact contact, Interaction interaction) {
    decisionCount++;
    if (d.chosen().isEmpty() || contact == null) {
      return;
    }
    Map<String, Integer> passed = new LinkedHashMap<>();
    boolean somethingNew = false;
    for (Decision.PassedOver p : d.passedOver()) {
      passed.merge(p.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '), 1, Integer::sum);
      if (!reasonsSeen.containsKey(p.reason())) {
        somethingNew = true;
      }
      reasonsSeen.merge(p.reason(), 1, Integer::sum);
    }
    boolean featured = contact.person().index() == 0;
    if (decisions.size() < 4 && (somethingNew || featured || decisions.isEmpty())) {
      List<String> alternatives = new ArrayList<>();
      for (Decision.Candidate c : d.candidates()) {
        if (!c.agentId().equals(d.chosen().get()) && alternatives.size() < 3) {
          alternatives.add(String.format(Locale.ROOT, "%s %.2f", c.agentId(), c.score()));
        }
      }
      decisions.add(new DecisionRow(d.decidedAt(), interaction.id().value(), contact.person().name(),
          interaction.channel(), interaction.topic().orElse("-"), d.chosen().get().value(), d.score(),
          alternatives, passed, d.trigger().name()));
    }
  }

  void alert(SentimentAlert e, Interaction i, String customerName) {
    alerts.add(new AlertRow(e.occurredAt(), customerName, i.channel(), i.id().value(), e.messageScore(),
        e.trendScore(), i.state().name(), e.reason()));
  }

  void hour(Instant now, List<QueueSnapshot> queues, InteractionHub hub) {
    int waiting = 0;
    for (QueueSnapshot q : queues) {
      waiting += q.waiting();
    }
    String line = String.format(Locale.ROOT, "%s  %3d new contacts  %3d waiting now  %4d answered  %3d abandoned"
        + "  %3d alerts so far", time(now).substring(0, 5), arrivalsThisHour, waiting, answeredCount,
        abandonedCount, alerts.size());
    arrivalsThisHour = 0;
    hourLines.add(line);
    if (live != null) {
      live.println(line);
    }
  }

  void finish(InteractionHub hub, FactLog facts, Instant end, Scenario scenario, CustomerId featured, Map<String, String> agentNames,
      Map<CustomerId, String> customerNames) {
    CustomerContext ctx = hub.context(featured);
    featuredName = ctx.customer().displayName().orElse(featured.value());
    List<TimelineEntry> newestFirst = new ArrayList<>(ctx.timeline());
    java.util.Collections.reverse(newestFirst);
    featuredTimeline.addAll(newestFirst);
    Map<CaseId, List<Interaction>> cases = new LinkedHashMap<>();
    for (Interaction i : ctx.recentInteractions()) {
      cases.computeIfAbsent(i.caseId(), k -> hub.interactionStore().findByCase(k));
    }
    cases.forEach((id, list) -> featuredCases.add(caseView(id, list)));

    Map<Channel, Integer> alertsByChannel = new HashMap<>();
    alerts.forEach(a -> alertsByChannel.merge(a.channel(), 1, Integer::sum));
    Kpis calc = Kpis.of(KPI_CONFIG);
    Instant from = Scenario.DAY_START;
    Map<String, KpiReport> byChannel = calc.breakdown(facts, from, end, Dimension.CHANNEL);
    for (Channel c : List.of(Channel.VOICE, Channel.CHAT, Channel.EMAIL, Channel.SOCIAL)) {
      kpis.add(new KpiRow(c, byChannel.getOrDefault(c.name(), calc.compute(List.of(), end)),
          KPI_CONFIG.serviceLevelThreshold(c), alertsByChannel.getOrDefault(c, 0)));
    }
    dayTotal = new KpiRow(null, calc.compute(facts, from, end), null, alerts.size());
    calc.breakdown(facts, from, end, Dimension.TEAM).forEach((team, r) -> {
      if (r.occupancy().denominator() > 0) {
        byTeam.put(team, r);
      }
    });
    for (int h = 0; h < 12; h++) {
      Instant s0 = from.plus(Duration.ofHours(h));
      slByHour.add(new HourSl(time(s0).substring(0, 5), calc.compute(facts, s0, s0.plus(Duration.ofHours(1)))));
    }
    for (Interaction i : DaySimulation.allInteractions(hub)) {
      PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
      while (true) {
        Page<Message> p = hub.interactionStore().findMessages(i.id(), page);
        p.items().forEach(m -> m.attributes().get(Message.SENTIMENT).ifPresent(v -> sentiment[bucket(v)]++));
        if (!p.hasNext()) {
          break;
        }
        page = PageRequest.after(PageRequest.MAX_SIZE, p.nextCursor().get());
      }
    }
  }

  static int bucket(double score) {
    return Math.min(SENTIMENT_BUCKETS - 1, Math.max(0, (int) Math.floor((score + 1) / 2 * SENTIMENT_BUCKETS)));
  }

  private static CaseView caseView(CaseId id, List<Interaction> interactions) {
    return new CaseView(id, interactions.get(interactions.size() - 1).topic(), interactions,
        new java.util.LinkedHashSet<>(interactions.stream().map(Interaction::channel).toList()),
        new java.util.LinkedHashSet<>(interactions.stream().flatMap(i -> i.assignedAgent().stream()).toList()),
        interactions.get(interactions.size() - 1).state(),
        interactions.stream().map(Interaction::updatedAt).max(Instant::compareTo).orElseThrow());
  }

  // ------------------------------------------------------------------------------------------- output

  void printText(PrintStream out, DemoOptions o, Scenario s, long wallMillis) {
    out.println();
    out.println("== ROUTING DECISIONS (" + decisionCount + " offers made; a few, explained) ==");
    for (DecisionRow d : decisions) {
      out.printf(Locale.ROOT, "%s  %s %s (%s, topic %s) -> %s, score %.2f [%s]%n", time(d.at()), d.channel(),
          d.interaction(), d.customer(), d.topic(), d.chosen(), d.score(), d.trigger().toLowerCase(Locale.ROOT)
              .replace('_', ' '));
      if (!d.alternatives().isEmpty()) {
        out.println("      runners-up: " + String.join(", ", d.alternatives()));
      }
      if (!d.passedOver().isEmpty()) {
        StringBuilder sb = new StringBuilder();
        d.passedOver().forEach((reason, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ')
            .append(reason));
        out.println("      passed over: " + sb);
      }
    }
    out.println();
    out.println("== UNIFIED TIMELINE: " + featuredName + " (one customer, every channel, oldest first) ==");
    for (TimelineEntry e : featuredTimeline) {
      String score = e.sentiment().map(v -> String.format(Locale.ROOT, " (sentiment %+.2f)", v)).orElse("");
      out.printf(Locale.ROOT, "%s  %-6s %-8s %s%s%n", time(e.at()), e.channel(), e.role().name().toLowerCase(Locale.ROOT),
          abbreviate(e.text(), 80), score);
    }
    for (CaseView c : featuredCases) {
      out.printf(Locale.ROOT, "   case %s (%s): %d interactions on %s, agents %s, now %s%n", c.caseId(),
          c.topic().orElse("-"), c.interactions().size(), c.channels(), c.agents(), c.latestState());
    }
    out.println();
    out.println("== SUPERVISOR ALERTS (" + alerts.size() + " conversations turned negative, " + recoveries
        + " recovered) ==");
    int shown = 0;
    for (AlertRow a : alerts) {
      if (shown++ == 8) {
        out.println("   ... and " + (alerts.size() - 8) + " more");
        break;
      }
      out.printf(Locale.ROOT, "%s  %-6s %s (%s) trend %+.2f, last message %+.2f, while %s%n", time(a.at()),
          a.channel(), a.customer(), a.interaction(), a.trendScore(), a.messageScore(),
          a.state().toLowerCase(Locale.ROOT));
    }
    out.println();
    out.println("== END-OF-DAY KPIS ==");
    out.println("(from cim's reporting facts: SL = answered within target / (answered + abandoned after target);"
        + " abandon% leaves out abandons under 5 s; FCR = resolved with no repeat contact on the case within 1 day)");
    out.println("channel  contacts answered abandon%  ASA(s)  AHT(s)   SL% (target)  FCR%  xfer%  CSAT%    NPS  alerts");
    for (KpiRow k : kpis) {
      printRow(out, k.channel().name(), k);
    }
    printRow(out, "all", dayTotal);
    KpiReport t = dayTotal.kpis();
    out.printf(Locale.ROOT, "Occupancy %.1f%% (busy / (available + busy) agent time); by team: %s%n",
        t.occupancy().percentOr(0), teams());
    out.printf(Locale.ROOT, "Surveys: %d answers, CSAT %.1f%% (4-5 of 5), NPS %+.1f, Customer Effort Score %.2f"
        + " (1-7, lower is easier); response time on written channels: first %.0f s, average %.0f s%n",
        t.csat().denominator(), t.csat().percentOr(0), t.nps().score().orElse(0), t.effort().value().orElse(0),
        t.firstResponseTime().secondsOr(0), t.responseTime().secondsOr(0));
    out.println();
    out.printf(Locale.ROOT, "Simulated %d customers, %d agents, %d contacts (seed %d) in %.1f s of wall time.%n",
        o.customers(), o.agents(), s.contacts.size(), o.seed(), wallMillis / 1000.0);
  }

  private static void printRow(PrintStream out, String name, KpiRow k) {
    KpiReport r = k.kpis();
    out.printf(Locale.ROOT, "%-8s %8d %8d %8.1f %7.1f %7.1f %5.1f (%6s) %5.1f %6.1f %6.1f %6.1f %7d%n", name,
        r.contacts(), r.answered(), r.abandonmentRate().percentOr(0), r.speedOfAnswer().secondsOr(0),
        r.handleTime().secondsOr(0), r.serviceLevel().percentOr(0), k.slThreshold() == null ? "-"
            : human(k.slThreshold()), r.firstContactResolution().percentOr(0), r.transferRate().percentOr(0),
        r.csat().percentOr(0), r.nps().score().orElse(0), k.alerts());
  }

  private String teams() {
    StringBuilder sb = new StringBuilder();
    byTeam.forEach((team, r) -> sb.append(sb.length() == 0 ? "" : ", ").append(team)
        .append(String.format(Locale.ROOT, " %.1f%%", r.occupancy().percentOr(0))));
    return sb.toString();
  }

  Map<String, Object> toJson(DemoOptions o, Scenario s) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("seed", o.seed());
    root.put("customers", o.customers());
    root.put("agents", o.agents());
    root.put("contacts", s.contacts.size());
    root.put("offers", decisionCount);
    root.put("hours", hourLines);
    root.put("routingDecisions", decisions.stream().map(d -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("at", d.at().toString());
      m.put("interaction", d.interaction());
      m.put("channel", d.channel().name());
      m.put("topic", d.topic());
      m.put("chosen", d.chosen());
      m.put("score", d.score());
      m.put("trigger", d.trigger());
      m.put("runnersUp", d.alternatives());
      m.put("passedOver", d.passedOver());
      return m;
    }).toList());
    root.put("timeline", Map.of("customer", featuredName, "entries", featuredTimeline.stream().map(e -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("at", e.at().toString());
      m.put("channel", e.channel().name());
      m.put("role", e.role().name());
      m.put("text", e.text());
      e.sentiment().ifPresent(v -> m.put("sentiment", v));
      return m;
    }).toList()));
    root.put("alerts", alerts.stream().map(a -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("at", a.at().toString());
      m.put("channel", a.channel().name());
      m.put("interaction", a.interaction());
      m.put("trendScore", a.trendScore());
      m.put("messageScore", a.messageScore());
      m.put("state", a.state());
      return m;
    }).toList());
    root.put("kpis", kpis.stream().map(k -> kpiJson(k.channel().name(), k)).toList());
    root.put("kpisTotal", kpiJson("all", dayTotal));
    return root;
  }

  private static Map<String, Object> kpiJson(String name, KpiRow k) {
    KpiReport r = k.kpis();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("channel", name);
    m.put("contacts", r.contacts());
    m.put("answered", r.answered());
    m.put("abandoned", r.abandoned());
    m.put("abandonRate", r.abandonmentRate().value().orElse(0));
    m.put("asaSeconds", r.speedOfAnswer().secondsOr(0));
    m.put("ahtSeconds", r.handleTime().secondsOr(0));
    m.put("serviceLevel", r.serviceLevel().value().orElse(0));
    if (k.slThreshold() != null) {
      m.put("serviceLevelThresholdSeconds", k.slThreshold().toSeconds());
    }
    m.put("fcr", r.firstContactResolution().value().orElse(0));
    m.put("transferRate", r.transferRate().value().orElse(0));
    m.put("occupancy", r.occupancy().value().orElse(0));
    m.put("csat", r.csat().value().orElse(0));
    m.put("nps", r.nps().score().orElse(0));
    m.put("ces", r.effort().value().orElse(0));
    m.put("surveys", r.csat().denominator());
    m.put("alerts", k.alerts());
    return m;
  }

  KpiRow dayTotal() {
    return dayTotal;
  }

  List<HourSl> slByHour() {
    return slByHour;
  }

  int[] sentimentHistogram() {
    return sentiment.clone();
  }

  List<KpiRow> kpis() {
    return kpis;
  }

  List<AlertRow> alerts() {
    return alerts;
  }

  List<DecisionRow> decisions() {
    return decisions;
  }

  List<TimelineEntry> featuredTimeline() {
    return featuredTimeline;
  }

  List<String> hourLines() {
    return hourLines;
  }

  private static String time(Instant t) {
    return java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)
        .format(LocalTime.ofInstant(t, ZoneOffset.UTC));
  }

  private static String human(Duration d) {
    return d.toHours() > 0 ? d.toHours() + "h" : d.toMinutes() > 0 ? d.toMinutes() + "min" : d.toSeconds() + "s";
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 3) + "...";
  }
}
