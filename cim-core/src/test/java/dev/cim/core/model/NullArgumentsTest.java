package dev.cim.core.model;

import dev.cim.core.NullChecks;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One test per public model type: every public constructor and method throws {@link NullPointerException} for a null
 * reference argument (each one in turn, the others valid), except the {@code with*} methods documented to take null
 * for "none". A small reflective null tester in the manner of Caffeine's {@code CaffeineTest.nullParameters}.
 */
class NullArgumentsTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** A valid sample value for each parameter type. */
  private static Object sample(Class<?> type) {
    if (type == String.class || type == Object.class) {
      return "44";
    }
    if (type == Class.class) {
      return String.class;
    }
    if (type == Instant.class) {
      return T0;
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type == Set.class) {
      return Set.of();
    }
    if (type == Map.class) {
      return Map.of();
    }
    if (type == List.class) {
      return List.of(new StateChange(InteractionState.NEW, T0));
    }
    if (type == Iterable.class) {
      return List.of();
    }
    if (type == Locale.class) {
      return Locale.ENGLISH;
    }
    if (type == CustomerId.class) {
      return CustomerId.of("c");
    }
    if (type == InteractionId.class) {
      return InteractionId.of("i");
    }
    if (type == AgentId.class) {
      return AgentId.of("a");
    }
    if (type == CaseId.class) {
      return CaseId.of("k");
    }
    if (type == MessageId.class) {
      return MessageId.of("m");
    }
    if (type == Channel.class) {
      return Channel.CHAT;
    }
    if (type == Skill.class) {
      return Skill.of("billing");
    }
    if (type == ContactPointKind.class) {
      return ContactPointKind.EXTERNAL_ID;
    }
    if (type == ContactPoint.class) {
      return ContactPoint.email("a@b.io");
    }
    if (type == Attributes.class) {
      return Attributes.empty();
    }
    if (type == AttributeKey.class) {
      return AttributeKey.of("k", String.class);
    }
    if (type == Attributes.Entry.class) {
      return new Attributes.Entry<>(AttributeKey.of("k", String.class), "v");
    }
    if (type == InteractionState.class) {
      return InteractionState.QUEUED;
    }
    if (type == Direction.class) {
      return Direction.INBOUND;
    }
    if (type == AuthorRole.class) {
      return AuthorRole.AGENT;
    }
    if (type == StateChange.class) {
      return new StateChange(InteractionState.NEW, T0);
    }
    if (type == ContactPoint[].class) {
      return new ContactPoint[] {ContactPoint.email("a@b.io")};
    }
    if (type == int.class) {
      return 1;
    }
    if (type == long.class) {
      return 1L;
    }
    if (type == boolean.class) {
      return true;
    }
    throw new AssertionError("no sample for parameter type " + type.getName());
  }

  /**
   * Calls every public constructor and method of {@code type} (static ones, and instance ones on {@code receiver})
   * with one null reference argument at a time, and asserts a {@link NullPointerException}.
   *
   * @param nullable names of methods whose parameters may be null ("name" for all, "name#i" for parameter i)
   */
  private static void assertRejectsNulls(Class<?> type, Object receiver, String... nullable) {
    NullChecks.assertRejectsNulls(type, receiver, NullArgumentsTest::sample, Set.of(nullable));
  }

  private static Interaction openInteraction() {
    return Interaction.open(InteractionId.of("i"), CustomerId.of("c"), Channel.CHAT, CaseId.of("k"), T0);
  }

  @Test
  void customerId() {
    assertRejectsNulls(CustomerId.class, CustomerId.of("c"));
  }

  @Test
  void interactionId() {
    assertRejectsNulls(InteractionId.class, InteractionId.of("i"));
  }

  @Test
  void agentId() {
    assertRejectsNulls(AgentId.class, AgentId.of("a"));
  }

  @Test
  void caseId() {
    assertRejectsNulls(CaseId.class, CaseId.of("k"));
  }

  @Test
  void messageId() {
    assertRejectsNulls(MessageId.class, MessageId.of("m"));
  }

  @Test
  void channel() {
    assertRejectsNulls(Channel.class, Channel.CHAT);
  }

  @Test
  void skill() {
    assertRejectsNulls(Skill.class, Skill.of("billing"), "checkLevel", "language");
  }

  @Test
  void skill_checkLevel() {
    assertRejectsNulls(Skill.class, Skill.of("billing"), "language");
  }

  @Test
  void skill_language() {
    org.assertj.core.api.Assertions.assertThatNullPointerException().isThrownBy(() -> Skill.language(null));
  }

  @Test
  void contactPointKind() {
    assertRejectsNulls(ContactPointKind.class, ContactPointKind.PHONE);
  }

  @Test
  void contactPoint() {
    assertRejectsNulls(ContactPoint.class, ContactPoint.email("a@b.io"));
  }

  @Test
  void contactPointNormalizer() {
    assertRejectsNulls(ContactPointNormalizer.class, ContactPointNormalizer.withDefaultCountryCallingCode("44"));
  }

  @Test
  void attributeKey() {
    assertRejectsNulls(AttributeKey.class, AttributeKey.of("k", String.class));
  }

  @Test
  void attributes() {
    assertRejectsNulls(Attributes.class, Attributes.of(AttributeKey.of("k", String.class), "v"));
  }

  @Test
  void attributesEntry() {
    assertRejectsNulls(Attributes.Entry.class, new Attributes.Entry<>(AttributeKey.of("k", String.class), "v"));
  }

  @Test
  void stateChange() {
    assertRejectsNulls(StateChange.class, new StateChange(InteractionState.NEW, T0));
  }

  @Test
  void interactionState() {
    assertRejectsNulls(InteractionState.class, InteractionState.NEW);
  }

  @Test
  void customer() {
    assertRejectsNulls(Customer.class, Customer.create(CustomerId.of("c"), T0),
        "withDisplayName", "withSegment", "withPreferences");
  }

  @Test
  void interaction() {
    assertRejectsNulls(Interaction.class, openInteraction(),
        "withTopic", "withThreadRef", "withQueue", "withAssignedAgent", "withDisposition");
  }

  @Test
  void message() {
    assertRejectsNulls(Message.class, Message.of(MessageId.of("m"), InteractionId.of("i"), AuthorRole.AGENT, "hi",
        T0));
  }

  @Test
  void agent() {
    assertRejectsNulls(Agent.class, Agent.of(AgentId.of("a"), "Ana"), "withTeam");
  }

  @Test
  void illegalTransitionException() {
    assertRejectsNulls(IllegalTransitionException.class, null);
  }

  @Test
  void invalidContactPointException() {
    assertRejectsNulls(InvalidContactPointException.class, null);
  }

  @Test
  void enumsWithoutParameters_needNoNullCheck() {
    // Direction and AuthorRole have no methods with reference parameters besides the generated valueOf, which
    // throws NullPointerException itself.
    org.assertj.core.api.Assertions.assertThatNullPointerException().isThrownBy(() -> Direction.valueOf(null));
    org.assertj.core.api.Assertions.assertThatNullPointerException().isThrownBy(() -> AuthorRole.valueOf(null));
  }
}
