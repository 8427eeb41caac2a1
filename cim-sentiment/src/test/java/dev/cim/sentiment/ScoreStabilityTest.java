package dev.cim.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guards the built-in scorer's exact output: every text of {@code score-regression.tsv} (415 generated messages
 * written for this project, with stems, elongations, capitals, emoticons, emoji, numbers and odd Unicode) must score
 * bit for bit what the scorer gave when the file was recorded. A change of the lookup structures or the passes must
 * not move any score; a deliberate change of the lexicon or the rules re-records the file.
 */
class ScoreStabilityTest {
  private static final String RESOURCE = "score-regression.tsv";

  private record Case(int line, String text, long[] bits) {
  }

  private static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = ScoreStabilityTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE).isNotNull();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        assertThat(f).as("line %d", lineNo).hasSize(5);
        long[] bits = new long[4];
        for (int k = 0; k < 4; k++) {
          bits[k] = Long.parseUnsignedLong(f[k + 1], 16);
        }
        cases.add(new Case(lineNo, unescape(f[0]), bits));
      }
    }
    return cases;
  }

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && s.charAt(i + 1) == 'u') {
        sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else if (c == '\\') {
        sb.append(s.charAt(++i));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  @Test
  void score_recordedTexts_bitIdenticalToRecordedScores() throws IOException {
    SentimentScorer scorer = SentimentScorer.ofDefaults();
    List<Case> cases = cases();
    assertThat(cases).hasSize(415);
    int polar = 0;
    for (Case c : cases) {
      SentimentResult r = scorer.score(c.text());
      long[] actual = {Double.doubleToRawLongBits(r.compound()), Double.doubleToRawLongBits(r.positive()),
          Double.doubleToRawLongBits(r.negative()), Double.doubleToRawLongBits(r.neutral())};
      assertThat(actual).as("line %d: %s", c.line(), c.text()).containsExactly(c.bits());
      assertThat(Double.doubleToRawLongBits(scorer.compound(c.text()))).as("compound, line %d", c.line())
          .isEqualTo(c.bits()[0]);
      if (r.compound() != 0.0) {
        polar++;
      }
    }
    assertThat(polar).as("texts with a non-zero score").isGreaterThan(300);
  }

  @Test
  void explain_recordedTexts_sameCompoundAsScore() throws IOException {
    SentimentScorer scorer = SentimentScorer.ofDefaults();
    for (Case c : cases()) {
      assertThat(Double.doubleToRawLongBits(scorer.explain(c.text()).compound())).as("line %d", c.line())
          .isEqualTo(c.bits()[0]);
    }
  }
}
