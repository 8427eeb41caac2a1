package dev.cim.examples.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.TimelineEntry;
import dev.cim.core.bot.BotKeys;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.InteractionState;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BotHandOffExampleTest {

  @Test
  void run_botResetsThePasswordAndHandsTheDisputeToAHumanWithContext() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    BotHandOffExample.Outcome o = BotHandOffExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));

    assertThat(o.passwordReset().interaction().state()).isEqualTo(InteractionState.RESOLVED);
    assertThat(o.passwordReset().interaction().disposition()).contains("password-reset");
    assertThat(o.passwordReset().botReplies()).singleElement()
        .satisfies(m -> assertThat(m.text()).contains("ana@example.com"));

    assertThat(o.dispute().interaction().state()).isEqualTo(InteractionState.QUEUED);
    assertThat(o.dispute().interaction().topic()).contains("billing");
    assertThat(o.dispute().interaction().attributes().get(BotKeys.field("invoice"))).contains("INV-2041");
    assertThat(o.dispute().interaction().attributes().get(BotKeys.field("issue"))).contains("double-charge");
    assertThat(o.assignedTo()).isEqualTo("bea");

    // The agent's context holds what Raj told the bot, and what the bot said, newest first.
    assertThat(o.agentView().timeline()).extracting(TimelineEntry::role, TimelineEntry::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple(AuthorRole.BOT,
            "Thanks, I am passing invoice INV-2041 to a billing specialist."),
        org.assertj.core.groups.Tuple.tuple(AuthorRole.CUSTOMER, "It is INV-2041"),
        org.assertj.core.groups.Tuple.tuple(AuthorRole.BOT, "Sorry about that. Which invoice is it (INV-...)?"),
        org.assertj.core.groups.Tuple.tuple(AuthorRole.CUSTOMER, "I was charged twice this month"));
    assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("Agent bea sees:");
  }
}
