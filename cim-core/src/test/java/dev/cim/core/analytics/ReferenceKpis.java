package dev.cim.core.analytics;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.InteractionId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A second, deliberately plain reading of the formulas in {@link Kpis}: facts are grouped per interaction "life" (up
 * to and including a terminal fact) and each KPI is computed by looking at the whole list, not by folding. Slow and
 * simple, for properties only.
 */
final class ReferenceKpis {
  private ReferenceKpis() {}

  private static final class Counts {
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

  static Map<String, KpiReport> compute(KpiConfig config, List<Fact> input, Instant end, Function<Fact, String> key) {
    List<Fact> facts = new ArrayList<>(input);
    facts.sort(Kpis.ORDER);
    Map<String, Counts> counts = new TreeMap<>();
    Function<Fact, Counts> of = f -> counts.computeIfAbsent(key.apply(f), k -> new Counts());

    facts.forEach(of::apply); // every key met gets a report
    // Lives of interactions.
    Map<InteractionId, List<Fact>> current = new HashMap<>();
    List<List<Fact>> lives = new ArrayList<>();
    for (Fact f : facts) {
      if (!f.type().isInteractionFact()) {
        continue;
      }
      List<Fact> life = current.computeIfAbsent(f.interactionId().get(), k -> {
        List<Fact> l = new ArrayList<>();
        lives.add(l);
        return l;
      });
      life.add(f);
      if (f.type().isTerminal()) {
        current.remove(f.interactionId().get());
      }
    }
    for (List<Fact> life : lives) {
      life(config, life, of);
    }
    for (Fact f : facts) {
      if (f.type() == FactType.ARRIVED) {
        of.apply(f).contacts++;
      }
      if (f.type() == FactType.RESOLVED) {
        of.apply(f).resolved++;
        Instant r = f.at();
        boolean repeated = facts.stream().anyMatch(g -> g.type() == FactType.ARRIVED && g.caseId().equals(f.caseId())
            && g.at().isAfter(r) && !g.at().isAfter(r.plus(config.fcrWindow())));
        if (repeated) {
          of.apply(f).repeated++;
        }
      }
      if (f.type() == FactType.SURVEY) {
        SurveyResponse s = f.survey().get();
        Counts c = of.apply(f);
        if (s.csat().isPresent()) {
          c.csatAnswers++;
          c.csatSatisfied += s.csat().get() >= 4 ? 1 : 0;
        }
        if (s.nps().isPresent()) {
          c.npsAnswers++;
          c.promoters += s.nps().get() >= 9 ? 1 : 0;
          c.detractors += s.nps().get() <= 6 ? 1 : 0;
        }
        if (s.ces().isPresent()) {
          c.ces = c.ces.plus(s.ces().get());
        }
      }
    }
    Map<AgentId, List<Fact>> presence = new LinkedHashMap<>();
    facts.stream().filter(f -> f.type() == FactType.PRESENCE)
        .forEach(f -> presence.computeIfAbsent(f.dimensions().agent().get(), k -> new ArrayList<>()).add(f));
    for (List<Fact> p : presence.values()) {
      for (int i = 0; i < p.size(); i++) {
        Fact f = p.get(i);
        Instant until = i + 1 < p.size() ? p.get(i + 1).at() : end;
        long ms = Math.max(0, Duration.between(f.at(), until).toMillis());
        Counts c = of.apply(f);
        if (f.activity().get() == AgentActivity.BUSY) {
          c.busy += ms;
        } else if (f.activity().get() == AgentActivity.AVAILABLE) {
          c.available += ms;
        }
      }
    }
    Map<String, KpiReport> out = new TreeMap<>();
    counts.forEach((k, c) -> out.put(k, report(config, c)));
    return out;
  }

  private static Instant waitStartBefore(List<Fact> life, int index) {
    Instant arrived = null;
    for (int i = 0; i < index; i++) {
      Fact f = life.get(i);
      if (f.type() == FactType.QUEUED) {
        return f.at();
      }
      if (f.type() == FactType.ARRIVED && arrived == null) {
        arrived = f.at();
      }
    }
    return arrived;
  }

