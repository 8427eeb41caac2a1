package dev.cim.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cim.core.event.CimEvent;
import dev.cim.core.event.CustomerCreated;
import dev.cim.core.model.Channel;
import dev.cim.core.model.CustomerId;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Host event registration, the fixed registry, and module identity. */
class CimJacksonModuleTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** A host's own event. */
  record AcmeEscalated(String ticket, int level, Instant occurredAt) implements CimEvent {
    AcmeEscalated {
      Objects.requireNonNull(ticket, "ticket");
      if (level < 1) {
        throw new IllegalArgumentException("level must be >= 1, but was " + level);
      }
    }
  }

  /** Another host event, never registered. */
  record AcmeUnregistered(Instant occurredAt) implements CimEvent {}

  static final class AcmeSerializer extends JsonSerializer<AcmeEscalated> {
    @Override
    public void serialize(AcmeEscalated e, JsonGenerator g, SerializerProvider p) throws IOException {
      g.writeStartObject();
      g.writeStringField("ticket", e.ticket());
      g.writeNumberField("level", e.level());
      g.writeStringField("occurredAt", e.occurredAt().toString());
      g.writeEndObject();
    }
  }

  static final class AcmeDeserializer extends JsonDeserializer<AcmeEscalated> {
    @Override
    public AcmeEscalated deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode n = p.readValueAsTree();
      return new AcmeEscalated(n.get("ticket").asText(), n.get("level").asInt(),
          Instant.parse(n.get("occurredAt").asText()));
    }
  }

  private static CimJacksonModule acmeModule() {
    return CimJacksonModule.builder()
        .event("acme_escalated", AcmeEscalated.class, new AcmeSerializer(), new AcmeDeserializer())
        .build();
  }

  @Test
  void eventTypes_areTheFixedNamesInOrder() {
    assertThat(CimJacksonModule.ofDefaults().eventTypes().keySet()).containsExactly("bot_handed_off",
        "bot_resolved", "customer_created", "customer_erased", "customers_merged", "customers_unmerged", "interaction_opened",
        "interaction_state_changed", "message_added", "sentiment_alert", "sentiment_recovered", "sla_breached",
        "supervisor_barged_in");
    assertThat(acmeModule().eventTypes()).containsEntry("acme_escalated", AcmeEscalated.class).hasSize(14);
  }

  @Test
  void hostEvent_roundTripsWithItsNameFirst() throws Exception {
    ObjectMapper mapper = CimJson.newObjectMapper(acmeModule());
    AcmeEscalated e = new AcmeEscalated("T-9", 2, T0);
    String json = mapper.writeValueAsString(e);
    assertThat(json).startsWith("{\"type\":\"acme_escalated\",\"ticket\":\"T-9\"");
    assertThat(mapper.readValue(json, CimEvent.class)).isEqualTo(e);
    assertThat(mapper.readValue(json, AcmeEscalated.class)).isEqualTo(e);
    // cim's own events still work beside it, also in a list of the interface type
    List<CimEvent> events = List.of(e, new CustomerCreated(CustomerId.of("c"), Channel.SMS, T0));
    String list = mapper.writerFor(mapper.getTypeFactory().constructCollectionType(List.class, CimEvent.class))
        .writeValueAsString(events);
    assertThat(mapper.<List<CimEvent>>readValue(list, mapper.getTypeFactory()
        .constructCollectionType(List.class, CimEvent.class))).isEqualTo(events);
  }

  @Test
  void hostEvent_isUnknownToTheDefaultModule() throws Exception {
    String json = CimJson.newObjectMapper(acmeModule()).writeValueAsString(new AcmeEscalated("T-9", 2, T0));
    assertThatThrownBy(() -> CimJson.newObjectMapper().readValue(json, CimEvent.class))
        .isInstanceOf(InvalidTypeIdException.class)
        .hasMessageContaining("unknown event type 'acme_escalated'");
  }

  @Test
  void hostEvent_modelRejection_surfacesItsMessage() {
    String json = "{\"type\":\"acme_escalated\",\"ticket\":\"T\",\"level\":0,\"occurredAt\":\"" + T0 + "\"}";
    assertThatThrownBy(() -> CimJson.newObjectMapper(acmeModule()).readValue(json, CimEvent.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("acme_escalated: invalid AcmeEscalated: level must be >= 1, but was 0");
  }

  @Test
  void unregisteredEventClass_failsToSerializeNamingTheClass() {
    assertThatThrownBy(() -> CimJson.newObjectMapper().writeValueAsString(new AcmeUnregistered(T0)))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining(AcmeUnregistered.class.getName())
        .hasMessageContaining("has no registered JSON type name");
    assertThatThrownBy(() -> CimJson.newObjectMapper(acmeModule()).writerFor(CimEvent.class)
        .writeValueAsString(new AcmeUnregistered(T0)))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("has no registered JSON type name");
  }

  @Test
  void hostSerializerWritingType_isRejected() {
    JsonSerializer<AcmeEscalated> sneaky = new JsonSerializer<>() {
      @Override
      public void serialize(AcmeEscalated e, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "customer_created");
        g.writeEndObject();
      }
    };
    ObjectMapper mapper = CimJson.newObjectMapper(CimJacksonModule.builder()
        .event("acme_escalated", AcmeEscalated.class, sneaky, new AcmeDeserializer()).build());
    assertThatThrownBy(() -> mapper.writeValueAsString(new AcmeEscalated("T", 1, T0)))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("must not write a field named 'type'");
  }

  @Test
  void hostSerializerWritingNoObject_isRejected() {
    JsonSerializer<AcmeEscalated> scalar = new JsonSerializer<>() {
      @Override
      public void serialize(AcmeEscalated e, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeString(e.ticket());
      }
    };
    ObjectMapper mapper = CimJson.newObjectMapper(CimJacksonModule.builder()
        .event("acme_escalated", AcmeEscalated.class, scalar, new AcmeDeserializer()).build());
    assertThatThrownBy(() -> mapper.writeValueAsString(new AcmeEscalated("T", 1, T0)))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("must write a JSON object, but wrote VALUE_STRING");
  }

  @Test
  void hostDeserializerReturningNull_isRejected() {
    JsonDeserializer<AcmeEscalated> nothing = new JsonDeserializer<>() {
      @Override
      public AcmeEscalated deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        p.skipChildren();
        return null;
      }
    };
    ObjectMapper mapper = CimJson.newObjectMapper(CimJacksonModule.builder()
        .event("acme_escalated", AcmeEscalated.class, new AcmeSerializer(), nothing).build());
    assertThatThrownBy(() -> mapper.readValue("{\"type\":\"acme_escalated\"}", CimEvent.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("deserializer of event type 'acme_escalated' must return a")
        .hasMessageContaining("but returned null");
  }

  @Test
  void builder_rejectsBadNamesAndDuplicates() {
    AcmeSerializer s = new AcmeSerializer();
    AcmeDeserializer d = new AcmeDeserializer();
    assertThatThrownBy(() -> CimJacksonModule.builder().event("Acme", AcmeEscalated.class, s, d))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("event type name must be 1 to 64 characters of a-z, 0-9 and '_' starting with a letter, "
            + "but was 'Acme'");
    assertThatThrownBy(() -> CimJacksonModule.builder().event("dev.acme.Escalated", AcmeEscalated.class, s, d))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CimJacksonModule.builder().event("", AcmeEscalated.class, s, d))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CimJacksonModule.builder().event("customer_created", AcmeEscalated.class, s, d))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'customer_created' is registered for dev.cim.core.event.CustomerCreated");
    assertThatThrownBy(() -> CimJacksonModule.builder().event("acme_a", AcmeEscalated.class, s, d)
        .event("acme_b", AcmeEscalated.class, s, d))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is registered as 'acme_a'");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void builder_rejectsBuiltInAbstractAndForeignClasses() {
    JsonSerializer s = new AcmeSerializer();
    JsonDeserializer d = new AcmeDeserializer();
    CimJacksonModule.Builder b = CimJacksonModule.builder();
    assertThatThrownBy(() -> b.event("acme_created", CustomerCreated.class, s, d))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is registered as 'customer_created'");
    assertThatThrownBy(() -> b.event("acme_any", CimEvent.class, s, d))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be a concrete class implementing CimEvent, but was dev.cim.core.event.CimEvent");
    assertThatThrownBy(() -> b.event("acme_string", (Class) String.class, s, d))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was java.lang.String");
  }

  @Test
  void builder_rejectsNulls() {
    AcmeSerializer s = new AcmeSerializer();
    AcmeDeserializer d = new AcmeDeserializer();
    CimJacksonModule.Builder b = CimJacksonModule.builder();
    assertThatThrownBy(() -> b.event(null, AcmeEscalated.class, s, d)).isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    assertThatThrownBy(() -> b.event("a", null, s, d)).isInstanceOf(NullPointerException.class).hasMessage("type");
    assertThatThrownBy(() -> b.event("a", AcmeEscalated.class, null, d)).isInstanceOf(NullPointerException.class)
        .hasMessage("serializer");
    assertThatThrownBy(() -> b.event("a", AcmeEscalated.class, s, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("deserializer");
    assertThatThrownBy(() -> CimJson.newObjectMapper(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("module");
  }

  @Test
  void registeringTheModuleTwice_isHarmless_andAModuleWithMoreEventsIsAdded() throws Exception {
    assertThat(CimJacksonModule.ofDefaults().getTypeId()).isEqualTo(CimJacksonModule.ofDefaults().getTypeId());
    assertThat(acmeModule().getTypeId()).isNotEqualTo(CimJacksonModule.ofDefaults().getTypeId());
    ObjectMapper mapper = JsonMapper.builder().addModule(CimJacksonModule.ofDefaults())
        .addModule(CimJacksonModule.ofDefaults()).addModule(acmeModule()).build();
    AcmeEscalated e = new AcmeEscalated("T", 3, T0);
    assertThat(mapper.readValue(mapper.writeValueAsString(e), CimEvent.class)).isEqualTo(e);
  }

  @Test
  void module_doesNotChangeHowTheHostWritesItsOwnInstants() throws Exception {
    ObjectMapper plain = new ObjectMapper();
    ObjectMapper cim = CimJson.newObjectMapper();
    assertThatThrownBy(() -> plain.writeValueAsString(T0)).isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(() -> cim.writeValueAsString(T0)).isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("jackson-datatype-jsr310");
  }
}
