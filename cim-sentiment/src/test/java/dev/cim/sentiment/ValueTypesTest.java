package dev.cim.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

  @Test
  void sentimentResult_validatesRanges() {
    assertThatThrownBy(() -> new SentimentResult(1.5, 0, 0, 1, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("compound must be in [-1, 1], but was 1.5");
    assertThatThrownBy(() -> new SentimentResult(0, -0.1, 0, 1, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    assertThatThrownBy(() -> new SentimentResult(Double.NaN, 0, 0, 1, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SentimentResult(0, 0, 0, 1, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("explanation");
  }

  @Test
  void sentimentResult_polarity() {
    SentimentResult r = new SentimentResult(0.04, 0.1, 0, 0.9, Optional.empty());
    assertThat(r.polarity(0.05)).isZero();
    assertThat(r.polarity(0.0)).isEqualTo(1);
    assertThatThrownBy(() -> r.polarity(1.0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold must be in [0, 1), but was 1.0");
  }

  @Test
  void explanation_copiesAndValidates() {
    List<String> rules = new ArrayList<>(List.of("x"));
    Explanation.Contribution c = new Explanation.Contribution("good", 0, 4, 2.4, 2.4, rules);
    rules.add("y");
    assertThat(c.rules()).containsExactly("x");
    assertThatThrownBy(() -> new Explanation.Contribution("good", 3, 1, 0, 0, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[3, 1)");
    assertThatThrownBy(() -> new Explanation(null, List.of(), 0)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Explanation.Adjustment(null, 0)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void conversationSnapshot_validates() {
    assertThatThrownBy(() -> new ConversationSnapshot(-1, 0, 0, 0, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("messages must be >= 0, but was -1");
    assertThatThrownBy(() -> new ConversationSnapshot(1, 0, 2, 0, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("smoothed must be in [-1, 1], but was 2.0");
  }

  @Test
  void lexiconFormatException_carriesContext() {
    LexiconFormatException e = new LexiconFormatException("f.tsv", 7, "bad value");
    assertThat(e.getMessage()).isEqualTo("lexicon 'f.tsv' line 7: bad value");
    assertThat(e.getSource()).isEqualTo("f.tsv");
    assertThat(e.getLineNumber()).isEqualTo(7);
    assertThat(e.getReason()).isEqualTo("bad value");
    assertThat(e).isInstanceOf(dev.cim.core.CimException.class);
  }

  @Test
  void scorer_sharedInstance_sameResultsFromManyThreads() throws Exception {
    SentimentScorer scorer = SentimentScorer.ofDefaults();
    List<String> texts = new ArrayList<>();
    String[] parts = {"great", "not good", "on hold", "but", "terrible!!", "😊", "still waiting", "THANKS", "meh"};
    for (int k = 0; k < 400; k++) {
      texts.add(parts[k % parts.length] + " and " + parts[(k * 7) % parts.length] + " " + "x".repeat(k % 50));
    }
    double[] expected = texts.stream().mapToDouble(scorer::compound).toArray();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<double[]>> futures = new ArrayList<>();
      for (int th = 0; th < 4; th++) {
        Callable<double[]> task = () -> {
          double[] out = new double[texts.size()];
          for (int rep = 0; rep < 20; rep++) {
            for (int k = 0; k < texts.size(); k++) {
              out[k] = scorer.compound(texts.get(k));
            }
          }
          return out;
        };
        futures.add(pool.submit(task));
      }
      for (Future<double[]> f : futures) {
        assertThat(f.get()).containsExactly(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
