package dev.cim.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cim.core.event.CimEvent;
import dev.cim.core.event.CustomerCreated;
import dev.cim.core.event.SentimentAlert;
import dev.cim.core.model.Agent;
import dev.cim.core.model.Attributes;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.IllegalTransitionException;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InvalidContactPointException;
import dev.cim.core.model.Message;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Malformed or unknown input fails with a clear exception that names the field and the value. */
class CimJsonMalformedInputTest {
  private final ObjectMapper mapper = CimJson.newObjectMapper();

  private static final String T0 = "2026-01-01T00:00:00Z";
  private static final String CUSTOMER = "{'id':'c-1','version':0,'createdAt':'" + T0 + "','updatedAt':'" + T0 + "'}";
  private static final String CREATED = "{'type':'customer_created','customerId':'c-1','channel':'chat',"
      + "'occurredAt':'" + T0 + "'}";

  /** Writes JSON with single quotes, for readability. */
  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  private static String interaction(String history, String state) {
    return json("{'id':'i-1','customerId':'c-1','channel':'chat','direction':'INBOUND','priority':0,'caseId':'k-1',"
        + "'state':'" + state + "','history':" + history + ",'version':0,'createdAt':'" + T0 + "','updatedAt':'"
        + "2026-01-01T01:00:00Z'}");
  }

  private static String attributes(String body) {
    return json("{'acme.x':" + body + "}");
  }

  @Test
  void validSamples_read() throws Exception {
    assertThat(mapper.readValue(json(CUSTOMER), Customer.class))
        .isEqualTo(Customer.create(CustomerId.of("c-1"), Instant.parse(T0)));
    assertThat(mapper.readValue(json(CREATED), CimEvent.class)).isInstanceOf(CustomerCreated.class);
    assertThat(mapper.readValue(interaction("[{'state':'NEW','at':'" + T0 + "'}]", "NEW"), Interaction.class)
        .history()).hasSize(1);
  }

  // ---------------------------------------------------------------- events and the no-arbitrary-class rule

  @Test
  void event_unknownType_isRejectedNamingTheTypeAndTheKnownOnes() {
    assertThatThrownBy(() -> mapper.readValue(json(CREATED.replace("customer_created", "acme_unknown")),
        CimEvent.class))
        .isInstanceOf(InvalidTypeIdException.class)
        .hasMessageContaining("unknown event type 'acme_unknown'")
        .hasMessageContaining("customer_created")
        .hasMessageContaining("sentiment_recovered");
  }

  @Test
  void event_classNameAsType_isRejected() {
    String byClassName = json(CREATED.replace("customer_created", CustomerCreated.class.getName()));
    assertThatThrownBy(() -> mapper.readValue(byClassName, CimEvent.class))
        .isInstanceOf(InvalidTypeIdException.class)
        .hasMessageContaining("unknown event type 'dev.cim.core.event.CustomerCreated'");
    assertThatThrownBy(() -> mapper.readValue(byClassName, CustomerCreated.class))
        .isInstanceOf(InvalidTypeIdException.class);
  }

