/**
 * The cim routing engine (ACD): it matches interactions to the best available agents by skill, proficiency,
 * priority, capacity and wait time, and explains each decision.
 *
 * <p>Not yet implemented: this package is reserved for the routing engine.
 */
package dev.cim.routing;
