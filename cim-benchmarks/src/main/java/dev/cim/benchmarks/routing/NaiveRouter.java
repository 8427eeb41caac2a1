package dev.cim.benchmarks.routing;

import dev.cim.core.model.Channel;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Skill;
import dev.cim.routing.AgentProfile;
import dev.cim.routing.CapacityModel;
import dev.cim.routing.Task;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The baseline: the same rules (skills, levels, capacity budget, longest idle; priority with aging then FIFO), but
 * every decision scans every agent (new task) or every waiting task (freed agent). One lock, like the engine.
 */
final class NaiveRouter implements DecisionRouter {
  private static final double AGING_PER_MINUTE = 1.0;

  private static final class Agent {
    final AgentProfile profile;
    final Map<Channel, Integer> load = new HashMap<>();
    int used;
    long readySeq;

    Agent(AgentProfile profile) {
      this.profile = profile;
    }

    boolean canTake(Channel c) {
      CapacityModel m = profile.capacity();
      int limit = m.limit(c);
      return limit > 0 && load.getOrDefault(c, 0) < limit && used + m.weight(c) <= m.budget();
    }

    boolean has(Map<Skill, Integer> required) {
      for (Map.Entry<Skill, Integer> e : required.entrySet()) {
        if (profile.skills().getOrDefault(e.getKey(), 0) < e.getValue()) {
          return false;
        }
      }
      return true;
    }
  }

  private static final class Held {
    final Task task;
    final long enqueuedAt;
    final long seq;
    final double rank;
    Agent agent;

    Held(Task task, long enqueuedAt, long seq, long epoch) {
      this.task = task;
      this.enqueuedAt = enqueuedAt;
      this.seq = seq;
      this.rank = task.priority() - AGING_PER_MINUTE * ((enqueuedAt - epoch) / 60_000.0);
    }
  }

  private final Queue<InteractionId> assigned = new ConcurrentLinkedQueue<>();
  private final List<Agent> agents = new ArrayList<>();
  private final List<Held> waiting = new ArrayList<>();
  private final Map<InteractionId, Held> held = new HashMap<>();
  private final long epoch = System.currentTimeMillis();
  private long seq;

  @Override
  public synchronized void addAvailableAgent(AgentProfile profile) {
    Agent a = new Agent(profile);
    a.readySeq = seq++;
    agents.add(a);
    matchAgent(a);
  }

  @Override
  public synchronized void submit(Task task) {
    Held h = new Held(task, System.currentTimeMillis(), seq++, epoch);
    held.put(task.id(), h);
    Agent best = null;
    for (Agent a : agents) {
      if (a.canTake(task.channel()) && a.has(task.required()) && (best == null || a.readySeq < best.readySeq)) {
        best = a;
      }
    }
    if (best == null) {
      waiting.add(h);
    } else {
      assign(h, best);
    }
  }

  private void assign(Held h, Agent a) {
    h.agent = a;
    a.load.merge(h.task.channel(), 1, Integer::sum);
    a.used += a.profile.capacity().weight(h.task.channel());
    a.readySeq = seq++;
    assigned.add(h.task.id());
  }

  @Override
  public synchronized void complete(InteractionId id) {
    free(held.remove(id));
  }

  @Override
  public synchronized void cancel(InteractionId id) {
    Held h = held.remove(id);
    if (h.agent == null) {
      waiting.remove(h);
    } else {
      free(h);
    }
  }

  private void free(Held h) {
    Agent a = h.agent;
    a.load.merge(h.task.channel(), -1, Integer::sum);
    a.used -= a.profile.capacity().weight(h.task.channel());
    matchAgent(a);
  }

  private void matchAgent(Agent a) {
    while (true) {
      int best = -1;
      for (int i = 0; i < waiting.size(); i++) {
        Held h = waiting.get(i);
        if (a.canTake(h.task.channel()) && a.has(h.task.required())) {
          Held b = best < 0 ? null : waiting.get(best);
          if (b == null || h.rank > b.rank || (h.rank == b.rank && h.seq < b.seq)) {
            best = i;
          }
        }
      }
      if (best < 0) {
        return;
      }
      Held h = waiting.get(best);
      waiting.set(best, waiting.get(waiting.size() - 1));
      waiting.remove(waiting.size() - 1);
      assign(h, a);
    }
  }

  @Override
  public synchronized boolean abandonIfWaiting(InteractionId id) {
    Held h = held.get(id);
    if (h == null || h.agent != null) {
      return false;
    }
    cancel(id);
    return true;
  }

  @Override
  public synchronized int waiting() {
    return waiting.size();
  }

  @Override
  public Queue<InteractionId> assigned() {
    return assigned;
  }
}
