package dev.cim.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.event.CimEvent;
import dev.cim.core.event.CimListener;
import dev.cim.core.event.CustomersMerged;
import dev.cim.core.event.CustomersUnmerged;
import dev.cim.core.identity.Evidence;
import dev.cim.core.identity.IdentityConflictException;
import dev.cim.core.identity.LinkConflict;
import dev.cim.core.identity.MergeId;
import dev.cim.core.identity.MergeOptions;
import dev.cim.core.identity.MergeRecord;
import dev.cim.core.identity.ObservedContactPoint;
import dev.cim.core.memory.InMemoryCustomerStore;
import dev.cim.core.memory.InMemoryInteractionStore;
import dev.cim.core.model.Agent;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.AttributeKey;
import dev.cim.core.model.Attributes;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.Message;
import dev.cim.core.spi.ContactPointConflictException;
import dev.cim.core.spi.EntityNotFoundException;
import dev.cim.core.spi.PageRequest;
import dev.cim.core.spi.StoreException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue #6, identity: resolution, national phone quirks end to end, merge, unmerge, link, continuity, summary. */
class HubIdentityTest {
  private static final ContactPoint ANA_PHONE = ContactPoint.phone("+14155550100");
  private static final ContactPoint ANA_EMAIL = ContactPoint.email("ana@example.com");
  private static final ContactPoint BOB_EMAIL = ContactPoint.email("bob@example.com");
  private static final AttributeKey<String> PLAN = AttributeKey.of("plan", String.class);
  private static final AttributeKey<String> CITY = AttributeKey.of("city", String.class);

  private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
  private final List<CimEvent> events = new ArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();
  private InteractionHub hub;

  @BeforeEach
  void buildHub() {
    hub = hub(InteractionHub.builder());
  }

  private InteractionHub hub(InteractionHub.Builder b) {
    return b.clock(clock).ids(() -> "id-" + ids.incrementAndGet()).listener(new CimListener() {
      @Override
      public void onCustomersMerged(CustomersMerged event) {
        events.add(event);
      }

      @Override
      public void onCustomersUnmerged(CustomersUnmerged event) {
        events.add(event);
      }
    }).build();
  }

  private Received say(ContactPoint from, Channel channel, String text, String topic) {
    clock.advance(Duration.ofMinutes(1));
    return hub.receive(InboundContact.of(channel, from, text).withTopic(topic));
  }

  private Set<InteractionId> interactionsOf(InteractionHub h, CustomerId id) {
    return h.interactionStore().findByCustomer(id, PageRequest.first(1000)).items().stream().map(Interaction::id)
        .collect(Collectors.toSet());
  }

  // ------------------------------------------------------------------ resolution and phone quirks

  @Test
  void receive_brazilMobileWithAndWithoutNinthDigit_isOneCustomer() {
    Received old = say(ContactPoint.phone("+55 11 8765-4321"), Channel.VOICE, "oi", "billing");
    Received current = say(ContactPoint.phone("+55 (11) 98765-4321"), Channel.SMS, "de novo", "billing");
    Received national = say(hub.contactPoints().phone("+5511987654321"), Channel.CHAT, "ainda", "billing");
    assertThat(current.customerCreated()).isFalse();
    assertThat(current.customer().id()).isEqualTo(old.customer().id());
    assertThat(national.customer().id()).isEqualTo(old.customer().id());
    assertThat(current.caseContinued()).isTrue();
  }

  @Test
  void receive_mexicoMobileWithAndWithoutTheOne_isOneCustomer() {
    Received a = say(ContactPoint.phone("+52 1 55 1234 5678"), Channel.VOICE, "hola", null);
    Received b = say(ContactPoint.phone("+52 55 1234 5678"), Channel.SMS, "otra vez", null);
    assertThat(b.customerCreated()).isFalse();
    assertThat(b.customer().id()).isEqualTo(a.customer().id());
  }

  @Test
  void receive_observedPointOfKnownCustomer_recordsAgainstThatCustomer() {
    Received ana = say(ANA_EMAIL, Channel.EMAIL, "hello", null);
    ContactPoint newPhone = ContactPoint.phone("+14155550777");
    Received call = hub.receive(InboundContact.of(Channel.VOICE, newPhone, "it's Ana")
        .withObserved(ObservedContactPoint.of(ANA_EMAIL, Evidence.VERIFIED)));
    assertThat(call.customerCreated()).isFalse();
    assertThat(call.customer().id()).isEqualTo(ana.customer().id());
    assertThat(hub.findCustomer(newPhone)).as("linking a new point is explicit").isEmpty();
    assertThat(hub.identify(InboundContact.of(Channel.VOICE, newPhone, "")
        .withObserved(ObservedContactPoint.of(ANA_EMAIL, Evidence.SIGNATURE))).match().get().rule())
        .isEqualTo("email");
  }

