/**
 * The cim routing engine (ACD): it matches tasks (interactions) to the best available agents by skill, proficiency,
 * priority with aging, capacity per channel and wait time, emits offers, and explains each decision.
 *
 * <p>Start with {@link dev.cim.routing.RoutingEngine#builder()}: add agents ({@link dev.cim.routing.AgentProfile},
 * {@link dev.cim.routing.CapacityModel}), set their {@link dev.cim.routing.Presence}, submit
 * {@link dev.cim.routing.Task}s, and listen for {@link dev.cim.routing.event.RoutingListener events}. Configure
 * strategy, aging, offers and queues with {@link dev.cim.routing.RoutingConfig}, and check a configuration before it
 * goes live with {@link dev.cim.routing.RoutingConfig#check(java.util.Collection)}. Optional modes: offering a task to
 * several agents at once ({@link dev.cim.routing.RoutingConfig#offerFanOut()}), a fairness cap on consecutive
 * negative-sentiment tasks ({@link dev.cim.routing.RoutingConfig#negativeStreakCap()}) and batch matching at ticks
 * ({@link dev.cim.routing.RoutingConfig#batchMode()}). After a restart, rebuild the state in one call with
 * {@link dev.cim.routing.RoutingEngine#restore(dev.cim.routing.RecoverySnapshot)}.
 */
package dev.cim.routing;
