package dev.cim.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.CustomerContext;
import dev.cim.core.model.Channel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void run_callAndChatFromOneNumber_showOneCustomerWithOneCaseAcrossBothChannels() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    CustomerContext context = QuickStart.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));

    assertThat(context.channelsUsed()).containsExactlyInAnyOrder(Channel.CHAT, Channel.VOICE);
    assertThat(context.openCases()).hasSize(1);
    assertThat(context.openCases().get(0).interactions()).hasSize(2);
    assertThat(context.timeline()).extracting(e -> e.channel())
        .containsExactlyInAnyOrder(Channel.CHAT, Channel.VOICE);
    String printed = buffer.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("Customer Ana Lima (same customer: true)")
        .contains("[chat] CUSTOMER: Following up on my call")
        .contains("[voice] CUSTOMER: I was charged twice");
  }
}
