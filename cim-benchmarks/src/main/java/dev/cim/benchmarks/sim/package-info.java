/**
 * JMH benchmark of the discrete-event simulator driving the real routing engine: one simulated day of a 200-agent
 * center, against a bare event loop with a FIFO dispatcher on the same traffic. Start with
 * {@link dev.cim.benchmarks.sim.SimulationBenchmark}.
 */
package dev.cim.benchmarks.sim;
