package dev.cim.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cim.core.event.CimEvent;
import dev.cim.core.event.CustomersMerged;
import dev.cim.core.event.CustomersUnmerged;
import dev.cim.core.identity.MergeId;
import dev.cim.core.identity.MergeOptions;
import dev.cim.core.identity.MergeRecord;
import dev.cim.core.model.AttributeKey;
import dev.cim.core.model.Attributes;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.InteractionId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #6: the merge events are in the registry and merge records round trip through cim's JSON. */
class IdentityJsonTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00.123456789Z");
  private final ObjectMapper mapper = CimJson.newObjectMapper();

  @Test
  void customersMerged_roundTripsWithItsFixedName() throws Exception {
    CustomersMerged e = new CustomersMerged(MergeId.of("m-1"), CustomerId.of("s"), CustomerId.of("a"), 2, 5, T0);
    String json = mapper.writeValueAsString(e);
    assertThat(json).isEqualTo("{\"type\":\"customers_merged\",\"mergeId\":\"m-1\",\"survivorId\":\"s\","
        + "\"mergedAwayId\":\"a\",\"contactPoints\":2,\"interactions\":5,\"occurredAt\":\"" + T0 + "\"}");
    assertThat(mapper.readValue(json, CimEvent.class)).isEqualTo(e);
    assertThat(mapper.readValue(json, CustomersMerged.class)).isEqualTo(e);
  }

  @Test
  void customersUnmerged_roundTripsWithItsFixedName() throws Exception {
    CustomersUnmerged e = new CustomersUnmerged(MergeId.of("m-1"), CustomerId.of("s"), CustomerId.of("a"), 3, T0);
    String json = mapper.writeValueAsString(e);
    assertThat(json).startsWith("{\"type\":\"customers_unmerged\",\"mergeId\":\"m-1\"");
    assertThat(mapper.readValue(json, CimEvent.class)).isEqualTo(e);
  }

  @Test
  void mergeRecord_roundTripsWithSnapshotsOptionsAndPlan() throws Exception {
    Customer s = Customer.create(CustomerId.of("s"), T0, ContactPoint.phone("+5511987654321"))
        .withAttributes(Attributes.of(AttributeKey.of("plan", String.class), "gold")).withVersion(3);
    Customer a = Customer.create(CustomerId.of("a"), T0, ContactPoint.email("a@example.com")).withVersion(1);
    MergeRecord r = new MergeRecord(MergeId.of("m-1"), s, a,
        MergeOptions.ofDefaults().withPrecedence("plan", MergeOptions.Precedence.NEWEST_WINS),
        List.of(InteractionId.of("i-2"), InteractionId.of("i-1")), MergeRecord.Status.MERGING, 4, T0,
        T0.plusSeconds(1));
    String json = mapper.writeValueAsString(r);
    assertThat(mapper.readValue(json, MergeRecord.class)).isEqualTo(r);
    assertThat(json).contains("\"status\":\"MERGING\"").contains("\"perKey\":{\"plan\":\"NEWEST_WINS\"}");
  }

  @Test
  void mergeRecord_invalidValues_failWithPathAndRule() {
    String sameIds = "{\"id\":\"m\",\"survivorBefore\":" + customer("x") + ",\"mergedAwayBefore\":" + customer("x")
        + ",\"options\":{\"precedence\":\"SURVIVOR_WINS\"},\"status\":\"MERGED\",\"version\":1,\"createdAt\":\""
        + T0 + "\",\"updatedAt\":\"" + T0 + "\"}";
    assertThatThrownBy(() -> mapper.readValue(sameIds, MergeRecord.class)).isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("mergedAwayBefore must be another customer");
    String badStatus = sameIds.replace("\"MERGED\"", "\"DONE\"");
    assertThatThrownBy(() -> mapper.readValue(badStatus, MergeRecord.class)).isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("MergeRecord.status").hasMessageContaining("DONE");
  }

  private static String customer(String id) {
    return "{\"id\":\"" + id + "\",\"version\":1,\"createdAt\":\"" + T0 + "\",\"updatedAt\":\"" + T0 + "\"}";
  }
}
