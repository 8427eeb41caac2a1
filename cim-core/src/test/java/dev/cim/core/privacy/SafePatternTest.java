package dev.cim.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafePatternTest {

  private static String marks(String regex, String text) {
    boolean[] covered = new boolean[text.length()];
    SafePattern.compile("p", regex).cover(text, 0, text.length(), covered);
    StringBuilder sb = new StringBuilder();
    for (boolean b : covered) {
      sb.append(b ? 'x' : '.');
    }
    return sb.toString();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "abc; xxabcx; ..xxx.",
      "a|bc; abcb; xxx.",
      "ab?c; ac abc abbc; xx.xxx.....",
      "ab*c; ac abbbc ab; xx.xxxxx...",
      "ab+c; ac abbc; ...xxxx",
      "[a-c]+; xaxbcdx; .x.xx..",
      "[^a-c]; abzc; ..x.",
      "\\d{3}-\\d{2}; 12-34 123-45; ......xxxxxx",
      "\\d{2,3}; 1 12 1234; ..xx.xxxx",
      "x\\d{2,}y; x1y x12y x12345y; ....xxxx.xxxxxxx",
      "(?:ab)+; aabab; .xxxx",
      "\\w+@; a_b@ @; xxxx..",
      "a\\s+b; a  b ab; xxxx...",
      "\\.; a.b; .x.",
      "[\\d.]+; v1.2x; .xxx.",
      "a.c; abc a\\nc; xxx.xxx",
      "(a|ab)(c|bcd); abcd; xxxx",
      "a*?b; aab; xxx",
  })
  void cover_marksEveryCharacterInsideSomeMatch(String regex, String text, String expected) {
    assertThat(marks(regex, text.replace("\\n", "\n"))).isEqualTo(expected);
  }

  @Test
  void cover_overlappingMatches_markTheirUnion() {
    assertThat(marks("aba", "ababa")).isEqualTo("xxxxx");
    assertThat(marks("a{2}", "aaa")).isEqualTo("xxx");
  }

  @Test
  void cover_emptyMatchesMarkNothing() {
    assertThat(marks("a*", "bbb")).isEqualTo("...");
    assertThat(SafePattern.compile("p", "x?").find("abc")).isFalse();
  }

  @Test
  void cover_staysInsideTheRange() {
    boolean[] covered = new boolean[6];
    SafePattern.compile("p", "ab").cover("ababab", 1, 5, covered);
    assertThat(covered).containsExactly(false, false, true, true, false, false);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "(a)\\1; 3; backreference",
      "a(?=b); 1; lookaround",
      "a(?!b); 1; lookaround",
      "(?<=a)b; 0; lookaround",
      "(?<!a)b; 0; lookaround",
      "(?i)a; 0; group construct",
      "^a; 0; anchor",
      "a$; 1; anchor",
      "\\bword; 0; boundary",
      "a{1,101}; 1; at most 100",
      "a{3,2}; 1; m <= n",
      "a++; 2; possessive",
      "(ab; 0; unclosed group",
      "ab); 2; unbalanced",
      "[ab; 0; unclosed class",
      "*a; 0; without an operand",
      "\\p{L}; 0; escape",
      "\\k<x>; 0; backreference",
  })
  void compile_outsideTheSafeSubset_throwsNamingPatternAndPosition(String regex, int position, String problem) {
    assertThatThrownBy(() -> SafePattern.compile("order-id", regex))
        .isInstanceOf(UnsafePatternException.class)
        .hasMessageContaining("'order-id'")
        .hasMessageContaining("position " + position)
        .hasMessageContaining(problem)
        .satisfies(e -> {
          assertThat(((UnsafePatternException) e).getPatternName()).isEqualTo("order-id");
          assertThat(((UnsafePatternException) e).getPosition()).isEqualTo(position);
        });
  }

  @Test
  void compile_tooManyStates_isRejected() {
    assertThatThrownBy(() -> SafePattern.compile("big", "((a{100}){100}){100}"))
        .isInstanceOf(UnsafePatternException.class).hasMessageContaining("NFA states");
  }

  @Test
  void nullArguments_throwNullPointerException() {
    SafePattern p = SafePattern.compile("p", "a");
    assertThatThrownBy(() -> SafePattern.compile(null, "a")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SafePattern.compile("p", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> p.find(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> p.cover(null, 0, 0, new boolean[0])).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> p.cover("a", 0, 1, null)).isInstanceOf(NullPointerException.class);
  }
}
