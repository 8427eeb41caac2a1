package dev.cim.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.MessageAnalyzer.Analysis;
import dev.cim.core.event.CimEvent;
import dev.cim.core.event.SentimentAlert;
import dev.cim.core.event.SentimentRecovered;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Message;
import dev.cim.core.model.MessageId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Eviction, expiry and the forget/analyze ordering of {@link SentimentAnalyzer}'s trackers and alert markers. */
class SentimentAnalyzerEvictionTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final String ANGRY = "This is terrible, the worst service ever";
  private static final String ANGRY_AGAIN = "Worst service ever, I am furious.";
  private final MutableClock clock = new MutableClock(T0);
  private final AtomicInteger seq = new AtomicInteger();

  private static Interaction interaction(String id) {
    return Interaction.open(InteractionId.of(id), CustomerId.of("c-" + id), Channel.CHAT, CaseId.of("case-" + id),
        T0);
  }

  private Message msg(Interaction i, String text) {
    return msg(i, AuthorRole.CUSTOMER, text);
  }

  private Message msg(Interaction i, AuthorRole role, String text) {
    int n = seq.incrementAndGet();
    return Message.of(MessageId.of("m-" + n), i.id(), role, text, T0.plusSeconds(n));
  }

  private SentimentAnalyzer analyzer(TrackerConfig.Builder config) {
    return SentimentAnalyzer.builder().clock(clock).config(config.build()).build();
  }

  private static TrackerConfig.Builder oneMessageAlerts() {
    return TrackerConfig.custom().minMessages(1).smoothing(1.0);
  }

  private static boolean alerts(Analysis a) {
    return a.events().stream().anyMatch(e -> e instanceof SentimentAlert);
  }

  @Test
  void markers_moreAlertedThanTheBound_theMostRecentlyAlertedKeepTheirMarkers() {
    SentimentAnalyzer a = analyzer(oneMessageAlerts().maximumInteractions(50));
    for (int k = 0; k < 200; k++) {
      Interaction i = interaction("a" + k);
      assertThat(alerts(a.analyze(i, msg(i, ANGRY)))).as("first alert of a%d", k).isTrue();
      clock.advance(Duration.ofMinutes(1));
    }
    clock.advance(Duration.ofHours(73)); // every tracker expired: only the markers remain
    assertThat(a.trackedCount()).isZero();
    for (int k = 150; k < 200; k++) {
      Interaction i = interaction("a" + k);
      assertThat(a.analyze(i, msg(i, ANGRY)).events()).as("a%d keeps its marker: no second alert", k).isEmpty();
      assertThat(a.snapshot(i.id())).hasValueSatisfying(s -> assertThat(s.alerting()).isTrue());
    }
    for (int k = 0; k < 150; k++) {
      Interaction i = interaction("a" + k);
      assertThat(alerts(a.analyze(i, msg(i, ANGRY)))).as("a%d's marker was evicted: it alerts anew", k).isTrue();
    }
  }

  @Test
  void markers_evictedTracker_keepsItsMarker_noSecondAlert() {
    SentimentAnalyzer a = analyzer(oneMessageAlerts().maximumInteractions(5));
    Interaction i = interaction("kept");
    assertThat(alerts(a.analyze(i, msg(i, ANGRY)))).isTrue();
    for (int k = 0; k < 5; k++) { // evicts i's tracker, not its marker (the others never alert)
      Interaction other = interaction("calm" + k);
      a.analyze(other, msg(other, "ok"));
    }
    assertThat(a.snapshot(i.id())).isEmpty();
    assertThat(a.analyze(i, msg(i, ANGRY)).events()).isEmpty();
    assertThat(a.snapshot(i.id())).hasValueSatisfying(s -> {
      assertThat(s.alerting()).isTrue();
      assertThat(s.messages()).isEqualTo(1); // the smoothing was lost with the tracker
    });
  }

  @Test
  void trackers_full_aNewConversationStillAlertsOnItsSecondMessage() {
    for (int max : new int[] {100, 2048}) { // one segment, and 16 segments
      SentimentAnalyzer a = analyzer(TrackerConfig.custom().maximumInteractions(max));
      for (int k = 0; k < 2 * max; k++) {
        Interaction idle = interaction(max + "-idle" + k);
        a.analyze(idle, msg(idle, "Hello, I have a question about my order."));
      }
      assertThat(a.trackedCount()).isEqualTo(max);
      int alerted = 0;
      for (int x = 0; x < 20; x++) {
        Interaction angry = interaction(max + "-angry" + x);
        boolean first = alerts(a.analyze(angry, msg(angry, ANGRY)));
        for (int k = 0; k < 10; k++) {
          Interaction other = interaction(max + "-between" + x + "-" + k);
          a.analyze(other, msg(other, "Hi, where is my parcel?"));
        }
        boolean second = alerts(a.analyze(angry, msg(angry, ANGRY_AGAIN)));
        assertThat(first).as("no alert on the first message (minMessages 2)").isFalse();
        alerted += second ? 1 : 0;
      }
      assertThat(alerted).as("angry conversations alerted with maximumInteractions %d", max).isEqualTo(20);
      assertThat(a.trackedCount()).isEqualTo(max);
    }
  }

  @Test
  void trackers_full_theOneWithTheOldestTrackedMessageIsEvicted_readsAndRedeliveriesDoNotCount() {
    SentimentAnalyzer a = analyzer(TrackerConfig.custom().maximumInteractions(3));
    Interaction i1 = interaction("o1");
    Interaction i2 = interaction("o2");
    Interaction i3 = interaction("o3");
    Message first = msg(i1, "hello");
    a.analyze(i1, first);
    a.analyze(i2, msg(i2, "hello"));
    a.analyze(i3, msg(i3, "hello"));
    for (int k = 0; k < 10; k++) {
      assertThat(a.snapshot(i1.id())).isPresent(); // reads
    }
    a.analyze(i1, first); // a redelivery
    Interaction i4 = interaction("o4");
    a.analyze(i4, msg(i4, "hello"));
    assertThat(a.snapshot(i1.id())).isEmpty();
    assertThat(a.snapshot(i2.id())).isPresent();
    a.analyze(i2, msg(i2, "again")); // a tracked message: i3 is now the oldest
    Interaction i5 = interaction("o5");
    a.analyze(i5, msg(i5, "hello"));
    assertThat(a.snapshot(i3.id())).isEmpty();
    assertThat(a.snapshot(i2.id())).hasValueSatisfying(s -> assertThat(s.messages()).isEqualTo(2));
    assertThat(a.snapshot(i4.id())).isPresent();
    assertThat(a.snapshot(i5.id())).isPresent();
  }

  @Test
  void analyze_redelivery_doesNotRestartTheIdleTime() {
    SentimentAnalyzer a = analyzer(TrackerConfig.custom()); // 72 hours
    Interaction i = interaction("redel");
    Message m = msg(i, "My order never arrived.");
    a.analyze(i, m);
    clock.advance(Duration.ofHours(71));
    assertThat(a.analyze(i, m).events()).isEmpty(); // the redelivery
    assertThat(a.snapshot(i.id())).hasValueSatisfying(s -> assertThat(s.messages()).isEqualTo(1));
    clock.advance(Duration.ofHours(1));
    assertThat(a.snapshot(i.id())).as("72 hours after the last tracked message").isEmpty();
    assertThat(a.trackedCount()).isZero();
  }

  /**
   * An interaction that alerted is forgotten while a message of it arrives. Either the message comes first (no
   * event: it was alerting; then all is dropped) or the forget does (the message starts afresh and alerts). Never
   * the mix: a message that saw the old marker (no event) and a tracker that survives the forget.
   */
  @Test
  void forget_racingAnalyze_eitherOrderButNeverAMix() throws Exception {
    SentimentAnalyzer a = analyzer(oneMessageAlerts());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CyclicBarrier barrier = new CyclicBarrier(2);
      for (int round = 0; round < 3000; round++) {
        Interaction i = interaction("race" + round);
        assertThat(alerts(a.analyze(i, msg(i, ANGRY)))).isTrue();
        Message m = msg(i, ANGRY);
        Future<Analysis> analysis = pool.submit(() -> {
          barrier.await();
          return a.analyze(i, m);
        });
        Future<?> forget = pool.submit(() -> {
          barrier.await();
          a.forget(i.id());
          return null;
        });
        forget.get(10, TimeUnit.SECONDS);
        boolean alerted = alerts(analysis.get(10, TimeUnit.SECONDS));
        assertThat(a.snapshot(i.id()).isPresent()).as("round %d: tracker kept iff the message alerted", round)
            .isEqualTo(alerted);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Many threads on the same 300 interactions, customers and agents tracked separately with a bound of 400, so that
   * trackers are evicted all the time (up to 600 wanted) while the markers (at most 300) fit: per interaction, never
   * more alerts than recoveries plus one; the bound holds.
   */
  @Test
  void analyze_manyThreads_evictingAllTheTime_neverTwoAlertsWithoutARecovery() throws Exception {
    SentimentAnalyzer a = analyzer(oneMessageAlerts().maximumInteractions(400).trackAgentsSeparately(true));
    String[] texts = {ANGRY, "ok", "Thank you, that was really helpful!", ANGRY_AGAIN};
    int threads = 4;
    ConcurrentHashMap<InteractionId, int[]> counts = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int seed = t;
        futures.add(pool.submit(() -> {
          java.util.Random random = new java.util.Random(seed);
          for (int k = 0; k < 20_000; k++) {
            Interaction i = interaction("s" + random.nextInt(300));
            AuthorRole role = random.nextBoolean() ? AuthorRole.CUSTOMER : AuthorRole.AGENT;
            Analysis r = a.analyze(i, msg(i, role, texts[random.nextInt(texts.length)]));
            if (random.nextInt(500) == 0) {
              a.forget(i.id()); // counts restart: ignore this interaction from now on
              counts.put(i.id(), new int[] {-1_000_000, 0});
            }
            for (CimEvent e : r.events()) {
              counts.compute(i.id(), (key, c) -> {
                int[] n = c == null ? new int[2] : c;
                n[e instanceof SentimentRecovered ? 1 : 0]++;
                return n;
              });
            }
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      failure.set(e);
    } finally {
      pool.shutdownNow();
    }
    assertThat(failure.get()).isNull();
    counts.forEach((id, c) -> assertThat(c[0] - c[1]).as("alerts minus recoveries of %s", id).isBetween(
        c[0] < 0 ? Integer.MIN_VALUE : 0, 1));
    assertThat(a.trackedCount()).isBetween(350L, 400L);
  }
}