  @Test
  void receive_observedPointsOfTwoCustomers_throwsConflictNamingBothAndStoresNothing() {
    CustomerId ana = say(ANA_PHONE, Channel.VOICE, "hi", null).customer().id();
    CustomerId bob = say(BOB_EMAIL, Channel.EMAIL, "hi", null).customer().id();
    long before = hub.interactionStore().findByCustomer(ana, PageRequest.first(10)).items().size();
    InboundContact contact = InboundContact.of(Channel.VOICE, ANA_PHONE, "who am I")
        .withObserved(ObservedContactPoint.of(BOB_EMAIL, Evidence.SIGNATURE));
    assertThatThrownBy(() -> hub.receive(contact)).isInstanceOf(IdentityConflictException.class)
        .hasMessageContaining("'" + ana + "'").hasMessageContaining("'" + bob + "'")
        .satisfies(e -> assertThat(((IdentityConflictException) e).getCustomerIds()).containsExactly(bob, ana));
    assertThat(hub.interactionStore().findByCustomer(ana, PageRequest.first(10)).items()).hasSize((int) before);
  }

  // ------------------------------------------------------------------ merge

  @Test
  void merge_movesContactPointsInteractionsCasesAndMessages_andOldIdResolvesToSurvivor() {
    Received a = say(ANA_PHONE, Channel.VOICE, "bill wrong", "billing");
    Received b1 = say(BOB_EMAIL, Channel.EMAIL, "bill still wrong", "billing");
    say(BOB_EMAIL, Channel.EMAIL, "and again", "billing");
    CustomerId ana = a.customer().id();
    CustomerId bob = b1.customer().id();

    MergeRecord r = hub.merge(ana, bob, MergeOptions.ofDefaults());

    assertThat(r.status()).isEqualTo(MergeRecord.Status.MERGED);
    assertThat(hub.findCustomer(BOB_EMAIL).get().id()).isEqualTo(ana);
    assertThat(hub.findCustomer(bob).get().id()).isEqualTo(ana);
    assertThat(hub.customerStore().findById(bob)).isEmpty();
    assertThat(hub.findCustomer(ana).get().contactPoints()).containsExactlyInAnyOrder(ANA_PHONE, BOB_EMAIL);
    assertThat(interactionsOf(hub, ana)).contains(a.interaction().id(), b1.interaction().id()).hasSize(3);
    assertThat(interactionsOf(hub, bob)).isEmpty();
    assertThat(hub.timeline(ana, PageRequest.first(10)).items()).extracting(TimelineEntry::text)
        .containsExactly("and again", "bill still wrong", "bill wrong");
    CustomerContext ctx = hub.context(bob);
    assertThat(ctx.customer().id()).isEqualTo(ana);
    assertThat(ctx.timeline()).hasSize(3);
    Received later = say(BOB_EMAIL, Channel.CHAT, "hello?", "billing");
    assertThat(later.customer().id()).isEqualTo(ana);
    assertThat(later.customerCreated()).isFalse();
    assertThat(events).containsExactly(new CustomersMerged(r.id(), ana, bob, 1, 2, r.updatedAt()));
    assertThat(hub.merges(ana)).containsExactly(r);
    assertThat(hub.merges(bob)).containsExactly(r);
  }

