package dev.cim.core.analytics;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.InteractionId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Folds facts, in time order, into per-group KPI totals: the one place the formulas of {@link Kpis} are computed.
 * It keeps state only for open interactions, agents' current activity and resolutions still inside the FCR window.
 * Not thread-safe.
 */
final class KpiAccumulator {
  private enum Mode { NONE, TALK, HOLD, WRAP }

  /** What is known of one interaction that has not ended. */
  private static final class Open {
    Instant waitStart;
    boolean queuedOnce;
    boolean answered;
    boolean transferred;
    Mode mode = Mode.NONE;
    Instant segmentStart;
    long talk;
    long hold;
    long wrap;
    Instant unansweredSince;
    boolean firstResponded;
    boolean botEnded;
  }

  private record Pending(CaseId caseId, Instant resolvedAt, String key) {}

  private record Activity(AgentActivity activity, Instant since, String key) {}

  /** Mutable counts of one group. */
  private static final class Totals {
    long contacts;
    long answered;
    long answeredWithin;
    long abandoned;
    long abandonedShort;
    long abandonedWithin;
    Mean asa = Mean.NONE;
    Mean handle = Mean.NONE;
    Mean talk = Mean.NONE;
    Mean hold = Mean.NONE;
    Mean wrap = Mean.NONE;
    long resolved;
    long repeated;
    Mean frt = Mean.NONE;
    Mean rt = Mean.NONE;
    long busy;
    long available;
    long transferred;
    long botEnded;
    long botResolved;
    long csatAnswers;
    long csatSatisfied;
    long promoters;
    long detractors;
    long npsAnswers;
    Mean ces = Mean.NONE;
  }

  private final KpiConfig config;
  private final Function<Fact, String> keyOf;
  private final Map<String, Totals> totals = new TreeMap<>();
  private final Map<InteractionId, Open> open = new HashMap<>();
  private final Map<CaseId, List<Pending>> pendingByCase = new HashMap<>();
  private final ArrayDeque<Pending> pendingInOrder = new ArrayDeque<>();
  private final Map<AgentId, Activity> activities = new HashMap<>();

  KpiAccumulator(KpiConfig config, Function<Fact, String> keyOf) {
    this.config = config;
    this.keyOf = keyOf;
  }

  private Totals totals(Fact f) {
    return totals.computeIfAbsent(keyOf.apply(f), k -> new Totals());
  }

  void accept(Fact f) {
    totals(f); // every key met gets a report, even one no measure counts in
    expireResolutions(f.at());
    switch (f.type()) {
      case PRESENCE -> presence(f);
      case SURVEY -> survey(f);
      default -> interaction(f);
    }
  }

  private void expireResolutions(Instant now) {
    while (!pendingInOrder.isEmpty() && pendingInOrder.peekFirst().resolvedAt().plus(config.fcrWindow())
        .isBefore(now)) {
      Pending p = pendingInOrder.pollFirst();
      List<Pending> ofCase = pendingByCase.get(p.caseId());
      ofCase.remove(p);
      if (ofCase.isEmpty()) {
        pendingByCase.remove(p.caseId());
      }
    }
  }

  private void presence(Fact f) {
    AgentId agent = f.dimensions().agent().orElseThrow();
    Activity before = activities.put(agent, new Activity(f.activity().orElseThrow(), f.at(), keyOf.apply(f)));
    if (before != null) {
      addActivity(totals.computeIfAbsent(before.key(), k -> new Totals()), before, f.at());
    }
  }

  private static void addActivity(Totals t, Activity a, Instant until) {
    long ms = Math.max(0, Duration.between(a.since(), until).toMillis());
    if (a.activity() == AgentActivity.BUSY) {
      t.busy += ms;
    } else if (a.activity() == AgentActivity.AVAILABLE) {
      t.available += ms;
    }
  }

