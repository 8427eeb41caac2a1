/**
 * JMH benchmarks of cim. Not published.
 *
 * <p>Not yet implemented: this package is reserved for the benchmarks.
 */
package dev.cim.benchmarks;
