package dev.cim.sentiment;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A command that scores lines: reads UTF-8 text from standard input, one text per line, and writes one compound score
 * per line on standard output, in order (an empty line gets a score too). Lines end at {@code '\n'} only; a
 * {@code '\r'} just before it is dropped (so {@code "\r\n"} ends a line too), and any other {@code '\r'} stays in its
 * line, so that the output has exactly one line per input line; a last line without {@code '\n'} counts.
 *
 * <pre>
 * java -cp cim-sentiment/target/classes:cim-core/target/classes dev.cim.sentiment.ScoreLines [--timing]
 *     [--lexicon FILE [--format F]] [--overlay FILE [--overlay-format F]] &lt; texts.txt &gt; scores.txt
 * </pre>
 *
 * <p>(cim-core's classes are needed for {@code CimException}, the root of {@link LexiconFormatException}.)
 *
 * <p>{@code --timing} prints {@code TIMING n=<lines> score_seconds=<seconds>} on standard error, timing only the
 * scoring loop (all lines are read first). {@code --lexicon FILE} scores with that file's terms on cim's rule words
 * ({@link Lexicon#load}); {@code --format} is {@code cim}, {@code vader}, {@code afinn} or {@code auto} (the default);
 * {@code --overlay FILE} adds a file's entries on top, read in the format {@code --overlay-format} names ({@code cim}
 * by default, as overlays are usually cim files; {@code auto} detects as for {@code --lexicon}). A bad flag, or
 * {@code --format} without {@code --lexicon} ({@code --overlay-format} without {@code --overlay}), prints a message
 * and exits with code 2; a lexicon or overlay that cannot be read ({@code cannot read lexicon 'nope.tsv': No such
 * file or directory}) or is malformed exits with code 3.
 */
public final class ScoreLines {
  private ScoreLines() {
  }

  /**
   * Runs the command.
   *
   * @param args the flags; not null
   * @throws IOException if standard input or output fails
   */
  public static void main(String[] args) throws IOException {
    int code = run(args, new InputStreamReader(System.in, StandardCharsets.UTF_8),
        new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16), System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the command on the given streams; for tests and embedding.
   *
   * @param args the flags; not null
   * @param in the input; not null, read to its end
   * @param out the output; not null, flushed, not closed
   * @param err where messages and timing go; not null
   * @return the exit code: 0 on success, 2 for bad flags, 3 for a lexicon or overlay file that cannot be read or is
   *     malformed
   * @throws IOException if reading or writing fails
   */
  public static int run(String[] args, Reader in, Writer out, PrintStream err) throws IOException {
    java.util.Objects.requireNonNull(args, "args");
    java.util.Objects.requireNonNull(in, "in");
    java.util.Objects.requireNonNull(out, "out");
    java.util.Objects.requireNonNull(err, "err");
    boolean timing = false;
    String lexicon = null;
    String overlay = null;
    LexiconFormat format = null;
    LexiconFormat overlayFormat = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--timing" -> timing = true;
        case "--lexicon", "--overlay", "--format", "--overlay-format" -> {
          if (i + 1 >= args.length) {
            return usage(err, "flag " + a + " needs a value");
          }
          String v = args[++i];
          if (a.equals("--lexicon")) {
            lexicon = v;
          } else if (a.equals("--overlay")) {
            overlay = v;
          } else {
            LexiconFormat f;
            try {
              f = LexiconFormat.valueOf(v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
              return usage(err, a + " must be cim, vader, afinn or auto, but was '" + v + "'");
            }
            if (a.equals("--format")) {
              format = f;
            } else {
              overlayFormat = f;
            }
          }
        }
        case "-h", "--help" -> {
          usage(err, null);
          return 0;
        }
        default -> {
          return usage(err, "unknown flag '" + a + "'");
        }
      }
    }
    if (format != null && lexicon == null) {
      return usage(err, "--format must come with --lexicon (it names that file's format), but no --lexicon was given");
    }
    if (overlayFormat != null && overlay == null) {
      return usage(err, "--overlay-format must come with --overlay, but no --overlay was given");
    }
    SentimentScorer scorer;
    try {
      Lexicon base = Lexicon.builtIn();
      if (lexicon != null) {
        base = readLexicon("lexicon", lexicon, Lexicon.from(Lexicon.rules()),
            format == null ? LexiconFormat.AUTO : format);
      }
      if (overlay != null) {
        base = readLexicon("overlay", overlay, Lexicon.from(base),
            overlayFormat == null ? LexiconFormat.CIM : overlayFormat);
      }
      scorer = base == Lexicon.builtIn() ? SentimentScorer.ofDefaults() : SentimentScorer.withLexicon(base);
    } catch (LexiconFormatException e) {
      err.println("error: " + e.getMessage());
      return 3;
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return 3;
    }
    List<String> lines = readLines(in);
    int n = lines.size();
    double[] scores = new double[n];
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      scores[i] = scorer.compound(lines.get(i));
    }
    long t1 = System.nanoTime();
    StringBuilder sb = new StringBuilder(16);
    for (int i = 0; i < n; i++) {
      sb.setLength(0);
      sb.append(String.format(Locale.ROOT, "%.4f", scores[i])).append('\n');
      out.write(sb.toString());
    }
    out.flush();
    if (timing) {
      err.println(String.format(Locale.ROOT, "TIMING n=%d score_seconds=%.6f", n, (t1 - t0) / 1e9));
    }
    return 0;
  }

  /**
   * Loads a file into a builder; an {@link IOException} is re-thrown with a message that names the role and the path
   * as given, and the cause's reason ({@code cannot read lexicon 'nope.tsv': No such file or directory}).
   */
  private static Lexicon readLexicon(String role, String path, Lexicon.Builder into, LexiconFormat format)
      throws IOException {
    try {
      return into.load(Path.of(path), format).build();
    } catch (IOException e) {
      throw new IOException("cannot read " + role + " '" + path + "': " + reason(e), e);
    } catch (java.nio.file.InvalidPathException e) {
      throw new IOException("cannot read " + role + " '" + path + "': " + e.getMessage(), e);
    }
  }

  /** The reason of an IO error without the path that the file-system exceptions put first or alone. */
  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "No such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "Permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /** Splits the input on {@code '\n'} only, dropping a {@code '\r'} just before it (see the class comment). */
  private static List<String> readLines(Reader in) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(256);
    char[] buf = new char[1 << 16];
    boolean pending = false;
    for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
      int from = 0;
      for (int k = 0; k < n; k++) {
        if (buf[k] == '\n') {
          line.append(buf, from, k - from);
          int len = line.length();
          lines.add(line.substring(0, len > 0 && line.charAt(len - 1) == '\r' ? len - 1 : len));
          line.setLength(0);
          from = k + 1;
        }
      }
      line.append(buf, from, n - from);
      pending = line.length() > 0;
    }
    if (pending) {
      int len = line.length();
      lines.add(line.substring(0, line.charAt(len - 1) == '\r' ? len - 1 : len));
    }
    return lines;
  }

  private static int usage(PrintStream err, String problem) {
    if (problem != null) {
      err.println("error: " + problem);
    }
    err.println("usage: java -cp cim-sentiment/target/classes:cim-core/target/classes dev.cim.sentiment.ScoreLines"
        + " [--timing]"
        + " [--lexicon FILE [--format cim|vader|afinn|auto]] [--overlay FILE [--overlay-format cim|vader|afinn|auto]]"
        + " < lines.txt");
    return problem == null ? 0 : 2;
  }
}
