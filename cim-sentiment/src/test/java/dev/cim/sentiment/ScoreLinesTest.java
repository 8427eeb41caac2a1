package dev.cim.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreLinesTest {
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
  private final StringWriter out = new StringWriter();

  private int run(String input, String... args) throws IOException {
    return ScoreLines.run(args, new StringReader(input), out, err);
  }

  @Test
  void run_oneScorePerLine_inOrder_emptyLineScored() throws IOException {
    assertThat(run("great service\n\nterrible service\n")).isZero();
    String[] lines = out.toString().split("\n", -1);
    assertThat(lines).hasSize(4);
    assertThat(Double.parseDouble(lines[0])).isPositive();
    assertThat(lines[1]).isEqualTo("0.0000");
    assertThat(Double.parseDouble(lines[2])).isNegative();
    assertThat(lines[3]).isEmpty();
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void run_timing_printsLineCountAndSeconds() throws IOException {
    assertThat(run("a\nb\nc", "--timing")).isZero();
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).matches("TIMING n=3 score_seconds=\\d+\\.\\d{6}\\R");
  }

  @Test
  void run_badFlag_exitCode2WithMessage() throws IOException {
    assertThat(run("x", "--fast")).isEqualTo(2);
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("unknown flag '--fast'").contains("usage:");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void run_missingFlagValue_exitCode2() throws IOException {
    assertThat(run("x", "--lexicon")).isEqualTo(2);
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("--lexicon needs a value");
  }

  @Test
  void run_badFormat_exitCode2() throws IOException {
    assertThat(run("x", "--format", "xml")).isEqualTo(2);
  }

  @Test
  void run_lexiconFile_isUsed(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("afinn.txt"), "zorg\t5\n", StandardCharsets.UTF_8);
    assertThat(run("zorg\nnot zorg\ngreat\n", "--lexicon", f.toString(), "--format", "afinn")).isZero();
    String[] lines = out.toString().split("\n");
    assertThat(Double.parseDouble(lines[0])).isPositive();
    assertThat(Double.parseDouble(lines[1])).isNegative(); // cim's rules still apply
    assertThat(Double.parseDouble(lines[2])).isZero(); // the built-in words do not
  }

  @Test
  void run_badLexiconFile_exitCode3WithLine(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("bad.txt"), "good\t1\nbad\tx\n", StandardCharsets.UTF_8);
    assertThat(run("x", "--lexicon", f.toString(), "--format", "afinn")).isEqualTo(3);
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("line 2").contains("integer");
  }

  @Test
  void run_overlay_addsEntriesToBuiltIn(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("overlay.tsv"), "#cim-lexicon 1\nzorg\t-3\n", StandardCharsets.UTF_8);
    assertThat(run("zorg\ngreat\n", "--overlay", f.toString())).isZero();
    String[] lines = out.toString().split("\n");
    assertThat(Double.parseDouble(lines[0])).isNegative();
    assertThat(Double.parseDouble(lines[1])).isPositive(); // the built-in words stay
  }

  @Test
  void run_loneCarriageReturn_staysInItsLine_crLfIsOneLineEnd() throws IOException {
    assertThat(run("terrible\rawful\r\ngreat\rfine\norder\r")).isZero();
    String[] lines = out.toString().split("\n", -1);
    assertThat(lines).hasSize(4);
    assertThat(Double.parseDouble(lines[0])).isNegative();
    assertThat(Double.parseDouble(lines[1])).isPositive();
    assertThat(lines[2]).isEqualTo("0.0000");
    assertThat(lines[3]).isEmpty();
  }

  @Test
  void usage_namesTheClasspathWithCimCore() throws IOException {
    assertThat(run("", "--help")).isZero();
    assertThat(errBytes.toString(StandardCharsets.UTF_8))
        .contains("-cp cim-sentiment/target/classes:cim-core/target/classes ");
  }

  @Test
  void run_formatWithoutLexicon_exitCode2NamingTheFlag() throws IOException {
    assertThat(run("x", "--format", "vader")).isEqualTo(2);
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("--format").contains("--lexicon");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void run_overlayFormatWithoutOverlay_exitCode2NamingTheFlag() throws IOException {
    assertThat(run("x", "--overlay-format", "afinn")).isEqualTo(2);
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("--overlay-format").contains("--overlay");
  }

  @Test
  void run_badOverlayFormat_exitCode2() throws IOException {
    assertThat(run("x", "--overlay", "o.tsv", "--overlay-format", "xml")).isEqualTo(2);
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("--overlay-format must be")
        .contains("but was 'xml'");
  }

  @Test
  void run_overlayInAfinnFormat_isScaledAsAfinn(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("o.txt"), "zorg\t5\n", StandardCharsets.UTF_8);
    assertThat(run("zorg\n", "--overlay", f.toString(), "--overlay-format", "afinn")).isZero();
    double afinn = Double.parseDouble(out.toString().strip());
    out.getBuffer().setLength(0);
    assertThat(run("zorg\n", "--overlay", f.toString())).as("default: cim format, unscaled").isZero();
    double cim = Double.parseDouble(out.toString().strip());
    assertThat(afinn).isPositive().isLessThan(cim);
  }

  @ParameterizedTest
  @ValueSource(strings = {"lexicon", "overlay"})
  void run_missingFile_exitCode3_keepsRolePathAndCause(String role, @TempDir Path dir) throws IOException {
    String nope = dir.resolve("nope.tsv").toString();
    assertThat(run("x", "--" + role, nope)).isEqualTo(3);
    assertThat(errBytes.toString(StandardCharsets.UTF_8))
        .contains("cannot read " + role + " '" + nope + "': No such file or directory");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void run_lexiconIsADirectory_exitCode3_keepsPathAndCause(@TempDir Path dir) throws IOException {
    assertThat(run("x", "--lexicon", dir.toString())).isEqualTo(3);
    assertThat(errBytes.toString(StandardCharsets.UTF_8))
        .containsPattern(Pattern.quote("cannot read lexicon '" + dir + "': ") + "\\S");
  }
}
