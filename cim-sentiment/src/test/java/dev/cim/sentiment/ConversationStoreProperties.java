package dev.cim.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ConversationStoreProperties {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  /** One operation on a key of 8: 0 write, 1 unwritten compute, 2 read, 3 remove; then minutes to wait. */
  record Op(int kind, int key, int waitMinutes) {
  }

  @Provide
  Arbitrary<List<Op>> ops() {
    return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 7),
        Arbitraries.of(0, 0, 1, 5, 40)).as(Op::new).list().ofMaxSize(80);
  }

  /**
   * A store below 128 entries (one segment) holds exactly the model's entries: the {@code max} most recently written
   * keys among those written less than 60 minutes ago and not removed since; reads and unwritten computes change
   * nothing.
   */
  @Property(tries = 300)
  void store_oneSegment_holdsTheMostRecentlyWrittenLiveKeys(@ForAll("ops") List<Op> ops,
      @ForAll @IntRange(min = 1, max = 6) int max) {
    MutableClock clock = new MutableClock(T0);
    ConversationStore<Integer, int[]> store =
        new ConversationStore<>(max, Duration.ofMinutes(60), clock, Function.identity());
    LinkedHashMap<Integer, Instant> model = new LinkedHashMap<>(); // key to last write, in write order
    for (Op op : ops) {
      Instant now = clock.instant();
      model.values().removeIf(t -> !now.isBefore(t.plus(Duration.ofMinutes(60))));
      switch (op.kind()) {
        case 0 -> {
          store.compute(op.key(), k -> new int[1], v -> true);
          model.remove(op.key());
          model.put(op.key(), now);
          while (model.size() > max) {
            model.remove(model.keySet().iterator().next());
          }
        }
        case 1 -> {
          boolean created = !model.containsKey(op.key());
          store.compute(op.key(), k -> new int[1], v -> false);
          if (created) {
            model.put(op.key(), now);
            while (model.size() > max) {
              model.remove(model.keySet().iterator().next());
            }
          }
        }
        case 2 -> assertThat(store.contains(op.key())).isEqualTo(model.containsKey(op.key()));
        default -> {
          store.remove(op.key());
          model.remove(op.key());
        }
      }
      clock.advance(Duration.ofMinutes(op.waitMinutes()));
    }
    Instant end = clock.instant();
    model.values().removeIf(t -> !end.isBefore(t.plus(Duration.ofMinutes(60))));
    List<Integer> present = new ArrayList<>();
    for (int k = 0; k < 8; k++) {
      if (store.contains(k)) {
        present.add(k);
      }
    }
    assertThat(present).containsExactlyInAnyOrderElementsOf(model.keySet());
    assertThat(store.size()).isEqualTo(model.size());
    for (Map.Entry<Integer, Instant> e : model.entrySet()) {
      assertThat(store.contains(e.getKey())).isTrue();
    }
  }
}
