package dev.cim.core;

import dev.cim.core.bot.BotKeys;
import dev.cim.core.bot.BotPolicy;
import dev.cim.core.bot.BotReply;
import dev.cim.core.bot.BotTurn;
import dev.cim.core.model.Attributes;
import dev.cim.core.model.Channel;
import dev.cim.core.model.Customer;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.Message;
import dev.cim.core.segment.SegmentStrategies;
import dev.cim.core.segment.ServiceStrategy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's receive-time strategy step (#10): applies the segment strategy to a new interaction, picks the policy for a new interaction, calls the bot within its time budget, and turns a
 * failure or overrun into a hand-off. It stores nothing; the hub stores what it decides. Thread-safe (immutable).
 */
final class BotStep {
  private static final Logger LOG = LoggerFactory.getLogger(BotStep.class);

  static final BotStep NONE = new BotStep(List.of(), Clock.systemUTC());

  private final Map<String, BotPolicy> policies;
  private final Clock clock;

  BotStep(List<BotPolicy> policies, Clock clock) {
    Map<String, BotPolicy> byName = new LinkedHashMap<>();
    for (BotPolicy p : policies) {
      if (byName.putIfAbsent(p.name(), p) != null) {
        throw new IllegalArgumentException("bot policy names must be unique, but '" + p.name() + "' came twice");
      }
    }
    this.policies = byName;
    this.clock = clock;
  }

  /** Returns the first policy that covers a new interaction on this channel and topic. */
  Optional<BotPolicy> policyFor(Channel channel, Optional<String> topic) {
    return policies.values().stream().filter(p -> p.appliesTo(channel, topic)).findFirst();
  }

  /**
   * Prepares a new interaction before it is stored: applies the customer's segment strategy (priority, queue,
   * attributes), then marks it as taken by a bot policy: the segment's named one, none if the segment never uses
   * bots, else the first policy that covers its channel and topic.
   */
  Interaction take(Interaction fresh, Optional<SegmentStrategies.Match> segment) {
    Interaction i = segment.map(m -> m.applyTo(fresh)).orElse(fresh);
    ServiceStrategy.BotUse use = segment.map(m -> m.strategy().bot()).orElse(ServiceStrategy.BotUse.AS_CONFIGURED);
    Optional<BotPolicy> policy = switch (use) {
      case NEVER -> Optional.empty();
      case NAMED -> Optional.of(policies.get(segment.get().strategy().botPolicy().orElseThrow()));
      case AS_CONFIGURED -> policyFor(i.channel(), i.topic());
    };
    return policy.map(p -> i.withAttributes(i.attributes().with(BotKeys.POLICY, p.name()))).orElse(i);
  }

  /** Checks that every bot policy the segments name exists. */
  void check(SegmentStrategies segments) {
    for (SegmentStrategies.Match m : segments.segments()) {
      Optional<String> named = m.strategy().botPolicy();
      if (named.isPresent() && !policies.containsKey(named.get())) {
        throw new IllegalStateException("segment " + m.segment() + " names bot policy '" + named.get()
            + "', but the hub has only " + policies.keySet());
      }
    }
  }

  /** Returns the policy whose bot still holds this interaction: NEW, taken by a policy, no outcome yet. */
  Optional<BotPolicy> holding(Interaction i) {
    if (i.state() != InteractionState.NEW || i.attributes().get(BotKeys.OUTCOME).isPresent()) {
      return Optional.empty();
    }
    return i.attributes().get(BotKeys.POLICY).map(policies::get);
  }

  /**
   * Calls the bot. A bot that throws, returns null or takes longer than its budget by the clock yields a hand-off
   * with reason {@link BotKeys#REASON_FAILED} or {@link BotKeys#REASON_TIMEOUT}, without text.
   */
  BotReply decide(BotPolicy policy, BotTurn turn) {
    Instant start = clock.instant();
    BotReply reply;
    try {
      reply = Objects.requireNonNull(call(policy, turn), "reply");
    } catch (TimeoutException e) {
      LOG.warn("Bot of policy {} did not answer within {} on interaction {}; handing off", policy.name(),
          policy.timeBudget(), turn.interaction().id());
      return BotReply.handOff(BotKeys.REASON_TIMEOUT, null, Map.of());
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable t) {
      // The exception's message is the host's and may quote the customer: its class only above DEBUG.
      LOG.warn("Bot of policy {} failed on message {} of interaction {} with {}; handing off", policy.name(),
          turn.message().id(), turn.interaction().id(), t.getClass().getName());
      LOG.debug("Bot of policy {} failed", policy.name(), t);
      return BotReply.handOff(BotKeys.REASON_FAILED, null, Map.of());
    }
    Duration took = Duration.between(start, clock.instant());
    if (took.compareTo(policy.timeBudget()) > 0) {
      LOG.warn("Bot of policy {} took {} (budget {}) on interaction {}; discarding its reply and handing off",
          policy.name(), took, policy.timeBudget(), turn.interaction().id());
      return BotReply.handOff(BotKeys.REASON_TIMEOUT, null, Map.of());
    }
    return reply;
  }

  /** Returns the interaction with the hand-off's attributes (and the bot's topic, if it had none), still NEW. */
  static Interaction withHandOff(Interaction i, BotReply handOff, Instant at) {
    Attributes a = i.attributes().with(BotKeys.OUTCOME, BotKeys.OUTCOME_HANDED_OFF)
        .with(BotKeys.REASON, handOff.reason().orElseThrow()).with(BotKeys.HANDED_OFF_AT, at);
    if (handOff.topic().isPresent()) {
      a = a.with(BotKeys.TOPIC, handOff.topic().get());
    }
    for (Entry<String, String> f : handOff.fields().entrySet()) {
      a = a.with(BotKeys.field(f.getKey()), f.getValue());
    }
    Interaction out = i.withAttributes(a);
    return i.topic().isEmpty() && handOff.topic().isPresent() ? out.withTopic(handOff.topic().get()) : out;
  }

  /**
   * Calls the bot: on this thread, or on the policy's executor, waiting at most the time budget in real time.
   *
   * @throws TimeoutException if the executor's call did not finish within the budget (it is then cancelled)
   * @throws Throwable whatever the bot threw
   */
  private static BotReply call(BotPolicy policy, BotTurn turn) throws Throwable {
    if (policy.executor().isEmpty()) {
      return policy.bot().respond(turn);
    }
    FutureTask<BotReply> task = new FutureTask<>(() -> policy.bot().respond(turn));
    policy.executor().get().execute(task);
    try {
      return task.get(policy.timeBudget().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      throw e.getCause();
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw new TimeoutException("interrupted while waiting for the bot");
    }
  }
}
