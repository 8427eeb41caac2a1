package dev.cim.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.memory.InMemoryCustomerStore;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.ContactPointKind;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdentityResolverTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final ContactPoint CRM_1 = ContactPoint.externalId("CRM-1");
  private static final ContactPoint CRM_2 = ContactPoint.externalId("CRM-2");
  private static final ContactPoint EMAIL = ContactPoint.email("ana@example.com");
  private static final ContactPoint PHONE = ContactPoint.phone("+14155550100");
  private static final ContactPoint OTHER_PHONE = ContactPoint.phone("+14155550199");

  private final InMemoryCustomerStore store = new InMemoryCustomerStore();
  private final IdentityResolver resolver = IdentityResolver.ofDefaults();

  @BeforeEach
  void customers() {
    store.create(Customer.create(CustomerId.of("ana"), T0, CRM_1, EMAIL));
    store.create(Customer.create(CustomerId.of("bob"), T0, PHONE));
    store.create(Customer.create(CustomerId.of("carl"), T0, CRM_2, OTHER_PHONE));
  }

  private Resolution resolve(ObservedContactPoint... observed) {
    return resolver.resolve(List.of(observed), store::findByContactPoint);
  }

  @Test
  void resolve_oneKnownContactPoint_matchesItsCustomerWithRuleAndConfidence() {
    Resolution r = resolve(ObservedContactPoint.of(EMAIL, Evidence.CHANNEL));
    assertThat(r.match()).isPresent();
    Match m = r.match().get();
    assertThat(m.customer().id()).isEqualTo(CustomerId.of("ana"));
    assertThat(m.rule()).isEqualTo("email");
    assertThat(m.evidence().contactPoint()).isEqualTo(EMAIL);
    assertThat(m.confidence()).isEqualTo(0.95 * 0.9);
    assertThat(r.isConflict()).isFalse();
  }

  @Test
  void resolve_certainEvidence_isMoreConfidentThanScraped() {
    double profile = resolve(ObservedContactPoint.of(PHONE, Evidence.PROFILE)).match().get().confidence();
    double scraped = resolve(ObservedContactPoint.of(PHONE, Evidence.SCRAPED)).match().get().confidence();
    assertThat(profile).isEqualTo(0.9);
    assertThat(scraped).isLessThan(profile);
    assertThat(Evidence.PROFILE.isCertain()).isTrue();
    assertThat(Evidence.SIGNATURE.isCertain()).isFalse();
  }

  @Test
  void resolve_unknownContactPoints_matchNobody() {
    Resolution r = resolve(ObservedContactPoint.of(ContactPoint.email("new@example.com"), Evidence.CHANNEL));
    assertThat(r.match()).isEmpty();
    assertThat(r.candidates()).isEmpty();
  }

  @Test
  void resolve_pointsOfTwoCustomers_isAConflictRefusedByDefault() {
    Resolution r = resolve(ObservedContactPoint.of(PHONE, Evidence.CHANNEL),
        ObservedContactPoint.of(EMAIL, Evidence.SIGNATURE));
    assertThat(r.isConflict()).isTrue();
    assertThat(r.match()).isEmpty();
    assertThat(r.candidateIds()).as("email outranks phone").containsExactly(CustomerId.of("ana"), CustomerId.of("bob"));
  }

  @Test
  void resolve_conflictUnderHighestRule_picksTheHigherRuleAndReportsTheOther() {
    IdentityResolver highest = IdentityResolver.from(resolver)
        .conflictPolicy(IdentityResolver.ConflictPolicy.HIGHEST_RULE).build();
    Resolution r = highest.resolve(List.of(ObservedContactPoint.of(PHONE, Evidence.CHANNEL),
        ObservedContactPoint.of(CRM_1, Evidence.PROFILE)), store::findByContactPoint);
    assertThat(r.match().get().customer().id()).isEqualTo(CustomerId.of("ana"));
    assertThat(r.match().get().rule()).isEqualTo("external_id");
    assertThat(r.candidateIds()).containsExactly(CustomerId.of("ana"), CustomerId.of("bob"));
  }

  @Test
  void resolve_twoDifferentHostIdentifiers_neverMatch() {
    // the contact says it is account CRM-2 but writes from Ana's email: Ana (CRM-1) is vetoed
    Resolution r = resolve(ObservedContactPoint.of(EMAIL, Evidence.CHANNEL),
        ObservedContactPoint.of(CRM_2, Evidence.PROFILE));
    assertThat(r.match().get().customer().id()).isEqualTo(CustomerId.of("carl"));
    assertThat(r.vetoed()).extracting(Resolution.Vetoed::customerId).containsExactly(CustomerId.of("ana"));
    assertThat(r.isConflict()).isFalse();
  }

  @Test
  void resolve_ruleOrderIsConfigurable() {
    IdentityResolver phoneFirst = IdentityResolver.custom()
        .rule(MatchRule.of("phone", ContactPointKind.PHONE, 1.0))
        .rule(MatchRule.of("email", ContactPointKind.EMAIL, 0.5))
        .conflictPolicy(IdentityResolver.ConflictPolicy.HIGHEST_RULE).build();
    Resolution r = phoneFirst.resolve(List.of(ObservedContactPoint.of(EMAIL, Evidence.CHANNEL),
        ObservedContactPoint.of(PHONE, Evidence.CHANNEL)), store::findByContactPoint);
    assertThat(r.match().get().customer().id()).isEqualTo(CustomerId.of("bob"));
    assertThat(phoneFirst.rules()).extracting(MatchRule::name).containsExactly("phone", "email");
  }

  @Test
  void resolve_kindWithoutRule_isIgnored() {
    IdentityResolver emailOnly = IdentityResolver.custom().rule(MatchRule.of("email", ContactPointKind.EMAIL, 1))
        .build();
    assertThat(emailOnly.resolve(List.of(ObservedContactPoint.of(PHONE, Evidence.PROFILE)), store::findByContactPoint)
        .match()).isEmpty();
  }

  @Test
  void builder_badInput_isRejectedWithNamedField() {
    assertThatThrownBy(() -> IdentityResolver.custom().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least one rule");
    assertThatThrownBy(() -> MatchRule.of("x", ContactPointKind.EMAIL, 1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight of match rule 'x'")
        .hasMessageContaining("1.5");
    assertThatThrownBy(() -> IdentityResolver.custom().rule(MatchRule.anyHandle("h", 1))
        .rule(MatchRule.anyHandle("h", 0.5))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'h'");
    assertThatThrownBy(() -> resolver.resolve(null, store::findByContactPoint))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> resolver.resolve(List.of(), null)).isInstanceOf(NullPointerException.class);
  }
}
