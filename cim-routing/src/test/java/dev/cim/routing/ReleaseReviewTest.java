package dev.cim.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.InteractionId;
import dev.cim.routing.event.RoutingListener;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Findings of a review of the session's engine changes before release: each failed before its fix. */
class ReleaseReviewTest {

  private final MutableClock clock = MutableClock.start();
  private boolean boom;

  private static AgentProfile voice(String id) {
    return AgentProfile.of(AgentId.of(id), CapacityModel.single(Channel.VOICE, 1));
  }

  private static Task task(String id) {
    return Task.builder(InteractionId.of(id), Channel.VOICE).build();
  }

  @Test
  void submit_scorerThrowsAnError_engineForgetsTheTask_andItCanBeSubmittedAgain() {
    RoutingConfig config = RoutingConfig.custom().scorer((t, a) -> {
      if (boom) {
        throw new AssertionError("host bug");
      }
      return 1;
    }).build();
    RoutingEngine e = RoutingEngine.builder().clock(clock).config(config).build();
    e.addAgent(voice("a"), Presence.AVAILABLE);
    boom = true;
    assertThatThrownBy(() -> e.submitTask(task("t"))).isInstanceOf(AssertionError.class);
    assertThat(e.task(InteractionId.of("t"))).isEmpty();
    assertThat(((Engine) e).lockHeld()).isFalse();
    boom = false;
    e.submitTask(task("t"));
    assertThat(e.task(InteractionId.of("t")).orElseThrow().status()).isEqualTo(TaskStatus.OFFERED);
  }

  @Test
  void eventExecutorThrowsAnError_theLockIsReleased() {
    RoutingEngine e = RoutingEngine.builder().clock(clock).listener(new RoutingListener() { }).eventExecutor(r -> {
      throw new AssertionError("executor bug");
    }).build();
    e.addAgent(voice("a"), Presence.AVAILABLE);
    assertThatThrownBy(() -> e.submitTask(task("t"))).isInstanceOf(AssertionError.class); // its offer's events
    assertThat(((Engine) e).lockHeld()).isFalse();
  }

  @Test
  void reservationThatRanOut_leavesTheIndex() {
    RoutingEngine e = RoutingEngine.builder().clock(clock).build();
    e.addAgent(voice("x"), Presence.AWAY);
    e.submitTask(Task.builder(InteractionId.of("t"), Channel.VOICE)
        .preferredAgent(AgentId.of("x"), Duration.ofSeconds(10)).build());
    assertThat(((Engine) e).reservationsIndexed()).isEqualTo(1);
    clock.advanceSeconds(11);
    e.tick();
    assertThat(((Engine) e).reservationsIndexed()).isZero();
    assertThat(e.task(InteractionId.of("t")).orElseThrow().status()).isEqualTo(TaskStatus.WAITING);
  }

  @Test
  void restore_onAnEngineUsedAndEmptied_startsTheQueueFiguresFromZero() {
    RoutingEngine e = RoutingEngine.builder().clock(clock).build();
    e.addAgent(voice("x"), Presence.AVAILABLE);
    e.submitTask(task("t"));
    e.accept(InteractionId.of("t"), AgentId.of("x"));
    e.complete(InteractionId.of("t"));
    e.removeAgent(AgentId.of("x"));
    assertThat(e.queue(Task.DEFAULT_QUEUE).answered()).isEqualTo(1);
    e.restore(RecoverySnapshot.builder().agent(voice("x"), Presence.AVAILABLE).build());
    assertThat(e.queue(Task.DEFAULT_QUEUE).answered()).isZero();
  }
}
