package dev.cim.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cim.core.bot.BotHandedOff;
import dev.cim.core.bot.BotResolved;
import dev.cim.core.event.CimEvent;
import dev.cim.core.event.CustomerCreated;
import dev.cim.core.event.CustomerErased;
import dev.cim.core.event.CustomersMerged;
import dev.cim.core.event.CustomersUnmerged;
import dev.cim.core.event.InteractionOpened;
import dev.cim.core.event.InteractionStateChanged;
import dev.cim.core.event.MessageAdded;
import dev.cim.core.event.SlaBreached;
import dev.cim.core.event.SupervisorBargedIn;
import dev.cim.core.event.SentimentAlert;
import dev.cim.core.event.SentimentRecovered;
import dev.cim.core.identity.MergeId;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.MessageId;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The codecs of cim's own events and their fixed JSON type names. Not API. */
final class EventCodecs {
  private EventCodecs() {}

  private static void at(JsonGenerator g, Instant at) throws IOException {
    g.writeStringField("occurredAt", at.toString());
  }

  static final Codecs.Obj<CustomerCreated> CUSTOMER_CREATED = new Codecs.Obj<>(CustomerCreated.class) {
    @Override
    void writeFields(CustomerCreated v, JsonGenerator g) throws IOException {
      g.writeStringField("customerId", v.customerId().value());
      g.writeStringField("channel", v.channel().name());
      at(g, v.occurredAt());
    }

    @Override
    Codecs.Builder<CustomerCreated> fields(Fields f) throws IOException {
      CustomerId customerId = f.req("customerId", ModelCodecs.CUSTOMER_ID);
      Channel channel = f.req("channel", ModelCodecs.CHANNEL);
      Instant occurredAt = f.req("occurredAt", Codecs.INSTANT);
      return () -> new CustomerCreated(customerId, channel, occurredAt);
    }
  };

  static final Codecs.Obj<CustomerErased> CUSTOMER_ERASED = new Codecs.Obj<>(CustomerErased.class) {
    @Override
    void writeFields(CustomerErased v, JsonGenerator g) throws IOException {
      g.writeStringField("customerId", v.customerId().value());
      g.writeNumberField("interactions", v.interactions());
      g.writeNumberField("messages", v.messages());
      at(g, v.occurredAt());
    }

    @Override
    Codecs.Builder<CustomerErased> fields(Fields f) throws IOException {
      CustomerId customerId = f.req("customerId", ModelCodecs.CUSTOMER_ID);
      long interactions = f.req("interactions", Codecs.LONG);
      long messages = f.req("messages", Codecs.LONG);
      Instant occurredAt = f.req("occurredAt", Codecs.INSTANT);
      return () -> new CustomerErased(customerId, interactions, messages, occurredAt);
    }
  };

  static final Codecs.Obj<InteractionOpened> INTERACTION_OPENED = new Codecs.Obj<>(InteractionOpened.class) {
    @Override
    void writeFields(InteractionOpened v, JsonGenerator g) throws IOException {
      g.writeStringField("interactionId", v.interactionId().value());
      g.writeStringField("customerId", v.customerId().value());
      g.writeStringField("channel", v.channel().name());
      g.writeStringField("caseId", v.caseId().value());
      g.writeBooleanField("continuesCase", v.continuesCase());
      at(g, v.occurredAt());
    }

    @Override
    Codecs.Builder<InteractionOpened> fields(Fields f) throws IOException {
      InteractionId interactionId = f.req("interactionId", ModelCodecs.INTERACTION_ID);
      CustomerId customerId = f.req("customerId", ModelCodecs.CUSTOMER_ID);
      Channel channel = f.req("channel", ModelCodecs.CHANNEL);
      CaseId caseId = f.req("caseId", ModelCodecs.CASE_ID);
      boolean continuesCase = f.req("continuesCase", Codecs.BOOLEAN);
      Instant occurredAt = f.req("occurredAt", Codecs.INSTANT);
      return () -> new InteractionOpened(interactionId, customerId, channel, caseId, continuesCase, occurredAt);
    }
  };

