package dev.cim.core.analytics;

import java.util.OptionalDouble;

/**
 * Net Promoter Score counts: {@code NPS = 100 * (promoters - detractors) / responses}, promoters answering 9-10 and
 * detractors 0-6 on the 0-10 scale; a value in [-100, 100].
 *
 * <p>Immutable and thread-safe.
 *
 * @param promoters answers of 9 or 10, {@code >= 0}
 * @param detractors answers of 0 to 6, {@code >= 0}
 * @param responses all answers, at least {@code promoters + detractors}
 * @since 0.1.0
 */
public record Nps(long promoters, long detractors, long responses) {
  /** No responses. */
  public static final Nps NONE = new Nps(0, 0, 0);

  /**
   * Validates the counts.
   *
   * @throws IllegalArgumentException if a count is negative or promoters and detractors exceed the responses
   */
  public Nps {
    if (promoters < 0 || detractors < 0 || promoters + detractors > responses) {
      throw new IllegalArgumentException("NPS counts must be >= 0 with promoters + detractors <= responses, but were "
          + promoters + ", " + detractors + ", " + responses);
    }
  }

  /**
   * Returns the score.
   *
   * @return {@code 100 * (promoters - detractors) / responses}, or empty without responses
   */
  public OptionalDouble score() {
    return responses == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * (promoters - detractors) / responses);
  }
}
