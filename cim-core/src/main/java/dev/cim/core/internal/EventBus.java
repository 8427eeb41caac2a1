package dev.cim.core.internal;

import dev.cim.core.event.CimEvent;
import dev.cim.core.event.CimListener;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events to listeners in registration order, isolating failures: a listener that throws is logged at WARN
 * (event type only, never content) and counted, and the others still run. Thread-safe. Not API.
 */
public final class EventBus {
  private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);

  private final List<CimListener> listeners = new CopyOnWriteArrayList<>();
  private final LongAdder failures = new LongAdder();

  /**
   * Adds a listener.
   *
   * @param listener the listener; not null
   */
  public void add(CimListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Removes a listener.
   *
   * @param listener the listener; not null
   * @return true if it was registered
   */
  public boolean remove(CimListener listener) {
    return listeners.remove(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Delivers an event to every listener.
   *
   * @param event the event; not null
   */
  public void publish(CimEvent event) {
    Objects.requireNonNull(event, "event");
    for (CimListener listener : listeners) {
      try {
        event.dispatchTo(listener);
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable t) {
        failures.increment();
        // The exception's message is the host's and may carry personal data: its class only above DEBUG.
        LOG.warn("Listener {} failed on event {} with {}", listener.getClass().getName(),
            event.getClass().getSimpleName(), t.getClass().getName());
        LOG.debug("Listener {} failed", listener.getClass().getName(), t);
      }
    }
  }

  /**
   * Delivers events in order.
   *
   * @param events the events; not null
   */
  public void publishAll(List<? extends CimEvent> events) {
    for (CimEvent e : events) {
      publish(e);
    }
  }

  /**
   * Returns how many times a listener has thrown.
   *
   * @return the count
   */
  public long failures() {
    return failures.sum();
  }
}
