package dev.cim.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cim.core.model.AgentId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CursorsTest {

  private static String raw(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 300)
  void encodeDecode_roundTrips(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long seconds,
      @ForAll @LongRange(min = 0, max = 999_999_999) long nanos,
      @ForAll @AlphaChars @StringLength(min = 1, max = 40) String id) {
    SortKey key = new SortKey(Instant.ofEpochSecond(seconds, nanos), id);
    String cursor = Cursors.encode("is5\ncust", key);
    assertThat(Cursors.decodeKey("is5\ncust", cursor, "q")).isEqualTo(key);
    assertThat(cursor).doesNotContain("=", "+", "/", "\n");
  }

  @Test
  void decodeKey_cursorOfAnotherQuery_throwsNamingCursorAndQuery() {
    String cursor = Cursors.encode("is5\ncustomer-a", new SortKey(Instant.EPOCH, "i-1"));
    assertThatThrownBy(() -> Cursors.decodeKey("is5\ncustomer-b", cursor, "findByCustomer(customer-b)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("findByCustomer(customer-b)")
        .hasMessageContaining("'" + cursor + "'");
    assertThatThrownBy(() -> Cursors.decodeKey("is11\ncustomer-a", cursor, "timeline(customer-a)"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decodeKey_prefixOfAnotherTag_isRejected() {
    // a cursor for customer "ab" must not pass for customer "a"
    String cursor = Cursors.encode("is5\nab", new SortKey(Instant.EPOCH, "i-1"));
    assertThatThrownBy(() -> Cursors.decodeKey("is5\na", cursor, "q")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decodeKey_garbage_throwsIllegalArgumentException() {
    for (String garbage : new String[] {"%%%", "not a cursor", raw("is5\nc\nx\n0\ni-1"), raw("is5\nc\n1\n-1\ni"),
        raw("is5\nc\n1\n1000000000\ni"), raw("is5\nc\n1\n0\n"), raw("is5\nc\n1\n0"), raw("is5\nc\n1\n0\ni\nx"),
        raw("is5\nc\n99999999999999999999\n0\ni")}) {
      assertThatThrownBy(() -> Cursors.decodeKey("is5\nc", garbage, "q"))
          .as("cursor %s", garbage)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("cursor must be one this store issued for q, but was '");
    }
  }

  @Test
  void decodeId_invalidIdInside_throwsNamingCursor() {
    String cursor = raw("as5\n" + "x".repeat(200));
    assertThatThrownBy(() -> Cursors.decodeId("as5", cursor, "findAll()", AgentId::new))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("findAll()")
        .hasMessageContaining(cursor.substring(0, 64) + "...");
    assertThat(Cursors.decodeId("as5", Cursors.encode("as5", "a-1"), "findAll()", AgentId::new))
        .isEqualTo(AgentId.of("a-1"));
  }
}
