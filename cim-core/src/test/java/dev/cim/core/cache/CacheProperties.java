package dev.cim.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cim.core.memory.InMemoryCustomerStore;
import dev.cim.core.memory.InMemoryInteractionStore;
import dev.cim.core.model.AuthorRole;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.Message;
import dev.cim.core.model.MessageId;
import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.InteractionStore;
import dev.cim.core.spi.PageRequest;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No stale read after an own write: random sequences of writes and reads, on small id domains (so that collisions,
 * evictions and moves happen), run against a decorated store and an undecorated one; every read and every outcome of
 * the decorated store equals the undecorated one's.
 */
class CacheProperties {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final CacheConfig TINY = CacheConfig.custom().maximumSize(3).executor(Runnable::run).build();

  /** One step: an operation code and two small numbers that pick ids, contact points and sizes. */
  record Op(int code, int a, int b) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    return Arbitraries.integers().between(0, 7).flatMap(code -> Arbitraries.integers().between(0, 3)
        .flatMap(a -> Arbitraries.integers().between(0, 4).map(b -> new Op(code, a, b)))).list().ofMaxSize(60);
  }

  @Property(tries = 300)
  void customers_decoratedReadsEqualUndecoratedReads(@ForAll("ops") List<Op> ops) {
    CustomerStore plain = new InMemoryCustomerStore();
    CustomerStore cached = CachingCustomerStore.wrap(new InMemoryCustomerStore(), TINY);
    for (Op op : ops) {
      CustomerId id = CustomerId.of("c" + op.a());
      ContactPoint cp = ContactPoint.email("p" + op.b() + "@example.com");
      switch (op.code()) {
        case 0 -> same(op, () -> plain.create(Customer.create(id, T0, cp)),
            () -> cached.create(Customer.create(id, T0, cp)));
        case 1, 2 -> { // add or remove a contact point, from the stored version
          Optional<Customer> current = plain.findById(id);
          if (current.isPresent()) {
            Set<ContactPoint> points = new HashSet<>(current.get().contactPoints());
            if (op.code() == 1) {
              points.add(cp);
            } else {
              points.remove(cp);
            }
            Customer changed = current.get().withContactPoints(points);
            same(op, () -> plain.update(changed), () -> cached.update(changed));
          }
        }
        case 3 -> same(op, () -> plain.erase(id), () -> cached.erase(id));
        case 4 -> { // a stale write: must fail the same way and change nothing
          Customer stale = Customer.create(id, T0, cp).withVersion(op.b());
          same(op, () -> plain.update(stale), () -> cached.update(stale));
        }
        case 5 -> same(op, () -> plain.findById(id), () -> cached.findById(id));
        default -> same(op, () -> plain.findByContactPoint(cp), () -> cached.findByContactPoint(cp));
      }
    }
  }

  @Property(tries = 300)
  void interactions_decoratedReadsEqualUndecoratedReads(@ForAll("ops") List<Op> ops) {
    InteractionStore plain = new InMemoryInteractionStore();
    InteractionStore cached = CachingInteractionStore.wrap(new InMemoryInteractionStore(), TINY);
    int[] messageCounter = {0};
    for (Op op : ops) {
      InteractionId id = InteractionId.of("i" + op.a());
      CustomerId customer = CustomerId.of("c" + (op.b() % 3));
      switch (op.code()) {
        case 0 -> {
          Interaction i = Interaction.open(id, customer, Channel.CHAT, CaseId.of("k" + op.a()), T0);
          same(op, () -> plain.create(i), () -> cached.create(i));
        }
        case 1 -> { // move to another customer (a merge), from the stored version
          Optional<Interaction> current = plain.findById(id);
          if (current.isPresent()) {
            Interaction moved = current.get().withCustomerId(customer);
            same(op, () -> plain.update(moved), () -> cached.update(moved));
          }
        }
        case 2, 3 -> {
          int n = messageCounter[0]++;
          Message m = Message.of(MessageId.of("m" + n), id, AuthorRole.CUSTOMER, "text " + n, T0.plusSeconds(n));
          same(op, () -> plain.appendMessage(m), () -> cached.appendMessage(m));
        }
        case 4 -> same(op, () -> plain.eraseCustomer(customer), () -> cached.eraseCustomer(customer));
        case 5 -> same(op, () -> plain.findById(id), () -> cached.findById(id));
        default -> {
          PageRequest first = PageRequest.first(1 + op.a());
          same(op, () -> plain.timeline(customer, first), () -> cached.timeline(customer, first));
        }
      }
    }
  }

  /** Runs both; their results, or the classes of what they threw, are equal. */
  private static void same(Op op, Supplier<?> plain, Supplier<?> cached) {
    Object expected = outcome(plain);
    Object actual = outcome(cached);
    assertThat(actual).as("outcome of %s", op).isEqualTo(expected);
  }

  private static Object outcome(Supplier<?> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return e.getClass();
    }
  }
}
