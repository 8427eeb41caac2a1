package dev.cim.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Validation of Customer, Agent, Message and Interaction fields, with message assertions. */
class EntityValidationTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final CustomerId C = CustomerId.of("c-1");

  private static Customer customer() {
    return Customer.create(C, T0, ContactPoint.email("ana@x.io"));
  }

  // ---------------------------------------------------------------- customer

  @Test
  void customer_negativeVersion_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> customer().withVersion(-1))
        .withMessage("version must be >= 0, but was -1");
    assertThat(customer().withVersion(0).version()).isZero();
  }

  @Test
  void customer_updatedAtBeforeCreatedAt_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> customer().withUpdatedAt(T0.minusMillis(1)))
        .withMessage("updatedAt must not be before createdAt " + T0 + ", but was " + T0.minusMillis(1));
    assertThat(customer().withUpdatedAt(T0).updatedAt()).isEqualTo(T0);
  }

  @Test
  void customer_blankOrLongTexts_areRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> customer().withDisplayName(" "))
        .withMessage("displayName must be 1 to 256 characters and not blank, but was ' '");
    String longName = "n".repeat(257);
    assertThatIllegalArgumentException().isThrownBy(() -> customer().withDisplayName(longName))
        .withMessage("displayName must be 1 to 256 characters and not blank, but was '" + "n".repeat(40) + "...'");
    assertThat(customer().withDisplayName("n".repeat(256)).displayName()).contains("n".repeat(256));
    assertThatIllegalArgumentException().isThrownBy(() -> customer().withSegment(""))
        .withMessage("segment must be 1 to 256 characters and not blank, but was ''");
  }

  @Test
  void customer_invalidConsentPurpose_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> customer().withConsents(Map.of("Email Marketing", true)))
        .withMessage("consent purpose may contain only a-z, 0-9, '_', '-' and '.', but was 'Email Marketing'");
    assertThat(customer().withConsents(Map.of("marketing", false)).consents()).containsEntry("marketing", false);
  }

  @Test
  void customer_consentPurposes_areNormalisedAndTwoSpellingsOfOneAreRejected() {
    assertThat(customer().withConsents(Map.of(" Marketing", true)).consents()).containsExactly(
        Map.entry("marketing", true));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> customer().withConsents(Map.of(" Marketing", true, "marketing", false)))
        .withMessage("consent purpose 'marketing' must appear once, but appears twice as different spellings");
  }

  @Test
  void customer_withMethods_copyAndKeepTheOriginal() {
    Customer c = customer();
    Customer d = c.withDisplayName("Ana").withSegment("gold").withPreferences(Channel.SMS, Locale.forLanguageTag("pt"))
        .withContactPoints(Set.of(ContactPoint.phone("+442079460018")));
    assertThat(c.displayName()).isEmpty();
    assertThat(d.displayName()).contains("Ana");
    assertThat(d.preferredChannel()).contains(Channel.SMS);
    assertThat(d.hasContactPoint(ContactPoint.phone("+44 20 7946 0018"))).isTrue();
    assertThat(d.hasContactPoint(ContactPoint.email("ana@x.io"))).isFalse();
    assertThat(d.withDisplayName(null).displayName()).isEmpty();
  }

  @Test
  void customer_copiesItsCollections() {
    Set<ContactPoint> points = new HashSet<>(Set.of(ContactPoint.email("a@x.io")));
    Customer c = customer().withContactPoints(points);
    points.add(ContactPoint.email("b@x.io"));
    assertThat(c.contactPoints()).hasSize(1);
    assertThatNullPointerException().isThrownBy(() -> Customer.create(C, T0, (ContactPoint) null));
  }

  // ---------------------------------------------------------------- agent

  @Test
  void agent_levelOutOfRange_isRejected() {
    Agent a = Agent.of(AgentId.of("a-1"), "Ana");
    assertThatIllegalArgumentException().isThrownBy(() -> a.withSkill(Skill.of("billing"), 0))
        .withMessage("level of skill 'billing' must be between 1 and 10, but was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> a.withSkill(Skill.of("billing"), 11))
        .withMessage("level of skill 'billing' must be between 1 and 10, but was 11");
    assertThat(a.withSkill(Skill.of("billing"), 10).level(Skill.of("billing"))).isEqualTo(10);
    assertThat(a.level(Skill.of("billing"))).isZero();
  }

  @Test
  void agent_capacityOutOfRange_isRejected() {
    Agent a = Agent.of(AgentId.of("a-1"), "Ana");
    assertThatIllegalArgumentException().isThrownBy(() -> a.withCapacity(Channel.CHAT, 0))
        .withMessage("capacity of agent 'a-1' on channel 'chat' must be between 1 and 100, but was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> a.withCapacity(Channel.CHAT, 101))
        .withMessage("capacity of agent 'a-1' on channel 'chat' must be between 1 and 100, but was 101");
    assertThat(a.withCapacity(Channel.CHAT, 3).capacityFor(Channel.CHAT)).isEqualTo(3);
    assertThat(a.capacityFor(Channel.VOICE)).isZero();
  }

  @Test
  void agent_nameTeamAndVersion_areValidated() {
    assertThatIllegalArgumentException().isThrownBy(() -> Agent.of(AgentId.of("a-1"), ""))
        .withMessage("name must be 1 to 256 characters and not blank, but was ''");
    assertThatIllegalArgumentException().isThrownBy(() -> Agent.of(AgentId.of("a-1"), "Ana").withTeam("  "))
        .withMessage("team must be 1 to 256 characters and not blank, but was '  '");
    assertThatIllegalArgumentException().isThrownBy(() -> Agent.of(AgentId.of("a-1"), "Ana").withVersion(-5))
        .withMessage("version must be >= 0, but was -5");
    assertThat(Agent.of(AgentId.of("a-1"), "Ana").withTeam("emea").team()).contains("emea");
    assertThat(Agent.of(AgentId.of("a-1"), "Ana").withTeam("emea").withTeam(null).team()).isEmpty();
  }

  @Test
  void agent_nullSkillLevel_isRejected() {
    Map<Skill, Integer> skills = new java.util.HashMap<>();
    skills.put(Skill.of("billing"), null);
    assertThatNullPointerException().isThrownBy(() -> new Agent(AgentId.of("a"), "Ana", skills, Set.of(),
        Optional.empty(), Map.of(), Attributes.empty(), 0));
  }

  // ---------------------------------------------------------------- message

  @Test
  void message_textOverMaxLength_isRejected() {
    Message m = Message.of(MessageId.of("m-1"), InteractionId.of("i-1"), AuthorRole.CUSTOMER, "", T0);
    String max = "x".repeat(Message.MAX_TEXT_LENGTH);
    assertThat(m.withText(max).text()).hasSize(1 << 20);
    assertThatIllegalArgumentException().isThrownBy(() -> m.withText(max + "x"))
        .withMessage("text of message 'm-1' must be at most 1048576 characters, but was 1048577");
  }

  @Test
  void message_blankAuthorId_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Message(MessageId.of("m-1"), InteractionId.of("i-1"),
        AuthorRole.BOT, Optional.of(" "), "hi", T0, Attributes.empty()))
        .withMessage("authorId must be 1 to 256 characters and not blank, but was ' '");
  }

  @Test
  void message_toStringHidesTheText() {
    Message m = Message.of(MessageId.of("m-1"), InteractionId.of("i-1"), AuthorRole.CUSTOMER, "my card 4111", T0);
    assertThat(m.toString()).doesNotContain("4111").contains("length=12");
    assertThat(AuthorRole.SUPERVISOR_WHISPER.visibleToCustomer()).isFalse();
    assertThat(AuthorRole.AGENT.visibleToCustomer()).isTrue();
  }

  // ---------------------------------------------------------------- interaction

  @Test
  void interaction_fieldRules_areChecked() {
    Interaction i = Interaction.open(InteractionId.of("i-1"), C, Channel.CHAT, CaseId.of("k-1"), T0);
    assertThatIllegalArgumentException().isThrownBy(() -> i.withPriority(-1))
        .withMessage("priority must be >= 0, but was -1");
    assertThatIllegalArgumentException().isThrownBy(() -> i.withTopic(""))
        .withMessage("topic must be 1 to 256 characters and not blank, but was ''");
    assertThatIllegalArgumentException().isThrownBy(() -> i.withQueue(" "))
        .withMessage("queue must be 1 to 256 characters and not blank, but was ' '");
    assertThatIllegalArgumentException().isThrownBy(() -> i.withThreadRef("\t"))
        .withMessageStartingWith("threadRef must be 1 to 256 characters");
    assertThatIllegalArgumentException().isThrownBy(() -> i.withDisposition("d".repeat(257)))
        .withMessageStartingWith("disposition must be 1 to 256 characters");
    assertThatIllegalArgumentException().isThrownBy(() -> i.withVersion(-1))
        .withMessage("version must be >= 0, but was -1");
    assertThat(i.withTopic("billing").withTopic(null).topic()).isEmpty();
  }
}
