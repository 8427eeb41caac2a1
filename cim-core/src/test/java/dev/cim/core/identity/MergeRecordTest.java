package dev.cim.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.model.AttributeKey;
import dev.cim.core.model.Attributes;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.InteractionId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The profile rules of a merge: combine (precedence, consents) and revert (what changed since stays). */
class MergeRecordTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final AttributeKey<String> PLAN = AttributeKey.of("plan", String.class);
  private static final AttributeKey<String> CITY = AttributeKey.of("city", String.class);
  private static final ContactPoint S_PHONE = ContactPoint.phone("+14155550001");
  private static final ContactPoint M_EMAIL = ContactPoint.email("m@example.com");

  private final Customer survivor = Customer.create(CustomerId.of("s"), T0, S_PHONE)
      .withAttributes(Attributes.of(PLAN, "basic")).withConsents(Map.of("marketing", true, "surveys", true))
      .withSegment("gold");
  private final Customer mergedAway = Customer.create(CustomerId.of("m"), T0.plusSeconds(60), M_EMAIL)
      .withAttributes(Attributes.of(PLAN, "premium").with(CITY, "Porto"))
      .withConsents(Map.of("marketing", false)).withPreferences(Channel.EMAIL, null).withSegment("silver");

  private MergeRecord record(MergeOptions options) {
    return new MergeRecord(MergeId.of("m-1"), survivor, mergedAway, options, List.of(InteractionId.of("i")),
        MergeRecord.Status.MERGING, 0, T0, T0);
  }

  @Test
  void combine_survivorWins_keepsSurvivorValuesAndTakesTheRest() {
    Customer c = MergeOptions.ofDefaults().combine(survivor, mergedAway);
    assertThat(c.id()).isEqualTo(survivor.id());
    assertThat(c.contactPoints()).containsExactlyInAnyOrder(S_PHONE, M_EMAIL);
    assertThat(c.attributes()).isEqualTo(Attributes.of(PLAN, "basic").with(CITY, "Porto"));
    assertThat(c.segment()).contains("gold");
    assertThat(c.preferredChannel()).contains(Channel.EMAIL);
    assertThat(c.consents()).as("an opt-out wins").containsEntry("marketing", false).containsEntry("surveys", true);
  }

  @Test
  void combine_mergedAwayWinsAndNewestWins_takeTheOtherValue() {
    assertThat(MergeOptions.ofDefaults().withPrecedence(MergeOptions.Precedence.MERGED_AWAY_WINS)
        .combine(survivor, mergedAway).attributes().get(PLAN)).contains("premium");
    assertThat(MergeOptions.ofDefaults().withPrecedence(MergeOptions.Precedence.NEWEST_WINS)
        .combine(survivor, mergedAway).segment()).as("merged-away updated later").contains("silver");
    assertThat(MergeOptions.ofDefaults().withPrecedence(MergeOptions.Precedence.NEWEST_WINS)
        .combine(mergedAway.withUpdatedAt(T0.plusSeconds(60)), survivor.withUpdatedAt(T0.plusSeconds(60))).segment())
        .as("a tie keeps the survivor's").contains("silver");
  }

  @Test
  void applyTo_isIdempotent() {
    MergeRecord r = record(MergeOptions.ofDefaults().withPrecedence(MergeOptions.Precedence.NEWEST_WINS));
    Customer once = r.applyTo(survivor);
    assertThat(r.applyTo(once)).isEqualTo(once);
  }

  @Test
  void revert_restoresTheSurvivor_butKeepsWhatChangedSince() {
    MergeRecord r = record(MergeOptions.ofDefaults().withPrecedence(MergeOptions.Precedence.MERGED_AWAY_WINS));
    Customer merged = r.applyTo(survivor);
    assertThat(r.revert(merged)).isEqualTo(survivor);

    ContactPoint later = ContactPoint.email("later@example.com");
    Customer changed = merged.withAttributes(merged.attributes().with(CITY, "Lisbon"))
        .withContactPoints(java.util.Set.of(S_PHONE, M_EMAIL, later)).withSegment("platinum");
    Customer back = r.revert(changed);
    assertThat(back.contactPoints()).containsExactlyInAnyOrder(S_PHONE, later);
    assertThat(back.attributes()).isEqualTo(Attributes.of(PLAN, "basic").with(CITY, "Lisbon"));
    assertThat(back.segment()).contains("platinum");
    assertThat(back.consents()).isEqualTo(survivor.consents());
  }

  @Test
  void constructor_badValues_areRejectedNamingTheField() {
    assertThatThrownBy(() -> new MergeRecord(MergeId.of("x"), survivor, survivor, MergeOptions.ofDefaults(),
        List.of(), MergeRecord.Status.MERGED, 0, T0, T0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mergedAwayBefore").hasMessageContaining("'s'");
    assertThatThrownBy(() -> new MergeRecord(MergeId.of("x"), survivor, mergedAway, MergeOptions.ofDefaults(),
        List.of(InteractionId.of("i"), InteractionId.of("i")), MergeRecord.Status.MERGED, 0, T0, T0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("movedInteractions");
    assertThatThrownBy(() -> record(MergeOptions.ofDefaults()).withVersion(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version must be >= 0, but was -1");
    assertThatThrownBy(() -> record(MergeOptions.ofDefaults()).withStatus(MergeRecord.Status.MERGED,
        T0.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("updatedAt");
    assertThatThrownBy(() -> MergeId.of("a b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("merge id");
  }

  @Test
  void nullArguments_throwNullPointerException() {
    assertThatThrownBy(() -> MergeOptions.ofDefaults().combine(null, mergedAway))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> MergeOptions.ofDefaults().withPrecedence(null, MergeOptions.Precedence.NEWEST_WINS))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> record(MergeOptions.ofDefaults()).applyTo(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> record(MergeOptions.ofDefaults()).revert(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> record(MergeOptions.ofDefaults()).mentions(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ObservedContactPoint.of(null, Evidence.PROFILE)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ObservedContactPoint.of(S_PHONE, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> MergeId.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Veto.distinctIdentifiers(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new IdentityConflictException(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void toString_holdsNoContactPointValue() {
    assertThat(record(MergeOptions.ofDefaults()).toString()).doesNotContain("m@example.com").contains("m-1");
    assertThat(ObservedContactPoint.of(M_EMAIL, Evidence.SCRAPED).toString()).doesNotContain("m@example.com");
  }
}