  static final Codecs.Obj<InteractionStateChanged> INTERACTION_STATE_CHANGED =
      new Codecs.Obj<>(InteractionStateChanged.class) {
        @Override
        void writeFields(InteractionStateChanged v, JsonGenerator g) throws IOException {
          g.writeStringField("interactionId", v.interactionId().value());
          g.writeStringField("customerId", v.customerId().value());
          g.writeStringField("channel", v.channel().name());
          g.writeStringField("from", v.from().name());
          g.writeStringField("to", v.to().name());
          if (v.agentId().isPresent()) {
            g.writeStringField("agentId", v.agentId().get().value());
          }
          at(g, v.occurredAt());
        }

        @Override
        Codecs.Builder<InteractionStateChanged> fields(Fields f) throws IOException {
          InteractionId interactionId = f.req("interactionId", ModelCodecs.INTERACTION_ID);
          CustomerId customerId = f.req("customerId", ModelCodecs.CUSTOMER_ID);
          Channel channel = f.req("channel", ModelCodecs.CHANNEL);
          InteractionState from = f.req("from", ModelCodecs.INTERACTION_STATE);
          InteractionState to = f.req("to", ModelCodecs.INTERACTION_STATE);
          Optional<AgentId> agentId = f.opt("agentId", ModelCodecs.AGENT_ID);
          Instant occurredAt = f.req("occurredAt", Codecs.INSTANT);
          return () -> new InteractionStateChanged(interactionId, customerId, channel, from, to, agentId,
              occurredAt);
        }
      };

  static final Codecs.Obj<MessageAdded> MESSAGE_ADDED = new Codecs.Obj<>(MessageAdded.class) {
    @Override
    void writeFields(MessageAdded v, JsonGenerator g) throws IOException {
      g.writeStringField("messageId", v.messageId().value());
      g.writeStringField("interactionId", v.interactionId().value());
      g.writeStringField("customerId", v.customerId().value());
      g.writeStringField("channel", v.channel().name());
      g.writeStringField("role", v.role().name());
      at(g, v.occurredAt());
    }

    @Override
    Codecs.Builder<MessageAdded> fields(Fields f) throws IOException {
      MessageId messageId = f.req("messageId", ModelCodecs.MESSAGE_ID);
      InteractionId interactionId = f.req("interactionId", ModelCodecs.INTERACTION_ID);
      CustomerId customerId = f.req("customerId", ModelCodecs.CUSTOMER_ID);
      Channel channel = f.req("channel", ModelCodecs.CHANNEL);
      AuthorRole role = f.req("role", ModelCodecs.AUTHOR_ROLE);
      Instant occurredAt = f.req("occurredAt", Codecs.INSTANT);
      return () -> new MessageAdded(messageId, interactionId, customerId, channel, role, occurredAt);
    }
  };

  static final Codecs.Obj<SentimentAlert> SENTIMENT_ALERT = new Codecs.Obj<>(SentimentAlert.class) {
    @Override
    void writeFields(SentimentAlert v, JsonGenerator g) throws IOException {
      g.writeStringField("interactionId", v.interactionId().value());
      g.writeStringField("customerId", v.customerId().value());
      g.writeStringField("messageId", v.messageId().value());
      g.writeNumberField("messageScore", v.messageScore());
      g.writeNumberField("trendScore", v.trendScore());
      g.writeStringField("reason", v.reason());
      at(g, v.occurredAt());
    }

    @Override
    Codecs.Builder<SentimentAlert> fields(Fields f) throws IOException {
      InteractionId interactionId = f.req("interactionId", ModelCodecs.INTERACTION_ID);
      CustomerId customerId = f.req("customerId", ModelCodecs.CUSTOMER_ID);
      MessageId messageId = f.req("messageId", ModelCodecs.MESSAGE_ID);
      double messageScore = f.req("messageScore", Codecs.DOUBLE);
      double trendScore = f.req("trendScore", Codecs.DOUBLE);
      String reason = f.req("reason", Codecs.STRING);
      Instant occurredAt = f.req("occurredAt", Codecs.INSTANT);
      return () -> new SentimentAlert(interactionId, customerId, messageId, messageScore, trendScore, reason,
          occurredAt);
    }
  };

  static final Codecs.Obj<SentimentRecovered> SENTIMENT_RECOVERED = new Codecs.Obj<>(SentimentRecovered.class) {
    @Override
    void writeFields(SentimentRecovered v, JsonGenerator g) throws IOException {
      g.writeStringField("interactionId", v.interactionId().value());
      g.writeStringField("customerId", v.customerId().value());
      g.writeStringField("messageId", v.messageId().value());
      g.writeNumberField("trendScore", v.trendScore());
      at(g, v.occurredAt());
    }

    @Override
    Codecs.Builder<SentimentRecovered> fields(Fields f) throws IOException {
      InteractionId interactionId = f.req("interactionId", ModelCodecs.INTERACTION_ID);
      CustomerId customerId = f.req("customerId", ModelCodecs.CUSTOMER_ID);
      MessageId messageId = f.req("messageId", ModelCodecs.MESSAGE_ID);
      double trendScore = f.req("trendScore", Codecs.DOUBLE);
      Instant occurredAt = f.req("occurredAt", Codecs.INSTANT);
      return () -> new SentimentRecovered(interactionId, customerId, messageId, trendScore, occurredAt);
    }
  };

