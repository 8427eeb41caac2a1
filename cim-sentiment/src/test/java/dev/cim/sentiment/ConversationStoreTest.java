package dev.cim.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ConversationStoreTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private final MutableClock clock = new MutableClock(T0);

  private ConversationStore<String, int[]> store(long max, Duration idle) {
    return new ConversationStore<>(max, idle, clock, Function.identity());
  }

  private static void touch(ConversationStore<String, int[]> s, String key) {
    s.compute(key, k -> new int[1], v -> {
      v[0]++;
      return true;
    });
  }

  private static Integer count(ConversationStore<String, int[]> s, String key) {
    return s.read(key, v -> v[0]);
  }

  @Test
  void segmentCount_powerOfTwo_atLeast64PerSegment_atMost16() {
    assertThat(ConversationStore.segmentCount(1)).isEqualTo(1);
    assertThat(ConversationStore.segmentCount(127)).isEqualTo(1);
    assertThat(ConversationStore.segmentCount(128)).isEqualTo(2);
    assertThat(ConversationStore.segmentCount(1023)).isEqualTo(8);
    assertThat(ConversationStore.segmentCount(1024)).isEqualTo(16);
    assertThat(ConversationStore.segmentCount(100_000)).isEqualTo(16);
    assertThat(ConversationStore.segmentCount(Long.MAX_VALUE)).isEqualTo(16);
  }

  @Test
  void constructor_badBound_throwsIae() {
    assertThatThrownBy(() -> store(0, null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maximumSize must be >= 1, but was 0");
  }

  @Test
  void full_evictsTheLeastRecentlyWritten_readsAndUnwrittenComputesDoNotReorder() {
    ConversationStore<String, int[]> s = store(3, null);
    touch(s, "a");
    touch(s, "b");
    touch(s, "c");
    assertThat(count(s, "a")).isEqualTo(1);
    assertThat(s.contains("a")).isTrue();
    s.compute("a", k -> new int[1], v -> false); // seen, not written
    touch(s, "d");
    assertThat(s.contains("a")).isFalse();
    touch(s, "b");
    touch(s, "e");
    assertThat(s.contains("c")).isFalse();
    assertThat(count(s, "b")).isEqualTo(2);
    assertThat(s.size()).isEqualTo(3);
  }

  @Test
  void idle_droppedAtTheIdleTimeAfterTheLastWrite_notExtendedByReads() {
    ConversationStore<String, int[]> s = store(10, Duration.ofMinutes(30));
    touch(s, "a");
    clock.advance(Duration.ofMinutes(20));
    touch(s, "b");
    s.compute("a", k -> new int[1], v -> false);
    clock.advance(Duration.ofMinutes(9));
    assertThat(count(s, "a")).isEqualTo(1);
    clock.advance(Duration.ofMinutes(1)); // exactly 30 minutes after a's write
    assertThat(s.contains("a")).isFalse();
    assertThat(s.size()).isEqualTo(1);
    touch(s, "a"); // a new entry
    assertThat(count(s, "a")).isEqualTo(1);
  }

  @Test
  void noIdleExpiry_keepsEntriesForever() {
    ConversationStore<String, int[]> s = store(10, null);
    s.put("a", new int[] {7});
    clock.advance(Duration.ofDays(100_000));
    assertThat(count(s, "a")).isEqualTo(7);
    s.remove("a");
    assertThat(s.contains("a")).isFalse();
  }

  @Test
  void segments_sharesAddUpToTheBound_andKeysOfOneRouteShareASegment() {
    ConversationStore<String, int[]> s =
        new ConversationStore<>(1000, null, clock, k -> k.substring(0, k.indexOf(':')));
    assertThat(s.segmentCount()).isEqualTo(8);
    for (int k = 0; k < 5000; k++) {
      touch(s, "r" + k + ":x");
    }
    assertThat(s.size()).isEqualTo(1000);
    List<String> inside = new ArrayList<>();
    s.locked("r4999", () -> {
      s.remove("r4999:x"); // reentrant
      inside.add("ran");
    });
    assertThat(inside).containsExactly("ran");
    assertThat(s.contains("r4999:x")).isFalse();
  }
}
