/**
 * Staffing math: how many agents a traffic needs, and what service a number of agents gives.
 *
 * <p>Start with {@link dev.cim.routing.staffing.ErlangC#plan(dev.cim.routing.staffing.Traffic,
 * dev.cim.routing.staffing.ServiceGoal, double)} (Erlang C: probability of waiting, service level, ASA, occupancy,
 * agents for a service-level or ASA goal, with shrinkage) and {@link dev.cim.routing.staffing.ErlangA} (with
 * customer abandonment). Both are numerically stable for thousands of Erlangs. From the command line:
 * {@link dev.cim.routing.staffing.StaffingCommand}. The simulator in {@code dev.cim.routing.sim} checks these
 * formulas against the real engine, and answers the cases they cannot (skills, priorities, schedules).
 */
package dev.cim.routing.staffing;
