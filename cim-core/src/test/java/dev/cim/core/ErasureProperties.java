package dev.cim.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.CustomerId;
import dev.cim.core.privacy.ConsentStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Erasure leaves no trace of the erased customer and leaves every other customer byte-identical. */
class ErasureProperties {
  private static final List<Channel> CHANNELS = List.of(Channel.VOICE, Channel.CHAT, Channel.EMAIL);

  /**
   * A population of up to four customers; each operation (decoded from an int) adds a contact from one customer on
   * one channel, an agent reply, or a consent entry. Then one customer is erased.
   */
  @Property(tries = 60)
  void erase_leavesNoTraceAndOthersByteIdentical(@ForAll("ops") List<Integer> ops,
      @ForAll @IntRange(min = 0, max = 3) int victim) throws Exception {
    AtomicInteger ids = new AtomicInteger();
    TestClock clock = new TestClock(Instant.parse("2026-05-01T00:00:00Z"));
    InteractionHub hub = InteractionHub.builder().clock(clock)
        .ids(() -> String.format(Locale.ROOT, "id-%05d", ids.incrementAndGet())).build();
    List<ContactPoint> points = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      points.add(ContactPoint.phone("+1415555" + String.format(Locale.ROOT, "%04d", 1000 + p)));
    }
    Map<Integer, CustomerId> customers = new HashMap<>();
    Map<Integer, List<String>> texts = new HashMap<>();
    int step = 0;
    for (int op : ops) {
      step++;
      int who = op % 4;
      int kind = (op / 4) % 3;
      Channel channel = CHANNELS.get((op / 12) % CHANNELS.size());
      String marker = "word" + who + "x" + step + "q";
      if (kind == 0 || !customers.containsKey(who)) {
        Received r = hub.receive(InboundContact.of(channel, points.get(who), marker)
            .withDisplayName("Person" + who + "Name").withThreadRef("t" + (op % 2)));
        customers.put(who, r.customer().id());
      } else if (kind == 1) {
        var open = hub.interactionStore().findOpenByCustomer(customers.get(who));
        if (!open.isEmpty()) {
          hub.addMessage(open.get(0).id(), AuthorRole.AGENT, "agent-" + who, marker);
        } else {
          continue;
        }
      } else {
        hub.recordConsent(points.get(who), "purpose" + (op % 3), ConsentStatus.values()[op % 2], "src" + who);
        continue;
      }
      texts.computeIfAbsent(who, k -> new ArrayList<>()).add(marker);
    }
    if (!customers.containsKey(victim)) {
      hub.receive(InboundContact.of(Channel.SMS, points.get(victim), "word" + victim + "first")
          .withDisplayName("Person" + victim + "Name"));
      customers.put(victim, hub.findCustomer(points.get(victim)).orElseThrow().id());
      texts.computeIfAbsent(victim, k -> new ArrayList<>()).add("word" + victim + "first");
    }
    Map<Integer, String> before = new HashMap<>();
    for (Map.Entry<Integer, CustomerId> c : customers.entrySet()) {
      if (c.getKey() != victim) {
        before.put(c.getKey(), hub.export(c.getValue()));
      }
    }

    hub.erase(customers.get(victim));

    String left = PrivacyTraces.everything(hub, customers.values(), points);
    assertThat(left).doesNotContain(customers.get(victim).value(), points.get(victim).value(),
        "Person" + victim + "Name", "src" + victim);
    for (String t : texts.get(victim)) {
      assertThat(left).doesNotContain(t);
    }
    for (Map.Entry<Integer, String> b : before.entrySet()) {
      assertThat(hub.export(customers.get(b.getKey()))).as("customer %d", b.getKey()).isEqualTo(b.getValue());
      for (String t : texts.getOrDefault(b.getKey(), List.of())) {
        assertThat(left).contains(t);
      }
    }
  }

  @Provide
  Arbitrary<List<Integer>> ops() {
    return Arbitraries.integers().between(0, 999).list().ofMinSize(1).ofMaxSize(14);
  }
}
