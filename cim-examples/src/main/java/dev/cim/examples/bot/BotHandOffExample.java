package dev.cim.examples.bot;

import dev.cim.core.CustomerContext;
import dev.cim.core.InboundContact;
import dev.cim.core.InteractionHub;
import dev.cim.core.Received;
import dev.cim.core.TimelineEntry;
import dev.cim.core.bot.Bot;
import dev.cim.core.bot.BotKeys;
import dev.cim.core.bot.BotPolicy;
import dev.cim.core.bot.BotReply;
import dev.cim.core.bot.BotTurn;
import dev.cim.core.model.Agent;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Message;
import dev.cim.core.model.Skill;
import dev.cim.routing.AgentProfile;
import dev.cim.routing.CapacityModel;
import dev.cim.routing.Presence;
import dev.cim.routing.RoutingConfig;
import dev.cim.routing.RoutingEngine;
import dev.cim.routing.event.RoutingListener;
import dev.cim.routing.event.TaskOffered;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rules bot in front of the agents on chat: it resets a password end to end, and hands a billing dispute to a human
 * with the topic and the invoice it collected, so the agent's context shows what the customer already told the bot.
 */
public final class BotHandOffExample {
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
  private static final Pattern INVOICE = Pattern.compile("INV-\\d+");

  private BotHandOffExample() {}

  /** What the example did, for its test. */
  public record Outcome(Received passwordReset, Received dispute, InteractionId disputeId, String assignedTo,
      CustomerContext agentView) {}

  /**
   * A small keyword bot: password resets it does itself; for billing it collects the invoice, then hands off.
   * Stateless apart from the conversation the hub gives it, so it is thread-safe.
   */
  static final class HelpdeskBot implements Bot {
    @Override
    public BotReply respond(BotTurn turn) {
      String all = conversationText(turn.conversation()).toLowerCase(Locale.ROOT);
      String now = turn.message().text();
      if (all.contains("password")) {
        Matcher email = EMAIL.matcher(now);
        if (email.find()) {
          return BotReply.resolve("Done: a reset link is on its way to " + email.group() + ".", "password-reset");
        }
        return BotReply.ask("I can reset it. What is the email address on your account?");
      }
      if (all.contains("charged") || all.contains("bill") || all.contains("invoice")) {
        Matcher invoice = INVOICE.matcher(conversationText(turn.conversation()));
        if (!invoice.find()) {
          return BotReply.ask("Sorry about that. Which invoice is it (INV-...)?");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("invoice", invoice.group());
        fields.put("issue", all.contains("twice") ? "double-charge" : "disputed-amount");
        return BotReply.handOff("dispute", "billing", fields)
            .withText("Thanks, I am passing invoice " + invoice.group() + " to a billing specialist.");
      }
      return BotReply.handOff("not-understood", null, Map.of()).withText("Let me get you a person.");
    }

    private static String conversationText(List<Message> conversation) {
      StringBuilder sb = new StringBuilder();
      conversation.stream().filter(m -> m.role() == AuthorRole.CUSTOMER).forEach(m -> sb.append(m.text()).append('\n'));
      return sb.toString();
    }
  }

  /**
   * Runs the example, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print; not null
   * @return what happened
   */
  public static Outcome run(PrintStream out) {
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    List<TaskOffered> offered = new ArrayList<>();
    RoutingEngine engine = RoutingEngine.builder().clock(clock)
        .config(RoutingConfig.custom().topicSkills("billing", Map.of(Skill.of("billing"), 5)).build())
        .listener(new RoutingListener() {
          @Override
          public void onOffered(TaskOffered e) {
            offered.add(e); // tell the hub after submit returns: a router must not call back into the hub
          }
        }).build();
    java.util.concurrent.atomic.AtomicLong ids = new java.util.concurrent.atomic.AtomicLong();
    InteractionHub hub = InteractionHub.builder().clock(clock).router(engine)
        // Sequential ids: on a fixed clock the timeline orders messages of one instant by id.
        .ids(() -> String.format(Locale.ROOT, "%08d", ids.incrementAndGet()))
        .bots(BotPolicy.of("helpdesk", new HelpdeskBot()).withChannels(Channel.CHAT)
            .withTimeBudget(Duration.ofSeconds(5)))
        .build();
    AgentId bea = AgentId.of("bea");
    hub.agentStore().create(Agent.of(bea, "Bea"));
    engine.addAgent(AgentProfile.of(bea, CapacityModel.single(Channel.CHAT, 2)).withSkill(Skill.of("billing"), 8),
        Presence.AVAILABLE);

    // 1. A password reset, handled by the bot end to end.
    ContactPoint ana = ContactPoint.email("ana@example.com");
    say(out, hub.receive(chat(ana, "s-1", "I forgot my password")));
    Received reset = say(out, hub.receive(chat(ana, "s-1", "It is ana@example.com")));
    out.println("  -> " + reset.interaction().state() + " (" + reset.interaction().disposition().orElse("") + ")");

    // 2. A billing dispute: the bot collects the invoice, then hands off to a human with what it learned.
    ContactPoint raj = ContactPoint.email("raj@example.com");
    say(out, hub.receive(chat(raj, "s-2", "I was charged twice this month")));
    Received dispute = say(out, hub.receive(chat(raj, "s-2", "It is INV-2041")));
    InteractionId disputeId = dispute.interaction().id();
    out.println("  -> " + dispute.interaction().state() + ", topic " + dispute.interaction().topic().orElse("?")
        + ", reason " + dispute.interaction().attributes().get(BotKeys.REASON).orElse("?") + ", invoice "
        + dispute.interaction().attributes().get(BotKeys.field("invoice")).orElse("?"));
    for (TaskOffered o : offered) { // the chat pops on Bea's desktop and she takes it
      hub.offer(o.taskId(), o.agentId());
      engine.accept(o.taskId(), o.agentId());
      hub.assign(o.taskId(), o.agentId());
    }
    String agent = hub.findInteraction(disputeId).flatMap(i -> i.assignedAgent()).map(AgentId::value).orElse("none");

    // What Bea sees when the chat pops: the whole bot conversation, so Raj never repeats himself.
    CustomerContext view = hub.context(dispute.customer().id());
    out.println("Agent " + agent + " sees:");
    List<TimelineEntry> oldestFirst = new ArrayList<>(view.timeline());
    java.util.Collections.reverse(oldestFirst);
    for (TimelineEntry e : oldestFirst) {
      out.println("  " + e.role() + ": " + e.text());
    }
    return new Outcome(reset, dispute, disputeId, agent, view);
  }

  private static InboundContact chat(ContactPoint from, String session, String text) {
    return InboundContact.of(Channel.CHAT, from, text).withThreadRef(session);
  }

  private static Received say(PrintStream out, Received r) {
    out.println("customer: " + r.message().text());
    r.botReplies().forEach(m -> out.println("bot:      " + m.text()));
    return r;
  }
}
