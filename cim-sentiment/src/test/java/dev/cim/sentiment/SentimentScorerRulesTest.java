package dev.cim.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SentimentScorerRulesTest {
  private final SentimentScorer scorer = SentimentScorer.ofDefaults();

  private double c(CharSequence text) {
    return scorer.compound(text);
  }

  @Nested
  class Basics {
    @Test
    void score_positiveWord_isPositive() {
      assertThat(c("The agent was helpful.")).isGreaterThan(0.3);
    }

    @Test
    void score_negativeWord_isNegative() {
      assertThat(c("The agent was rude.")).isLessThan(-0.3);
    }

    @Test
    void score_noSentimentWords_isZeroAndNeutral() {
      SentimentResult r = scorer.score("My order number is 12345 and I called on Tuesday.");
      assertThat(r.compound()).isZero();
      assertThat(r.neutral()).isEqualTo(1.0);
    }

    @Test
    void score_sharesAddUpToOne() {
      SentimentResult r = scorer.score("Great product but the delivery was late and the box was damaged.");
      assertThat(r.positive() + r.negative() + r.neutral()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(r.positive()).isPositive();
      assertThat(r.negative()).isPositive();
    }

    @Test
    void score_emptyAndBlank_areNeutral() {
      assertThat(scorer.score("")).isEqualTo(SentimentResult.NEUTRAL);
      assertThat(c("   \t\n ")).isZero();
    }

    @Test
    void score_null_throwsNpe() {
      assertThatThrownBy(() -> scorer.score(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
      assertThatThrownBy(() -> scorer.explain(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> scorer.compound(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void score_caseInsensitiveLookup() {
      assertThat(c("Excellent")).isEqualTo(c("excellent"));
    }

    @Test
    void score_stringBuilderInput_sameAsString() {
      String s = "The refund never arrived, this is unacceptable!";
      assertThat(c(new StringBuilder(s))).isEqualTo(c(s));
    }
  }

  @Nested
  class Negation {
    @Test
    void negation_not_flipsPositive() {
      assertThat(c("The app is good.")).isPositive();
      assertThat(c("The app is not good.")).isNegative();
    }

    @Test
    void negation_contractionNt_flipsPositive() {
      assertThat(c("The app isn't good.")).isNegative();
      assertThat(c("The app doesn’t work well")).isNegative();
      assertThat(c("The app dont work well")).isNegative();
    }

    @Test
    void negation_negativeWord_becomesMildlyPositive() {
      assertThat(c("The wait was not bad.")).isPositive();
      assertThat(c("The wait was not terrible.")).isBetween(0.0, c("The wait was great."));
    }

    @Test
    void negation_windowOfThreeWords() {
      assertThat(c("I do not really like it")).isNegative();
      assertThat(c("Not that I care, the staff were lovely")).isPositive(); // clause break ends the window
      assertThat(c("No one at the store ever thought it would be lovely")).isPositive(); // too far back
    }

    @Test
    void negation_doubleNegation_cancels() {
      assertThat(c("You can't not love this place")).isPositive();
    }

    @Test
    void negation_neutralWordWithNegatedValence() {
      assertThat(c("I received my parcel")).isZero();
      assertThat(c("I have not received my parcel")).isLessThan(-0.3);
      assertThat(c("Nobody responded to my emails")).isLessThan(-0.3);
    }

    @Test
    void negation_notOnly_doesNotNegate() {
      assertThat(c("It is not only cheap but also excellent")).isPositive();
    }
  }

  @Nested
  class Intensifiers {
    @Test
    void booster_increasesMagnitude() {
      assertThat(c("The service was very good")).isGreaterThan(c("The service was good"));
      assertThat(c("The service was extremely bad")).isLessThan(c("The service was bad"));
    }

    @Test
    void diminisher_decreasesMagnitudeButKeepsSign() {
      double plain = c("The service was good");
      double dim = c("The service was slightly good");
      assertThat(dim).isPositive().isLessThan(plain);
      assertThat(c("The food was kind of bland")).isNegative().isGreaterThan(c("The food was bland"));
    }

    @Test
    void persistenceBooster_onlyIntensifiesNegative() {
      assertThat(c("It is still broken")).isLessThan(c("It is broken"));
      assertThat(c("It is still good")).isEqualTo(c("It is good"));
      assertThat(c("The app keeps crashing")).isLessThan(c("The app crashing"));
    }
  }

  @Nested
  class Contrast {
    @Test
    void but_clauseAfterWeighsMore() {
      assertThat(c("The food was great but the service was bad")).isNegative();
      assertThat(c("The food was bad but the service was great")).isPositive();
    }

    @Test
    void however_actsLikeBut() {
      assertThat(c("The staff were friendly. However, the wait was awful.")).isNegative();
    }

    @Test
    void although_clauseItOpensWeighsLess() {
      assertThat(c("Although the staff were friendly, the wait was bad")).isNegative();
      assertThat(c("Although the wait was bad, the staff were wonderful")).isPositive();
    }
  }

  @Nested
  class Emphasis {
    @Test
    void allCaps_inMixedCaseText_emphasises() {
      assertThat(c("The service was TERRIBLE")).isLessThan(c("The service was terrible"));
    }

    @Test
    void allCaps_wholeText_isNotEmphasis() {
      assertThat(c("THE SERVICE WAS TERRIBLE")).isEqualTo(c("the service was terrible"));
    }

    @Test
    void capitalisedWord_scoresAsItsLowerCase() {
      assertThat(c("Terrible service")).isNegative().isEqualTo(c("terrible service"));
      assertThat(c("Sooo good")).isEqualTo(c("sooo good"));
      assertThat(c("Unacceptable, really")).isEqualTo(c("unacceptable, really"));
    }

    @Test
    void singleCapitalI_isNeitherLowerCaseNorAllCaps() {
      // "I" does not make an all-caps text mixed-case, so "HATE" is not emphasised...
      assertThat(c("I HATE IT")).isEqualTo(c("i hate it"));
      // ...and does not make a text with one all-caps word all-caps: "am" does
      assertThat(c("I am VERY ANGRY")).isLessThan(c("I am very angry"));
    }

    @Test
    void exclamation_amplifies_upToFour() {
      double one = c("This is awful!");
      double plain = c("This is awful");
      double four = c("This is awful!!!!");
      double ten = c("This is awful!!!!!!!!!!");
      assertThat(one).isLessThan(plain);
      assertThat(four).isLessThan(one);
      assertThat(ten).isEqualTo(four);
    }

    @Test
    void exclamation_aloneIsNeutral() {
      assertThat(c("!!!")).isZero();
    }

    @Test
    void question_dampensPositive() {
      assertThat(c("Is the new plan good?")).isPositive().isLessThan(c("The new plan is good."));
    }

    @Test
    void repeatedQuestionMarks_addFrustration() {
      assertThat(c("Where is my order??")).isNegative();
      assertThat(c("Where is my order?")).isZero();
    }

    @Test
    void elongatedWord_isFoundAndEmphasised() {
      assertThat(c("it was goood")).isGreaterThan(c("it was good"));
      assertThat(c("I looove it")).isGreaterThan(0.3);
      assertThat(c("sooo slow")).isLessThan(c("slow"));
    }
  }

  @Nested
  class EmoticonsAndEmoji {
    @Test
    void emoticons_scored() {
      assertThat(c("ok :)")).isGreaterThan(c("ok"));
      assertThat(c("ok :(")).isNegative();
      assertThat(c("see you <3")).isPositive();
      assertThat(c("great:-)")).isGreaterThan(c("great"));
    }

    @Test
    void emoticon_insideUrlOrWord_notMatched() {
      assertThat(c("visit https://example.com/path")).isZero();
      assertThat(c("see note:d")).isZero();
    }

    @Test
    void emoji_scored_withVariationSelectorAndSkinTone() {
      assertThat(c("thanks 😊")).isGreaterThan(c("thanks"));
      assertThat(c("my order 😡")).isNegative();
      assertThat(c("love it ❤️")).isGreaterThan(c("love it"));
      assertThat(c("👍🏽")).isPositive();
      assertThat(c("👎")).isNegative();
    }

    @Test
    void emojiAndEmoticons_neverNegated() {
      assertThat(c("It doesn't work 😡")).isLessThan(c("It doesn't work"));
      assertThat(c("I'm not happy :(")).isLessThan(c("I'm not happy"));
      assertThat(c("no refund yet 😤")).isLessThan(c("no refund yet"));
      assertThat(c("it doesn't work 🙂")).isGreaterThan(c("it doesn't work"));
      assertThat(c("not :)")).isPositive();
      assertThat(c("never 😡")).isNegative();
      Explanation e = scorer.explain("It doesn't work 😡").explanation().orElseThrow();
      assertThat(e.contributions()).filteredOn(x -> x.term().equals("😡"))
          .singleElement().satisfies(x -> assertThat(x.rules()).noneMatch(r -> r.startsWith("negated")));
    }
  }

  @Nested
  class PhrasesAndIdioms {
    @Test
    void phrase_overridesItsWords() {
      assertThat(c("What a waste of time")).isLessThan(-0.4);
      assertThat(c("It was a piece of cake")).isPositive();
      assertThat(c("The pasta was to die for")).isPositive();
      assertThat(c("No problem")).isPositive();
    }

    @Test
    void phrase_matchesAcrossHyphen() {
      assertThat(c("top-notch support")).isEqualTo(c("top notch support")).isPositive();
    }

    @Test
    void phrase_neutralisesAmbiguousWord() {
      assertThat(c("It looks like a phone")).isZero();
      assertThat(c("I like the phone")).isPositive();
    }
  }

  @Nested
  class CustomerService {
    @Test
    void onHoldAndWaiting_areNegative() {
      assertThat(c("I was on hold for 40 minutes")).isLessThan(-0.3);
      assertThat(c("Still waiting for a callback")).isLessThan(-0.3);
    }

    @Test
    void cancellingAndRefunds_areNegative() {
      assertThat(c("I want to cancel my account")).isLessThan(-0.3);
      assertThat(c("I want my money back")).isLessThan(-0.3);
    }

    @Test
    void stillNotFixed_isNegative() {
      assertThat(c("My internet is still not fixed")).isLessThan(-0.4);
    }

    @Test
    void thanksForNothing_isNegativeDespiteThanks() {
      assertThat(c("Thanks")).isPositive();
      assertThat(c("Thanks for nothing")).isLessThan(-0.4);
    }

    @Test
    void escalationAndThreatsToLeave_areNegative() {
      assertThat(c("Let me speak to a manager")).isLessThan(-0.3);
      assertThat(c("I'm taking my business elsewhere")).isLessThan(-0.4);
      assertThat(c("I will never use this company again")).isLessThan(-0.3);
    }

    @Test
    void resolution_isPositive() {
      assertThat(c("Problem solved, thank you so much")).isGreaterThan(0.5);
    }
  }

  @Nested
  class SafeInput {
    @Test
    void controlCharactersAndUnpairedSurrogates_doNotThrow() {
      String nasty = "bad\u0000\u0007\uD800 good \uDC00\uD83D great\u202E\uFEFF";
      assertThat(c(nasty)).isBetween(-1.0, 1.0);
    }

    @Test
    void mixedScripts_englishPartScored() {
      assertThat(c("Привет, 你好, the service was excellent")).isPositive();
    }

    @Test
    void megabyteText_scoredInBounds() {
      StringBuilder sb = new StringBuilder();
      while (sb.length() < 1_200_000) {
        sb.append("terrible but good, ").append("not bad!!! ").append("😡 ");
      }
      double v = c(sb);
      assertThat(v).isBetween(-1.0, 1.0);
      assertThat(c("The service was terrible")).isNegative(); // the thread's buffers still work afterwards
    }

    @Test
    void longWordWithoutSpaces_doesNotThrow() {
      assertThat(c("a".repeat(200_000))).isZero();
    }

    @Test
    void charAbove255_isNeverReadAsTheLetterOfItsLowByte() {
      // U+0164 ends in 0x64 ('d') and U+0167 in 0x67 ('g'): read as their low bytes they would spell "good"
      assertThat(c("good")).isPositive();
      assertThat(c("goo\u0164")).isZero();
      assertThat(c("\u0167ood")).isZero();
      assertThat(c("It was goo\u0164 today")).isZero();
      assertThat(c("It was \u0167ood today")).isZero();
    }

    @Test
    void wordsAroundEightLetters_areFoundAtAnyPosition() {
      // 7, 8 and 9 letters: the fast path reads 8 chars at once and hashes a longer word char by char
      for (String w : new String[] {"helpful", "terrible", "excellent"}) {
        double alone = c(w);
        assertThat(alone).as(w).isNotZero();
        assertThat(c("x " + w)).as(w).isEqualTo(c("x " + w + " x")).isEqualTo(c(w + "."));
        assertThat(c(w + "s")).as(w).isEqualTo(alone);
      }
    }
  }

  @Nested
  class Explain {
    @Test
    void explain_listsTermsAndRules() {
      SentimentResult r = scorer.explain("The agent was not helpful but the manager was VERY kind!");
      Explanation e = r.explanation().orElseThrow();
      assertThat(e.contributions()).extracting(Explanation.Contribution::term).containsExactly("helpful", "kind");
      assertThat(e.contributions().get(0).rules()).anyMatch(x -> x.contains("negated by 'not'"));
      assertThat(e.contributions().get(1).rules()).anyMatch(x -> x.contains("intensified"));
      assertThat(e.contributions().get(0).rules()).anyMatch(x -> x.startsWith("contrast 'but'"));
      assertThat(e.adjustments()).extracting(Explanation.Adjustment::rule).anyMatch(x -> x.startsWith("exclamation"));
      assertThat(r.compound()).isEqualTo(scorer.score("The agent was not helpful but the manager was VERY kind!")
          .compound());
    }

    @Test
    void explain_contributionsAndAdjustmentsAddUpToRawSum() {
      String text = "The agent was not helpful but the manager was VERY kind!";
      Explanation e = scorer.explain(text).explanation().orElseThrow();
      assertThat(e.contributions().get(0).value()).isCloseTo(-1.85 * 0.5, within(1e-9));
      assertThat(e.contributions().get(0).rules()).contains("contrast 'but': earlier part x0.50");
      assertThat(total(e)).isCloseTo(e.rawSum(), within(1e-9));
      Explanation polite = scorer.explain("Thanks for losing my bag").explanation().orElseThrow();
      assertThat(polite.contributions()).filteredOn(c -> c.term().equals("thanks")).singleElement()
          .satisfies(c -> {
            assertThat(c.value()).isZero();
            assertThat(c.rules()).contains("polite formula in a negative sentence: not counted");
          });
      assertThat(total(polite)).isCloseTo(polite.rawSum(), within(1e-9));
      Explanation question = scorer.explain("Is it good?? Why so bad???").explanation().orElseThrow();
      assertThat(question.contributions().get(0).rules()).contains("question: positive part x0.60");
      assertThat(total(question)).isCloseTo(question.rawSum(), within(1e-9));
    }

    @Test
    void explain_manyContrastWords_oneRulePerItem_andTheValuesStillAddUp() {
      Explanation two = scorer.explain("good but fine but bad").explanation().orElseThrow();
      assertThat(two.contributions().get(0).rules())
          .containsExactly("2 contrasts after it, the first 'but': earlier part x0.250000");
      assertThat(two.contributions().get(1).rules()).contains("contrast 'but': earlier part x0.50");
      assertThat(total(two)).isCloseTo(two.rawSum(), within(1e-9));
      // each earlier item used to get one rule per later contrast word: 2,000 of them made about 2 million rules
      Explanation many = scorer.explain("good but ".repeat(2_000)).explanation().orElseThrow();
      int rules = many.contributions().stream().mapToInt(c -> c.rules().size()).sum();
      assertThat(rules).isLessThanOrEqualTo(3 * many.contributions().size());
      assertThat(total(many)).isCloseTo(many.rawSum(), within(1e-9));
    }

    @Test
    void render_showsSumContributionsAndAdjustments() {
      Explanation e = scorer.explain("The agent was not helpful but the manager was VERY kind!").explanation()
          .orElseThrow();
      assertThat(e.render()).isEqualTo("sum +3.75; contributions: helpful -0.93 [negated by 'not', contrast 'but': "
          + "earlier part x0.50], kind +4.43 [intensified 0.45, clause weight x1.50]; adjustments: exclamation x1 +0.25");
      assertThat(Explanation.EMPTY.render()).isEqualTo("sum +0.00; contributions: none; adjustments: none");
    }

    private double total(Explanation e) {
      return e.contributions().stream().mapToDouble(Explanation.Contribution::value).sum()
          + e.adjustments().stream().mapToDouble(Explanation.Adjustment::value).sum();
    }

    @Test
    void score_hasNoExplanation() {
      assertThat(scorer.score("good").explanation()).isEmpty();
    }

    @Test
    void explain_spansPointIntoText() {
      String text = "so slow 😡";
      Explanation e = scorer.explain(text).explanation().orElseThrow();
      Explanation.Contribution first = e.contributions().get(0);
      assertThat(text.substring(first.start(), first.end())).isEqualTo("slow");
    }
  }

  @Nested
  class Suffixes {
    /** Made-up stems, so that no derived form is a term of its own. */
    private final SentimentScorer made = SentimentScorer.withLexicon(
        Lexicon.from(Lexicon.rules()).put("zorb", 2.0).put("flimy", 2.0).put("glare", -2.0).build());

    private double m(String text) {
      return made.compound(text);
    }

    @Test
    void eachSuffixRule_findsTheStem() {
      for (String w : new String[] {"zorb's", "zorbs", "zorbness", "zorbment", "zorbful", "zorbed", "zorbbed",
          "zorbing", "zorbly", "zorbest", "zorber", "flimies", "flimied", "flimier", "flimily", "flimiest",
          "fliminess"}) {
        assertThat(m(w)).as(w).isEqualTo(m("zorb"));
      }
      assertThat(m("glaring")).isEqualTo(m("glare"));
    }

    @Test
    void wordsEndingInSsUsIs_areNotPlurals() {
      for (String w : new String[] {"zorbss", "zorbus", "zorbis", "zorbx", "zorbnes"}) {
        assertThat(m(w)).as(w).isZero();
      }
    }
  }

  @Nested
  class MoreRules {
    @Test
    void excess_tooBeforeNeutralWord_isNegative() {
      assertThat(c("The movie is long")).isZero();
      assertThat(c("The movie is too long")).isNegative();
      assertThat(c("The movie is not too long")).isPositive();
      assertThat(c("The cake is too good")).isGreaterThan(c("The cake is good"));
      assertThat(c("Me too.")).isZero();
    }

    @Test
    void excess_tooBeforeBoosterWithoutSentiment_countsTheExcessValue() {
      for (String text : new String[] {"it costs too much", "that is too much", "way too much", "too many steps"}) {
        Explanation e = scorer.explain(text).explanation().orElseThrow();
        assertThat(e.contributions()).as(text).singleElement().satisfies(x -> {
          assertThat(x.term()).startsWith("too ");
          assertThat(x.rules()).contains("excess before a neutral word");
        });
        assertThat(c(text)).as(text).isNegative();
      }
      assertThat(scorer.explain("it costs too much").explanation().orElseThrow().contributions().get(0).value())
          .isEqualTo(-1.0);
      assertThat(c("way too much")).isLessThan(c("too much"));
      assertThat(c("not too much")).isPositive();
      assertThat(c("too much fun")).isPositive();
    }

    @Test
    void counterfactual_negatesWhatFollows() {
      assertThat(c("The ending would have been great")).isNegative();
      assertThat(c("It could have been worse")).isPositive();
      assertThat(c("Graphics are far from the best")).isNegative();
    }

    @Test
    void resolutionVerb_negatesTheProblem() {
      assertThat(c("The update fixed the problem")).isPositive();
      assertThat(c("The update did not fix the problem")).isNegative();
    }

    @Test
    void politeFormula_ignoredInNegativeSentence() {
      assertThat(c("Thanks for the quick help")).isPositive();
      assertThat(c("Thanks for losing my bag")).isNegative();
      assertThat(c("Thanks. My bag is lost.")).isGreaterThan(c("Thanks, my bag is lost"));
    }

    @Test
    void numbersInPhrases_waitTimes() {
      assertThat(c("The technician came after 3 hours")).isNegative();
      assertThat(c("The technician came after 45 minutes")).isNegative();
      assertThat(c("Order 12345")).isZero();
    }

    @Test
    void negatedNeutralNoun_isNegative() {
      assertThat(c("There is a plot")).isZero();
      assertThat(c("There is no plot")).isNegative();
      assertThat(c("No explanation, no apology")).isNegative();
    }

    @Test
    void returningLanguage_negated() {
      assertThat(c("We will go back")).isPositive();
      assertThat(c("We will never go back")).isNegative();
      assertThat(c("I won't be coming back")).isNegative();
    }
  }

  @Nested
  class ContactCentreLanguage {
    @Test
    void agentStockPhrases_nearNeutralOrMildlyPositive_notNegative() {
      for (String text : new String[] {"Thank you for waiting.", "thank you for waiting", "Thanks for waiting!",
          "Sorry for the delay.", "Sorry for the wait", "I'm sorry to hear that.", "Sorry for the inconvenience.",
          "Sorry for the delay, thank you for waiting.", "Thank you for your patience."}) {
        assertThat(c(text)).as(text).isBetween(-0.05, 0.6);
      }
      assertThat(c("Sorry for the delay")).isLessThan(c("Thank you for waiting"));
    }

    @Test
    void plainRequests_nearNeutral_notNegative() {
      for (String text : new String[] {"Can you please help me?", "Could you help me with my order?",
          "Hi, I need help with my bill", "How do I get a refund?", "How can I request a refund?"}) {
        assertThat(c(text)).as(text).isBetween(-0.05, 0.3);
      }
      assertThat(c("Please help!!! Nothing works")).isNegative();
      assertThat(c("I want a refund, this is a scam")).isNegative();
    }

    @Test
    void cantWithoutApostropheAndCanNot_readLikeCant() {
      assertThat(c("I cant login")).isEqualTo(c("I can't login")).isNegative();
      assertThat(c("I can not log in")).isEqualTo(c("I can't log in")).isNegative();
      assertThat(c("I can not access my account")).isEqualTo(c("I cannot access my account")).isNegative();
      assertThat(c("it doesnt load")).isEqualTo(c("it doesn't load")).isNegative();
    }

    @Test
    void modifierLetterApostropheAndBacktick_readAsApostrophe() {
      assertThat(c("I don\u02BCt like it")).isEqualTo(c("I don't like it")).isNegative();
      assertThat(c("I don`t like it")).isEqualTo(c("I don't like it"));
      assertThat(c("It isn\u02BCt good")).isEqualTo(c("It isn't good")).isNegative();
      assertThat(c("\u02BCgood\u02BC")).isEqualTo(c("good"));
      assertThat(c("`good`")).isEqualTo(c("good"));
      assertThat(scorer.explain("I don`t like it").explanation().orElseThrow().contributions().get(0).rules())
          .anyMatch(r -> r.startsWith("negated by 'don`t'"));
    }

    @Test
    void emoticon_anywhereInAUrl_notMatched() {
      assertThat(c("http://example.com/:(")).isZero();
      assertThat(c("see https://example.com/a;)b/x:-(")).isZero();
      assertThat(c("see https://example.com/a :(")).isEqualTo(c("see a :("));
      assertThat(c("https://x.io/:( and then :(")).isEqualTo(c("and then :("));
    }

    @Test
    void twoLetterCapitalWord_isNoAllCapsEmphasis() {
      assertThat(c("I am OK")).isEqualTo(c("I am ok"));
      assertThat(c("The agent was BAD today")).isLessThan(c("The agent was bad today"));
    }
  }
}
