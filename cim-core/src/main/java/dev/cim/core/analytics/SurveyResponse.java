package dev.cim.core.analytics;

import dev.cim.core.model.InteractionId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's answer to a survey about one interaction. Any of the three scores may be missing (a survey need not ask
 * all three), but at least one is present.
 *
 * <p>Immutable and thread-safe.
 *
 * @param interactionId the interaction the survey is about; not null
 * @param csat customer satisfaction, 1 (very unsatisfied) to 5 (very satisfied), if asked; not null
 * @param nps likelihood to recommend, 0 to 10, if asked; not null
 * @param ces customer effort, 1 (very easy) to 7 (very difficult), if asked; not null
 * @param respondedAt when the customer answered; not null
 * @since 0.1.0
 */
public record SurveyResponse(InteractionId interactionId, Optional<Integer> csat, Optional<Integer> nps,
    Optional<Integer> ces, Instant respondedAt) {

  /**
   * Validates the response.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a score is out of its range, or no score is present
   */
  public SurveyResponse {
    Objects.requireNonNull(interactionId, "interactionId");
    check("csat", csat, 1, 5);
    check("nps", nps, 0, 10);
    check("ces", ces, 1, 7);
    Objects.requireNonNull(respondedAt, "respondedAt");
    if (csat.isEmpty() && nps.isEmpty() && ces.isEmpty()) {
      throw new IllegalArgumentException("survey response for interaction '" + interactionId
          + "' must have at least one of csat, nps, ces, but had none");
    }
  }

  private static void check(String field, Optional<Integer> score, int min, int max) {
    Objects.requireNonNull(score, field);
    if (score.isPresent() && (score.get() < min || score.get() > max)) {
      throw new IllegalArgumentException(field + " must be in [" + min + ", " + max + "], but was " + score.get());
    }
  }

  /**
   * Returns a response with all three scores.
   *
   * @param interactionId the interaction; not null
   * @param csat 1 to 5
   * @param nps 0 to 10
   * @param ces 1 to 7
   * @param respondedAt when; not null
   * @return the response
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a score is out of range
   */
  public static SurveyResponse of(InteractionId interactionId, int csat, int nps, int ces, Instant respondedAt) {
    return new SurveyResponse(interactionId, Optional.of(csat), Optional.of(nps), Optional.of(ces), respondedAt);
  }
}