  @Test
  void merge_attributePrecedence_isConfigurable() {
    Customer s = customer("s", "+14155550001", Attributes.of(PLAN, "basic").with(CITY, "Lisbon"), "gold");
    clock.advance(Duration.ofHours(1));
    Customer m = customer("m", "+14155550002", Attributes.of(PLAN, "premium"), "silver");
    hub.customerStore().update(m.withPreferences(Channel.EMAIL, Locale.forLanguageTag("pt-BR")));

    MergeOptions options = MergeOptions.ofDefaults().withPrecedence(PLAN.name(), MergeOptions.Precedence.NEWEST_WINS);
    hub.merge(s.id(), m.id(), options);
    Customer merged = hub.findCustomer(s.id()).get();
    assertThat(merged.attributes().get(PLAN)).contains("premium");
    assertThat(merged.attributes().get(CITY)).contains("Lisbon");
    assertThat(merged.segment()).as("survivor wins by default").contains("gold");
    assertThat(merged.preferredChannel()).as("present on one side only").contains(Channel.EMAIL);

    Customer s2 = customer("s2", "+14155550003", Attributes.of(PLAN, "basic"), "gold");
    Customer m2 = customer("m2", "+14155550004", Attributes.of(PLAN, "premium"), "silver");
    hub.merge(s2.id(), m2.id(), MergeOptions.ofDefaults().withPrecedence(MergeOptions.Precedence.MERGED_AWAY_WINS)
        .withPrecedence(PLAN.name(), MergeOptions.Precedence.SURVIVOR_WINS));
    Customer merged2 = hub.findCustomer(s2.id()).get();
    assertThat(merged2.attributes().get(PLAN)).contains("basic");
    assertThat(merged2.segment()).contains("silver");
  }

  private Customer customer(String id, String phone, Attributes attributes, String segment) {
    Customer c = Customer.create(CustomerId.of(id), clock.instant(), ContactPoint.phone(phone))
        .withAttributes(attributes).withSegment(segment).withConsents(java.util.Map.of("marketing", true));
    return hub.customerStore().create(c);
  }

