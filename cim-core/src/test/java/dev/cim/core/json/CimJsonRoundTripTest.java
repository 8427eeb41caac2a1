package dev.cim.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cim.core.event.CimEvent;
import dev.cim.core.model.Agent;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.AttributeKey;
import dev.cim.core.model.Attributes;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.ContactPointKind;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.Message;
import dev.cim.core.model.MessageId;
import dev.cim.core.model.ModelArbitraries;
import dev.cim.core.model.Skill;
import dev.cim.core.model.StateChange;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** serialize -> deserialize equals the original, for arbitrary values of every model type and every event. */
class CimJsonRoundTripTest {
  private static final ObjectMapper MAPPER = CimJson.newObjectMapper();

  private static <T> T roundTrip(T value, Class<T> type) throws Exception {
    String json = MAPPER.writeValueAsString(value);
    T back = MAPPER.readValue(json, type);
    assertThat(back).as(json).isEqualTo(value);
    // writing is deterministic: the copy writes the same JSON
    assertThat(MAPPER.writeValueAsString(back)).isEqualTo(json);
    // and UTF-8 bytes carry the same value (lone surrogates in text included)
    assertThat(MAPPER.readValue(MAPPER.writeValueAsBytes(value), type)).isEqualTo(value);
    // and so does a JSON tree (convertValue / valueToTree go through a token buffer, not text)
    assertThat(MAPPER.treeToValue(MAPPER.valueToTree(value), type)).isEqualTo(value);
    assertThat(json).doesNotContain("\"@class\"").doesNotContain("dev.cim.");
    return back;
  }

  @Provide
  Arbitrary<Customer> customers() {
    return ModelArbitraries.customers();
  }

  @Provide
  Arbitrary<Interaction> interactions() {
    return ModelArbitraries.interactions();
  }

  @Provide
  Arbitrary<Message> messages() {
    return ModelArbitraries.messages();
  }

  @Provide
  Arbitrary<Agent> agents() {
    return ModelArbitraries.agents();
  }

  @Provide
  Arbitrary<CimEvent> events() {
    return ModelArbitraries.events();
  }

  @Provide
  Arbitrary<Attributes> attributes() {
    return ModelArbitraries.attributes();
  }

  @Provide
  Arbitrary<Attributes.Entry<?>> entries() {
    return ModelArbitraries.attributeEntries();
  }

  @Provide
  Arbitrary<ContactPoint> contactPoints() {
    return ModelArbitraries.contactPoints();
  }

  @Property(tries = 200)
  void customer_roundTrips(@ForAll("customers") Customer c) throws Exception {
    roundTrip(c, Customer.class);
    Statistics.label("attributes").collect(c.attributes().isEmpty() ? "none" : "some");
  }

  @Property(tries = 200)
  void interaction_withLegalHistory_roundTrips(@ForAll("interactions") Interaction i) throws Exception {
    Interaction back = roundTrip(i, Interaction.class);
    assertThat(back.history()).isEqualTo(i.history());
    Statistics.label("state").collect(i.state());
  }

  @Property(tries = 200)
  void message_roundTrips(@ForAll("messages") Message m) throws Exception {
    roundTrip(m, Message.class);
  }

  @Property(tries = 200)
  void agent_roundTrips(@ForAll("agents") Agent a) throws Exception {
    roundTrip(a, Agent.class);
  }

  @Property(tries = 500)
  void event_roundTripsAsCimEventAndAsItsOwnClass(@ForAll("events") CimEvent e) throws Exception {
    String json = MAPPER.writeValueAsString(e);
    assertThat(MAPPER.readValue(json, CimEvent.class)).as(json).isEqualTo(e);
    assertThat(MAPPER.readValue(json, e.getClass())).as(json).isEqualTo(e);
    assertThat(MAPPER.treeToValue(MAPPER.valueToTree(e), CimEvent.class)).isEqualTo(e);
    assertThat(MAPPER.readTree(json).get("type").isTextual()).isTrue();
    Statistics.label("type").collect(e.getClass().getSimpleName());
  }

  @Property(tries = 500)
  void attributes_ofEverySupportedType_roundTrip(@ForAll("attributes") Attributes a) throws Exception {
    roundTrip(a, Attributes.class);
    for (Attributes.Entry<?> e : a.entries()) {
      Statistics.label("type").collect(e.key().type().getSimpleName());
    }
  }

  @Property(tries = 300)
  void attributeEntryAndKey_roundTrip(@ForAll("entries") Attributes.Entry<?> e) throws Exception {
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(e), Attributes.Entry.class)).isEqualTo(e);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(e.key()), AttributeKey.class)).isEqualTo(e.key());
  }

  @Property(tries = 300)
  void contactPoint_roundTrips(@ForAll("contactPoints") ContactPoint p) throws Exception {
    roundTrip(p, ContactPoint.class);
    roundTrip(p.kind(), ContactPointKind.class);
  }

  @Property(tries = 100)
  void valueTypes_roundTripAsPlainStrings(@ForAll("interactions") Interaction i) throws Exception {
    assertThat(MAPPER.writeValueAsString(i.id())).isEqualTo(MAPPER.writeValueAsString(i.id().value()));
    roundTrip(i.id(), InteractionId.class);
    roundTrip(i.customerId(), CustomerId.class);
    roundTrip(i.caseId(), CaseId.class);
    roundTrip(i.channel(), Channel.class);
    roundTrip(i.state(), InteractionState.class);
    roundTrip(i.direction(), dev.cim.core.model.Direction.class);
    for (StateChange s : i.history()) {
      roundTrip(s, StateChange.class);
    }
    if (i.assignedAgent().isPresent()) {
      roundTrip(i.assignedAgent().get(), AgentId.class);
    }
  }

  @Property(tries = 100)
  void skillsAndMessageIds_roundTrip(@ForAll("agents") Agent a, @ForAll("messages") Message m) throws Exception {
    for (Skill s : a.skills().keySet()) {
      roundTrip(s, Skill.class);
    }
    roundTrip(m.id(), MessageId.class);
    roundTrip(m.role(), dev.cim.core.model.AuthorRole.class);
  }

  @net.jqwik.api.Example
  void messageText_withLoneSurrogatesAndEmoji_survives() throws Exception {
    Message m = Message.of(MessageId.of("m"), InteractionId.of("i"), dev.cim.core.model.AuthorRole.CUSTOMER,
        "a\uD800b \uD83D\uDE00 \u0000 \u2028", java.time.Instant.EPOCH);
    roundTrip(m, Message.class);
  }

  @net.jqwik.api.Example
  void decimal_keepsItsScale() throws Exception {
    AttributeKey<BigDecimal> k = AttributeKey.of("acme.amount", BigDecimal.class);
    for (String s : List.of("1.50", "1.5", "1E+3", "-0.000", "123456789012345678901234567890.123456789")) {
      Attributes a = Attributes.of(k, new BigDecimal(s));
      String json = MAPPER.writeValueAsString(a);
      assertThat(json).contains("\"decimal\"").contains("\"value\":\"" + new BigDecimal(s) + "\"");
      BigDecimal back = MAPPER.readValue(json, Attributes.class).get(k).orElseThrow();
      assertThat(back.scale()).isEqualTo(new BigDecimal(s).scale());
      assertThat(back).isEqualTo(new BigDecimal(s));
    }
  }
}
