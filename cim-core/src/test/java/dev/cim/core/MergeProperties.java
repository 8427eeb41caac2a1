package dev.cim.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.identity.MergeOptions;
import dev.cim.core.identity.MergeRecord;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.spi.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Issue #6: merging never loses an interaction or a contact point, an old contact point or id finds the survivor,
 * and undoing the merges restores every customer's contact points and interactions. Small domains (six contact
 * points, three channels) so that contacts repeat and customers collide.
 */
class MergeProperties {
  private static final List<ContactPoint> POINTS = List.of(ContactPoint.phone("+14155550001"),
      ContactPoint.phone("+55 11 8765-4321"), ContactPoint.phone("+52 1 55 1234 5678"),
      ContactPoint.email("a@example.com"), ContactPoint.email("b@example.com"), ContactPoint.handle("whatsapp", "c"));
  private static final List<Channel> CHANNELS = List.of(Channel.VOICE, Channel.CHAT, Channel.EMAIL);

  @Provide
  Arbitrary<List<Tuple.Tuple2<Integer, Integer>>> contacts() {
    return Arbitraries.integers().between(0, POINTS.size() - 1)
        .flatMap(p -> Arbitraries.integers().between(0, CHANNELS.size() - 1).map(c -> Tuple.of(p, c)))
        .list().ofMinSize(2).ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<Tuple.Tuple2<Integer, Integer>>> merges() {
    Arbitrary<Integer> idx = Arbitraries.integers().between(0, 5);
    return idx.flatMap(a -> idx.map(b -> Tuple.of(a, b))).list().ofMinSize(1).ofMaxSize(3);
  }

  private record World(InteractionHub hub, List<CustomerId> customers) {}

  private World world(List<Tuple.Tuple2<Integer, Integer>> contacts) {
    TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
    AtomicInteger ids = new AtomicInteger();
    InteractionHub hub = InteractionHub.builder().clock(clock).ids(() -> "id-" + ids.incrementAndGet()).build();
    List<CustomerId> customers = new ArrayList<>();
    for (Tuple.Tuple2<Integer, Integer> c : contacts) {
      clock.advance(Duration.ofHours(1));
      Received r = hub.receive(InboundContact.of(CHANNELS.get(c.get2()), POINTS.get(c.get1()), "m").withTopic("t"
          + c.get2()));
      if (!customers.contains(r.customer().id())) {
        customers.add(r.customer().id());
      }
    }
    return new World(hub, customers);
  }

  private static Set<InteractionId> interactionsOf(InteractionHub hub, CustomerId id) {
    return hub.interactionStore().findByCustomer(id, PageRequest.first(1000)).items().stream().map(Interaction::id)
        .collect(Collectors.toSet());
  }

  private record Snapshot(Map<CustomerId, Set<ContactPoint>> points, Map<CustomerId, Set<InteractionId>> interactions) {}

  private static Snapshot snapshot(InteractionHub hub, List<CustomerId> customers) {
    Map<CustomerId, Set<ContactPoint>> points = new HashMap<>();
    Map<CustomerId, Set<InteractionId>> interactions = new HashMap<>();
    for (CustomerId id : customers) {
      Customer c = hub.customerStore().findById(id).orElseThrow();
      points.put(id, c.contactPoints());
      interactions.put(id, interactionsOf(hub, id));
    }
    return new Snapshot(points, interactions);
  }

  /** Applies the merges between distinct current customers; returns the records in order. */
  private static List<MergeRecord> merge(World w, List<Tuple.Tuple2<Integer, Integer>> merges) {
    List<MergeRecord> done = new ArrayList<>();
    for (Tuple.Tuple2<Integer, Integer> m : merges) {
      CustomerId s = w.hub().findCustomer(w.customers().get(m.get1() % w.customers().size())).get().id();
      CustomerId a = w.hub().findCustomer(w.customers().get(m.get2() % w.customers().size())).get().id();
      if (!s.equals(a)) {
        done.add(w.hub().merge(s, a, MergeOptions.ofDefaults()));
      }
    }
    return done;
  }

  @Property(tries = 100)
  void merge_neverLosesAnInteractionOrContactPoint_andOldPointsAndIdsFindTheSurvivor(
      @ForAll("contacts") List<Tuple.Tuple2<Integer, Integer>> contacts,
      @ForAll("merges") List<Tuple.Tuple2<Integer, Integer>> merges) {
    World w = world(contacts);
    Assume.that(w.customers().size() >= 2);
    Snapshot before = snapshot(w.hub(), w.customers());

    merge(w, merges);

    Set<InteractionId> allBefore = new HashSet<>();
    before.interactions().values().forEach(allBefore::addAll);
    Set<InteractionId> allAfter = new HashSet<>();
    for (CustomerId id : w.customers()) {
      CustomerId now = w.hub().findCustomer(id).orElseThrow().id();
      assertThat(before.points().get(id)).allSatisfy(cp ->
          assertThat(w.hub().findCustomer(cp).orElseThrow().id()).as("old point of %s", id).isEqualTo(now));
      assertThat(interactionsOf(w.hub(), now)).containsAll(before.interactions().get(id));
      allAfter.addAll(interactionsOf(w.hub(), id));
    }
    assertThat(allAfter).isEqualTo(allBefore);
  }

  @Property(tries = 100)
  void mergeThenUnmerge_restoresEveryCustomersContactPointsAndInteractions(
      @ForAll("contacts") List<Tuple.Tuple2<Integer, Integer>> contacts,
      @ForAll("merges") List<Tuple.Tuple2<Integer, Integer>> merges) {
    World w = world(contacts);
    Assume.that(w.customers().size() >= 2);
    Snapshot before = snapshot(w.hub(), w.customers());

    List<MergeRecord> done = merge(w, merges);
    for (int i = done.size() - 1; i >= 0; i--) {
      w.hub().unmerge(done.get(i).id());
    }

    assertThat(snapshot(w.hub(), w.customers())).isEqualTo(before);
    for (CustomerId id : w.customers()) {
      assertThat(w.hub().findCustomer(id).orElseThrow().id()).isEqualTo(id);
    }
  }
}
