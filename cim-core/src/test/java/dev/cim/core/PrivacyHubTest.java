package dev.cim.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cim.core.event.CimEvent;
import dev.cim.core.event.CimListener;
import dev.cim.core.event.CustomerErased;
import dev.cim.core.json.CimJson;
import dev.cim.core.json.CustomerExportJson;
import dev.cim.core.model.AttributeKey;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.ContactPointKind;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Direction;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.Message;
import dev.cim.core.privacy.ConsentEntry;
import dev.cim.core.privacy.ConsentRequiredException;
import dev.cim.core.privacy.ConsentStatus;
import dev.cim.core.privacy.ErasureParticipant;
import dev.cim.core.privacy.ErasureReceipt;
import dev.cim.core.privacy.MessageRedaction;
import dev.cim.core.privacy.RedactionPolicy;
import dev.cim.core.privacy.Redactor;
import dev.cim.core.spi.EntityNotFoundException;
import dev.cim.core.spi.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PrivacyHubTest {
  private static final ContactPoint ANA_PHONE = ContactPoint.phone("+14155550100");
  private static final ContactPoint ANA_EMAIL = ContactPoint.email("ana@example.com");
  private static final ContactPoint BO_PHONE = ContactPoint.phone("+14155550199");
  private static final AttributeKey<String> TIER = AttributeKey.of("tier", String.class);
  private static final ObjectMapper JSON = CimJson.newObjectMapper();

  private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
  private final AtomicInteger ids = new AtomicInteger();
  private final List<CimEvent> events = Collections.synchronizedList(new ArrayList<>());
  private final List<String> analysed = Collections.synchronizedList(new ArrayList<>());

  private InteractionHub.Builder builder() {
    return InteractionHub.builder().clock(clock).ids(() -> String.format(java.util.Locale.ROOT, "id-%04d", ids.incrementAndGet()))
        .messageAnalyzer((interaction, message) -> {
          analysed.add(message.text());
          return MessageAnalyzer.Analysis.NONE;
        })
        .listener(new CimListener() {
          @Override
          public void onOtherEvent(CimEvent event) {
            events.add(event);
          }

          @Override
          public void onCustomerErased(CustomerErased event) {
            events.add(event);
          }
        });
  }

  private static MessageRedaction redaction(RedactionPolicy voice) {
    return MessageRedaction.builder(Redactor.builder().pattern("order", "ORD-\\d{8}").build())
        .policy(Channel.VOICE, voice).build();
  }

  // ------------------------------------------------------------------------------------------------ redaction

  @Test
  void receive_withRedaction_storesMaskedTextAndTheAnalyzerSeesIt() {
    InteractionHub hub = builder().redaction(redaction(RedactionPolicy.mask())).build();

    Received r = hub.receive(InboundContact.of(Channel.CHAT, ANA_PHONE,
        "my card 4111 1111 1111 1111 for ORD-12345678, mail ana@example.com"));

    String masked = "my card [card] for [order], mail [email]";
    assertThat(r.message().text()).isEqualTo(masked);
    assertThat(hub.interactionStore().findMessages(r.interaction().id(), PageRequest.first(10)).items())
        .extracting(Message::text).containsExactly(masked);
    assertThat(analysed).containsExactly(masked);
    assertThat(r.message().attributes().isEmpty()).isTrue();
  }

  @Test
  void addMessage_withEncryptingPolicy_storesMaskedTextAndOnlyCiphertextOfTheOriginal() {
    InteractionHub hub = builder().redaction(redaction(RedactionPolicy.maskKeepingEncryptedOriginal(
        plain -> "cipher-" + Integer.toHexString(plain.hashCode())))).build();
    Received r = hub.receive(InboundContact.of(Channel.VOICE, ANA_PHONE, "call me on +1 415 555 0100"));

    Message reply = hub.addMessage(r.interaction().id(), AuthorRole.AGENT, "agent-1", "I sent it to ana@example.com");

    assertThat(r.message().text()).isEqualTo("call me on [phone]");
    assertThat(reply.text()).isEqualTo("I sent it to [email]");
    assertThat(reply.attributes().get(MessageRedaction.ENCRYPTED_ORIGINAL))
        .contains("cipher-" + Integer.toHexString("I sent it to ana@example.com".hashCode()));
    String stored = hub.interactionStore().findMessages(r.interaction().id(), PageRequest.first(10)).items()
        .toString() + hub.interactionStore().timeline(r.customer().id(), PageRequest.first(10)).items().stream()
        .map(m -> m.text() + m.attributes()).toList();
    assertThat(stored).doesNotContain("ana@example.com").doesNotContain("555 0100");
  }

  @Test
  void receive_encryptorFails_storesNothing() {
    InteractionHub hub = builder().redaction(redaction(RedactionPolicy.maskKeepingEncryptedOriginal(p -> {
      throw new IllegalStateException("key service down");
    }))).build();

    assertThatThrownBy(() -> hub.receive(InboundContact.of(Channel.VOICE, ANA_PHONE, "mail ana@example.com")))
        .isInstanceOf(IllegalStateException.class).hasMessage("key service down");
    assertThat(hub.findCustomer(ANA_PHONE)).isEmpty();
    assertThat(events).isEmpty();
    // a text without personal data needs no encryption and is stored
    assertThat(hub.receive(InboundContact.of(Channel.VOICE, ANA_PHONE, "hello")).message().text()).isEqualTo("hello");
  }

  @Test
  void builder_redactionTwice_throws() {
    MessageRedaction r = redaction(RedactionPolicy.mask());
    assertThatThrownBy(() -> InteractionHub.builder().redaction(r).redaction(r))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("redaction was already set");
  }

  // ------------------------------------------------------------------------------------------------ consent

  @Test
  void sendOutbound_withoutConsent_isRefusedAndStoresNothing() {
    InteractionHub hub = builder().build();
    OutboundContact offer = OutboundContact.of(Channel.SMS, ANA_PHONE, "Marketing", "20% off for you");

    assertThatThrownBy(() -> hub.sendOutbound(offer))
        .isInstanceOf(ConsentRequiredException.class)
        .hasMessageContaining("sms").hasMessageContaining("phone").hasMessageContaining("'marketing'")
        .hasMessageContaining("none was recorded")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("20% off").doesNotContain("4155550100"));
    assertThat(hub.findCustomer(ANA_PHONE)).isEmpty();
    assertThat(events).isEmpty();
  }

  @Test
  void sendOutbound_latestEntryWins_optOutRefusesAndOptInAllows() {
    InteractionHub hub = builder().build();
    hub.recordConsent(ANA_PHONE, "marketing", ConsentStatus.OPTED_IN, "web-form");
    clock.advance(Duration.ofDays(1));
    hub.recordConsent(ANA_PHONE, "marketing", ConsentStatus.OPTED_OUT, "ivr");
    OutboundContact offer = OutboundContact.of(Channel.SMS, ANA_PHONE, "marketing", "20% off");

    assertThatThrownBy(() -> hub.sendOutbound(offer)).isInstanceOf(ConsentRequiredException.class)
        .hasMessageContaining("OPTED_OUT")
        .satisfies(e -> {
          ConsentRequiredException c = (ConsentRequiredException) e;
          assertThat(c.getChannel()).isEqualTo(Channel.SMS);
          assertThat(c.getContactPointKind()).isEqualTo(ContactPointKind.PHONE);
          assertThat(c.getPurpose()).isEqualTo("marketing");
          assertThat(c.getLatest()).isEqualTo(ConsentStatus.OPTED_OUT);
        });
    assertThatThrownBy(() -> hub.sendOutbound(OutboundContact.of(Channel.SMS, ANA_PHONE, "service", "x")))
        .as("consent for one purpose is not consent for another").isInstanceOf(ConsentRequiredException.class);
    assertThat(hub.findCustomer(ANA_PHONE)).isEmpty();

    clock.advance(Duration.ofDays(1));
    ConsentEntry optIn = hub.recordConsent(ANA_PHONE, "marketing", ConsentStatus.OPTED_IN, "agent-verbal");
    Sent sent = hub.sendOutbound(offer.withAuthor(AuthorRole.AGENT, "agent-7").withTopic("offer"));

    assertThat(sent.consent()).isEqualTo(optIn);
    assertThat(sent.interaction().direction()).isEqualTo(Direction.OUTBOUND);
    assertThat(sent.interaction().state()).isEqualTo(InteractionState.NEW);
    assertThat(sent.interaction().topic()).contains("offer");
    assertThat(sent.message().role()).isEqualTo(AuthorRole.AGENT);
    assertThat(sent.message().authorId()).contains("agent-7");
    assertThat(hub.findCustomer(ANA_PHONE)).contains(sent.customer());
    assertThat(hub.consentStore().history(ANA_PHONE)).extracting(ConsentEntry::source)
        .containsExactly("web-form", "ivr", "agent-verbal");
    assertThat(hub.consent(ANA_PHONE, "MARKETING")).contains(optIn);
  }

  @Test
  void outboundContact_rejectsBadValues() {
    assertThatThrownBy(() -> OutboundContact.of(Channel.SMS, ANA_PHONE, "no spaces", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("purpose").hasMessageContaining("no spaces");
    assertThatThrownBy(() -> OutboundContact.of(Channel.SMS, ANA_PHONE, "m", "x")
        .withAuthor(AuthorRole.CUSTOMER, null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CUSTOMER");
    assertThat(OutboundContact.of(Channel.SMS, ANA_PHONE, "m", "secret text").toString())
        .doesNotContain("secret").doesNotContain("4155550100");
  }

  // ------------------------------------------------------------------------------------------------ export

  @Test
  void export_holdsEverythingButWhispers_andReadsBack() throws Exception {
    InteractionHub hub = builder().build();
    Received r = hub.receive(InboundContact.of(Channel.VOICE, ANA_PHONE, "bill wrong").withTopic("billing")
        .withDisplayName("Ana Silva"));
    hub.addMessage(r.interaction().id(), AuthorRole.SUPERVISOR_WHISPER, "sup-1", "offer her a credit");
    hub.addMessage(r.interaction().id(), AuthorRole.AGENT, "agent-1", "fixed it");
    Customer customer = hub.customerStore().update(hub.findCustomer(ANA_PHONE).orElseThrow()
        .withContactPoints(Set.of(ANA_PHONE, ANA_EMAIL)).withAttributes(
            hub.findCustomer(ANA_PHONE).orElseThrow().attributes().with(TIER, "gold")));
    hub.recordConsent(ANA_EMAIL, "newsletter", ConsentStatus.OPTED_IN, "web-form");
    clock.advance(Duration.ofMinutes(1));
    hub.recordConsent(ANA_EMAIL, "newsletter", ConsentStatus.OPTED_OUT, "email-link");
    Received chat = hub.receive(InboundContact.of(Channel.CHAT, ANA_EMAIL, "still wrong").withTopic("billing"));
    hub.receive(InboundContact.of(Channel.SMS, BO_PHONE, "not Ana's"));

    JsonNode doc = JSON.readTree(hub.export(customer.id()));

    assertThat(doc.get("format").asText()).isEqualTo(CustomerExportJson.FORMAT);
    assertThat(JSON.treeToValue(doc.get("customer"), Customer.class)).isEqualTo(customer);
    assertThat(doc.get("consentLedger")).hasSize(2);
    assertThat(doc.get("consents")).hasSize(1);
    assertThat(doc.get("consents").get(0).get("status").asText()).isEqualTo("OPTED_OUT");
    assertThat(doc.get("consents").get(0).get("source").asText()).isEqualTo("email-link");
    assertThat(doc.get("interactions")).hasSize(2);
    List<Message> messages = new ArrayList<>();
    Map<String, Interaction> interactions = new HashMap<>();
    for (JsonNode i : doc.get("interactions")) {
      Interaction interaction = JSON.treeToValue(i.get("interaction"), Interaction.class);
      interactions.put(interaction.id().value(), interaction);
      for (JsonNode m : i.get("messages")) {
        messages.add(JSON.treeToValue(m, Message.class));
      }
    }
    assertThat(interactions.get(chat.interaction().id().value()))
        .isEqualTo(hub.findInteraction(chat.interaction().id()).orElseThrow());
    assertThat(messages).extracting(Message::text).containsExactlyInAnyOrder("bill wrong", "fixed it", "still wrong");
    assertThat(doc.toString()).doesNotContain("offer her a credit").doesNotContain("not Ana").doesNotContain("0199");
    assertThat(doc.get("cases")).hasSize(1);
    assertThat(doc.get("cases").get(0).get("interactions")).hasSize(2);
    assertThat(doc.get("cases").get(0).get("channels").toString()).contains("voice", "chat");
  }

  @Test
  void export_unknownCustomer_throws() {
    InteractionHub hub = builder().build();
    assertThatThrownBy(() -> hub.export(CustomerId.of("nobody"))).isInstanceOf(EntityNotFoundException.class)
        .hasMessageContaining("nobody");
  }

  // ------------------------------------------------------------------------------------------------ erasure

  @Test
  void erase_removesConsentsAndParticipantsData_returnsReceipt_andIsIdempotent() {
    Map<CustomerId, Integer> facts = new HashMap<>();
    ErasureParticipant factLog = new ErasureParticipant() {
      @Override
      public String name() {
        return "fact-log";
      }

      @Override
      public long eraseCustomer(CustomerId id) {
        Integer n = facts.remove(id);
        return n == null ? 0 : n;
      }
    };
    InteractionHub hub = builder().erasureParticipant(factLog).build();
    Received r = hub.receive(InboundContact.of(Channel.VOICE, ANA_PHONE, "forget me"));
    hub.addMessage(r.interaction().id(), AuthorRole.AGENT, "agent-1", "ok");
    hub.recordConsent(ANA_PHONE, "marketing", ConsentStatus.OPTED_IN, "web-form");
    hub.recordConsent(ANA_PHONE, "service", ConsentStatus.OPTED_IN, "web-form");
    hub.recordConsent(BO_PHONE, "marketing", ConsentStatus.OPTED_IN, "web-form");
    facts.put(r.customer().id(), 3);

    ErasureReceipt receipt = hub.erase(r.customer().id());

    assertThat(receipt.removed()).containsExactly(Map.entry("customers", 1L), Map.entry("interactions", 1L),
        Map.entry("messages", 2L), Map.entry("consents", 2L), Map.entry("merges", 0L),
        Map.entry("fact-log", 3L));
    assertThat(receipt.total()).isEqualTo(9);
    assertThat(receipt.erasedAt()).isEqualTo(clock.instant());
    assertThat(hub.consentStore().history(ANA_PHONE)).isEmpty();
    assertThat(hub.consentStore().history(BO_PHONE)).hasSize(1);
    assertThat(events).filteredOn(e -> e instanceof CustomerErased).hasSize(1);

    ErasureReceipt again = hub.erase(r.customer().id());
    assertThat(again.total()).isZero();
    assertThat(again.removed()).containsOnlyKeys("customers", "interactions", "messages", "consents", "merges",
        "fact-log");
    assertThat(events).filteredOn(e -> e instanceof CustomerErased).hasSize(2);
  }

  @Test
  void erase_participantFails_keepsCustomerSoThatARetryCompletes() {
    AtomicInteger calls = new AtomicInteger();
    InteractionHub hub = builder().erasureParticipant(new ErasureParticipant() {
      @Override
      public String name() {
        return "flaky";
      }

      @Override
      public long eraseCustomer(CustomerId id) {
        if (calls.incrementAndGet() == 1) {
          throw new IllegalStateException("flaky store down");
        }
        return 1;
      }
    }).build();
    Received r = hub.receive(InboundContact.of(Channel.VOICE, ANA_PHONE, "forget me"));
    hub.recordConsent(ANA_PHONE, "marketing", ConsentStatus.OPTED_IN, "web-form");

    assertThatThrownBy(() -> hub.erase(r.customer().id())).hasMessage("flaky store down");
    assertThat(hub.findCustomer(ANA_PHONE)).isPresent();

    ErasureReceipt receipt = hub.erase(r.customer().id());
    assertThat(receipt.removed("customers")).isEqualTo(1);
    assertThat(receipt.removed("flaky")).isEqualTo(1);
    assertThat(hub.findCustomer(ANA_PHONE)).isEmpty();
    assertThat(hub.findInteraction(r.interaction().id())).isEmpty();
  }

  @Test
  void builder_erasureParticipantNames_mustBeUniqueAndNotTheHubsOwn() {
    ErasureParticipant messages = participant("messages");
    assertThatThrownBy(() -> InteractionHub.builder().erasureParticipant(messages))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'messages'");
    assertThatThrownBy(() -> InteractionHub.builder().erasureParticipant(participant("x"))
        .erasureParticipant(participant("x"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x'");
    assertThatThrownBy(() -> InteractionHub.builder().erasureParticipant(participant("Upper")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Upper'");
  }

  @Test
  void erase_leavesNoTraceOfTheCustomer_andOthersByteIdentical() throws Exception {
    InteractionHub hub = builder().redaction(redaction(RedactionPolicy.mask())).build();
    Received ana = hub.receive(InboundContact.of(Channel.VOICE, ANA_PHONE, "Ana speaking about zebra-quartz")
        .withDisplayName("Ana Quokka").withTopic("billing"));
    hub.customerStore().update(ana.customer().withContactPoints(Set.of(ANA_PHONE, ANA_EMAIL)));
    hub.receive(InboundContact.of(Channel.EMAIL, ANA_EMAIL, "more about xylophone-tango").withTopic("billing"));
    hub.addMessage(ana.interaction().id(), AuthorRole.AGENT, "agent-1", "answering walrus-mango");
    hub.recordConsent(ANA_EMAIL, "marketing", ConsentStatus.OPTED_IN, "web-form");
    Received bo = hub.receive(InboundContact.of(Channel.CHAT, BO_PHONE, "Bo here").withDisplayName("Bo Other"));
    hub.recordConsent(BO_PHONE, "marketing", ConsentStatus.OPTED_OUT, "ivr");
    String boBefore = hub.export(bo.customer().id());
    List<CustomerId> everyone = List.of(ana.customer().id(), bo.customer().id());
    List<ContactPoint> everyPoint = List.of(ANA_PHONE, ANA_EMAIL, BO_PHONE);
    assertThat(PrivacyTraces.everything(hub, everyone, everyPoint)).contains("zebra-quartz", "Ana Quokka");

    hub.erase(ana.customer().id());

    String left = PrivacyTraces.everything(hub, everyone, everyPoint);
    assertThat(left).doesNotContain(ana.customer().id().value(), ANA_PHONE.value(), ANA_EMAIL.value(), "Ana Quokka",
        "zebra-quartz", "xylophone-tango", "walrus-mango", ana.interaction().id().value());
    assertThat(left).contains("Bo Other", "Bo here");
    assertThat(hub.export(bo.customer().id())).isEqualTo(boBefore);
  }

  @Test
  void erase_afterAMerge_byTheMergedAwayId_erasesTheSurvivorAndTheMergeJournal() throws Exception {
    InteractionHub hub = builder().build();
    Received ana = hub.receive(InboundContact.of(Channel.VOICE, ANA_PHONE, "phone call about zebra-quartz")
        .withDisplayName("Ana Quokka"));
    Received anaMail = hub.receive(InboundContact.of(Channel.EMAIL, ANA_EMAIL, "mail about xylophone-tango"));
    Received bo = hub.receive(InboundContact.of(Channel.CHAT, BO_PHONE, "Bo here").withDisplayName("Bo Other"));
    hub.merge(ana.customer().id(), anaMail.customer().id(), dev.cim.core.identity.MergeOptions.ofDefaults());
    String boBefore = hub.export(bo.customer().id());
    List<CustomerId> everyone = List.of(ana.customer().id(), anaMail.customer().id(), bo.customer().id());
    List<ContactPoint> everyPoint = List.of(ANA_PHONE, ANA_EMAIL, BO_PHONE);
    assertThat(PrivacyTraces.everything(hub, everyone, everyPoint)).contains(anaMail.customer().id().value());

    ErasureReceipt receipt = hub.erase(anaMail.customer().id());

    assertThat(receipt.customerId()).isEqualTo(ana.customer().id());
    assertThat(receipt.removed(ErasureReceipt.MERGES)).isEqualTo(2); // the record and the alias
    assertThat(receipt.removed(ErasureReceipt.INTERACTIONS)).isEqualTo(2);
    String left = PrivacyTraces.everything(hub, everyone, everyPoint);
    assertThat(left).doesNotContain(ana.customer().id().value(), anaMail.customer().id().value(),
        ANA_PHONE.value(), ANA_EMAIL.value(), "Ana Quokka", "zebra-quartz", "xylophone-tango");
    assertThat(hub.export(bo.customer().id())).isEqualTo(boBefore);
    assertThat(hub.erase(anaMail.customer().id()).total()).isZero();
  }

  @Test
  void nullArguments_throwNullPointerException() {
    InteractionHub hub = builder().build();
    assertThatThrownBy(() -> hub.recordConsent(null, "m", ConsentStatus.OPTED_IN, "s"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> hub.recordConsent(ANA_PHONE, null, ConsentStatus.OPTED_IN, "s"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> hub.recordConsent(ANA_PHONE, "m", null, "s")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> hub.recordConsent(ANA_PHONE, "m", ConsentStatus.OPTED_IN, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> hub.consent(null, "m")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> hub.sendOutbound(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> hub.export(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> InteractionHub.builder().consentStore(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> InteractionHub.builder().redaction(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> InteractionHub.builder().erasureParticipant(null))
        .isInstanceOf(NullPointerException.class);
  }

  private static ErasureParticipant participant(String name) {
    return new ErasureParticipant() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public long eraseCustomer(CustomerId id) {
        return 0;
      }
    };
  }
}
