package dev.cim.core.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.model.Channel;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BotValuesTest {
  private static final Bot BOT = turn -> BotReply.answer("ok");

  @Test
  void appliesTo_emptySetsCoverEverythingIncludingNoTopic() {
    BotPolicy p = BotPolicy.of("all", BOT);
    assertThat(p.appliesTo(Channel.VOICE, Optional.empty())).isTrue();
    assertThat(p.appliesTo(Channel.of("whatsapp"), Optional.of("x"))).isTrue();
  }

  @Test
  void appliesTo_channelsAndTopics_bothMustMatchAndTopicsIgnoreCase() {
    BotPolicy p = BotPolicy.of("b", BOT).withChannels(Channel.CHAT, Channel.SMS).withTopics(" Password ");
    assertThat(p.topics()).containsExactly("password");
    assertThat(p.appliesTo(Channel.CHAT, Optional.of("PASSWORD"))).isTrue();
    assertThat(p.appliesTo(Channel.EMAIL, Optional.of("password"))).isFalse();
    assertThat(p.appliesTo(Channel.SMS, Optional.of("billing"))).isFalse();
    assertThat(p.appliesTo(Channel.SMS, Optional.empty())).isFalse();
  }

  @Test
  void botPolicy_badValues_throwNamingFieldAndValue() {
    assertThatThrownBy(() -> BotPolicy.of("faq", BOT).withTimeBudget(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeBudget").hasMessageContaining("PT0S");
    assertThatThrownBy(() -> BotPolicy.of("has space", BOT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has space");
    assertThat(BotPolicy.of(" FAQ ", BOT).name()).isEqualTo("faq");
    assertThat(BotPolicy.of("faq", BOT).timeBudget()).isEqualTo(BotPolicy.DEFAULT_TIME_BUDGET);
  }

  @Test
  void botReply_kindDecidesWhatIsRequired() {
    assertThat(BotReply.answer("a").continues()).isTrue();
    assertThat(BotReply.ask("q").continues()).isTrue();
    assertThat(BotReply.resolve("done", "d").continues()).isFalse();
    BotReply h = BotReply.handOff("r", null, Map.of());
    assertThat(h.continues()).isFalse();
    assertThat(h.text()).isEmpty();
    assertThat(h.withText("hold on").text()).contains("hold on");
    assertThatThrownBy(() -> new BotReply(BotReply.Kind.ANSWER, Optional.empty(), Optional.empty(), Optional.empty(),
        Map.of(), Optional.empty())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text");
    assertThatThrownBy(() -> new BotReply(BotReply.Kind.ANSWER, Optional.of("a"), Optional.of("r"), Optional.empty(),
        Map.of(), Optional.empty())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    assertThatThrownBy(() -> new BotReply(BotReply.Kind.ASK, Optional.of("a"), Optional.empty(), Optional.of("t"),
        Map.of(), Optional.empty())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("topic");
    assertThatThrownBy(() -> new BotReply(BotReply.Kind.RESOLVE, Optional.of("a"), Optional.empty(),
        Optional.empty(), Map.of(), Optional.empty())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("disposition");
  }

  @Test
  void botReply_fieldNames_normalisedOrRejectedWithTheName() {
    assertThat(BotReply.handOff("r", "t", Map.of("Invoice", "INV-1")).fields()).containsExactly(
        Map.entry("invoice", "INV-1"));
    assertThatThrownBy(() -> BotReply.handOff("r", null, Map.of("bad name", "v")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad name");
    assertThatThrownBy(() -> BotReply.handOff("r", null, Map.of(" ", "v")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    String longName = "x".repeat(BotReply.MAX_FIELD_NAME + 1);
    assertThatThrownBy(() -> BotReply.handOff("r", null, Map.of(longName, "v")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(longName);
    Map<String, String> withNull = new HashMap<>();
    withNull.put("k", null);
    assertThatThrownBy(() -> BotReply.handOff("r", null, withNull)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("k");
  }

  @Test
  void nullParameters_throwNullPointerException() {
    assertThatThrownBy(() -> BotPolicy.of(null, BOT)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> BotPolicy.of("a", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> BotPolicy.of("a", BOT).appliesTo(null, Optional.empty()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> BotPolicy.of("a", BOT).withChannels((Channel) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> BotPolicy.of("a", BOT).withTopics((String) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new BotPolicy("a", BOT, Set.of(), Set.of(), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> BotReply.answer(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> BotReply.ask(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> BotReply.resolve("a", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> BotReply.handOff(null, null, Map.of())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> BotReply.handOff("r", null, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> BotKeys.field(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new BotTurn(null, null, null, java.util.List.of()))
        .isInstanceOf(NullPointerException.class);
  }
}
