package dev.cim.examples;

import dev.cim.core.event.SentimentAlert;
import dev.cim.core.event.SentimentRecovered;
import dev.cim.core.model.Attributes;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Message;
import dev.cim.core.model.MessageId;
import dev.cim.sentiment.SentimentAnalyzer;
import dev.cim.sentiment.SentimentScorer;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scoring sentiment on a stream of messages and reacting to alerts, without the hub: a host with its own message
 * pipeline calls the scorer for single texts and the analyser for conversations.
 */
public final class SentimentStreamExample {
  private SentimentStreamExample() {}

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
   * @return the names of the alert events raised, in order
   */
  public static List<String> run(PrintStream out) {
    SentimentScorer scorer = SentimentScorer.ofDefaults(); // one shared, thread-safe instance
    out.printf("%+.2f  %s%n", scorer.score("Thanks, that fixed it!").compound(), "Thanks, that fixed it!");

    SentimentAnalyzer analyzer = SentimentAnalyzer.ofDefaults(); // follows each conversation's trend
    Instant t = Instant.parse("2026-03-02T10:00:00Z");
    Interaction chat = Interaction.open(InteractionId.of("chat-7"), CustomerId.of("c-7"), Channel.CHAT,
        CaseId.of("case-7"), t);
    List<String> raised = new ArrayList<>();
    String[] stream = {"Hi, my order has not arrived.", "Still nothing after two weeks. This is ridiculous!",
        "I want a refund or I'm cancelling.", "Ok, thank you, the refund is great, really appreciate it!",
        "Perfect, thanks a lot for your help."};
    for (int i = 0; i < stream.length; i++) {
      Message m = new Message(MessageId.of("m-" + i), chat.id(), AuthorRole.CUSTOMER, Optional.empty(), stream[i],
          t.plusSeconds(60L * i), Attributes.empty());
      var analysis = analyzer.analyze(chat, m);
      out.printf("%+.2f  %s%n", analysis.attributes().get(Message.SENTIMENT).orElse(0.0), stream[i]);
      analysis.events().forEach(e -> {
        if (e instanceof SentimentAlert a) {
          out.printf("   ALERT for the supervisor: trend %+.2f (%s)%n", a.trendScore(), a.reason());
        } else if (e instanceof SentimentRecovered r) {
          out.printf("   recovered: trend %+.2f%n", r.trendScore());
        }
        raised.add(e.getClass().getSimpleName());
      });
    }
    return raised;
  }
}
