package dev.cim.examples;

import dev.cim.core.CustomerContext;
import dev.cim.core.InboundContact;
import dev.cim.core.InteractionHub;
import dev.cim.core.Received;
import dev.cim.core.TimelineEntry;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import java.io.PrintStream;

/**
 * The README's quick start: a hub with in-memory stores receives a phone call and a chat from the same person and
 * prints the unified context. Run it with {@code QuickStartTest}, or as a main class.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the quick start, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the quick start.
   *
   * @param out where to print; not null
   * @return the customer's context after both contacts
   */
  public static CustomerContext run(PrintStream out) {
    // tag::quickstart[]
    InteractionHub hub = InteractionHub.builder().build(); // in-memory stores by default

    // A phone call, then a chat from the same number written another way, about the same matter.
    Received call = hub.receive(InboundContact.of(Channel.VOICE, ContactPoint.phone("+1 (415) 555-0100"),
        "I was charged twice this month").withTopic("billing").withDisplayName("Ana Lima"));
    Received chat = hub.receive(InboundContact.of(Channel.CHAT, ContactPoint.phone("+14155550100"),
        "Following up on my call: still charged twice").withTopic("billing"));

    CustomerContext context = hub.context(chat.customer().id());
    out.println("Customer " + context.customer().displayName().orElse("?")
        + " (same customer: " + call.customer().id().equals(chat.customer().id()) + ")");
    out.println("Channels used: " + context.channelsUsed());
    out.println("Open cases: " + context.openCases().size() + ", interactions in it: "
        + context.openCases().get(0).interactions().size());
    for (TimelineEntry e : context.timeline()) { // newest first, across channels
      out.println("  " + e.at() + " [" + e.channel() + "] " + e.role() + ": " + e.text());
    }
    // end::quickstart[]
    return context;
  }
}
