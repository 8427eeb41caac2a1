/**
 * The cim routing engine (ACD): it matches tasks (interactions) to the best available agents by skill, proficiency,
 * priority with aging, capacity per channel and wait time, emits offers, and explains each decision.
 *
 * <p>Start with {@link dev.cim.routing.RoutingEngine#builder()}: add agents ({@link dev.cim.routing.AgentProfile},
 * {@link dev.cim.routing.CapacityModel}), set their {@link dev.cim.routing.Presence}, submit
 * {@link dev.cim.routing.Task}s, and listen for {@link dev.cim.routing.event.RoutingListener events}. Configure
 * strategy, aging, offers and queues with {@link dev.cim.routing.RoutingConfig}, and check a configuration before it
 * goes live with {@link dev.cim.routing.RoutingConfig#check(java.util.Collection)}.
 */
package dev.cim.routing;