  private void survey(Fact f) {
    SurveyResponse r = f.survey().orElseThrow();
    Totals t = totals(f);
    r.csat().ifPresent(v -> {
      t.csatAnswers++;
      if (v >= 4) {
        t.csatSatisfied++;
      }
    });
    r.nps().ifPresent(v -> {
      t.npsAnswers++;
      if (v >= 9) {
        t.promoters++;
      } else if (v <= 6) {
        t.detractors++;
      }
    });
    r.ces().ifPresent(v -> t.ces = t.ces.plus(v));
  }

  private void interaction(Fact f) {
    InteractionId id = f.interactionId().orElseThrow();
    Open o = open.computeIfAbsent(id, k -> new Open());
    Instant at = f.at();
    FactType type = f.type();
    if (type == FactType.CUSTOMER_MESSAGE || type == FactType.AGENT_MESSAGE) {
      message(f, o);
      return;
    }
    if (type == FactType.BOT_HANDOFF || type == FactType.BOT_RESOLVED) {
      bot(f, o);
      return;
    }
    closeSegment(o, at);
    switch (type) {
      case ARRIVED -> {
        totals(f).contacts++;
        if (o.waitStart == null) {
          o.waitStart = at;
        }
        repeatContact(f.caseId().orElseThrow(), at);
      }
      case QUEUED -> {
        if (!o.queuedOnce && !o.answered) {
          o.waitStart = at;
        }
        o.queuedOnce = true;
      }
      case ANSWERED -> {
        o.mode = Mode.TALK;
        if (!o.answered && o.waitStart != null) {
          o.answered = true;
          Totals t = totals(f);
          long wait = Duration.between(o.waitStart, at).toMillis();
          t.answered++;
          t.asa = t.asa.plus(wait);
          if (wait <= threshold(f)) {
            t.answeredWithin++;
          }
        }
      }
      case HOLD_STARTED -> o.mode = Mode.HOLD;
      case HOLD_ENDED -> o.mode = Mode.TALK;
      case WRAP_UP_STARTED -> o.mode = Mode.WRAP;
      case TRANSFERRED -> {
        if (o.answered && !o.transferred) {
          o.transferred = true;
          totals(f).transferred++;
        }
      }
      case RESOLVED, CLOSED, ABANDONED -> end(f, o);
      default -> { } // OFFERED, WRAP_UP_ENDED: the segment was closed above
    }
  }

  private void message(Fact f, Open o) {
    if (!f.dimensions().channel().map(config.writtenChannels()::contains).orElse(false)) {
      return;
    }
    if (f.type() == FactType.CUSTOMER_MESSAGE) {
      if (o.unansweredSince == null) {
        o.unansweredSince = f.at();
      }
    } else if (o.unansweredSince != null) {
      long ms = Duration.between(o.unansweredSince, f.at()).toMillis();
      Totals t = totals(f);
      t.rt = t.rt.plus(ms);
      if (!o.firstResponded) {
        t.frt = t.frt.plus(ms);
      }
      o.firstResponded = true;
      o.unansweredSince = null;
    } else {
      o.firstResponded = true; // an agent who writes first leaves nothing to respond to
    }
  }

  /** Containment counts the first bot outcome of a life; a hand-off restarts the wait for a written reply. */
  private void bot(Fact f, Open o) {
    if (!o.botEnded) {
      o.botEnded = true;
      Totals t = totals(f);
      t.botEnded++;
      if (f.type() == FactType.BOT_RESOLVED) {
        t.botResolved++;
      }
    }
    boolean written = f.dimensions().channel().map(config.writtenChannels()::contains).orElse(false);
    if (f.type() == FactType.BOT_HANDOFF && written && o.unansweredSince != null) {
      o.unansweredSince = f.at();
    }
  }

  private long threshold(Fact f) {
    return config.serviceLevelThreshold(f.dimensions().channel().orElseThrow()).toMillis();
  }

  private void closeSegment(Open o, Instant at) {
    if (o.mode != Mode.NONE) {
      long ms = Math.max(0, Duration.between(o.segmentStart, at).toMillis());
      switch (o.mode) {
        case TALK -> o.talk += ms;
        case HOLD -> o.hold += ms;
        case WRAP -> o.wrap += ms;
        default -> { }
      }
    }
    o.mode = Mode.NONE;
    o.segmentStart = at;
  }

