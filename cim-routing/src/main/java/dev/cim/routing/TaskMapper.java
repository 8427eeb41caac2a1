package dev.cim.routing;

import dev.cim.core.Router.RoutingRequest;
import dev.cim.core.bot.BotKeys;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionState;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Turns what the hub submits (an interaction and its customer) into a routing {@link Task}: the host's place to decide
 * queue, priority and skills (for example from the customer's segment).
 *
 * <p>Called on the submitting thread, outside the engine's lock; must be thread-safe and fast.
 */
@FunctionalInterface
public interface TaskMapper {

  /** How long a task waits for the customer's last agent under {@link #defaults(RoutingConfig)}. */
  Duration DEFAULT_LAST_AGENT_WAIT = Duration.ofSeconds(30);

  /**
   * Maps a request to a task.
   *
   * @param request the request; not null
   * @return the task, whose id must be the interaction's id; not null
   */
  Task map(RoutingRequest request);

  /**
   * Returns the default mapping: channel and priority from the interaction (priority capped at
   * {@link Task#MAX_PRIORITY}); queue from {@code interaction.queue()} or {@link Task#DEFAULT_QUEUE}; required skills
   * from the config's {@link RoutingConfig#topicSkills()} for the topic a bot recognised before handing off
   * ({@link BotKeys#TOPIC}), else the interaction's topic, if listed; preferred agent the
   * request's last agent, waited for {@link #DEFAULT_LAST_AGENT_WAIT} (only while that agent could take the task: see
   * {@link Task.Builder#preferredAgent}); enqueue time the first time the interaction
   * entered QUEUED (so an engine rebuilt from stored interactions keeps wait times), else its last state change;
   * priority reason the request's {@link RoutingRequest#priorityReason()} (such as the hub's segment strategy).
   *
   * @param config the configuration whose topic table to use; not null
   * @return the mapper
   * @throws NullPointerException if {@code config} is null
   */
  static TaskMapper defaults(RoutingConfig config) {
    Objects.requireNonNull(config, "config");
    Map<String, Map<dev.cim.core.model.Skill, Integer>> table = config.topicSkills();
    return request -> {
      Objects.requireNonNull(request, "request");
      Interaction i = request.interaction();
      Task.Builder b = Task.builder(i.id(), i.channel())
          .queue(i.queue().orElse(Task.DEFAULT_QUEUE))
          .priority(Math.min(i.priority(), Task.MAX_PRIORITY))
          .enqueuedAt(i.firstEntered(InteractionState.QUEUED).orElse(i.stateSince()));
      i.attributes().get(BotKeys.TOPIC).or(i::topic).map(table::get)
          .ifPresent(skills -> skills.forEach(b::require));
      request.lastAgent().ifPresent(a -> b.preferredAgent(a, DEFAULT_LAST_AGENT_WAIT));
      request.priorityReason().ifPresent(b::priorityReason);
      return b.build();
    };
  }
}