  @Test
  void merge_badArguments_throwSpecificExceptionsAndChangeNothing() {
    CustomerId ana = say(ANA_PHONE, Channel.VOICE, "hi", null).customer().id();
    CustomerId bob = say(BOB_EMAIL, Channel.EMAIL, "hi", null).customer().id();
    assertThatThrownBy(() -> hub.merge(ana, ana, MergeOptions.ofDefaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mergedAwayId").hasMessageContaining(
            ana.value());
    assertThatThrownBy(() -> hub.merge(ana, CustomerId.of("ghost"), MergeOptions.ofDefaults()))
        .isInstanceOf(EntityNotFoundException.class).hasMessageContaining("ghost");
    hub.merge(ana, bob, MergeOptions.ofDefaults());
    assertThatThrownBy(() -> hub.merge(ana, bob, MergeOptions.ofDefaults()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("merged into '" + ana + "'");
    assertThatThrownBy(() -> hub.merge(null, bob, MergeOptions.ofDefaults())).isInstanceOf(NullPointerException.class);
    assertThat(hub.merges(ana)).hasSize(1);
  }

  @Test
  void merge_failureAtAnyWrite_loosesNothingAndRetryCompletes() {
    for (int n = 1; ; n++) {
      FlakyStores flaky = new FlakyStores(new InMemoryCustomerStore(), new InMemoryInteractionStore());
      hub = hub(InteractionHub.builder().customerStore(flaky.customers).interactionStore(flaky.interactions));
      Received a = say(ANA_PHONE, Channel.VOICE, "one", "x");
      Received b = say(BOB_EMAIL, Channel.EMAIL, "two", "y");
      say(BOB_EMAIL, Channel.CHAT, "three", "z");
      Set<InteractionId> all = new java.util.HashSet<>(interactionsOf(hub, a.customer().id()));
      all.addAll(interactionsOf(hub, b.customer().id()));
      flaky.failOnWrite(n);
      boolean failed = false;
      try {
        hub.merge(a.customer().id(), b.customer().id(), MergeOptions.ofDefaults());
      } catch (StoreException e) {
        failed = true;
        // nothing is lost meanwhile: every interaction and contact point is still somewhere or in the journal
        MergeRecord pending = hub.mergeStore().findUnfinished().get(0);
        assertThat(pending.mergedAwayBefore().contactPoints()).contains(BOB_EMAIL);
        if (n % 2 == 0) {
          hub.completePendingMerges();
        } else {
          hub.merge(a.customer().id(), b.customer().id(), MergeOptions.ofDefaults());
        }
      }
      assertThat(hub.findCustomer(BOB_EMAIL).get().id()).as("write %d", n).isEqualTo(a.customer().id());
      assertThat(hub.findCustomer(ANA_PHONE).get().id()).isEqualTo(a.customer().id());
      assertThat(interactionsOf(hub, a.customer().id())).as("write %d", n).isEqualTo(all);
      assertThat(hub.findCustomer(b.customer().id()).get().id()).isEqualTo(a.customer().id());
      assertThat(hub.mergeStore().findUnfinished()).isEmpty();
      assertThat(hub.merges(a.customer().id())).hasSize(1);
      if (!failed) {
        assertThat(n).as("the loop failed every write of the merge at least once").isGreaterThan(3);
        return;
      }
    }
  }

  // ------------------------------------------------------------------ unmerge

  @Test
  void unmerge_restoresBothCustomersAndWhatBelongedToEach_newDataStaysWithSurvivor() {
    Customer s = customer("s", "+14155550001", Attributes.of(PLAN, "basic"), "gold");
    Customer m = customer("m", "+14155550002", Attributes.of(PLAN, "premium").with(CITY, "Porto"), "silver");
    Received sCall = say(ContactPoint.phone("+14155550001"), Channel.VOICE, "s talks", "a");
    Received mCall = say(ContactPoint.phone("+14155550002"), Channel.VOICE, "m talks", "b");
    MergeRecord r = hub.merge(s.id(), m.id(),
        MergeOptions.ofDefaults().withPrecedence(MergeOptions.Precedence.MERGED_AWAY_WINS));
    Received afterMerge = say(ContactPoint.phone("+14155550002"), Channel.SMS, "after", "c");
    assertThat(afterMerge.customer().id()).isEqualTo(s.id());

    MergeRecord undone = hub.unmerge(r.id());

    assertThat(undone.status()).isEqualTo(MergeRecord.Status.UNMERGED);
    Customer sNow = hub.findCustomer(s.id()).get();
    Customer mNow = hub.findCustomer(m.id()).get();
    assertThat(mNow.id()).isEqualTo(m.id());
    assertThat(sNow.contactPoints()).containsExactly(ContactPoint.phone("+14155550001"));
    assertThat(mNow.contactPoints()).containsExactly(ContactPoint.phone("+14155550002"));
    assertThat(sNow.attributes()).isEqualTo(s.attributes());
    assertThat(sNow.segment()).contains("gold");
    assertThat(mNow.attributes()).isEqualTo(m.attributes());
    assertThat(interactionsOf(hub, m.id())).containsExactly(mCall.interaction().id());
    assertThat(interactionsOf(hub, s.id())).containsExactlyInAnyOrder(sCall.interaction().id(),
        afterMerge.interaction().id());
    assertThat(hub.findCustomer(ContactPoint.phone("+14155550002")).get().id()).isEqualTo(m.id());
    assertThat(events).hasSize(2).last().isEqualTo(new CustomersUnmerged(r.id(), s.id(), m.id(), 1,
        undone.updatedAt()));
    assertThat(hub.unmerge(r.id())).as("idempotent").isEqualTo(undone);
    assertThat(events).hasSize(2);
    assertThatThrownBy(() -> hub.unmerge(MergeId.of("nope"))).isInstanceOf(EntityNotFoundException.class);
  }

  @Test
  void unmerge_afterSurvivorWasMergedOnward_isRefusedUntilThatIsUndone() {
    CustomerId a = say(ANA_PHONE, Channel.VOICE, "a", null).customer().id();
    CustomerId b = say(BOB_EMAIL, Channel.EMAIL, "b", null).customer().id();
    CustomerId c = say(ContactPoint.email("carl@example.com"), Channel.EMAIL, "c", null).customer().id();
    MergeRecord first = hub.merge(b, a, MergeOptions.ofDefaults());
    MergeRecord second = hub.merge(c, b, MergeOptions.ofDefaults());
    assertThat(hub.findCustomer(a).get().id()).as("aliases chain").isEqualTo(c);
    assertThatThrownBy(() -> hub.unmerge(first.id())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("undo that merge first");
    hub.unmerge(second.id());
    hub.unmerge(first.id());
    assertThat(hub.findCustomer(ANA_PHONE).get().id()).isEqualTo(a);
    assertThat(hub.findCustomer(BOB_EMAIL).get().id()).isEqualTo(b);
  }

  // ------------------------------------------------------------------ link

  @Test
  void linkContactPoint_freePoint_isAdded() {
    CustomerId ana = say(ANA_PHONE, Channel.VOICE, "hi", null).customer().id();
    Customer linked = hub.linkContactPoint(ana, ANA_EMAIL, LinkConflict.FAIL);
    assertThat(linked.contactPoints()).containsExactlyInAnyOrder(ANA_PHONE, ANA_EMAIL);
    assertThat(hub.findCustomer(ANA_EMAIL).get().id()).isEqualTo(ana);
    assertThat(hub.linkContactPoint(ana, ANA_EMAIL, LinkConflict.FAIL)).as("already linked").isEqualTo(linked);
  }

  @Test
  void linkContactPoint_ownedByAnother_failsNamingBothAndChangesNothing() {
    CustomerId ana = say(ANA_PHONE, Channel.VOICE, "hi", null).customer().id();
    CustomerId bob = say(BOB_EMAIL, Channel.EMAIL, "hi", null).customer().id();
    Customer anaBefore = hub.findCustomer(ana).get();
    Customer bobBefore = hub.findCustomer(bob).get();
    assertThatThrownBy(() -> hub.linkContactPoint(ana, BOB_EMAIL, LinkConflict.FAIL))
        .isInstanceOf(ContactPointConflictException.class)
        .hasMessageContaining("'" + ana + "'").hasMessageContaining("'" + bob + "'")
        .satisfies(e -> assertThat(((ContactPointConflictException) e).getOwner()).isEqualTo(bob));
    assertThat(hub.findCustomer(ana)).contains(anaBefore);
    assertThat(hub.findCustomer(bob)).contains(bobBefore);
  }

  @Test
  void linkContactPoint_moveOrMerge_resolvesTheConflict() {
    CustomerId ana = say(ANA_PHONE, Channel.VOICE, "hi", null).customer().id();
    Received bob = say(BOB_EMAIL, Channel.EMAIL, "hi", null);
    ContactPoint bobPhone = ContactPoint.phone("+14155550999");
    hub.linkContactPoint(bob.customer().id(), bobPhone, LinkConflict.FAIL);

    hub.linkContactPoint(ana, bobPhone, LinkConflict.MOVE);
    assertThat(hub.findCustomer(bobPhone).get().id()).isEqualTo(ana);
    assertThat(hub.findCustomer(bob.customer().id()).get().contactPoints()).containsExactly(BOB_EMAIL);

    Customer merged = hub.linkContactPoint(ana, BOB_EMAIL, LinkConflict.MERGE);
    assertThat(merged.contactPoints()).containsExactlyInAnyOrder(ANA_PHONE, bobPhone, BOB_EMAIL);
    assertThat(interactionsOf(hub, ana)).contains(bob.interaction().id());
  }

  @Test
  void linkContactPoint_moveFailingHalfWay_givesThePointBackToItsOwner() {
    FlakyStores flaky = new FlakyStores(new InMemoryCustomerStore(), new InMemoryInteractionStore());
    hub = hub(InteractionHub.builder().customerStore(flaky.customers).interactionStore(flaky.interactions));
    CustomerId ana = say(ANA_PHONE, Channel.VOICE, "hi", null).customer().id();
    CustomerId bob = say(BOB_EMAIL, Channel.EMAIL, "hi", null).customer().id();
    flaky.failOnWrite(2); // 1: take it from Bob, 2: give it to Ana (fails), 3: give it back to Bob
    assertThatThrownBy(() -> hub.linkContactPoint(ana, BOB_EMAIL, LinkConflict.MOVE))
        .isInstanceOf(StoreException.class);
    assertThat(hub.findCustomer(BOB_EMAIL).get().id()).isEqualTo(bob);
    assertThat(hub.findCustomer(ana).get().contactPoints()).containsExactly(ANA_PHONE);
  }

  @Test
  void merge_whileContactsArrive_createsNoDuplicateAndLosesNoInteraction() throws Exception {
    CustomerId ana = say(ANA_PHONE, Channel.VOICE, "hi", null).customer().id();
    CustomerId bob = say(BOB_EMAIL, Channel.EMAIL, "hi", null).customer().id();
    int threads = 4;
    int perThread = 25;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<Set<CustomerId>>> results = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        ContactPoint from = t % 2 == 0 ? ANA_PHONE : BOB_EMAIL;
        results.add(pool.submit(() -> {
          start.await();
          Set<CustomerId> seen = new java.util.HashSet<>();
          for (int i = 0; i < perThread; i++) {
            seen.add(hub.receive(InboundContact.of(Channel.CHAT, from, "m" + i)).customer().id());
          }
          return seen;
        }));
      }
      start.countDown();
      hub.merge(ana, bob, MergeOptions.ofDefaults());
      Set<CustomerId> seen = new java.util.HashSet<>();
      for (java.util.concurrent.Future<Set<CustomerId>> f : results) {
        seen.addAll(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
      }
      assertThat(seen).as("no contact created a third customer").isSubsetOf(ana, bob);
    } finally {
      pool.shutdownNow();
    }
    assertThat(interactionsOf(hub, ana)).hasSize(2 + threads * perThread);
    assertThat(interactionsOf(hub, bob)).isEmpty();
    assertThat(hub.findCustomer(BOB_EMAIL).get().id()).isEqualTo(ana);
  }

  // ------------------------------------------------------------------ continuity and summary

  @Test
  void context_openCase_showsWholeConversationAcrossChannelsInOrderWithAgents() {
    hub.agentStore().create(Agent.of(AgentId.of("a1"), "Agent 1").withCapacity(Channel.VOICE, 1));
    Received call = say(ANA_PHONE, Channel.VOICE, "my bill is wrong", "billing");
    clock.advance(Duration.ofMinutes(1));
    hub.assign(call.interaction().id(), AgentId.of("a1"));
    clock.advance(Duration.ofMinutes(1));
    hub.addMessage(call.interaction().id(), AuthorRole.AGENT, "a1", "I will check");
    clock.advance(Duration.ofMinutes(1));
    hub.resolve(hub.wrapUp(call.interaction().id()).id(), "callback");
    Received chat = say(ANA_PHONE, Channel.CHAT, "any news?", "billing");
    assertThat(chat.caseContinued()).isTrue();

    CustomerContext ctx = hub.context(chat.customer().id());
    assertThat(ctx.openCases()).hasSize(1);
    CaseView billing = ctx.openCases().get(0);
    assertThat(billing.conversation()).extracting(TimelineEntry::text)
        .containsExactly("my bill is wrong", "I will check", "any news?");
    assertThat(billing.conversation()).extracting(TimelineEntry::channel)
        .containsExactly(Channel.VOICE, Channel.VOICE, Channel.CHAT);
    assertThat(billing.agents()).containsExactly(AgentId.of("a1"));
    assertThat(billing.latestState()).isEqualTo(InteractionState.QUEUED);
  }

  @Test
  void summary_showsProfileOpenCasesLastThreeOutcomesAndSentimentTrend() {
    Received first = hub.receive(InboundContact.of(Channel.EMAIL, ANA_EMAIL, "love it")
        .withAttributes(Attributes.of(Message.SENTIMENT, 0.8)).withTopic("a"));
    CustomerId ana = first.customer().id();
    hub.close(first.interaction().id(), "answered");
    double[] scores = {0.4, -0.2, -0.6};
    String[] topics = {"b", "c", "d"};
    for (int i = 0; i < scores.length; i++) {
      clock.advance(Duration.ofDays(10));
      hub.receive(InboundContact.of(Channel.CHAT, ANA_EMAIL, "msg " + i).withTopic(topics[i])
          .withAttributes(Attributes.of(Message.SENTIMENT, scores[i])));
    }
    Customer c = hub.findCustomer(ana).get();
    hub.customerStore().update(c.withSegment("gold").withPreferences(Channel.CHAT, Locale.forLanguageTag("pt-BR")));

    CustomerSummary s = hub.summary(ana);
    assertThat(s.tier()).contains("gold");
    assertThat(s.preferredChannel()).contains(Channel.CHAT);
    assertThat(s.preferredLanguage()).contains(Locale.forLanguageTag("pt-BR"));
    assertThat(s.openCases()).hasSize(3);
    assertThat(s.lastInteractions()).hasSize(3).allSatisfy(o -> assertThat(o.state()).isEqualTo(
        InteractionState.QUEUED));
    assertThat(s.lastInteractions()).extracting(CustomerSummary.Outcome::topic)
        .containsExactly(java.util.Optional.of("d"), java.util.Optional.of("c"), java.util.Optional.of("b"));
    CustomerSummary.SentimentTrend t = s.sentiment().get();
    assertThat(t.samples()).isEqualTo(4);
    assertThat(t.latest()).isEqualTo(-0.6);
    assertThat(t.direction()).isEqualTo(CustomerSummary.Direction.WORSENING);
    assertThat(t.change()).isEqualTo((-0.2 - 0.6) / 2 - (0.8 + 0.4) / 2, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void summary_withoutSentimentScores_hasNoTrend() {
    CustomerId ana = say(ANA_PHONE, Channel.VOICE, "hi", null).customer().id();
    CustomerSummary s = hub.summary(ana);
    assertThat(s.sentiment()).isEmpty();
    assertThat(s.lastInteractions()).hasSize(1);
    assertThat(s.tier()).isEmpty();
    assertThatThrownBy(() -> hub.summary(CustomerId.of("ghost"))).isInstanceOf(EntityNotFoundException.class);
  }
}