  static final Codecs.Obj<BotHandedOff> BOT_HANDED_OFF = new Codecs.Obj<>(BotHandedOff.class) {
    @Override
    void writeFields(BotHandedOff v, JsonGenerator g) throws IOException {
      g.writeStringField("interactionId", v.interactionId().value());
      g.writeStringField("customerId", v.customerId().value());
      g.writeStringField("channel", v.channel().name());
      g.writeStringField("policy", v.policy());
      g.writeStringField("reason", v.reason());
      if (v.topic().isPresent()) {
        g.writeStringField("topic", v.topic().get());
      }
      at(g, v.occurredAt());
    }

    @Override
    Codecs.Builder<BotHandedOff> fields(Fields f) throws IOException {
      InteractionId interactionId = f.req("interactionId", ModelCodecs.INTERACTION_ID);
      CustomerId customerId = f.req("customerId", ModelCodecs.CUSTOMER_ID);
      Channel channel = f.req("channel", ModelCodecs.CHANNEL);
      String policy = f.req("policy", Codecs.STRING);
      String reason = f.req("reason", Codecs.STRING);
      Optional<String> topic = f.opt("topic", Codecs.STRING);
      Instant occurredAt = f.req("occurredAt", Codecs.INSTANT);
      return () -> new BotHandedOff(interactionId, customerId, channel, policy, reason, topic, occurredAt);
    }
  };

  static final Codecs.Obj<BotResolved> BOT_RESOLVED = new Codecs.Obj<>(BotResolved.class) {
    @Override
    void writeFields(BotResolved v, JsonGenerator g) throws IOException {
      g.writeStringField("interactionId", v.interactionId().value());
      g.writeStringField("customerId", v.customerId().value());
      g.writeStringField("channel", v.channel().name());
      g.writeStringField("policy", v.policy());
      at(g, v.occurredAt());
    }

    @Override
    Codecs.Builder<BotResolved> fields(Fields f) throws IOException {
      InteractionId interactionId = f.req("interactionId", ModelCodecs.INTERACTION_ID);
      CustomerId customerId = f.req("customerId", ModelCodecs.CUSTOMER_ID);
      Channel channel = f.req("channel", ModelCodecs.CHANNEL);
      String policy = f.req("policy", Codecs.STRING);
      Instant occurredAt = f.req("occurredAt", Codecs.INSTANT);
      return () -> new BotResolved(interactionId, customerId, channel, policy, occurredAt);
    }
  };

  static final Codecs.Obj<CustomersMerged> CUSTOMERS_MERGED = new Codecs.Obj<>(CustomersMerged.class) {
    @Override
    void writeFields(CustomersMerged v, JsonGenerator g) throws IOException {
      g.writeStringField("mergeId", v.mergeId().value());
      g.writeStringField("survivorId", v.survivorId().value());
      g.writeStringField("mergedAwayId", v.mergedAwayId().value());
      g.writeNumberField("contactPoints", v.contactPoints());
      g.writeNumberField("interactions", v.interactions());
      at(g, v.occurredAt());
    }

    @Override
    Codecs.Builder<CustomersMerged> fields(Fields f) throws IOException {
      MergeId mergeId = f.req("mergeId", IdentityCodecs.MERGE_ID);
      CustomerId survivorId = f.req("survivorId", ModelCodecs.CUSTOMER_ID);
      CustomerId mergedAwayId = f.req("mergedAwayId", ModelCodecs.CUSTOMER_ID);
      int contactPoints = f.req("contactPoints", Codecs.INT);
      int interactions = f.req("interactions", Codecs.INT);
      Instant occurredAt = f.req("occurredAt", Codecs.INSTANT);
      return () -> new CustomersMerged(mergeId, survivorId, mergedAwayId, contactPoints, interactions, occurredAt);
    }
  };

  static final Codecs.Obj<CustomersUnmerged> CUSTOMERS_UNMERGED = new Codecs.Obj<>(CustomersUnmerged.class) {
    @Override
    void writeFields(CustomersUnmerged v, JsonGenerator g) throws IOException {
      g.writeStringField("mergeId", v.mergeId().value());
      g.writeStringField("survivorId", v.survivorId().value());
      g.writeStringField("restoredId", v.restoredId().value());
      g.writeNumberField("interactions", v.interactions());
      at(g, v.occurredAt());
    }

    @Override
    Codecs.Builder<CustomersUnmerged> fields(Fields f) throws IOException {
      MergeId mergeId = f.req("mergeId", IdentityCodecs.MERGE_ID);
      CustomerId survivorId = f.req("survivorId", ModelCodecs.CUSTOMER_ID);
      CustomerId restoredId = f.req("restoredId", ModelCodecs.CUSTOMER_ID);
      int interactions = f.req("interactions", Codecs.INT);
      Instant occurredAt = f.req("occurredAt", Codecs.INSTANT);
      return () -> new CustomersUnmerged(mergeId, survivorId, restoredId, interactions, occurredAt);
    }
  };

