package dev.cim.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SentimentAnalyzerProperties {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final String[] TEXTS = {"This is terrible, the worst service ever", "Still broken, useless",
      "ok", "Thank you, that was really helpful!", "Great, all fixed, thanks so much!", "Where is my order"};

  /** One step: which interaction (of 3), which text, minutes to wait before it, and whether to redeliver instead. */
  record Step(int interaction, int text, int waitMinutes, boolean redeliver) {
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 5),
        Arbitraries.of(0, 1, 30, 90, 200), Arbitraries.of(false, false, false, true)).as(Step::new).list()
        .ofMaxSize(60);
  }

  /**
   * Per interaction, alerts and recoveries alternate, starting with an alert, whatever the timing: trackers that
   * expire (after 2 hours) mid-conversation and redelivered messages included. (The alert markers are bounded by
   * maximumInteractions, so the 3 interactions fit; eviction by size is an example in SentimentAnalyzerTest.)
   */
  @Property(tries = 200)
  void analyzer_perInteraction_neverTwoAlertsWithoutARecovery(@ForAll("steps") List<Step> steps) {
    MutableClock clock = new MutableClock(T0);
    SentimentAnalyzer a = SentimentAnalyzer.builder().clock(clock).config(TrackerConfig.custom().minMessages(1)
        .maximumInteractions(3).expireAfterIdle(Duration.ofHours(2)).build()).build();
    Map<Integer, Boolean> alerting = new HashMap<>();
    Map<Integer, List<Message>> sent = new HashMap<>();
    int seq = 0;
    for (Step st : steps) {
      clock.advance(Duration.ofMinutes(st.waitMinutes()));
      Interaction i = Interaction.open(InteractionId.of("p" + st.interaction()), CustomerId.of("c"), Channel.EMAIL,
          CaseId.of("k"), T0);
      List<Message> earlier = sent.computeIfAbsent(st.interaction(), k -> new ArrayList<>());
      Message m;
      if (st.redeliver() && !earlier.isEmpty()) {
        m = earlier.get(earlier.size() - 1);
      } else {
        m = Message.of(MessageId.of("m" + ++seq), i.id(), AuthorRole.CUSTOMER, TEXTS[st.text()], clock.instant());
        earlier.add(m);
      }
      for (CimEvent e : a.analyze(i, m).events()) {
        boolean was = alerting.getOrDefault(st.interaction(), false);
        if (e instanceof SentimentAlert) {
          assertThat(was).as("second alert without a recovery for %s", i.id()).isFalse();
          alerting.put(st.interaction(), true);
        } else if (e instanceof SentimentRecovered) {
          assertThat(was).as("recovery without an alert for %s", i.id()).isTrue();
          alerting.put(st.interaction(), false);
        }
      }
    }
  }
}
