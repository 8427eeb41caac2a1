package dev.cim.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link RoutingConfig.Builder#queue}: one configuration per queue name and builder. */
class RoutingConfigBuilderTest {
  @Test
  void queue_sameNameTwice_throwsNamingTheQueueAndKeepsTheFirst() {
    RoutingConfig.Builder b = RoutingConfig.custom().queue(QueueConfig.builder("vip").weight(5).build());

    assertThatThrownBy(() -> b.queue(QueueConfig.builder("vip").weight(9).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'vip'").hasMessageContaining("RoutingConfig.from");
    assertThat(b.build().queue("vip").weight()).isEqualTo(5);
  }

  @Test
  void queue_inheritedFromBase_canBeReplacedOnce() {
    RoutingConfig base = RoutingConfig.custom().queue(QueueConfig.builder("vip").weight(5).build()).build();

    RoutingConfig.Builder b = RoutingConfig.from(base).queue(QueueConfig.builder("vip").weight(9).build());
    assertThat(b.build().queue("vip").weight()).isEqualTo(9);
    assertThat(base.queue("vip").weight()).isEqualTo(5);
    assertThatThrownBy(() -> b.queue(QueueConfig.builder("vip").build()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void queue_differentNames_allKept() {
    RoutingConfig c = RoutingConfig.custom().queue(QueueConfig.builder("a").build())
        .queue(QueueConfig.builder("b").serviceLevel(Duration.ofSeconds(5)).build()).build();
    assertThat(c.queues()).containsOnlyKeys("a", "b");
  }
}
