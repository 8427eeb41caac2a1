package dev.cim.routing.sim;

import dev.cim.core.model.Channel;
import dev.cim.core.model.Skill;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Contacts of one queue and channel: when they arrive, how long they take, how long customers wait before
 * abandoning, and what they require of an agent.
 *
 * <p>Immutable and thread-safe.
 *
 * @param queue the engine queue the contacts go to; 1 to 128 characters, not blank; not null
 * @param channel the channel; not null
 * @param arrivals the arrival process; not null
 * @param handleTime the handle-time distribution (talk time; wrap-up is the agent's); not null
 * @param patience the patience distribution, empty for customers who never abandon; not null
 * @param required minimum level by required skill, each 1 to 10; not null
 * @param priority the task priority, 0 to 1000
 * @since 0.1.0
 */
public record ContactStream(String queue, Channel channel, ArrivalProcess arrivals, Distribution handleTime,
    Optional<Distribution> patience, Map<Skill, Integer> required, int priority) {

  /**
   * Validates and copies the arguments.
   *
   * @throws NullPointerException if an argument or entry is null
   * @throws IllegalArgumentException if the queue is blank or too long, a level or the priority is out of range
   */
  public ContactStream {
    Objects.requireNonNull(queue, "queue");
    if (queue.isBlank() || queue.length() > 128) {
      throw new IllegalArgumentException("queue must be 1 to 128 characters and not blank, but was '" + queue + "'");
    }
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(arrivals, "arrivals");
    Objects.requireNonNull(handleTime, "handleTime");
    Objects.requireNonNull(patience, "patience");
    required = Map.copyOf(required);
    required.forEach(Skill::checkLevel);
    if (priority < 0 || priority > 1000) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "priority must be between 0 and 1000, but was %d", priority));
    }
  }

  /**
   * Returns a stream with no requirements, priority 0 and customers who never abandon.
   *
   * @param queue the queue; not null
   * @param channel the channel; not null
   * @param arrivals the arrivals; not null
   * @param handleTime the handle time; not null
   * @return the stream
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the queue is blank or too long
   */
  public static ContactStream of(String queue, Channel channel, ArrivalProcess arrivals, Distribution handleTime) {
    return new ContactStream(queue, channel, arrivals, handleTime, Optional.empty(), Map.of(), 0);
  }

  /**
   * Returns a copy whose customers abandon after a patience drawn from {@code p}.
   *
   * @param p the patience distribution; not null
   * @return the copy
   * @throws NullPointerException if {@code p} is null
   */
  public ContactStream withPatience(Distribution p) {
    return new ContactStream(queue, channel, arrivals, handleTime, Optional.of(Objects.requireNonNull(p, "p")),
        required, priority);
  }

  /**
   * Returns a copy with other required skills.
   *
   * @param r minimum level by skill; not null
   * @return the copy
   * @throws NullPointerException if {@code r} or an entry is null
   * @throws IllegalArgumentException if a level is out of range
   */
  public ContactStream withRequired(Map<Skill, Integer> r) {
    return new ContactStream(queue, channel, arrivals, handleTime, patience, r, priority);
  }

  /**
   * Returns a copy with another priority.
   *
   * @param p 0 to 1000
   * @return the copy
   * @throws IllegalArgumentException if {@code p} is out of range
   */
  public ContactStream withPriority(int p) {
    return new ContactStream(queue, channel, arrivals, handleTime, patience, required, p);
  }
}
