package dev.cim.tck;

import static dev.cim.tck.CimAssertions.assertThrows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.analytics.AgentActivity;
import dev.cim.core.analytics.Dimensions;
import dev.cim.core.analytics.Fact;
import dev.cim.core.analytics.FactLog;
import dev.cim.core.analytics.FactType;
import dev.cim.core.analytics.SurveyResponse;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.InteractionId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link FactLog} (rules FL-1 to FL-8) as JUnit 5 tests and a jqwik property.
 *
 * <p>To check an implementation, extend this class in your test folder and return a fresh, empty log from
 * {@link #createStore()}:
 *
 * <pre>{@code
 * class JdbcFactLogTest extends FactLogContract {
 *   @Override protected FactLog createStore() { return new JdbcFactLog(freshDataSource()); }
 * }
 * }</pre>
 *
 * <p>Each test's name cites the rule it checks ({@code fl4_...}), and every failure message starts with the rule and
 * the SPI method. The concurrency test runs only while {@link #supportsConcurrentWriters()} is true.
 *
 * <p>Not thread-safe: JUnit creates one instance per test.
 *
 * @since 0.1.0
 */
public abstract class FactLogContract extends StoreContract<FactLog> {
  /** The order of FL-5: time, then sequence. */
  protected static final Comparator<Fact> BY_TIME_THEN_SEQUENCE =
      Comparator.comparing(Fact::at).thenComparingLong(Fact::sequence);

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant FAR = T0.plusSeconds(1_000_000);

  /** Creates the contract; called by JUnit through the subclass. */
  protected FactLogContract() {}

  /**
   * Returns an interaction fact of the given kind at {@code T0 + seconds}.
   *
   * @param seconds the offset from the contract's start time
   * @param n a number that makes the fact distinct (its interaction id)
   * @return the fact, sequence 0
   */
  protected static Fact fact(int seconds, int n) {
    return Fact.interaction(FactType.values()[n % 14], T0.plusSeconds(seconds), InteractionId.of("i-" + n),
        CaseId.of("c-" + (n % 3)), Dimensions.of(Channel.VOICE).withQueue("q" + (n % 2))
            .withAgent(n % 2 == 0 ? AgentId.of("a-" + n) : null));
  }

  private static Instant at(int seconds) {
    return T0.plusSeconds(seconds);
  }

  /** FL-1 and FL-2: append. */
  @Nested
  @DisplayName("append")
  class Append {
    @Test
    @DisplayName("FL-1: sequences start at 1 and increase by append order; the caller's sequence is ignored")
    void fl1_sequencesStartAtOneAndIncrease() {
      long s1 = store.append(fact(50, 1).withSequence(99)).sequence();
      long s2 = store.append(fact(10, 2)).sequence();
      long s3 = store.append(fact(30, 3).withSequence(1)).sequence();
      assertThat(s1).as("FL-1 append: the first fact's sequence").isEqualTo(1);
      assertThat(s2).as("FL-1 append: each sequence greater than every earlier one").isGreaterThan(s1);
      assertThat(s3).as("FL-1 append: each sequence greater than every earlier one").isGreaterThan(s2);
    }

    @Test
    @DisplayName("FL-2: append returns the fact as given but for its sequence")
    void fl2_appendReturnsTheFactWithItsSequence() {
      Fact presence = Fact.presence(at(5), AgentId.of("a-1"), "blue", AgentActivity.BUSY);
      Fact survey = Fact.survey(SurveyResponse.of(InteractionId.of("i-9"), 4, 9, 2, at(6)),
          Optional.of(CaseId.of("c-9")), Dimensions.of(Channel.CHAT).withSegment("gold"));
      for (Fact f : List.of(fact(1, 4), presence, survey)) {
        Fact stored = store.append(f);
        assertThat(stored.withSequence(0)).as("FL-2 append: the stored %s fact", f.type()).isEqualTo(f);
      }
    }
  }

  /** FL-3 to FL-7: read and size. */
  @Nested
  @DisplayName("read")
  class Read {
    @Test
    @DisplayName("FL-3: reading again gives equal facts; nothing appended is lost")
    void fl3_readingAgainGivesEqualFacts() {
      List<Fact> stored = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        stored.add(store.append(fact(i * 7 % 11, i)));
      }
      List<Fact> first = store.read(T0, FAR);
      store.append(fact(500, 99));
      List<Fact> again = store.read(T0, at(500));
      assertThat(first).as("FL-3 read: every appended fact, as returned by append").containsExactlyInAnyOrderElementsOf(
          stored);
      assertThat(again).as("FL-3 read: the same facts on a second read").isEqualTo(first);
    }

    @Test
    @DisplayName("FL-4: the window is [from, to): from inclusive, to exclusive, from == to empty")
    void fl4_readIsHalfOpen() {
      Fact a = store.append(fact(10, 1));
      Fact b = store.append(fact(20, 2));
      store.append(fact(30, 3));
      assertThat(store.read(at(10), at(30))).as("FL-4 read [10, 30)").containsExactly(a, b);
      assertThat(store.read(at(11), at(20))).as("FL-4 read [11, 20)").isEmpty();
      assertThat(store.read(at(20), at(20))).as("FL-4 read [20, 20)").isEmpty();
    }

    @Test
    @DisplayName("FL-5: read orders by time then sequence; a late fact takes its place by time")
    void fl5_lateFactTakesItsPlaceByTime() {
      Fact late = store.append(fact(40, 1));
      Fact early = store.append(fact(10, 2));
      Fact sameTimeFirst = store.append(fact(25, 3));
      Fact sameTimeSecond = store.append(fact(25, 4));
      assertThat(store.read(T0, FAR)).as("FL-5 read: by time, then sequence")
          .containsExactly(early, sameTimeFirst, sameTimeSecond, late);
    }

    @Test
    @DisplayName("FL-6: a window that ends before it starts, or a null, throws and changes nothing")
    void fl6_badArgumentsThrow() {
      store.append(fact(10, 1));
      IllegalArgumentException e = assertThrows("FL-6 read(from after to)", IllegalArgumentException.class,
          () -> store.read(at(20), at(10)));
      assertThat(e.getMessage()).as("FL-6 read: the message names both ends").contains(at(20).toString())
          .contains(at(10).toString());
      assertThrows("FL-6 read(null, to)", NullPointerException.class, () -> store.read(null, at(10)));
      assertThrows("FL-6 read(from, null)", NullPointerException.class, () -> store.read(at(10), null));
      assertThrows("FL-6 append(null)", NullPointerException.class, () -> store.append(null));
      assertThat(store.size()).as("FL-6 size after rejected calls").isEqualTo(1);
    }

    @Test
    @DisplayName("FL-7: size is the number of facts appended")
    void fl7_sizeCountsAppends() {
      assertThat(store.size()).as("FL-7 size of a new log").isZero();
      for (int i = 0; i < 5; i++) {
        store.append(fact(3, i));
      }
      assertThat(store.size()).as("FL-7 size after 5 appends at one time").isEqualTo(5);
    }
  }

  /** FL-8: concurrency. */
  @Nested
  @DisplayName("concurrency")
  class Concurrency {
    @Test
    @DisplayName("FL-8: concurrent appends lose nothing and share no sequence")
    void fl8_concurrentAppendsLoseNothing() {
      assumeConcurrency("FL-8");
      int threads = concurrentWriters();
      int each = 50;
      List<Race.Outcome<List<Long>>> outcomes = Race.run("FL-8 append", threads, t -> () -> {
        List<Long> seqs = new ArrayList<>();
        for (int i = 0; i < each; i++) {
          seqs.add(store.append(fact(i % 17, t * each + i)).sequence());
        }
        return seqs;
      });
      Set<Long> all = new HashSet<>();
      for (Race.Outcome<List<Long>> o : outcomes) {
        assertThat(o.error()).as("FL-8 append: no thread fails").isNull();
        all.addAll(o.value());
      }
      assertThat(all).as("FL-8 append: distinct sequences").hasSize(threads * each);
      assertThat(store.size()).as("FL-8 size after concurrent appends").isEqualTo(threads * each);
      assertThat(store.read(T0, FAR)).as("FL-8 read after concurrent appends").hasSize(threads * each)
          .isSortedAccordingTo(BY_TIME_THEN_SEQUENCE);
    }
  }

  /**
   * FL-4 and FL-5 against a model: any window of any appended facts is the model's filtered, sorted list.
   *
   * @param seconds the facts' times, in seconds after the start (few values, so times collide)
   * @param from the window's start
   * @param length the window's length
   */
  @Property(tries = 100)
  public void fl4_fl5_anyWindowMatchesTheModel(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 20) Integer> seconds,
      @ForAll @IntRange(min = 0, max = 22) int from, @ForAll @IntRange(min = 0, max = 10) int length) {
    FactLog log = Objects.requireNonNull(createStore(), "createStore() returned null");
    try {
      List<Fact> model = new ArrayList<>();
      for (int i = 0; i < seconds.size(); i++) {
        model.add(log.append(fact(seconds.get(i), i)));
      }
      List<Fact> expected = model.stream()
          .filter(f -> !f.at().isBefore(at(from)) && f.at().isBefore(at(from + length)))
          .sorted(BY_TIME_THEN_SEQUENCE).toList();
      assertThat(log.read(at(from), at(from + length))).as("FL-4/FL-5 read [%d, %d)", from, from + length)
          .isEqualTo(expected);
    } finally {
      closeStore(log);
    }
  }
}
