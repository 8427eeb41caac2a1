package dev.cim.tck;

import static dev.cim.tck.CimAssertions.assertThrows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.model.ContactPoint;
import dev.cim.core.privacy.ConsentEntry;
import dev.cim.core.privacy.ConsentStatus;
import dev.cim.core.spi.ConsentStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ConsentStore} (rules CO-1 to CO-8) as JUnit 5 tests and a jqwik property.
 *
 * <pre>{@code
 * class JdbcConsentStoreTest extends ConsentStoreContract {
 *   @Override protected ConsentStore createStore() { return new JdbcConsentStore(freshDataSource()); }
 * }
 * }</pre>
 *
 * <p>Each test's name cites the rule it checks ({@code co2_...}), and every failure message starts with the rule and
 * the SPI method. The concurrency test runs only while {@link #supportsConcurrentWriters()} is true.
 *
 * <p>Not thread-safe: JUnit creates one instance per test.
 */
public abstract class ConsentStoreContract extends StoreContract<ConsentStore> {
  /** Creates the contract; called by JUnit through the subclass. */
  protected ConsentStoreContract() {}

  private ConsentEntry entry(ContactPoint cp, String purpose, ConsentStatus status, Instant at, String source) {
    return new ConsentEntry(cp, purpose, status, at, source);
  }

  private ConsentEntry optIn(ContactPoint cp, String purpose) {
    return entry(cp, purpose, ConsentStatus.OPTED_IN, fx.tick(), "web-form");
  }

  /** CO-1: append. */
  @Nested
  @DisplayName("CO-1: append stores an entry, append-only")
  class Append {
    @Test
    @DisplayName("CO-1: an appended entry is returned unchanged and is in the history")
    void co1_appendedEntryIsReturnedAndKept() {
      ContactPoint cp = fx.email();
      ConsentEntry e = optIn(cp, "marketing");
      assertThat(store.append(e)).as("CO-1 append: returns the entry unchanged").isEqualTo(e);
      assertThat(store.history(cp)).as("CO-1 history: holds the appended entry").containsExactly(e);
    }

    @Test
    @DisplayName("CO-1: appending an equal entry twice stores two entries")
    void co1_equalEntriesAreBothKept() {
      ContactPoint cp = fx.phone();
      ConsentEntry e = optIn(cp, "marketing");
      store.append(e);
      store.append(e);
      assertThat(store.history(cp)).as("CO-1 history: the ledger records events, not states").containsExactly(e, e);
    }
  }

  /** CO-2: the entry in force. */
  @Nested
  @DisplayName("CO-2: current returns the latest entry per contact point and purpose")
  class Current {
    @Test
    @DisplayName("CO-2: the latest entry wins, whatever the append order")
    void co2_latestEntryWins() {
      ContactPoint cp = fx.phone();
      ConsentEntry in = optIn(cp, "marketing");
      ConsentEntry out = entry(cp, "marketing", ConsentStatus.OPTED_OUT, fx.tick(), "ivr");
      ConsentEntry olderImported = entry(cp, "marketing", ConsentStatus.OPTED_IN, in.recordedAt().minusSeconds(60),
          "import");
      store.append(in);
      store.append(out);
      store.append(olderImported);
      assertThat(store.current(cp, "marketing")).as("CO-2 current: the entry with the latest time").contains(out);
    }

    @Test
    @DisplayName("CO-2: among entries with the same latest time, the one appended last wins")
    void co2_tieIsWonByTheLastAppended() {
      ContactPoint cp = fx.email();
      Instant at = fx.tick();
      store.append(entry(cp, "marketing", ConsentStatus.OPTED_IN, at, "web-form"));
      ConsentEntry last = entry(cp, "marketing", ConsentStatus.OPTED_OUT, at, "agent-verbal");
      store.append(last);
      assertThat(store.current(cp, "marketing")).as("CO-2 current: ties go to the last appended").contains(last);
    }

    @Test
    @DisplayName("CO-2: no entry for the purpose is empty; purposes are normalised")
    void co2_noEntryIsEmpty_purposeIsNormalised() {
      ContactPoint cp = fx.email();
      ConsentEntry e = store.append(optIn(cp, "marketing"));
      assertThat(store.current(cp, "service")).as("CO-2 current: another purpose").isEmpty();
      assertThat(store.current(fx.email(), "marketing")).as("CO-2 current: another contact point").isEmpty();
      assertThat(store.current(cp, " Marketing ")).as("CO-2 current: the purpose as another spelling").contains(e);
    }
  }

  /** CO-3: history. */
  @Nested
  @DisplayName("CO-3: history returns every entry, oldest first, ties in append order")
  class History {
    @Test
    @DisplayName("CO-3: history holds every purpose, ordered by time, then append order")
    void co3_historyIsOrderedByTimeThenAppendOrder() {
      ContactPoint cp = fx.phone();
      Instant t1 = fx.tick();
      Instant t2 = fx.tick();
      ConsentEntry a = entry(cp, "marketing", ConsentStatus.OPTED_IN, t2, "a");
      ConsentEntry b = entry(cp, "service", ConsentStatus.OPTED_IN, t1, "b");
      ConsentEntry c = entry(cp, "marketing", ConsentStatus.OPTED_OUT, t2, "c");
      ConsentEntry d = entry(cp, "service", ConsentStatus.OPTED_OUT, t1, "d");
      for (ConsentEntry e : List.of(a, b, c, d)) {
        store.append(e);
      }
      assertThat(store.history(cp)).as("CO-3 history: by time, then append order").containsExactly(b, d, a, c);
      assertThat(store.history(fx.phone())).as("CO-3 history: a contact point without entries").isEmpty();
    }
  }

  /** CO-4: independence. */
  @Nested
  @DisplayName("CO-4: contact points and purposes are independent")
  class Independence {
    @Test
    @DisplayName("CO-4: an entry for one contact point or purpose changes nothing of another")
    void co4_contactPointsAndPurposesAreIndependent() {
      ContactPoint one = fx.email();
      ContactPoint two = fx.email();
      ConsentEntry oneIn = store.append(optIn(one, "marketing"));
      store.append(entry(two, "marketing", ConsentStatus.OPTED_OUT, fx.tick(), "ivr"));
      store.append(entry(one, "service", ConsentStatus.OPTED_OUT, fx.tick(), "ivr"));
      assertThat(store.current(one, "marketing")).as("CO-4 current: untouched by other points and purposes")
          .contains(oneIn);
      assertThat(store.history(two)).as("CO-4 history: only the contact point's own entries").hasSize(1);
      assertThat(store.current(new ContactPoint(one.kind(), one.value().toUpperCase(java.util.Locale.ROOT)),
          "marketing")).as("CO-4 current: a contact point is compared by its normalised value").contains(oneIn);
    }
  }

  /** CO-5: erase. */
  @Nested
  @DisplayName("CO-5: erase removes a contact point's entries and counts them")
  class Erase {
    @Test
    @DisplayName("CO-5: erase removes every entry, returns the count, then 0; others untouched")
    void co5_eraseRemovesEveryEntryOfTheContactPoint() {
      ContactPoint gone = fx.phone();
      ContactPoint kept = fx.phone();
      store.append(optIn(gone, "marketing"));
      store.append(optIn(gone, "service"));
      ConsentEntry other = store.append(optIn(kept, "marketing"));
      assertThat(store.erase(gone)).as("CO-5 erase: the number of entries removed").isEqualTo(2);
      assertThat(store.history(gone)).as("CO-5 history: nothing after erase").isEmpty();
      assertThat(store.current(gone, "marketing")).as("CO-5 current: nothing after erase").isEmpty();
      assertThat(store.erase(gone)).as("CO-5 erase: a second erase removes nothing").isZero();
      assertThat(store.history(kept)).as("CO-5 history: other contact points untouched").containsExactly(other);
      assertThat(store.erase(fx.email())).as("CO-5 erase: a contact point without entries").isZero();
    }

    @Test
    @DisplayName("CO-5: entries appended after an erase form a new history")
    void co5_appendAfterEraseStartsANewHistory() {
      ContactPoint cp = fx.phone();
      store.append(optIn(cp, "marketing"));
      store.erase(cp);
      ConsentEntry fresh = store.append(entry(cp, "marketing", ConsentStatus.OPTED_OUT, fx.tick(), "ivr"));
      assertThat(store.history(cp)).as("CO-5 history: only the new entry").containsExactly(fresh);
    }
  }

  /** CO-6: values. */
  @Nested
  @DisplayName("CO-6: returned values do not change later")
  class Values {
    @Test
    @DisplayName("CO-6: a history read before an append and an erase is unchanged after them")
    void co6_returnedHistoryDoesNotChange() {
      ContactPoint cp = fx.email();
      ConsentEntry e = store.append(optIn(cp, "marketing"));
      List<ConsentEntry> read = store.history(cp);
      store.append(optIn(cp, "service"));
      store.erase(cp);
      assertThat(read).as("CO-6 history: a returned list is a snapshot").containsExactly(e);
    }
  }

  /** CO-7: nulls. */
  @Nested
  @DisplayName("CO-7: every method throws NullPointerException for a null argument, before any effect")
  class Nulls {
    @Test
    @DisplayName("CO-7: null arguments throw NullPointerException and change nothing")
    void co7_nullArgumentsThrowNullPointerException() {
      ContactPoint cp = fx.email();
      ConsentEntry e = store.append(optIn(cp, "marketing"));
      assertThrows("CO-7 append(null)", NullPointerException.class, () -> store.append(null));
      assertThrows("CO-7 current(null, p)", NullPointerException.class, () -> store.current(null, "marketing"));
      assertThrows("CO-7 current(cp, null)", NullPointerException.class, () -> store.current(cp, null));
      assertThrows("CO-7 history(null)", NullPointerException.class, () -> store.history(null));
      assertThrows("CO-7 erase(null)", NullPointerException.class, () -> store.erase(null));
      assertThat(store.history(cp)).as("CO-7: nothing changed").containsExactly(e);
    }
  }

  /** CO-8: thread safety. */
  @Nested
  @DisplayName("CO-8: all methods are safe to call from many threads at once; no append is lost")
  class Concurrency {
    @Test
    @DisplayName("CO-8: concurrent appends to one contact point are all kept")
    void co8_concurrentAppendsAreAllKept() {
      assumeConcurrency("CO-8");
      int n = concurrentWriters();
      int perThread = 10;
      ContactPoint cp = fx.phone();
      Instant at = fx.tick();
      List<Race.Outcome<Integer>> outcomes = Race.run("CO-8 append", n, t -> () -> {
        for (int k = 0; k < perThread; k++) {
          store.append(entry(cp, "p" + (k % 2), ConsentStatus.OPTED_IN, at, "w" + t + "-" + k));
        }
        return perThread;
      });
      assertThat(outcomes).as("CO-8 append: concurrent appends all succeed").allMatch(Race.Outcome::succeeded);
      assertThat(store.history(cp)).as("CO-8 history: every concurrent append is kept").hasSize(n * perThread);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Property: current and history agree with a model under any sequence of appends and erasures.

  /**
   * CO-1, CO-2, CO-3, CO-5: under any sequence of appends (two contact points, two purposes, three times, so that
   * ties happen) and erasures, {@code current} and {@code history} agree with a list model of the ledger.
   *
   * @param ops the operations, each an int decoded into kind, contact point, purpose, status and time
   */
  @Property(tries = 60)
  public void co1_co2_co3_co5_ledgerAgreesWithModel(@ForAll("consentOps") List<Integer> ops) {
    CimFixtures f = new CimFixtures();
    ConsentStore s = Objects.requireNonNull(createStore(), "createStore() returned null");
    try {
      List<ContactPoint> points = List.of(f.phone(), f.email());
      List<String> purposes = List.of("marketing", "service");
      List<List<ConsentEntry>> model = List.of(new ArrayList<>(), new ArrayList<>());
      int step = 0;
      for (int op : ops) {
        step++;
        int p = op % 2;
        if ((op / 2) % 5 == 0) {
          long expected = model.get(p).size();
          assertThat(s.erase(points.get(p))).as("CO-5 erase at step %d", step).isEqualTo(expected);
          model.get(p).clear();
        } else {
          ConsentEntry e = new ConsentEntry(points.get(p), purposes.get((op / 10) % 2),
              ConsentStatus.values()[(op / 20) % 2], CimFixtures.START.plusSeconds((op / 40) % 3), "s" + step);
          assertThat(s.append(e)).as("CO-1 append at step %d", step).isEqualTo(e);
          model.get(p).add(e);
        }
        for (int c = 0; c < 2; c++) {
          List<ConsentEntry> sorted = new ArrayList<>(model.get(c));
          sorted.sort(Comparator.comparing(ConsentEntry::recordedAt));
          assertThat(s.history(points.get(c))).as("CO-3 history of point %d after step %d", c, step)
              .containsExactlyElementsOf(sorted);
          for (String purpose : purposes) {
            Optional<ConsentEntry> latest = Optional.empty();
            for (ConsentEntry e : sorted) {
              if (e.purpose().equals(purpose)) {
                latest = Optional.of(e);
              }
            }
            assertThat(s.current(points.get(c), purpose))
                .as("CO-2 current of point %d, %s after step %d", c, purpose, step).isEqualTo(latest);
          }
        }
      }
    } finally {
      closeStore(s);
    }
  }

  /**
   * Generates operation codes for {@link #co1_co2_co3_co5_ledgerAgreesWithModel}.
   *
   * @return lists of up to 25 codes
   */
  @Provide
  public Arbitrary<List<Integer>> consentOps() {
    return Arbitraries.integers().between(0, 119).list().ofMaxSize(25);
  }
}
