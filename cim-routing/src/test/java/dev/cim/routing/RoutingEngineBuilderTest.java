package dev.cim.routing;

import static dev.cim.routing.Fixtures.BILLING;
import static dev.cim.routing.Fixtures.task;
import static dev.cim.routing.Fixtures.voice;
import static dev.cim.routing.Fixtures.voiceAgent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.Router.RoutingRequest;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionState;
import dev.cim.routing.event.TaskOffered;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link RoutingEngine.Builder}: single-valued settings, last call wins; listeners add up. */
class RoutingEngineBuilderTest {
  final MutableClock first = MutableClock.start();
  final MutableClock second = MutableClock.start();

  @Test
  void clock_setTwice_lastWins() {
    second.advanceSeconds(100);
    RoutingEngine e = RoutingEngine.builder().clock(first).clock(second).build();
    e.submitTask(voice("t1", BILLING, 1));
    assertThat(e.task(task("t1")).orElseThrow().enqueuedAt()).isEqualTo(second.instant());
  }

  @Test
  void config_setTwice_lastWins() {
    RoutingConfig a = RoutingConfig.custom().offerTimeout(Duration.ofSeconds(10)).build();
    RoutingConfig b = RoutingConfig.custom().offerTimeout(Duration.ofSeconds(20)).build();
    RoutingEngine e = RoutingEngine.builder().clock(first).config(a).config(b).build();
    assertThat(e.config()).isSameAs(b);
  }

  @Test
  void taskMapper_setTwice_lastWins() {
    RoutingEngine e = RoutingEngine.builder().clock(first)
        .taskMapper(r -> Task.builder(r.interaction().id(), r.interaction().channel()).queue("first").build())
        .taskMapper(r -> Task.builder(r.interaction().id(), r.interaction().channel()).queue("second").build())
        .build();
    CustomerId c = CustomerId.of("c-1");
    Interaction i = Interaction.open(task("i1"), c, Channel.VOICE, CaseId.of("case-1"), first.instant())
        .transitionTo(InteractionState.QUEUED, first.instant());
    e.submit(new RoutingRequest(i, Customer.create(c, first.instant()), Optional.empty()));
    assertThat(e.task(task("i1")).orElseThrow().queue()).isEqualTo("second");
  }

  @Test
  void eventExecutor_setTwice_lastWins() {
    List<Runnable> one = new ArrayList<>();
    List<Runnable> two = new ArrayList<>();
    Recorder rec = new Recorder();
    RoutingEngine e = RoutingEngine.builder().clock(first).listener(rec).eventExecutor(one::add)
        .eventExecutor(two::add).build();
    e.addAgent(voiceAgent("ann", BILLING, 5), Presence.AVAILABLE);
    e.submitTask(voice("t1", BILLING, 1));

    assertThat(one).isEmpty();
    assertThat(two).isNotEmpty();
    assertThat(rec.events).isEmpty();
    two.forEach(Runnable::run);
    assertThat(rec.of(TaskOffered.class)).hasSize(1);
  }

  @Test
  void listener_calledTwice_bothAddedInOrder() {
    List<String> calls = new ArrayList<>();
    RoutingEngine e = RoutingEngine.builder().clock(first)
        .listener(new dev.cim.routing.event.RoutingListener() {
          @Override
          public void onOffered(TaskOffered event) {
            calls.add("one");
          }
        })
        .listener(new dev.cim.routing.event.RoutingListener() {
          @Override
          public void onOffered(TaskOffered event) {
            calls.add("two");
          }
        }).build();
    e.addAgent(voiceAgent("ann", BILLING, 5), Presence.AVAILABLE);
    e.submitTask(voice("t1", BILLING, 1));
    assertThat(calls).containsExactly("one", "two");
  }
}
