package dev.cim.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** {@link LongKeyMap} behaves like a {@link HashMap} of its keys (small key ranges, so keys repeat and collide). */
class LongKeyMapProperties {

  @Property(tries = 300)
  void putAndGet_agreeWithAHashMap(@ForAll @Size(max = 200) List<@LongRange(min = -40, max = 40) Long> keys,
      @ForAll @Size(max = 50) List<@LongRange(min = Long.MAX_VALUE - 3, max = Long.MAX_VALUE - 1) Long> highKeys) {
    LongKeyMap<Integer> map = new LongKeyMap<>();
    Map<Long, Integer> model = new HashMap<>();
    int n = 0;
    for (List<Long> ks : List.of(keys, highKeys)) {
      for (long k : ks) {
        map.put(k, n);
        model.put(k, n);
        n++;
      }
    }
    assertThat(map.size()).isEqualTo(model.size());
    for (long k = -45; k <= 45; k++) {
      assertThat(map.get(k)).isEqualTo(model.get(k));
    }
    Map<Long, Integer> iterated = new HashMap<>();
    for (int s = 0; s < map.slots(); s++) {
      if (map.keyAt(s) != Long.MAX_VALUE) {
        iterated.put(map.keyAt(s), map.valueAt(s));
      } else {
        assertThat(map.valueAt(s)).isNull();
      }
    }
    assertThat(iterated).isEqualTo(model);
  }

  /** Puts and removes in any order (small key range: runs wrap and collide); the map always agrees with a HashMap. */
  @Property(tries = 300)
  void putAndRemove_agreeWithAHashMap(
      @ForAll @Size(max = 300) List<@LongRange(min = -60, max = 60) Long> ops) {
    LongKeyMap<Integer> map = new LongKeyMap<>();
    Map<Long, Integer> model = new HashMap<>();
    int n = 0;
    for (long op : ops) {
      long key = op / 2;
      if (op % 2 == 0) {
        map.put(key, n);
        model.put(key, n);
        n++;
      } else {
        assertThat(map.remove(key)).isEqualTo(model.remove(key));
      }
      assertThat(map.size()).isEqualTo(model.size());
    }
    for (long k = -35; k <= 35; k++) {
      assertThat(map.get(k)).as("key %d", k).isEqualTo(model.get(k));
    }
    int live = 0;
    for (int s = 0; s < map.slots(); s++) {
      if (map.keyAt(s) != Long.MAX_VALUE) {
        live++;
      }
    }
    assertThat(live).isEqualTo(model.size());
  }

  @Test
  void filterCell_sharedByMoreKeysThanItCounts_staysCorrect() {
    // keys sharing a cell of the largest filter share one at every smaller size (cells are the hash's top bits)
    int target = LongKeyMap.cell(0, LongKeyMap.MAX_FILTER_BITS);
    List<Long> same = new java.util.ArrayList<>();
    for (long k = 1; same.size() < 300; k++) {
      if (LongKeyMap.cell(k, LongKeyMap.MAX_FILTER_BITS) == target) {
        same.add(k);
      }
    }
    LongKeyMap<Long> map = new LongKeyMap<>();
    same.forEach(k -> map.put(k, k));
    for (int i = 0; i < 255; i++) {
      assertThat(map.remove(same.get(i))).isEqualTo(same.get(i));
    }
    for (int i = 0; i < 300; i++) {
      assertThat(map.get(same.get(i))).isEqualTo(i < 255 ? null : same.get(i));
    }
    assertThat(map.size()).isEqualTo(45);
  }

  @Test
  void filter_growsWithTheMap_fromOneKilobyteToItsCap_andKeepsAnsweringRight() {
    LongKeyMap<Long> map = new LongKeyMap<>();
    map.put(1L, 1L);
    assertThat(map.filterBits()).isEqualTo(LongKeyMap.MIN_FILTER_BITS);
    for (long k = 2; k <= 40_000; k++) {
      map.put(k * 7919, k);
    }
    assertThat(map.filterBits()).isEqualTo(LongKeyMap.MAX_FILTER_BITS);
    assertThat(map.get(1L)).isEqualTo(1L);
    for (long k = 2; k <= 40_000; k++) {
      assertThat(map.get(k * 7919)).isEqualTo(k);
      assertThat(map.get(k * 7919 + 1)).isNull();
    }
  }

  @Test
  void put_theReservedKey_throwsAndChangesNothing() {
    LongKeyMap<String> map = new LongKeyMap<>();
    map.put(7L, "seven");
    assertThatThrownBy(() -> map.put(Long.MAX_VALUE, "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(Long.MAX_VALUE));
    assertThat(map.size()).isEqualTo(1);
    assertThat(map.get(7L)).isEqualTo("seven");
  }
}
