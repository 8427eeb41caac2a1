package dev.cim.routing.event;

import dev.cim.core.model.InteractionId;
import java.time.Instant;
import java.util.Objects;

/**
 * A task waited too long in a queue and moved to its overflow queue, keeping its enqueue time.
 *
 * <p>Immutable and thread-safe.
 *
 * @param taskId the task; not null
 * @param fromQueue the queue it left; not null
 * @param toQueue the queue it now waits in; not null
 * @param occurredAt when, from the engine clock; not null
 */
public record TaskOverflowed(InteractionId taskId, String fromQueue, String toQueue, Instant occurredAt) implements RoutingEvent {

  /**
   * Validates the event.
   *
   * @throws NullPointerException if an argument is null
   */
  public TaskOverflowed {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(fromQueue, "fromQueue");
    Objects.requireNonNull(toQueue, "toQueue");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public void dispatchTo(RoutingListener listener) {
    listener.onOverflowed(this);
  }
}
