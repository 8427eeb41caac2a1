package dev.cim.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.sentiment.LexiconEntry.Rule;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The builder's merge rule and {@link Lexicon#entry(String)}. */
class LexiconBuilderTest {

  @Test
  void entry_builtInRuleWords_showTheirRolesAndValues() {
    Lexicon l = Lexicon.builtIn();
    LexiconEntry very = l.entry("VERY").orElseThrow();
    assertThat(very.term()).isEqualTo("very");
    assertThat(very.rules()).contains(Rule.BOOSTER);
    assertThat(very.increment()).isPositive();
    assertThat(very.valence()).isEmpty();
    assertThat(l.entry("not").orElseThrow().rules()).containsExactly(Rule.NEGATOR);
    assertThat(l.entry("but").orElseThrow().rules()).contains(Rule.CONTRAST);
    LexiconEntry too = l.entry("too").orElseThrow();
    assertThat(too.rules()).contains(Rule.BOOSTER, Rule.EXCESS);
    assertThat(too.valence()).isPresent();
    assertThat(l.entry("thanks").orElseThrow().rules()).contains(Rule.POLITE);
    assertThat(l.entry("no such term at all")).isEmpty();
  }

  @Test
  void entry_negatedValence_isReadable() {
    Lexicon l = Lexicon.builder().put("received", 0.0, -2.0).put("good", 2.0).build();
    assertThat(l.entry("received").orElseThrow().negatedValence()).hasValue(-2.0);
    assertThat(l.entry("received").orElseThrow().valence()).isEmpty();
    assertThat(l.entry("good").orElseThrow().negatedValence()).isEmpty();
    assertThat(l.entry("good").orElseThrow().valence()).hasValue(2.0);
    assertThat(l.entry("good").orElseThrow().rules()).isEmpty();
  }

  @Test
  void roleMethods_keepTheValence_andOtherRoles() {
    Lexicon l = Lexicon.builder().put("never", -1.0, 1.0).putNegator("never").putContrast("never")
        .put("though", 0.5).putConcessive("though").put("cheers", 2.0).putPolite("cheers").build();
    LexiconEntry never = l.entry("never").orElseThrow();
    assertThat(never.valence()).hasValue(-1.0);
    assertThat(never.negatedValence()).hasValue(1.0);
    assertThat(never.rules()).isEqualTo(EnumSet.of(Rule.NEGATOR, Rule.CONTRAST));
    assertThat(l.entry("though").orElseThrow().rules()).isEqualTo(Set.of(Rule.CONCESSIVE));
    assertThat(l.entry("though").orElseThrow().valence()).hasValue(0.5);
    assertThat(l.entry("cheers").orElseThrow().rules()).isEqualTo(Set.of(Rule.POLITE));
  }

  @Test
  void put_afterRoleMethod_keepsTheRole() {
    Lexicon l = Lexicon.builder().putNegator("nah").put("nah", -0.5).build();
    assertThat(l.entry("nah").orElseThrow().rules()).isEqualTo(Set.of(Rule.NEGATOR));
    assertThat(l.valence("nah")).hasValue(-0.5);
  }

  @Test
  void boosterOptions_negOnlyAndExcess_settable_andScoreAsInAFile() throws Exception {
    Lexicon built = Lexicon.builder().put("fine", 1.0).put("bad", -2.0).putBooster("still", 0.3, true)
        .putBooster("overly", 0.3).putExcess("overly", -1.2).build();
    Lexicon loaded = Lexicon.builder().load(new java.io.StringReader(
        "fine\t1\nbad\t-2\nstill\t0.3\tbooster,negonly\noverly\t0.3\tbooster,excess=-1.2\n"), LexiconFormat.CIM, "f")
        .build();
    assertThat(built.entry("still").orElseThrow().rules()).isEqualTo(EnumSet.of(Rule.BOOSTER, Rule.NEG_ONLY));
    LexiconEntry overly = built.entry("overly").orElseThrow();
    assertThat(overly.rules()).isEqualTo(EnumSet.of(Rule.BOOSTER, Rule.EXCESS));
    assertThat(overly.valence()).hasValue(-1.2);
    assertThat(overly.increment()).isEqualTo(0.3);
    for (String text : new String[] {"still bad", "still fine", "overly long", "overly bad", "fine"}) {
      assertThat(SentimentScorer.withLexicon(built).compound(text)).as(text)
          .isEqualTo(SentimentScorer.withLexicon(loaded).compound(text));
    }
    assertThat(SentimentScorer.withLexicon(built).compound("overly long")).isNegative();
  }

  @Test
  void putExcess_onNonBooster_rejected_builderUnchanged() {
    Lexicon.Builder b = Lexicon.builder().put("long", -0.5);
    assertThatThrownBy(() -> b.putExcess("long", -1.0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'long'").hasMessageContaining("booster");
    assertThatThrownBy(() -> b.putExcess("absent", -1.0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'absent'");
    assertThatThrownBy(() -> Lexicon.builder().putBooster("too", 0.3).putExcess("too", 6.0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6.0");
    assertThat(b.build().entry("long").orElseThrow().rules()).isEmpty();
  }

  @Test
  void put_onBooster_rejected_builderUnchanged() {
    Lexicon.Builder b = Lexicon.builder().putBooster("very", 0.3);
    assertThatThrownBy(() -> b.put("very", 2.0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'very'").hasMessageContaining("booster");
    assertThat(b.build().entry("very").orElseThrow().increment()).isEqualTo(0.3);
  }

  @Test
  void putBooster_dropsTheValence_keepsOtherRoles() {
    Lexicon l = Lexicon.builder().put("hella", 1.0).putNegator("hella").putBooster("hella", 0.4).build();
    LexiconEntry e = l.entry("hella").orElseThrow();
    assertThat(e.valence()).isEmpty();
    assertThat(e.rules()).isEqualTo(EnumSet.of(Rule.NEGATOR, Rule.BOOSTER));
  }

  @Test
  void entry_isImmutable_andNullChecked() {
    LexiconEntry e = Lexicon.builtIn().entry("too").orElseThrow();
    assertThatThrownBy(() -> e.rules().add(Rule.POLITE)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Lexicon.builtIn().entry(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("term");
  }

  @Test
  void readmeExample_buildsAndScores() {
    Lexicon l = Lexicon.from(Lexicon.builtIn())
        .putBooster("hella", 0.4).putBooster("yet again", 0.3, true)
        .putBooster("overly", 0.3).putExcess("overly", -1.2)
        .put("cheers", 2.0).putPolite("cheers").putConcessive("albeit")
        .build();
    SentimentScorer s = SentimentScorer.withLexicon(l);
    assertThat(s.compound("hella good")).isGreaterThan(s.compound("good"));
    assertThat(s.compound("overly long")).isNegative();
    assertThat(l.entry("yet again").orElseThrow().rules()).contains(Rule.NEG_ONLY);
  }
}
