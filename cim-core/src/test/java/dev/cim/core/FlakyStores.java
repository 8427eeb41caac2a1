package dev.cim.core;

import dev.cim.core.model.CaseId;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.model.InteractionState;
import dev.cim.core.model.Message;
import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.InteractionStore;
import dev.cim.core.spi.Page;
import dev.cim.core.spi.PageRequest;
import dev.cim.core.spi.StoreException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Customer and interaction stores that delegate to real ones but throw {@link StoreException} on the Nth write across
 * both (counting from 1), once; for testing that a merge interrupted anywhere completes on retry. Thread-safe.
 */
final class FlakyStores {
  private final AtomicInteger writes = new AtomicInteger();
  private volatile int failAt = Integer.MAX_VALUE;
  final CustomerStore customers;
  final InteractionStore interactions;

  FlakyStores(CustomerStore c, InteractionStore i) {
    this.customers = new Customers(c);
    this.interactions = new Interactions(i);
  }

  /** Makes the Nth write from now fail. */
  void failOnWrite(int n) {
    writes.set(0);
    failAt = n;
  }

  /** How many writes there were since {@link #failOnWrite}. */
  int writes() {
    return writes.get();
  }

  private void write() {
    if (writes.incrementAndGet() == failAt) {
      failAt = Integer.MAX_VALUE;
      throw new StoreException("injected failure", null);
    }
  }

  private final class Customers implements CustomerStore {
    private final CustomerStore d;

    Customers(CustomerStore d) {
      this.d = d;
    }

    @Override
    public Optional<Customer> findById(CustomerId id) {
      return d.findById(id);
    }

    @Override
    public Optional<Customer> findByContactPoint(ContactPoint contactPoint) {
      return d.findByContactPoint(contactPoint);
    }

    @Override
    public Customer create(Customer customer) {
      write();
      return d.create(customer);
    }

    @Override
    public Customer update(Customer customer) {
      write();
      return d.update(customer);
    }

    @Override
    public boolean erase(CustomerId id) {
      write();
      return d.erase(id);
    }
  }

  private final class Interactions implements InteractionStore {
    private final InteractionStore d;

    Interactions(InteractionStore d) {
      this.d = d;
    }

    @Override
    public Optional<Interaction> findById(InteractionId id) {
      return d.findById(id);
    }

    @Override
    public Interaction create(Interaction interaction) {
      write();
      return d.create(interaction);
    }

    @Override
    public Interaction update(Interaction interaction) {
      write();
      return d.update(interaction);
    }

    @Override
    public Page<Interaction> findByCustomer(CustomerId customerId, PageRequest page) {
      return d.findByCustomer(customerId, page);
    }

    @Override
    public List<Interaction> findOpenByCustomer(CustomerId customerId) {
      return d.findOpenByCustomer(customerId);
    }

    @Override
    public Page<Interaction> findByState(InteractionState state, PageRequest page) {
      return d.findByState(state, page);
    }

    @Override
    public List<Interaction> findByCase(CaseId caseId) {
      return d.findByCase(caseId);
    }

    @Override
    public Message appendMessage(Message message) {
      write();
      return d.appendMessage(message);
    }

    @Override
    public Page<Message> findMessages(InteractionId interactionId, PageRequest page) {
      return d.findMessages(interactionId, page);
    }

    @Override
    public Page<Message> timeline(CustomerId customerId, PageRequest page) {
      return d.timeline(customerId, page);
    }

    @Override
    public ErasedCount eraseCustomer(CustomerId customerId) {
      write();
      return d.eraseCustomer(customerId);
    }
  }
}
