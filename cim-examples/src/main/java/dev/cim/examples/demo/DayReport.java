package dev.cim.examples.demo;

import dev.cim.core.CaseView;
import dev.cim.core.CustomerContext;
import dev.cim.core.InteractionHub;
import dev.cim.core.TimelineEntry;
import dev.cim.core.event.SentimentAlert;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionState;
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
import java.util.Optional;

/** Collects what happened during the simulated day and prints it as text or as a JSON-ready map. */
final class DayReport {
  /** A routing decision worth showing, with its explanation in words. */
  record DecisionRow(Instant at, String interaction, String customer, Channel channel, String topic, String chosen,
      double score, List<String> alternatives, Map<String, Integer> passedOver, String trigger) {}

  /** A supervisor alert. */
  record AlertRow(Instant at, String customer, Channel channel, String interaction, double messageScore,
      double trendScore, String state, String reason) {}

  /** The KPIs of one channel. */
  record KpiRow(Channel channel, int contacts, int answered, int abandoned, double abandonRate, double asaSeconds,
      double ahtSeconds, double serviceLevel, Duration slThreshold, double fcr, int alerts) {}

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

  void finish(InteractionHub hub, Scenario scenario, CustomerId featured, Map<String, String> agentNames,
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

    List<Interaction> all = DaySimulation.allInteractions(hub);
    Map<CaseId, List<Interaction>> byCase = new HashMap<>();
    all.forEach(i -> byCase.computeIfAbsent(i.caseId(), k -> new ArrayList<>()).add(i));
    byCase.values().forEach(l -> l.sort(java.util.Comparator.comparing(Interaction::createdAt)
        .thenComparing(i -> i.id().value())));
    Map<Channel, Integer> alertsByChannel = new HashMap<>();
    alerts.forEach(a -> alertsByChannel.merge(a.channel(), 1, Integer::sum));
    DaySimulation.byChannel(all).forEach((channel, list) -> kpis.add(kpi(channel, list, byCase,
        alertsByChannel.getOrDefault(channel, 0))));
  }

  private static CaseView caseView(CaseId id, List<Interaction> interactions) {
    return new CaseView(id, interactions.get(interactions.size() - 1).topic(), interactions,
        new java.util.LinkedHashSet<>(interactions.stream().map(Interaction::channel).toList()),
        new java.util.LinkedHashSet<>(interactions.stream().flatMap(i -> i.assignedAgent().stream()).toList()),
        interactions.get(interactions.size() - 1).state(),
        interactions.stream().map(Interaction::updatedAt).max(Instant::compareTo).orElseThrow());
  }

  static Duration slThreshold(Channel channel) {
    return channel.equals(Channel.VOICE) ? Duration.ofSeconds(20)
        : channel.equals(Channel.CHAT) ? Duration.ofMinutes(2) : Duration.ofHours(1);
  }

  /**
   * The KPIs of one channel, from the stored interactions' timed histories.
   * ASA: mean of (first ACTIVE - first QUEUED) over answered contacts. AHT: mean of (end of WRAP_UP - first ACTIVE).
   * Service level: answered within the threshold / (answered + abandoned after the threshold); contacts abandoned
   * within the threshold are left out. Abandonment: abandoned / contacts. FCR: cases started on this channel that
   * were resolved by their first interaction with no other contact in the case.
   */
  private static KpiRow kpi(Channel channel, List<Interaction> list, Map<CaseId, List<Interaction>> byCase,
      int alerts) {
    Duration threshold = slThreshold(channel);
    int answered = 0;
    int abandoned = 0;
    int withinSl = 0;
    int slDenominator = 0;
    long asaSum = 0;
    long ahtSum = 0;
    int ahtCount = 0;
    int firstContacts = 0;
    int fcr = 0;
    for (Interaction i : list) {
      Optional<Instant> queued = i.firstEntered(InteractionState.QUEUED);
      Optional<Instant> active = i.firstEntered(InteractionState.ACTIVE);
      if (active.isPresent() && queued.isPresent()) {
        answered++;
        long wait = Duration.between(queued.get(), active.get()).toMillis();
        asaSum += wait;
        slDenominator++;
        if (wait <= threshold.toMillis()) {
          withinSl++;
        }
        if (DaySimulation.ENDED.contains(i.state())) {
          ahtSum += Duration.between(active.get(), i.stateSince()).toMillis();
          ahtCount++;
        }
      } else if (i.state() == InteractionState.ABANDONED) {
        abandoned++;
        if (queued.isPresent() && Duration.between(queued.get(), i.stateSince()).compareTo(threshold) > 0) {
          slDenominator++;
        }
      }
      List<Interaction> ofCase = byCase.get(i.caseId());
      if (ofCase.get(0).id().equals(i.id())) {
        firstContacts++;
        if (ofCase.size() == 1 && i.state() == InteractionState.RESOLVED) {
          fcr++;
        }
      }
    }
    return new KpiRow(channel, list.size(), answered, abandoned, ratio(abandoned, list.size()),
        answered == 0 ? 0 : asaSum / 1000.0 / answered, ahtCount == 0 ? 0 : ahtSum / 1000.0 / ahtCount,
        ratio(withinSl, slDenominator), threshold, ratio(fcr, firstContacts), alerts);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
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
    out.println("channel  contacts answered abandon%   ASA(s)   AHT(s)  SL%  (within)  FCR%  alerts");
    for (KpiRow k : kpis) {
      out.printf(Locale.ROOT, "%-8s %8d %8d %8.1f %8.1f %8.1f %5.1f (%6s) %5.1f %7d%n", k.channel(), k.contacts(),
          k.answered(), 100 * k.abandonRate(), k.asaSeconds(), k.ahtSeconds(), 100 * k.serviceLevel(),
          human(k.slThreshold()), 100 * k.fcr(), k.alerts());
    }
    out.println();
    out.printf(Locale.ROOT, "Simulated %d customers, %d agents, %d contacts (seed %d) in %.1f s of wall time.%n",
        o.customers(), o.agents(), s.contacts.size(), o.seed(), wallMillis / 1000.0);
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
    root.put("kpis", kpis.stream().map(k -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("channel", k.channel().name());
      m.put("contacts", k.contacts());
      m.put("answered", k.answered());
      m.put("abandonRate", k.abandonRate());
      m.put("asaSeconds", k.asaSeconds());
      m.put("ahtSeconds", k.ahtSeconds());
      m.put("serviceLevel", k.serviceLevel());
      m.put("serviceLevelThresholdSeconds", k.slThreshold().toSeconds());
      m.put("fcr", k.fcr());
      m.put("alerts", k.alerts());
      return m;
    }).toList());
    return root;
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
