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
import dev.cim.core.spi.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import dev.cim.core.spi.InteractionStore;
import dev.cim.core.spi.Page;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A writer's own read after its write is never stale, while other threads keep loading the same keys (so that loads
 * are in flight during the writes).
 */
class ConcurrentReadersTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final int WRITES = 2_000;
  private static final int READERS = 3;

  @Test
  void customers_readAfterOwnWrite_seesTheWrite() throws Exception {
    CachingCustomerStore store = CachingCustomerStore.wrap(new InMemoryCustomerStore());
    CustomerId id = CustomerId.of("ana");
    ContactPoint phone = ContactPoint.phone("+14155550100");
    Customer current = store.create(Customer.create(id, T0, phone));
    AtomicBoolean done = new AtomicBoolean();
    ExecutorService readers = Executors.newFixedThreadPool(READERS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        running.add(readers.submit(() -> {
          while (!done.get()) {
            store.findById(id);
            store.findByContactPoint(phone);
          }
        }));
      }
      for (int n = 0; n < WRITES; n++) {
        current = store.update(current.withDisplayName("name " + n));
        assertThat(store.findById(id)).as("read after write %d", n).contains(current);
        assertThat(store.findByContactPoint(phone)).as("read by contact point after write %d", n).contains(current);
      }
      done.set(true);
      for (Future<?> f : running) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      done.set(true);
      readers.shutdownNow();
    }
  }

  @Test
  void timeline_readAfterOwnAppend_seesTheMessage() throws Exception {
    CachingInteractionStore store = CachingInteractionStore.wrap(new InMemoryInteractionStore());
    CustomerId ana = CustomerId.of("ana");
    InteractionId chat = InteractionId.of("chat");
    store.create(Interaction.open(chat, ana, Channel.CHAT, CaseId.of("k"), T0));
    AtomicBoolean done = new AtomicBoolean();
    ExecutorService readers = Executors.newFixedThreadPool(READERS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        running.add(readers.submit(() -> {
          while (!done.get()) {
            store.timeline(ana, PageRequest.first(1));
            store.findById(chat);
          }
        }));
      }
      for (int n = 0; n < WRITES; n++) {
        Message m = Message.of(MessageId.of("m" + n), chat, AuthorRole.CUSTOMER, "hi", T0.plusSeconds(n));
        store.appendMessage(m);
        assertThat(store.timeline(ana, PageRequest.first(1)).items()).as("timeline after append %d", n)
            .containsExactly(m);
      }
      done.set(true);
      for (Future<?> f : running) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      done.set(true);
      readers.shutdownNow();
    }
  }

  /**
   * The race the epochs exist for, forced step by step: a reader's load of the timeline has read the store but not
   * yet cached the page when the writer appends; the page it caches afterwards is older than the append and must not
   * be served to the writer.
   */
  @Test
  void timeline_loadInFlightDuringAnAppend_isNotServedAfterIt() throws Exception {
    InMemoryInteractionStore backing = new InMemoryInteractionStore();
    CountDownLatch loaded = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean gate = new AtomicBoolean(true);
    InteractionStore slow = (InteractionStore) Proxy.newProxyInstance(InteractionStore.class.getClassLoader(),
        new Class<?>[] {InteractionStore.class}, (p, method, args) -> {
          Object result;
          try {
            result = method.invoke(backing, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (method.getName().equals("timeline") && gate.getAndSet(false)) {
            loaded.countDown();
            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
          }
          return result;
        });
    CachingInteractionStore store = CachingInteractionStore.wrap(slow);
    CustomerId ana = CustomerId.of("ana");
    InteractionId chat = InteractionId.of("chat");
    store.create(Interaction.open(chat, ana, Channel.CHAT, CaseId.of("k"), T0));
    ExecutorService reader = Executors.newSingleThreadExecutor();
    try {
      Future<Page<Message>> inFlight = reader.submit(() -> store.timeline(ana, PageRequest.first(5)));
      assertThat(loaded.await(30, TimeUnit.SECONDS)).isTrue(); // the reader has read the empty timeline
      Message m = Message.of(MessageId.of("m1"), chat, AuthorRole.CUSTOMER, "hi", T0.plusSeconds(1));
      store.appendMessage(m);
      release.countDown(); // the reader's load now caches its page
      inFlight.get(30, TimeUnit.SECONDS); // concurrent with the append: may or may not hold it
      assertThat(store.timeline(ana, PageRequest.first(5)).items()).as("the writer's read after its append")
          .containsExactly(m);
    } finally {
      release.countDown();
      reader.shutdownNow();
    }
  }
}