  private void end(Fact f, Open o) {
    InteractionId id = f.interactionId().orElseThrow();
    open.remove(id);
    Totals t = totals(f);
    if (f.type() == FactType.ABANDONED && !o.answered) {
      if (o.waitStart != null) {
        long wait = Duration.between(o.waitStart, f.at()).toMillis();
        t.abandoned++;
        if (wait < config.shortAbandon().toMillis()) {
          t.abandonedShort++;
        }
        if (wait <= threshold(f)) {
          t.abandonedWithin++;
        }
      }
      return;
    }
    if (o.answered) {
      t.handle = t.handle.plus(o.talk + o.hold + o.wrap);
      t.talk = t.talk.plus(o.talk);
      t.hold = t.hold.plus(o.hold);
      t.wrap = t.wrap.plus(o.wrap);
    }
    if (f.type() == FactType.RESOLVED) {
      t.resolved++;
      Pending p = new Pending(f.caseId().orElseThrow(), f.at(), keyOf.apply(f));
      pendingByCase.computeIfAbsent(p.caseId(), k -> new ArrayList<>()).add(p);
      pendingInOrder.addLast(p);
    }
  }

  private void repeatContact(CaseId caseId, Instant at) {
    List<Pending> ofCase = pendingByCase.get(caseId);
    if (ofCase == null) {
      return;
    }
    for (Iterator<Pending> it = ofCase.iterator(); it.hasNext(); ) {
      Pending p = it.next();
      if (p.resolvedAt().isBefore(at)) {
        totals.computeIfAbsent(p.key(), k -> new Totals()).repeated++;
        it.remove();
        pendingInOrder.remove(p);
      }
    }
    if (ofCase.isEmpty()) {
      pendingByCase.remove(caseId);
    }
  }

  /** Returns the report of every group, open activities counted up to {@code end}. */
  Map<String, KpiReport> reports(Instant end) {
    Map<String, Totals> withOpen = new TreeMap<>();
    for (Activity a : activities.values()) {
      withOpen.computeIfAbsent(a.key(), k -> new Totals());
    }
    Map<String, KpiReport> out = new TreeMap<>();
    for (String key : union(totals.keySet(), withOpen.keySet())) {
      Totals t = totals.getOrDefault(key, new Totals());
      long busy = t.busy;
      long available = t.available;
      for (Activity a : activities.values()) {
        if (a.key().equals(key)) {
          Totals extra = new Totals();
          addActivity(extra, a, end);
          busy += extra.busy;
          available += extra.available;
        }
      }
      out.put(key, report(t, busy, available));
    }
    return out;
  }

  private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
    java.util.TreeSet<String> all = new java.util.TreeSet<>(a);
    all.addAll(b);
    return new ArrayList<>(all);
  }

  private KpiReport report(Totals t, long busy, long available) {
    long a = t.answered;
    long b = t.abandoned;
    long slDenominator = switch (config.abandonedPolicy()) {
      case EXCLUDED -> a;
      case COUNTED_AS_MISSED -> a + b;
      case SHORT_EXCLUDED -> a + b - t.abandonedShort;
      case WITHIN_THRESHOLD_EXCLUDED -> a + b - t.abandonedWithin;
    };
    return new KpiReport(t.contacts, a, b, t.abandonedShort, t.asa, new Ratio(t.answeredWithin, slDenominator),
        new Ratio(b - t.abandonedShort, a + b - t.abandonedShort), t.handle, t.talk, t.hold, t.wrap,
        new Ratio(t.resolved - t.repeated, t.resolved), t.frt, t.rt, new Ratio(busy, busy + available),
        new Ratio(t.transferred, a), new Ratio(t.csatSatisfied, t.csatAnswers),
        new Nps(t.promoters, t.detractors, t.npsAnswers), t.ces, new Ratio(t.botResolved, t.botEnded));
  }
}
