package dev.cim.benchmarks.sentiment;

import dev.cim.sentiment.SentimentResult;
import dev.cim.sentiment.SentimentScorer;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Throughput of the built-in sentiment scorer on realistic short customer messages (5 to 60 words, generated from a
 * seeded random over a word list with the skew of chat text: mostly neutral words, some sentiment words, negators,
 * intensifiers, customer-service phrases, punctuation, emoticons and emoji), on one thread and on two threads sharing
 * one scorer instance; {@code compound1Thread} asks only for the compound score. {@code baselineSplitLowercase} is a naive tokenisation of the same texts (lower-case and split
 * on spaces), measured in the same run as a reference for the machine's speed.
 *
 * <p>Run (ops/s = texts/s; {@code -prof gc} adds {@code gc.alloc.rate.norm}, bytes allocated per text):
 * <pre>
 * mvn -B -q package -pl cim-benchmarks -am -DskipTests
 * java -jar cim-benchmarks/target/benchmarks.jar SentimentBenchmark -f 1 -wi 2 -i 3 -w 2s -r 3s -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SentimentBenchmark {
  private static final int TEXTS = 4096;

  private static final String[] NEUTRAL = {"the", "a", "my", "i", "you", "it", "is", "was", "to", "and", "for", "on",
      "in", "of", "with", "order", "account", "phone", "bill", "app", "agent", "today", "yesterday", "called",
      "again", "this", "that", "have", "has", "been", "can", "please", "number", "package", "payment", "internet",
      "when", "what", "why", "how", "they", "we", "me", "your", "our", "about", "just", "now", "week", "days",
      "hours", "email", "card", "delivery", "refund", "store", "router", "plan", "code", "ticket", "there", "after",
      "before", "tried", "said", "told", "asked", "want", "need", "still", "already", "some", "new", "old", "Acme"};
  private static final String[] POLAR = {"good", "great", "thanks", "helpful", "bad", "terrible", "slow", "awful",
      "love", "hate", "useless", "excellent", "frustrated", "happy", "annoying", "broken", "perfect", "rude",
      "disappointed", "amazing", "worst", "best", "fine", "sorry", "angry", "appreciate", "ridiculous", "quick",
      "problem", "issue", "fixed", "resolved", "unacceptable", "crashing", "nice", "sooo", "GREAT", "TERRIBLE"};
  private static final String[] RULES = {"not", "never", "don't", "isn't", "very", "really", "so", "extremely",
      "but", "however", "although", "kind of", "a bit", "too"};
  private static final String[] PHRASES = {"on hold", "thanks for nothing", "still not fixed", "waste of time",
      "speak to a manager", "cancel my account", "money back", "no response", "thank you", "well done",
      "above and beyond", "never again"};
  private static final String[] MARKS = {".", ",", "!", "?", "!!", "??", ":)", ":(", "😡", "😊", "👍", "❤️", "..."};

  private String[] texts;

  /** Generates the texts from a fixed seed. */
  @Setup(Level.Trial)
  public void setUp() {
    Random r = new Random(20261124L);
    texts = new String[TEXTS];
    StringBuilder sb = new StringBuilder();
    for (int t = 0; t < TEXTS; t++) {
      sb.setLength(0);
      int words = 5 + r.nextInt(56);
      for (int w = 0; w < words; w++) {
        int k = r.nextInt(100);
        String word;
        if (k < 62) {
          word = NEUTRAL[r.nextInt(NEUTRAL.length)];
        } else if (k < 80) {
          word = POLAR[r.nextInt(POLAR.length)];
        } else if (k < 90) {
          word = RULES[r.nextInt(RULES.length)];
        } else if (k < 94) {
          word = PHRASES[r.nextInt(PHRASES.length)];
        } else {
          sb.append(MARKS[r.nextInt(MARKS.length)]);
          continue;
        }
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
      }
      texts[t] = sb.toString();
    }
  }

  /** Per-thread cursor over the texts. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
    final SentimentScorer scorer = SentimentScorer.ofDefaults();

    String take(String[] texts) {
      String s = texts[next];
      next = (next + 1) & (TEXTS - 1);
      return s;
    }
  }

  /**
   * Scores one text on one thread.
   *
   * @param c the cursor
   * @return the result
   */
  @Benchmark
  @Threads(1)
  public SentimentResult score1Thread(Cursor c) {
    return c.scorer.score(c.take(texts));
  }

  /**
   * Scores one text on each of two threads sharing the scorer instance; the reported score is the sum.
   *
   * @param c the cursor
   * @return the result
   */
  @Benchmark
  @Threads(2)
  public SentimentResult score2Threads(Cursor c) {
    return c.scorer.score(c.take(texts));
  }

  /**
   * Only the compound score, which the built-in scorer returns without allocating.
   *
   * @param c the cursor
   * @return the compound score
   */
  @Benchmark
  @Threads(1)
  public double compound1Thread(Cursor c) {
    return c.scorer.compound(c.take(texts));
  }

  /**
   * Reference: lower-cases and splits the same text on spaces, as a naive tokenizer would.
   *
   * @param c the cursor
   * @return the tokens
   */
  @Benchmark
  @Threads(1)
  public String[] baselineSplitLowercase(Cursor c) {
    return c.take(texts).toLowerCase(java.util.Locale.ROOT).split(" ");
  }
}
