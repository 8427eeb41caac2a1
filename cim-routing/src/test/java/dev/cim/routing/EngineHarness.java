package dev.cim.routing;

import static dev.cim.routing.Fixtures.task;

/** A test's virtual clock, event recorder and engines built on them. */
abstract class EngineHarness {
  final MutableClock clock = MutableClock.start();
  final Recorder rec = new Recorder();

  RoutingEngine engine(RoutingConfig config) {
    return RoutingEngine.builder().clock(clock).config(config).listener(rec).build();
  }

  RoutingEngine engine() {
    return engine(RoutingConfig.ofDefaults());
  }

  TaskSnapshot snap(RoutingEngine e, String id) {
    return e.task(task(id)).orElseThrow();
  }
}
