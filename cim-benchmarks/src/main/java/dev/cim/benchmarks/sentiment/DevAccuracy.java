package dev.cim.benchmarks.sentiment;

import dev.cim.sentiment.Lexicon;
import dev.cim.sentiment.LexiconFormat;
import dev.cim.sentiment.SentimentScorer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Measures binary accuracy of the built-in scorer on labelled files ({@code id<TAB>gold<TAB>text}, gold 1 positive,
 * 0 negative): the predicted label is the sign of the compound score, a score of 0 counted as positive (as in the
 * peers' figures in the development data's README). Not a benchmark: a measuring tool.
 *
 * <pre>
 * mvn -B -q package -pl cim-benchmarks -am -DskipTests
 * java -cp cim-benchmarks/target/benchmarks.jar dev.cim.benchmarks.sentiment.DevAccuracy /work/shared/data/sentiment
 *     [--lexicon FILE] [--errors N]
 * </pre>
 */
public final class DevAccuracy {
  private DevAccuracy() {
  }

  /**
   * Runs the measurement.
   *
   * @param args a directory of {@code *.tsv} files or the files themselves; {@code --lexicon FILE} to score with
   *     another lexicon on cim's rules; {@code --errors N} to print N misclassified lines per file
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    SentimentScorer scorer = SentimentScorer.ofDefaults();
    int errors = 0;
    List<Path> files = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lexicon")) {
        scorer = SentimentScorer.withLexicon(Lexicon.load(Path.of(args[++i]), LexiconFormat.AUTO));
      } else if (args[i].equals("--errors")) {
        errors = Integer.parseInt(args[++i]);
      } else {
        Path p = Path.of(args[i]);
        if (Files.isDirectory(p)) {
          try (Stream<Path> s = Files.list(p)) {
            files.addAll(s.filter(f -> f.toString().endsWith(".tsv")).sorted().collect(Collectors.toList()));
          }
        } else {
          files.add(p);
        }
      }
    }
    System.out.println("| file | n | accuracy | zero scores | positive recall | negative recall |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (Path f : files) {
      int n = 0;
      int ok = 0;
      int zero = 0;
      int pos = 0;
      int posOk = 0;
      int negOk = 0;
      int shown = 0;
      StringBuilder wrong = new StringBuilder();
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        String[] parts = line.split("\t", 3);
        if (parts.length < 3 || !(parts[1].equals("0") || parts[1].equals("1"))) {
          continue;
        }
        boolean gold = parts[1].equals("1");
        double c = scorer.compound(parts[2]);
        boolean pred = c >= 0;
        n++;
        if (c == 0) {
          zero++;
        }
        if (gold) {
          pos++;
        }
        if (pred == gold) {
          ok++;
          if (gold) {
            posOk++;
          } else {
            negOk++;
          }
        } else if (shown < errors) {
          shown++;
          wrong.append(String.format(Locale.ROOT, "  %s %+.3f %s%n", parts[1], c, parts[2]));
        }
      }
      System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %d | %.3f | %.3f |%n", f.getFileName(), n,
          (double) ok / n, zero, (double) posOk / Math.max(1, pos), (double) negOk / Math.max(1, n - pos));
      System.out.print(wrong);
    }
  }
}
