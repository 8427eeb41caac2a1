package dev.cim.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerKpisTest {
  private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");
  private static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant MID_FEB = Instant.parse("2026-02-15T00:00:00Z");

  private static Customer record(String id, Instant created, Instant since, Instant churned) {
    Customer c = Customer.create(CustomerId.of(id), created);
    var a = c.attributes();
    if (since != null) {
      a = a.with(CustomerKpis.CUSTOMER_SINCE, since);
    }
    if (churned != null) {
      a = a.with(CustomerKpis.CHURNED_AT, churned);
    }
    return c.withAttributes(a);
  }

  /**
   * Over February: active on 1 Feb (S) are c1, c2, c3, c4 = 4; c3 churns mid-February; c5 becomes a customer
   * mid-February (N = 1); active on 1 Mar (E) are c1, c2, c4, c5 = 4. CRR = (4 - 1) / 4 = 75 %.
   */
  @Test
  void retention_february_isEMinusNOverS() {
    List<Customer> all = List.of(record("c1", JAN, JAN, null), record("c2", JAN, JAN, null),
        record("c3", JAN, JAN, MID_FEB), record("c4", JAN, FEB, null), record("c5", JAN, MID_FEB, null),
        record("c6", JAN, null, null), record("c7", JAN, JAN, JAN));
    assertThat(CustomerKpis.retention(all, FEB, MAR)).isEqualTo(new Ratio(3, 4));
  }

  /**
   * Created in February: l1 (converts mid-Feb), l2 (converts in March, after the period), l3 (stays a lead), c4
   * (created as a customer, never a lead): 1 converted of 3 leads. l0 was created in January and is left out.
   */
  @Test
  void conversion_february_isConvertedLeadsOverLeadsCreated() {
    List<Customer> all = List.of(record("l0", JAN, MID_FEB, null), record("l1", FEB, MID_FEB, null),
        record("l2", MID_FEB, MAR, null), record("l3", MID_FEB, null, null), record("c4", FEB, FEB, null));
    assertThat(CustomerKpis.conversion(all, FEB, MAR)).isEqualTo(new Ratio(1, 3));
  }

  @Test
  void badPeriod_throwsNamingBothEnds() {
    assertThatThrownBy(() -> CustomerKpis.retention(List.of(), MAR, FEB)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("from must not be after to, but was " + MAR + " after " + FEB);
    assertThatThrownBy(() -> CustomerKpis.conversion(null, FEB, MAR)).isInstanceOf(NullPointerException.class)
        .hasMessage("customers");
  }
}
