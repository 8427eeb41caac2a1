package dev.cim.routing;

import dev.cim.routing.event.OfferAccepted;
import dev.cim.routing.event.OfferRejected;
import dev.cim.routing.event.OfferTimedOut;
import dev.cim.routing.event.RoutingEvent;
import dev.cim.routing.event.RoutingListener;
import dev.cim.routing.event.TaskAssigned;
import dev.cim.routing.event.TaskCancelled;
import dev.cim.routing.event.TaskCompleted;
import dev.cim.routing.event.TaskOffered;
import dev.cim.routing.event.TaskOverflowed;
import dev.cim.routing.event.TaskRequeued;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every event, in order. */
final class Recorder implements RoutingListener {
  final List<RoutingEvent> events = new CopyOnWriteArrayList<>();

  <T extends RoutingEvent> List<T> of(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Override
  public void onOffered(TaskOffered e) {
    events.add(e);
  }

  @Override
  public void onAccepted(OfferAccepted e) {
    events.add(e);
  }

  @Override
  public void onRejected(OfferRejected e) {
    events.add(e);
  }

  @Override
  public void onTimedOut(OfferTimedOut e) {
    events.add(e);
  }

  @Override
  public void onAssigned(TaskAssigned e) {
    events.add(e);
  }

  @Override
  public void onRequeued(TaskRequeued e) {
    events.add(e);
  }

  @Override
  public void onOverflowed(TaskOverflowed e) {
    events.add(e);
  }

  @Override
  public void onCancelled(TaskCancelled e) {
    events.add(e);
  }

  @Override
  public void onCompleted(TaskCompleted e) {
    events.add(e);
  }

  @Override
  public void onWithdrawn(dev.cim.routing.event.OfferWithdrawn e) {
    events.add(e);
  }
}
