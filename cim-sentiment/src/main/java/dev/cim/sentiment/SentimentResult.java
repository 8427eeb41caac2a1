package dev.cim.sentiment;

import java.util.Objects;
import java.util.Optional;

/**
 * The sentiment of a text.
 *
 * <p>{@code compound} is the overall score in [-1, 1]: below 0 negative, above 0 positive, 0 when nothing in the text
 * carries sentiment (or it cancels out). The three shares say how much of the text is positive, negative and neutral;
 * each is in [0, 1] and they add up to 1 (within rounding).
 *
 * <p>Immutable and thread-safe.
 *
 * @param compound the overall score in [-1, 1]
 * @param positive the positive share in [0, 1]
 * @param negative the negative share in [0, 1]
 * @param neutral the neutral share in [0, 1]
 * @param explanation which terms and rules moved the score, present only when asked for with
 *     {@link SentimentScorer#explain}; not null
 */
public record SentimentResult(double compound, double positive, double negative, double neutral,
    Optional<Explanation> explanation) {

  /** The result for a text without sentiment: compound 0, wholly neutral. */
  public static final SentimentResult NEUTRAL = new SentimentResult(0.0, 0.0, 0.0, 1.0, Optional.empty());

  /**
   * Validates the result.
   *
   * @throws IllegalArgumentException if compound is outside [-1, 1] or a share outside [0, 1]
   * @throws NullPointerException if explanation is null
   */
  public SentimentResult {
    if (!(compound >= -1.0 && compound <= 1.0)) {
      throw new IllegalArgumentException("compound must be in [-1, 1], but was " + compound);
    }
    checkShare("positive", positive);
    checkShare("negative", negative);
    checkShare("neutral", neutral);
    Objects.requireNonNull(explanation, "explanation");
  }

  private static void checkShare(String field, double v) {
    if (!(v >= 0.0 && v <= 1.0)) {
      throw new IllegalArgumentException(field + " must be in [0, 1], but was " + v);
    }
  }

  /**
   * Returns a copy with an explanation.
   *
   * @param e the explanation; not null
   * @return the copy
   */
  public SentimentResult withExplanation(Explanation e) {
    return new SentimentResult(compound, positive, negative, neutral, Optional.of(e));
  }

  /**
   * Returns the polarity with a neutral band.
   *
   * @param threshold the half-width of the neutral band, in [0, 1) (VADER users often take 0.05)
   * @return 1 if compound is above the band, -1 if below, 0 inside it
   * @throws IllegalArgumentException if the threshold is outside [0, 1)
   */
  public int polarity(double threshold) {
    if (!(threshold >= 0.0 && threshold < 1.0)) {
      throw new IllegalArgumentException("threshold must be in [0, 1), but was " + threshold);
    }
    return compound > threshold ? 1 : compound < -threshold ? -1 : 0;
  }
}
