/**
 * JMH benchmarks of the routing engine against a naive full-scan router, on the issue-3 scenario. Start with
 * {@link dev.cim.benchmarks.routing.AgentFreedBenchmark} (freed agent to waiting task) and
 * {@link dev.cim.benchmarks.routing.TaskArrivesBenchmark} (new task to agent); the scenario is
 * {@link dev.cim.benchmarks.routing.RoutingScenario}.
 */
package dev.cim.benchmarks.routing;
