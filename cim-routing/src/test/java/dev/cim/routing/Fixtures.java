package dev.cim.routing;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Skill;
import java.util.Map;

/** Small builders for tests. */
final class Fixtures {
  static final Skill BILLING = Skill.of("billing");
  static final Skill TECH = Skill.of("tech");
  static final Skill SPANISH = Skill.language("es");

  private Fixtures() {}

  static AgentId agent(String id) {
    return AgentId.of(id);
  }

  static InteractionId task(String id) {
    return InteractionId.of(id);
  }

  static AgentProfile voiceAgent(String id, Skill skill, int level) {
    return AgentProfile.of(agent(id), CapacityModel.single(Channel.VOICE, 1)).withSkill(skill, level);
  }

  static AgentProfile chatAgent(String id, int chats, Skill skill, int level) {
    return AgentProfile.of(agent(id), CapacityModel.single(Channel.CHAT, chats)).withSkill(skill, level);
  }

  static AgentProfile blended(String id, Skill skill, int level) {
    return AgentProfile.of(agent(id), CapacityModel.exclusive(Map.of(Channel.VOICE, 1, Channel.CHAT, 3)))
        .withSkill(skill, level);
  }

  static Task voice(String id, Skill skill, int level) {
    return Task.builder(task(id), Channel.VOICE).require(skill, level).build();
  }
}
