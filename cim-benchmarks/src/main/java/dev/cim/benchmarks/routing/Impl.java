package dev.cim.benchmarks.routing;

/** Which router a benchmark runs. */
public enum Impl {
  /** The cim routing engine (indexed). */
  ENGINE,
  /** The full-scan baseline. */
  NAIVE;

  DecisionRouter create() {
    return this == ENGINE ? new EngineRouter() : new NaiveRouter();
  }
}
