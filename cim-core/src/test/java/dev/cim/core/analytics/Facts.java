package dev.cim.core.analytics;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.InteractionId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds fact lists for tests: times in seconds after {@link #T0}, sequences in the order written. */
final class Facts {
  static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  private final List<Fact> facts = new ArrayList<>();

  static Instant at(double seconds) {
    return T0.plusMillis(Math.round(seconds * 1000));
  }

  Facts add(double seconds, FactType type, String interaction, String caseId, Channel channel, String agent) {
    Dimensions d = Dimensions.of(channel).withQueue(channel.name()).withSegment("gold");
    if (agent != null) {
      d = d.withAgent(AgentId.of(agent)).withTeam("team-" + agent);
    }
    facts.add(Fact.interaction(type, at(seconds), InteractionId.of(interaction), CaseId.of(caseId), d)
        .withSequence(facts.size() + 1));
    return this;
  }

  Facts voice(double seconds, FactType type, String interaction, String caseId, String agent) {
    return add(seconds, type, interaction, caseId, Channel.VOICE, agent);
  }

  Facts chat(double seconds, FactType type, String interaction) {
    return add(seconds, type, interaction, "c-" + interaction, Channel.CHAT, null);
  }

  Facts presence(double seconds, String agent, AgentActivity activity) {
    facts.add(Fact.presence(at(seconds), AgentId.of(agent), "team-" + agent, activity).withSequence(facts.size() + 1));
    return this;
  }

  Facts survey(double seconds, String interaction, Integer csat, Integer nps, Integer ces) {
    SurveyResponse r = new SurveyResponse(InteractionId.of(interaction), java.util.Optional.ofNullable(csat),
        java.util.Optional.ofNullable(nps), java.util.Optional.ofNullable(ces), at(seconds));
    facts.add(Fact.survey(r, java.util.Optional.empty(), Dimensions.of(Channel.VOICE)).withSequence(facts.size() + 1));
    return this;
  }

  List<Fact> list() {
    return List.copyOf(facts);
  }
}