  @Test
  void event_withAtClassProperty_isRejected() {
    String withClass = json(CREATED.replace("{'type'", "{'@class':'java.util.HashMap','type'"));
    assertThatThrownBy(() -> mapper.readValue(withClass, CimEvent.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("customer_created: unknown field '@class'");
  }

  @Test
  void model_withAtClassProperty_isRejected() {
    assertThatThrownBy(() -> mapper.readValue(json(CUSTOMER.replace("{'id'", "{'@class':'x.Evil','id'")),
        Customer.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("Customer: unknown field '@class'");
    assertThatThrownBy(() -> mapper.readValue(attributes("{'@class':'java.net.URL','type':'string','value':'x'}"),
        Attributes.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("Attributes.acme.x: unknown field '@class'");
  }

  @Test
  void event_asWrappedArrayWithClassName_isRejected() {
    String wrapped = json("['dev.cim.core.event.CustomerCreated'," + CREATED + "]");
    assertThatThrownBy(() -> mapper.readValue(wrapped, CimEvent.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("must be a JSON object, but was array");
  }

  @Test
  void mapper_hasNoDefaultTyping() throws Exception {
    assertThat(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class))).isNull();
    Object read = mapper.readValue(json("['java.util.Date', 0]"), Object.class);
    assertThat(read).isInstanceOf(java.util.List.class);
  }

  @Test
  void event_missingType_isRejected() {
    assertThatThrownBy(() -> mapper.readValue(json(CREATED.replace("'type':'customer_created',", "")),
        CimEvent.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("CimEvent: missing required field 'type'");
  }

  @Test
  void event_typeNotAString_isRejected() {
    assertThatThrownBy(() -> mapper.readValue(json(CREATED.replace("'customer_created'", "7")), CimEvent.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("CimEvent.type: must be a JSON string, but was number 7");
  }

  @Test
  void event_readAsAnotherClass_isRejected() {
    assertThatThrownBy(() -> mapper.readValue(json(CREATED), SentimentAlert.class))
        .isInstanceOf(InvalidTypeIdException.class)
        .hasMessageContaining("event type 'customer_created' is a CustomerCreated, not a SentimentAlert");
  }

  @Test
  void event_duplicateTypeKey_isRejected() {
    String twice = json(CREATED.replace("{'type'", "{'type':'customer_erased','type'"));
    assertThatThrownBy(() -> mapper.readValue(twice, CimEvent.class))
        .isInstanceOf(JsonParseException.class)
        .hasMessageContaining("Duplicate field 'type'");
  }

  @Test
  void event_modelRejection_surfacesTheModelMessage() {
    String alert = json("{'type':'sentiment_alert','interactionId':'i-1','customerId':'c-1','messageId':'m-1',"
        + "'messageScore':2.0,'trendScore':-0.5,'reason':'r','occurredAt':'" + T0 + "'}");
    assertThatThrownBy(() -> mapper.readValue(alert, CimEvent.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("sentiment_alert: invalid SentimentAlert: messageScore must be in [-1, 1], but was 2.0")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void event_missingField_isRejectedNamingIt() {
    assertThatThrownBy(() -> mapper.readValue(json(CREATED.replace(",'channel':'chat'", "")), CimEvent.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("customer_created: missing required field 'channel'");
  }

  // ---------------------------------------------------------------- fields, types and ids

  @Test
  void customer_missingRequiredField_isRejectedNamingIt() {
    assertThatThrownBy(() -> mapper.readValue(json(CUSTOMER.replace("'id':'c-1',", "")), Customer.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Customer: missing required field 'id'");
    assertThatThrownBy(() -> mapper.readValue(json(CUSTOMER.replace("'id':'c-1'", "'id':null")), Customer.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Customer: missing required field 'id'");
  }

  @Test
  void customer_wrongJsonType_isRejectedNamingFieldAndValue() {
    assertThatThrownBy(() -> mapper.readValue(json(CUSTOMER.replace("'version':0", "'version':'3'")),
        Customer.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Customer.version: must be a JSON integer in the 64-bit range, but was string '3'");
    assertThatThrownBy(() -> mapper.readValue(json(CUSTOMER.replace("'version':0", "'version':1.5")),
        Customer.class))
        .hasMessageContaining("Customer.version: must be a JSON integer");
    assertThatThrownBy(() -> mapper.readValue(json(CUSTOMER.replace("'id':'c-1'", "'id':42")), Customer.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Customer.id: must be a JSON string (customer id), but was number 42");
    assertThatThrownBy(() -> mapper.readValue("[]", Customer.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Customer: must be a JSON object, but was array");
  }

  @Test
  void customer_invalidId_isRejectedWithTheModelMessage() {
    assertThatThrownBy(() -> mapper.readValue(json(CUSTOMER.replace("'id':'c-1'", "'id':'c 1'")), Customer.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("Customer.id: invalid customer id 'c 1': customer id must not contain whitespace")
        .hasCauseInstanceOf(IllegalArgumentException.class);
    String longId = "x".repeat(129);
    assertThatThrownBy(() -> mapper.readValue(json(CUSTOMER.replace("'id':'c-1'", "'id':'" + longId + "'")),
        Customer.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("customer id must be at most 128 characters, but was 129");
  }

  @Test
  void customer_invalidTimes_areRejected() {
    assertThatThrownBy(() -> mapper.readValue(json(CUSTOMER.replace("'createdAt':'" + T0, "'createdAt':'yesterday")),
        Customer.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("Customer.createdAt: invalid ISO-8601 instant 'yesterday'");
    assertThatThrownBy(() -> mapper.readValue(json(CUSTOMER.replace("'createdAt':'" + T0,
        "'createdAt':'2026-02-01T00:00:00Z")), Customer.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("updatedAt must not be before createdAt");
  }

  @Test
  void customer_invalidLanguageAndChannel_areRejected() {
    assertThatThrownBy(() -> mapper.readValue(json(CUSTOMER.replace("{'id'", "{'preferredLanguage':'en_US','id'")),
        Customer.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("Customer.preferredLanguage: invalid BCP 47 language tag 'en_US'");
    assertThatThrownBy(() -> mapper.readValue(json(CUSTOMER.replace("{'id'", "{'preferredChannel':'Whats App','id'")),
        Customer.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("Customer.preferredChannel: invalid channel 'Whats App'");
  }

  @Test
  void customer_invalidContactPoint_surfacesTheModelException() {
    String bad = json(CUSTOMER.replace("{'id'", "{'contactPoints':[{'kind':'phone','value':'call me'}],'id'"));
    assertThatThrownBy(() -> mapper.readValue(bad, Customer.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("Customer.contactPoints[0]: invalid ContactPoint: invalid phone contact point "
            + "'call me'")
        .hasCauseInstanceOf(InvalidContactPointException.class);
  }

  @Test
  void customer_duplicateContactPointAfterNormalisation_isRejected() {
    String dup = json(CUSTOMER.replace("{'id'", "{'contactPoints':[{'kind':'email','value':'A@x.io'},"
        + "{'kind':'email','value':'a@x.io'}],'id'"));
    assertThatThrownBy(() -> mapper.readValue(dup, Customer.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("Customer.contactPoints[1]: duplicate element 'email:a@x.io'");
  }

  @Test
  void nullElementInArray_isRejected() {
    String nul = json(CUSTOMER.replace("{'id'", "{'contactPoints':[null],'id'"));
    assertThatThrownBy(() -> mapper.readValue(nul, Customer.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Customer.contactPoints[0]: must not be null");
  }

  @Test
  void trailingTokens_areRejected() {
    assertThatThrownBy(() -> mapper.readValue(json(CUSTOMER) + " {}", Customer.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Trailing token");
  }

  // ---------------------------------------------------------------- interactions

  @Test
  void interaction_illegalHistory_surfacesTheModelMessage() {
    String illegal = interaction("[{'state':'NEW','at':'" + T0 + "'},{'state':'WRAP_UP','at':'" + T0 + "'}]",
        "WRAP_UP");
    assertThatThrownBy(() -> mapper.readValue(illegal, Interaction.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("Interaction: invalid Interaction: history of interaction 'i-1' moves from NEW to "
            + "WRAP_UP at step 1, which the lifecycle does not allow");
  }

  @Test
  void interaction_stateNotMatchingHistory_isRejected() {
    assertThatThrownBy(() -> mapper.readValue(interaction("[{'state':'NEW','at':'" + T0 + "'}]", "ACTIVE"),
        Interaction.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("must equal the last history entry NEW, but was ACTIVE");
  }

  @Test
  void interaction_badEnumValues_areRejected() {
    assertThatThrownBy(() -> mapper.readValue(interaction("[{'state':'NEW','at':'" + T0 + "'}]", "NEW")
        .replace("\"INBOUND\"", "\"inbound\""), Interaction.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("Interaction.direction: invalid Direction 'inbound': must be one of [INBOUND, OUTBOUND]");
    assertThatThrownBy(() -> mapper.readValue(interaction("[{'state':'NEW','at':'" + T0 + "'}]", "NEW")
        .replace("\"INBOUND\"", "0"), Interaction.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Interaction.direction: must be a JSON string (Direction), but was number 0");
    assertThatThrownBy(() -> mapper.readValue(interaction("[{'state':'CLOSING','at':'" + T0 + "'}]", "NEW"),
        Interaction.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("Interaction.history[0].state: invalid InteractionState 'CLOSING'");
  }

  @Test
  void interaction_missingHistory_isRejected() {
    String noHistory = interaction("[]", "NEW").replace(",\"history\":[]", "");
    assertThatThrownBy(() -> mapper.readValue(noHistory, Interaction.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Interaction: missing required field 'history'");
  }

  @Test
  void interaction_priorityOutOfIntRange_isRejected() {
    String big = interaction("[{'state':'NEW','at':'" + T0 + "'}]", "NEW").replace("\"priority\":0",
        "\"priority\":3000000000");
    assertThatThrownBy(() -> mapper.readValue(big, Interaction.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Interaction.priority: must be a JSON integer in the 32-bit range, but was number "
            + "3000000000");
  }

  @Test
  void modelIllegalTransition_isNotSwallowedByJson() {
    Interaction closed = Interaction.open(dev.cim.core.model.InteractionId.of("i-1"), CustomerId.of("c-1"),
        dev.cim.core.model.Channel.CHAT, dev.cim.core.model.CaseId.of("k"), Instant.parse(T0))
        .transitionTo(dev.cim.core.model.InteractionState.CLOSED, Instant.parse(T0));
    assertThatThrownBy(() -> closed.transitionTo(dev.cim.core.model.InteractionState.QUEUED, Instant.parse(T0)))
        .isInstanceOf(IllegalTransitionException.class);
  }

  // ---------------------------------------------------------------- attributes

  @Test
  void attribute_unknownType_isRejectedListingTheSupportedOnes() {
    assertThatThrownBy(() -> mapper.readValue(attributes("{'type':'java.lang.Runtime','value':'x'}"),
        Attributes.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("Attributes.acme.x.type: invalid attribute type 'java.lang.Runtime': unknown attribute "
            + "type; supported types are [string, boolean, int, long, double, decimal, instant, date]");
  }

  @Test
  void attribute_valueOfWrongJsonType_isRejected() {
    assertThatThrownBy(() -> mapper.readValue(attributes("{'type':'long','value':'12'}"), Attributes.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Attributes.acme.x.value: must be a JSON integer in the 64-bit range, but was string "
            + "'12'");
    assertThatThrownBy(() -> mapper.readValue(attributes("{'type':'int','value':3000000000}"), Attributes.class))
        .hasMessageContaining("Attributes.acme.x.value: must be a JSON integer in the 32-bit range");
    assertThatThrownBy(() -> mapper.readValue(attributes("{'type':'long','value':1.5}"), Attributes.class))
        .hasMessageContaining("must be a JSON integer");
    assertThatThrownBy(() -> mapper.readValue(attributes("{'type':'decimal','value':1.5}"), Attributes.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("must be a JSON string (decimal number as a string), but was number 1.5");
    assertThatThrownBy(() -> mapper.readValue(attributes("{'type':'boolean','value':'true'}"), Attributes.class))
        .hasMessageContaining("must be a JSON boolean, but was string 'true'");
    assertThatThrownBy(() -> mapper.readValue(attributes("{'type':'double','value':'NaN'}"), Attributes.class))
        .hasMessageContaining("must be a JSON number, but was string 'NaN'");
  }

  @Test
  void attribute_invalidValues_areRejected() {
    assertThatThrownBy(() -> mapper.readValue(attributes("{'type':'decimal','value':'1,5'}"), Attributes.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("invalid decimal number as a string '1,5'");
    assertThatThrownBy(() -> mapper.readValue(attributes("{'type':'date','value':'2026-13-01'}"), Attributes.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("invalid ISO-8601 date '2026-13-01'");
    assertThatThrownBy(() -> mapper.readValue(attributes("{'type':'instant','value':'2026-01-01'}"),
        Attributes.class))
        .hasMessageContaining("invalid ISO-8601 instant '2026-01-01'");
  }

  @Test
  void attribute_missingValueOrType_isRejected() {
    assertThatThrownBy(() -> mapper.readValue(attributes("{'type':'string'}"), Attributes.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Attributes.acme.x: missing required field 'value'");
    assertThatThrownBy(() -> mapper.readValue(attributes("{'value':'x'}"), Attributes.class))
        .hasMessageContaining("Attributes.acme.x: missing required field 'type'");
    assertThatThrownBy(() -> mapper.readValue(attributes("'plain'"), Attributes.class))
        .hasMessageContaining("Attributes.acme.x: must be a JSON object, but was string 'plain'");
  }

  @Test
  void attribute_invalidNameOrClash_isRejected() {
    assertThatThrownBy(() -> mapper.readValue(json("{'bad name':{'type':'string','value':'x'}}"), Attributes.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("attribute name may contain only a-z, 0-9, '_', '-' and '.', but was 'bad name'");
    assertThatThrownBy(() -> mapper.readValue(json("{'Acme.X':{'type':'string','value':'x'},"
        + "'acme.x':{'type':'long','value':1}}"), Attributes.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("attribute 'acme.x' must appear once, but appears twice");
  }

  // ---------------------------------------------------------------- agents and messages

  @Test
  void agent_levelOutOfRange_surfacesTheModelMessage() {
    String agent = json("{'id':'a-1','name':'Ana','skills':{'billing':11},'version':0}");
    assertThatThrownBy(() -> mapper.readValue(agent, Agent.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("level of skill 'billing' must be between 1 and 10, but was 11");
  }

  @Test
  void agent_duplicateSkillKeyAfterNormalisation_isRejected() {
    String agent = json("{'id':'a-1','name':'Ana','skills':{'Billing':3,'billing':4},'version':0}");
    assertThatThrownBy(() -> mapper.readValue(agent, Agent.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("Agent.skills.billing: duplicate key 'billing'");
  }

  @Test
  void agent_invalidChannelKey_isRejected() {
    String agent = json("{'id':'a-1','name':'Ana','capacity':{'voice!':1},'version':0}");
    assertThatThrownBy(() -> mapper.readValue(agent, Agent.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("Agent.capacity.voice!: invalid channel 'voice!'");
  }

  @Test
  void message_textTooLong_surfacesTheModelMessage() throws Exception {
    Message m = Message.of(dev.cim.core.model.MessageId.of("m-1"), dev.cim.core.model.InteractionId.of("i-1"),
        dev.cim.core.model.AuthorRole.CUSTOMER, "hi", Instant.parse(T0));
    String tooLong = mapper.writeValueAsString(m).replace("\"hi\"", "\"" + "x".repeat(Message.MAX_TEXT_LENGTH + 1)
        + "\"");
    assertThatThrownBy(() -> mapper.readValue(tooLong, Message.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("text of message 'm-1' must be at most 1048576 characters, but was 1048577");
  }

  // ---------------------------------------------------------------- features

  @Test
  void unknownFields_areIgnoredWhenTheHostDisablesFailOnUnknownProperties() throws Exception {
    ObjectMapper lenient = JsonMapper.builder().addModule(CimJacksonModule.ofDefaults())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    Customer c = lenient.readValue(json(CUSTOMER.replace("{'id'", "{'legacy':1,'id'")), Customer.class);
    assertThat(c.id()).isEqualTo(CustomerId.of("c-1"));
    assertThatThrownBy(() -> mapper.readValue(json(CUSTOMER.replace("{'id'", "{'legacy':1,'id'")), Customer.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
  }

  @Test
  void contactPoint_inNationalFormat_isRejectedBecauseJsonHasNoDefaultCallingCode() {
    assertThatThrownBy(() -> mapper.readValue(json("{'kind':'phone','value':'020 7946 0018'}"), ContactPoint.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("no default country calling code");
  }

  @Test
  @SuppressWarnings("deprecation")
  void locale_withoutAnEqualLanguageTag_isNotWrittenSilentlyChanged() {
    Customer c = Customer.create(CustomerId.of("c-1"), Instant.parse(T0))
        .withPreferences(null, new java.util.Locale("x"));
    assertThatThrownBy(() -> mapper.writeValueAsString(c))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("cannot write BCP 47 language tag: locale 'x' has no BCP 47 language tag that reads back "
            + "equal (it would be written as 'und')");
    Customer norwegian = c.withPreferences(null, new java.util.Locale("no", "NO", "NY"));
    assertThatThrownBy(() -> mapper.writeValueAsString(norwegian))
        .hasMessageContaining("it would be written as 'nn-NO'");
  }

  @Test
  void errors_areJsonMappingExceptions() {
    assertThatThrownBy(() -> mapper.readValue("{}", Customer.class)).isInstanceOf(JsonMappingException.class);
  }
}
