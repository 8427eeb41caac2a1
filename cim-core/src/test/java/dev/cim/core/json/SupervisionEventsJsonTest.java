package dev.cim.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cim.core.event.CimEvent;
import dev.cim.core.event.SlaBreached;
import dev.cim.core.event.SupervisorBargedIn;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.InteractionId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fixed JSON form of the supervision events, and their round trip. */
class SupervisionEventsJsonTest {
  private static final ObjectMapper MAPPER = CimJson.newObjectMapper();
  private static final Instant T0 = Instant.parse("2026-11-27T16:00:00Z");

  @Test
  void slaBreached_hasItsFixedFormAndRoundTrips() throws Exception {
    SlaBreached e = new SlaBreached(InteractionId.of("i-1"), CustomerId.of("c-1"), "gold",
        SlaBreached.Target.NEXT_RESPONSE, Duration.ofHours(2), T0, Instant.parse("2026-12-01T10:00:00Z"),
        Instant.parse("2026-12-01T10:00:01Z"));
    String json = MAPPER.writeValueAsString(e);
    assertThat(json).isEqualTo("{\"type\":\"sla_breached\",\"interactionId\":\"i-1\",\"customerId\":\"c-1\","
        + "\"policy\":\"gold\",\"target\":\"NEXT_RESPONSE\",\"targetTime\":\"PT2H\","
        + "\"startedAt\":\"2026-11-27T16:00:00Z\",\"deadline\":\"2026-12-01T10:00:00Z\","
        + "\"occurredAt\":\"2026-12-01T10:00:01Z\"}");
    assertThat(MAPPER.readValue(json, CimEvent.class)).isEqualTo(e);
    assertThat(MAPPER.readValue(json, SlaBreached.class)).isEqualTo(e);
  }

  @Test
  void supervisorBargedIn_roundTripsWithAndWithoutAgent() throws Exception {
    SupervisorBargedIn with = new SupervisorBargedIn(InteractionId.of("i-1"), CustomerId.of("c-1"), "sup-7",
        Optional.of(AgentId.of("a-1")), T0);
    SupervisorBargedIn without = new SupervisorBargedIn(InteractionId.of("i-1"), CustomerId.of("c-1"), "sup-7",
        Optional.empty(), T0);
    assertThat(MAPPER.writeValueAsString(with)).isEqualTo("{\"type\":\"supervisor_barged_in\",\"interactionId\":"
        + "\"i-1\",\"customerId\":\"c-1\",\"supervisorId\":\"sup-7\",\"agentId\":\"a-1\",\"occurredAt\":\"" + T0
        + "\"}");
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(with), CimEvent.class)).isEqualTo(with);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(without), CimEvent.class)).isEqualTo(without);
  }

  @Test
  void slaBreached_badDuration_isRejectedNamingThePath() {
    String json = "{\"type\":\"sla_breached\",\"interactionId\":\"i-1\",\"customerId\":\"c-1\",\"policy\":\"gold\","
        + "\"target\":\"RESOLUTION\",\"targetTime\":\"two hours\",\"startedAt\":\"" + T0 + "\",\"deadline\":\"" + T0
        + "\",\"occurredAt\":\"" + T0 + "\"}";
    assertThatThrownBy(() -> MAPPER.readValue(json, CimEvent.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("targetTime")
        .hasMessageContaining("two hours");
  }
}
