package dev.cim.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExamplesTest {

  @Test
  void routingOnly_spanishCallGoesToTheSpanishSpeakerAndTheChatToTheOther() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    List<String> assignments = RoutingOnlyExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));

    assertThat(assignments).containsExactly("call-1 -> ann", "chat-1 -> bob");
    assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("offer call-1 to ann").contains("why: ");
  }

  @Test
  void sentimentStream_alertsWhenTheConversationTurnsAndRecoversWhenItComesBack() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    List<String> raised = SentimentStreamExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));

    assertThat(raised).containsExactly("SentimentAlert", "SentimentRecovered");
    assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("ALERT for the supervisor");
  }
}
