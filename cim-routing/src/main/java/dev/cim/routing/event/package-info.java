/**
 * The routing engine's events and its listener. Start with {@link dev.cim.routing.event.RoutingListener}: register one
 * with {@link dev.cim.routing.RoutingEngine.Builder#listener(RoutingListener)}.
 *
 * <p>To drive an {@code InteractionHub}: {@link dev.cim.routing.event.TaskOffered} means offer the interaction to the
 * agent, {@link dev.cim.routing.event.TaskAssigned} means make it active with that agent, and
 * {@link dev.cim.routing.event.TaskRequeued} means put it back in the queue.
 */
package dev.cim.routing.event;
