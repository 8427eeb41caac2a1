package dev.cim.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.InteractionId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactModelTest {
  private static final Instant T = Facts.T0;
  private static final InteractionId I = InteractionId.of("i1");

  @Test
  void surveyResponse_scoreOutOfRange_throwsNamingTheScore() {
    assertThatThrownBy(() -> SurveyResponse.of(I, 6, 5, 3, T)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("csat must be in [1, 5], but was 6");
    assertThatThrownBy(() -> SurveyResponse.of(I, 3, 11, 3, T)).hasMessage("nps must be in [0, 10], but was 11");
    assertThatThrownBy(() -> SurveyResponse.of(I, 3, 5, 0, T)).hasMessage("ces must be in [1, 7], but was 0");
    assertThatThrownBy(() -> new SurveyResponse(I, Optional.empty(), Optional.empty(), Optional.empty(), T))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one of csat, nps, ces");
    assertThat(SurveyResponse.of(I, 1, 0, 7, T).nps()).contains(0);
  }

  @Test
  void fact_shapeMustFitTheType() {
    assertThatThrownBy(() -> Fact.interaction(FactType.ANSWERED, T, I, CaseId.of("c"), Dimensions.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("channel must be present in a ANSWERED fact, but was empty");
    assertThatThrownBy(() -> Fact.interaction(FactType.PRESENCE, T, I, CaseId.of("c"), Dimensions.of(Channel.CHAT)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("agent must be present in a PRESENCE fact, but was empty");
    assertThatThrownBy(() -> Fact.presence(T, AgentId.of("a"), null, AgentActivity.BUSY).withSequence(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("sequence must be >= 0, but was -1");
    SurveyResponse r = SurveyResponse.of(I, 4, 9, 2, T);
    assertThatThrownBy(() -> new Fact(0, T, FactType.SURVEY, Optional.of(InteractionId.of("other")), Optional.empty(),
        Dimensions.NONE, Optional.empty(), Optional.of(r))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interactionId of a SURVEY fact must be the survey's i1");
  }

  @Test
  void dimensions_blankValue_throwsNamingTheField() {
    assertThatThrownBy(() -> Dimensions.of(Channel.CHAT).withQueue(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("queue must not be blank, but was ' '");
  }

  @Test
  void dimension_keyOf_givesTheValueOrNone() {
    Fact f = Fact.presence(T, AgentId.of("a7"), "blue", AgentActivity.AWAY);
    assertThat(Dimension.AGENT.keyOf(f)).isEqualTo("a7");
    assertThat(Dimension.TEAM.keyOf(f)).isEqualTo("blue");
    assertThat(Dimension.CHANNEL.keyOf(f)).isEqualTo(Dimension.NONE);
  }

  @Test
  void ratioAndMean_rejectNegativeCounts() {
    assertThatThrownBy(() -> new Ratio(-1, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratio counts must be >= 0, but were -1/2");
    assertThatThrownBy(() -> new Mean(-1, 2)).hasMessage("count must be >= 0, but was -1");
    assertThat(new Ratio(1, 4).percentOr(-1)).isEqualTo(25.0);
    assertThat(Ratio.NONE.percentOr(-1)).isEqualTo(-1.0);
    assertThat(new Mean(2, 3001).duration()).contains(java.time.Duration.ofMillis(1500));
  }

  @Test
  void nullArguments_throwNullPointerException() {
    assertThatThrownBy(() -> Fact.presence(T, null, null, AgentActivity.BUSY)).isInstanceOf(NullPointerException.class)
        .hasMessage("agent");
    assertThatThrownBy(() -> Dimensions.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SurveyResponse.of(null, 1, 1, 1, T)).isInstanceOf(NullPointerException.class)
        .hasMessage("interactionId");
    assertThatThrownBy(() -> Dimension.AGENT.keyOf(null)).isInstanceOf(NullPointerException.class);
  }
}