  private static void life(KpiConfig config, List<Fact> life, Function<Fact, Counts> of) {
    int answer = -1;
    for (int i = 0; i < life.size() && answer < 0; i++) {
      if (life.get(i).type() == FactType.ANSWERED && waitStartBefore(life, i) != null) {
        answer = i;
      }
    }
    if (answer >= 0) {
      Fact a = life.get(answer);
      long wait = Duration.between(waitStartBefore(life, answer), a.at()).toMillis();
      Counts c = of.apply(a);
      c.answered++;
      c.asa = c.asa.plus(wait);
      c.answeredWithin += wait <= threshold(config, a) ? 1 : 0;
      for (int i = answer + 1; i < life.size(); i++) {
        if (life.get(i).type() == FactType.TRANSFERRED) {
          of.apply(life.get(i)).transferred++;
          break;
        }
      }
    }
    Fact last = life.get(life.size() - 1);
    if (last.type() == FactType.ABANDONED && answer < 0) {
      Instant start = waitStartBefore(life, life.size() - 1);
      if (start != null) {
        long wait = Duration.between(start, last.at()).toMillis();
        Counts c = of.apply(last);
        c.abandoned++;
        c.abandonedShort += wait < config.shortAbandon().toMillis() ? 1 : 0;
        c.abandonedWithin += wait <= threshold(config, last) ? 1 : 0;
      }
    } else if (last.type().isTerminal() && answer >= 0) {
      long[] byMode = new long[3]; // talk, hold, wrap
      Fact previous = null;
      for (Fact f : life) {
        if (f.type() == FactType.CUSTOMER_MESSAGE || f.type() == FactType.AGENT_MESSAGE
            || f.type() == FactType.BOT_HANDOFF || f.type() == FactType.BOT_RESOLVED) {
          continue;
        }
        if (previous != null) {
          int mode = switch (previous.type()) {
            case ANSWERED, HOLD_ENDED -> 0;
            case HOLD_STARTED -> 1;
            case WRAP_UP_STARTED -> 2;
            default -> -1;
          };
          if (mode >= 0) {
            byMode[mode] += Math.max(0, Duration.between(previous.at(), f.at()).toMillis());
          }
        }
        previous = f;
      }
      Counts c = of.apply(last);
      c.handle = c.handle.plus(byMode[0] + byMode[1] + byMode[2]);
      c.talk = c.talk.plus(byMode[0]);
      c.hold = c.hold.plus(byMode[1]);
      c.wrap = c.wrap.plus(byMode[2]);
    }
    // Containment: the first bot outcome of the life.
    life.stream().filter(f -> f.type() == FactType.BOT_HANDOFF || f.type() == FactType.BOT_RESOLVED).findFirst()
        .ifPresent(f -> {
          Counts c = of.apply(f);
          c.botEnded++;
          c.botResolved += f.type() == FactType.BOT_RESOLVED ? 1 : 0;
        });
    // Responses: each agent message answers the customer messages since the previous agent message.
    boolean firstAgentMessage = true;
    Instant oldestUnanswered = null;
    for (Fact f : life) {
      boolean written = config.writtenChannels().contains(f.dimensions().channel().get());
      if (!written) {
        continue;
      }
      if (f.type() == FactType.CUSTOMER_MESSAGE && oldestUnanswered == null) {
        oldestUnanswered = f.at();
      } else if (f.type() == FactType.BOT_HANDOFF && oldestUnanswered != null) {
        oldestUnanswered = f.at(); // the customer waits for a human only from the hand-off
      } else if (f.type() == FactType.AGENT_MESSAGE) {
        if (oldestUnanswered != null) {
          long ms = Duration.between(oldestUnanswered, f.at()).toMillis();
          Counts c = of.apply(f);
          c.rt = c.rt.plus(ms);
          if (firstAgentMessage) {
            c.frt = c.frt.plus(ms);
          }
        }
        firstAgentMessage = false;
        oldestUnanswered = null;
      }
    }
  }

  private static long threshold(KpiConfig config, Fact f) {
    return config.serviceLevelThreshold(f.dimensions().channel().get()).toMillis();
  }

  private static KpiReport report(KpiConfig config, Counts c) {
    long a = c.answered;
    long b = c.abandoned;
    long d = switch (config.abandonedPolicy()) {
      case EXCLUDED -> a;
      case COUNTED_AS_MISSED -> a + b;
      case SHORT_EXCLUDED -> a + b - c.abandonedShort;
      case WITHIN_THRESHOLD_EXCLUDED -> a + b - c.abandonedWithin;
    };
    return new KpiReport(c.contacts, a, b, c.abandonedShort, c.asa, new Ratio(c.answeredWithin, d),
        new Ratio(b - c.abandonedShort, a + b - c.abandonedShort), c.handle, c.talk, c.hold, c.wrap,
        new Ratio(c.resolved - c.repeated, c.resolved), c.frt, c.rt, new Ratio(c.busy, c.busy + c.available),
        new Ratio(c.transferred, a), new Ratio(c.csatSatisfied, c.csatAnswers),
        new Nps(c.promoters, c.detractors, c.npsAnswers), c.ces, new Ratio(c.botResolved, c.botEnded));
  }
}
