package dev.cim.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cim.core.event.InteractionStateChanged;
import dev.cim.core.model.Agent;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.AttributeKey;
import dev.cim.core.model.Attributes;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.Message;
import dev.cim.core.model.MessageId;
import dev.cim.core.model.Skill;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The documented JSON form, pinned byte for byte so that a change to it is a deliberate one. */
class CimJsonFormatTest {
  private static final ObjectMapper MAPPER = CimJson.newObjectMapper();
  private static final Instant T0 = Instant.parse("2026-11-24T10:15:30Z");

  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  private static void assertForm(Object value, String expected) throws Exception {
    assertThat(MAPPER.writeValueAsString(value)).isEqualTo(json(expected));
    assertThat(MAPPER.readValue(json(expected), value.getClass())).isEqualTo(value);
  }

  @Test
  void customer() throws Exception {
    Customer c = new Customer(CustomerId.of("c-1"), Optional.of("Ana Lima"),
        Set.of(ContactPoint.phone("+44 20 7946 0018"), ContactPoint.email("Ana@Example.com")), Optional.empty(),
        Optional.of(Channel.CHAT), Optional.of(Locale.forLanguageTag("pt-BR")), Map.of("marketing", false),
        Attributes.of(AttributeKey.of("acme.points", Long.class), 1200L)
            .with(AttributeKey.of("acme.balance", BigDecimal.class), new BigDecimal("10.50"))
            .with(AttributeKey.of("acme.since", LocalDate.class), LocalDate.of(2020, 2, 29)),
        3, T0, T0.plusSeconds(60));
    assertForm(c, "{'id':'c-1','displayName':'Ana Lima',"
        + "'contactPoints':[{'kind':'email','value':'ana@example.com'},{'kind':'phone','value':'+442079460018'}],"
        + "'preferredChannel':'chat','preferredLanguage':'pt-BR','consents':{'marketing':false},"
        + "'attributes':{'acme.balance':{'type':'decimal','value':'10.50'},"
        + "'acme.points':{'type':'long','value':1200},'acme.since':{'type':'date','value':'2020-02-29'}},"
        + "'version':3,'createdAt':'2026-11-24T10:15:30Z','updatedAt':'2026-11-24T10:16:30Z'}");
  }

  @Test
  void interaction() throws Exception {
    Interaction i = Interaction.open(InteractionId.of("i-1"), CustomerId.of("c-1"), Channel.VOICE, CaseId.of("k-1"),
        T0).withTopic("billing").withAssignedAgent(AgentId.of("a-7"))
        .transitionTo(InteractionState.QUEUED, T0.plusSeconds(1))
        .transitionTo(InteractionState.ACTIVE, T0.plusSeconds(20));
    assertForm(i, "{'id':'i-1','customerId':'c-1','channel':'voice','direction':'INBOUND','topic':'billing',"
        + "'priority':0,'caseId':'k-1','assignedAgent':'a-7','attributes':{},'state':'ACTIVE','history':["
        + "{'state':'NEW','at':'2026-11-24T10:15:30Z'},{'state':'QUEUED','at':'2026-11-24T10:15:31Z'},"
        + "{'state':'ACTIVE','at':'2026-11-24T10:15:50Z'}],'version':0,'createdAt':'2026-11-24T10:15:30Z',"
        + "'updatedAt':'2026-11-24T10:15:50Z'}");
  }

  @Test
  void message() throws Exception {
    Message m = Message.of(MessageId.of("m-1"), InteractionId.of("i-1"), AuthorRole.CUSTOMER, "Hi", T0)
        .withAttributes(Attributes.of(Message.SENTIMENT, -0.25));
    assertForm(m, "{'id':'m-1','interactionId':'i-1','role':'CUSTOMER','text':'Hi','sentAt':'2026-11-24T10:15:30Z',"
        + "'attributes':{'cim.sentiment':{'type':'double','value':-0.25}}}");
  }

  @Test
  void agent() throws Exception {
    Agent a = Agent.of(AgentId.of("a-7"), "Bo").withSkill(Skill.of("billing"), 7).withSkill(Skill.language("es"), 9)
        .withLanguages(Set.of(Locale.ENGLISH, Locale.forLanguageTag("es"))).withTeam("emea")
        .withCapacity(Channel.VOICE, 1).withCapacity(Channel.CHAT, 3);
    assertForm(a, "{'id':'a-7','name':'Bo','skills':{'billing':7,'lang.es':9},'languages':['en','es'],"
        + "'team':'emea','capacity':{'chat':3,'voice':1},'attributes':{},'version':0}");
  }

  @Test
  void event() throws Exception {
    InteractionStateChanged e = new InteractionStateChanged(InteractionId.of("i-1"), CustomerId.of("c-1"),
        Channel.CHAT, InteractionState.OFFERED, InteractionState.ACTIVE, Optional.of(AgentId.of("a-7")), T0);
    assertForm(e, "{'type':'interaction_state_changed','interactionId':'i-1','customerId':'c-1','channel':'chat',"
        + "'from':'OFFERED','to':'ACTIVE','agentId':'a-7','occurredAt':'2026-11-24T10:15:30Z'}");
  }

  @Test
  void everyAttributeType() throws Exception {
    Attributes a = Attributes.empty()
        .with(AttributeKey.of("a", String.class), "x")
        .with(AttributeKey.of("b", Boolean.class), true)
        .with(AttributeKey.of("c", Integer.class), 7)
        .with(AttributeKey.of("d", Long.class), Long.MAX_VALUE)
        .with(AttributeKey.of("e", Double.class), 0.1)
        .with(AttributeKey.of("f", BigDecimal.class), new BigDecimal("1E+3"))
        .with(AttributeKey.of("g", Instant.class), Instant.ofEpochSecond(0, 1))
        .with(AttributeKey.of("h", LocalDate.class), LocalDate.of(-5, 1, 1));
    assertForm(a, "{'a':{'type':'string','value':'x'},'b':{'type':'boolean','value':true},"
        + "'c':{'type':'int','value':7},'d':{'type':'long','value':9223372036854775807},"
        + "'e':{'type':'double','value':0.1},'f':{'type':'decimal','value':'1E+3'},"
        + "'g':{'type':'instant','value':'1970-01-01T00:00:00.000000001Z'},'h':{'type':'date','value':'-0005-01-01'}}");
  }

  @Test
  void modelAndEventTypes_carryNoJacksonAnnotations() {
    for (Class<?> type : new Class<?>[] {Customer.class, Interaction.class, Message.class, Agent.class,
        ContactPoint.class, Attributes.class, CustomerId.class, InteractionStateChanged.class}) {
      assertThat(type.getAnnotations()).noneMatch(an -> an.annotationType().getName().startsWith("com.fasterxml"));
      for (var c : type.getRecordComponents() == null ? new java.lang.reflect.RecordComponent[0]
          : type.getRecordComponents()) {
        assertThat(c.getAnnotations()).noneMatch(an -> an.annotationType().getName().startsWith("com.fasterxml"));
      }
    }
  }
}