  private static final Codecs.Str<Duration> DURATION = new Codecs.Str<>("ISO-8601 duration", Duration.class,
      Duration::parse, Duration::toString);
  private static final Codecs.Str<SlaBreached.Target> SLA_TARGET = Codecs.enumeration(SlaBreached.Target.class);

  static final Codecs.Obj<SlaBreached> SLA_BREACHED = new Codecs.Obj<>(SlaBreached.class) {
    @Override
    void writeFields(SlaBreached v, JsonGenerator g) throws IOException {
      g.writeStringField("interactionId", v.interactionId().value());
      g.writeStringField("customerId", v.customerId().value());
      g.writeStringField("policy", v.policy());
      g.writeStringField("target", v.target().name());
      g.writeStringField("targetTime", v.targetTime().toString());
      g.writeStringField("startedAt", v.startedAt().toString());
      g.writeStringField("deadline", v.deadline().toString());
      at(g, v.occurredAt());
    }

    @Override
    Codecs.Builder<SlaBreached> fields(Fields f) throws IOException {
      InteractionId interactionId = f.req("interactionId", ModelCodecs.INTERACTION_ID);
      CustomerId customerId = f.req("customerId", ModelCodecs.CUSTOMER_ID);
      String policy = f.req("policy", Codecs.STRING);
      SlaBreached.Target target = f.req("target", SLA_TARGET);
      Duration targetTime = f.req("targetTime", DURATION);
      Instant startedAt = f.req("startedAt", Codecs.INSTANT);
      Instant deadline = f.req("deadline", Codecs.INSTANT);
      Instant occurredAt = f.req("occurredAt", Codecs.INSTANT);
      return () -> new SlaBreached(interactionId, customerId, policy, target, targetTime, startedAt, deadline,
          occurredAt);
    }
  };

  static final Codecs.Obj<SupervisorBargedIn> SUPERVISOR_BARGED_IN = new Codecs.Obj<>(SupervisorBargedIn.class) {
    @Override
    void writeFields(SupervisorBargedIn v, JsonGenerator g) throws IOException {
      g.writeStringField("interactionId", v.interactionId().value());
      g.writeStringField("customerId", v.customerId().value());
      g.writeStringField("supervisorId", v.supervisorId());
      if (v.agentId().isPresent()) {
        g.writeStringField("agentId", v.agentId().get().value());
      }
      at(g, v.occurredAt());
    }

    @Override
    Codecs.Builder<SupervisorBargedIn> fields(Fields f) throws IOException {
      InteractionId interactionId = f.req("interactionId", ModelCodecs.INTERACTION_ID);
      CustomerId customerId = f.req("customerId", ModelCodecs.CUSTOMER_ID);
      String supervisorId = f.req("supervisorId", Codecs.STRING);
      Optional<AgentId> agentId = f.opt("agentId", ModelCodecs.AGENT_ID);
      Instant occurredAt = f.req("occurredAt", Codecs.INSTANT);
      return () -> new SupervisorBargedIn(interactionId, customerId, supervisorId, agentId, occurredAt);
    }
  };

  /** The fixed names of cim's own events, in a stable order. */
  static Map<String, Codecs.Obj<? extends CimEvent>> builtIns() {
    Map<String, Codecs.Obj<? extends CimEvent>> m = new LinkedHashMap<>();
    m.put("bot_handed_off", BOT_HANDED_OFF);
    m.put("bot_resolved", BOT_RESOLVED);
    m.put("customer_created", CUSTOMER_CREATED);
    m.put("customer_erased", CUSTOMER_ERASED);
    m.put("customers_merged", CUSTOMERS_MERGED);
    m.put("customers_unmerged", CUSTOMERS_UNMERGED);
    m.put("interaction_opened", INTERACTION_OPENED);
    m.put("interaction_state_changed", INTERACTION_STATE_CHANGED);
    m.put("message_added", MESSAGE_ADDED);
    m.put("sentiment_alert", SENTIMENT_ALERT);
    m.put("sentiment_recovered", SENTIMENT_RECOVERED);
    m.put("sla_breached", SLA_BREACHED);
    m.put("supervisor_barged_in", SUPERVISOR_BARGED_IN);
    return m;
  }
}
