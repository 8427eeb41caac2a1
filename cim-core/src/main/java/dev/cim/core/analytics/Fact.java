package dev.cim.core.analytics;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.InteractionId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One reporting fact: what happened, when, and on which interaction, case, agent, team, queue, channel and customer
 * segment. A fact never holds message content, a customer id or a contact point, so facts survive a customer's
 * erasure and erasure needs nothing from analytics.
 *
 * <p>Shapes by {@link FactType}:
 * <ul>
 *   <li>interaction facts ({@link FactType#isInteractionFact()}): {@code interactionId} and {@code caseId} present,
 *       the channel present in the dimensions; no activity, no survey;
 *   <li>{@link FactType#PRESENCE}: the agent present in the dimensions, {@code activity} present; no interaction;
 *   <li>{@link FactType#SURVEY}: {@code survey} present and {@code interactionId} equal to the survey's interaction.
 * </ul>
 *
 * <p>{@code sequence} is 0 until a {@link FactLog} appends the fact and assigns it (rule FL-1).
 *
 * <p>Immutable and thread-safe.
 *
 * @param sequence the log's sequence number, {@code >= 0}; 0 before appending
 * @param at when it happened; not null
 * @param type what happened; not null
 * @param interactionId the interaction, if any; not null
 * @param caseId the interaction's case, if any; not null
 * @param dimensions channel, queue, team, agent, segment; not null
 * @param activity the agent's new activity, for PRESENCE facts; not null
 * @param survey the response, for SURVEY facts; not null
 * @since 0.1.0
 */
public record Fact(long sequence, Instant at, FactType type, Optional<InteractionId> interactionId,
    Optional<CaseId> caseId, Dimensions dimensions, Optional<AgentActivity> activity,
    Optional<SurveyResponse> survey) {

  /**
   * Validates the fact.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code sequence} is negative or the fields do not fit the type's shape
   */
  public Fact {
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must be >= 0, but was " + sequence);
    }
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(interactionId, "interactionId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(dimensions, "dimensions");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(survey, "survey");
    if (type.isInteractionFact()) {
      require(type, "interactionId", interactionId.isPresent());
      require(type, "caseId", caseId.isPresent());
      require(type, "channel", dimensions.channel().isPresent());
      forbid(type, "activity", activity.isPresent());
      forbid(type, "survey", survey.isPresent());
    } else if (type == FactType.PRESENCE) {
      require(type, "agent", dimensions.agent().isPresent());
      require(type, "activity", activity.isPresent());
      forbid(type, "interactionId", interactionId.isPresent());
      forbid(type, "survey", survey.isPresent());
    } else {
      require(type, "survey", survey.isPresent());
      forbid(type, "activity", activity.isPresent());
      if (!interactionId.equals(survey.map(SurveyResponse::interactionId))) {
        throw new IllegalArgumentException("interactionId of a SURVEY fact must be the survey's "
            + survey.get().interactionId() + ", but was " + interactionId.map(Object::toString).orElse("empty"));
      }
    }
  }

  private static void require(FactType type, String field, boolean present) {
    if (!present) {
      throw new IllegalArgumentException(field + " must be present in a " + type + " fact, but was empty");
    }
  }

  private static void forbid(FactType type, String field, boolean present) {
    if (present) {
      throw new IllegalArgumentException(field + " must be empty in a " + type + " fact, but was present");
    }
  }

  /**
   * Returns an interaction fact, not yet appended (sequence 0).
   *
   * @param type an interaction fact type; not null
   * @param at when; not null
   * @param interactionId the interaction; not null
   * @param caseId its case; not null
   * @param dimensions its dimensions, with the channel present; not null
   * @return the fact
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code type} is PRESENCE or SURVEY, or the channel is missing
   */
  public static Fact interaction(FactType type, Instant at, InteractionId interactionId, CaseId caseId,
      Dimensions dimensions) {
    return new Fact(0, at, type, Optional.of(interactionId), Optional.of(caseId), dimensions, Optional.empty(),
        Optional.empty());
  }

  /**
   * Returns a PRESENCE fact, not yet appended: from {@code at} on, the agent does {@code activity}.
   *
   * @param at when the activity began; not null
   * @param agent the agent; not null
   * @param team the agent's team, or null for none
   * @param activity the new activity; not null
   * @return the fact
   * @throws NullPointerException if {@code at}, {@code agent} or {@code activity} is null
   */
  public static Fact presence(Instant at, AgentId agent, String team, AgentActivity activity) {
    Objects.requireNonNull(agent, "agent");
    return new Fact(0, at, FactType.PRESENCE, Optional.empty(), Optional.empty(),
        Dimensions.NONE.withAgent(agent).withTeam(team), Optional.of(activity), Optional.empty());
  }

  /**
   * Returns a SURVEY fact, not yet appended, at the response's time.
   *
   * @param response the response; not null
   * @param caseId the interaction's case, if known; not null
   * @param dimensions the interaction's dimensions; not null
   * @return the fact
   * @throws NullPointerException if an argument is null
   */
  public static Fact survey(SurveyResponse response, Optional<CaseId> caseId, Dimensions dimensions) {
    Objects.requireNonNull(response, "response");
    return new Fact(0, response.respondedAt(), FactType.SURVEY, Optional.of(response.interactionId()), caseId,
        dimensions, Optional.empty(), Optional.of(response));
  }

  /**
   * Returns a copy with another sequence number; for {@link FactLog} implementations.
   *
   * @param s the sequence, {@code >= 0}
   * @return the copy
   * @throws IllegalArgumentException if {@code s} is negative
   */
  public Fact withSequence(long s) {
    return new Fact(s, at, type, interactionId, caseId, dimensions, activity, survey);
  }
}
