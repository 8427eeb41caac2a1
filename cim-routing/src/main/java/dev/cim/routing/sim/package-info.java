/**
 * A discrete-event simulator that runs the real routing engine on virtual time.
 *
 * <p>Describe a {@link dev.cim.routing.sim.Scenario} (routing configuration, {@link dev.cim.routing.sim.ContactStream}s
 * with an {@link dev.cim.routing.sim.ArrivalProcess} and {@link dev.cim.routing.sim.Distribution}s, and
 * {@link dev.cim.routing.sim.AgentGroup}s with skills and shifts) in code or in JSON ({@link
 * dev.cim.routing.sim.ScenarioJson}), then run {@link dev.cim.routing.sim.Simulator#replicate} for service level,
 * ASA, abandonment and occupancy with confidence intervals ({@link dev.cim.routing.sim.SimulationReport}). From the
 * command line: {@link dev.cim.routing.sim.SimulateCommand}.
 */
package dev.cim.routing.sim;
