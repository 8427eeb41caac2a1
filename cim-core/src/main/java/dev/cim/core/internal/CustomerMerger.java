package dev.cim.core.internal;

import dev.cim.core.event.CimEvent;
import dev.cim.core.event.CustomersMerged;
import dev.cim.core.event.CustomersUnmerged;
import dev.cim.core.identity.LinkConflict;
import dev.cim.core.identity.MergeId;
import dev.cim.core.identity.MergeOptions;
import dev.cim.core.identity.MergeRecord;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Customer;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import dev.cim.core.spi.ContactPointConflictException;
import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.EntityNotFoundException;
import dev.cim.core.spi.InteractionStore;
import dev.cim.core.spi.MergeStore;
import dev.cim.core.spi.Page;
import dev.cim.core.spi.PageRequest;
import dev.cim.core.spi.VersionConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges, unmerges and links for {@code InteractionHub}: a journal record first (with the plan and both snapshots),
 * then idempotent steps, then the record marked done, so that a failure half-way loses nothing and a retry completes
 * the work. The caller serialises calls (the hub holds its identity write lock). Not API.
 */
public final class CustomerMerger {
  private static final Logger LOG = LoggerFactory.getLogger(CustomerMerger.class);
  private static final int MAX_RETRIES = 16;

  private final CustomerStore customers;
  private final InteractionStore interactions;
  private final MergeStore merges;
  private final Clock clock;
  private final Supplier<String> ids;

  /**
   * Creates the merger.
   *
   * @param customers the customer store; not null
   * @param interactions the interaction store; not null
   * @param merges the merge journal and aliases; not null
   * @param clock the clock; not null
   * @param ids the source of merge ids; not null
   */
  public CustomerMerger(CustomerStore customers, InteractionStore interactions, MergeStore merges, Clock clock,
      Supplier<String> ids) {
    this.customers = Objects.requireNonNull(customers, "customers");
    this.interactions = Objects.requireNonNull(interactions, "interactions");
    this.merges = Objects.requireNonNull(merges, "merges");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  /**
   * Merges a customer into a survivor, or completes an unfinished merge of the same two.
   *
   * @param survivorId the survivor; not null
   * @param mergedAwayId the customer to merge into it; not null
   * @param options how to combine the profiles; not null
   * @param events receives the event to publish; not null
   * @return the record, status MERGED
   */
  public MergeRecord merge(CustomerId survivorId, CustomerId mergedAwayId, MergeOptions options,
      Consumer<CimEvent> events) {
    if (survivorId.equals(mergedAwayId)) {
      throw new IllegalArgumentException("mergedAwayId must differ from survivorId, but both were '" + survivorId
          + "'");
    }
    for (MergeRecord r : merges.findUnfinished()) {
      if (r.status() == MergeRecord.Status.MERGING && r.survivorId().equals(survivorId)
          && r.mergedAwayId().equals(mergedAwayId)) {
        return completeMerge(r, events);
      }
    }
    requireCurrentId("survivorId", survivorId);
    requireCurrentId("mergedAwayId", mergedAwayId);
    Customer survivor = requireCustomer(survivorId);
    Customer mergedAway = requireCustomer(mergedAwayId);
    List<InteractionId> moved = new ArrayList<>();
    interactionsOf(mergedAwayId).forEach(i -> moved.add(i.id()));
    Instant now = clock.instant();
    MergeRecord journal = merges.create(new MergeRecord(MergeId.of(ids.get()), survivor, mergedAway, options, moved,
        MergeRecord.Status.MERGING, 0, now, now));
    LOG.debug("Merge {} journalled: {} into {}, {} interactions", journal.id(), mergedAwayId, survivorId,
        moved.size());
    return completeMerge(journal, events);
  }

  /**
   * Undoes a merge (completing it first if it is unfinished); a merge already undone is returned as is.
   *
   * @param mergeId the merge; not null
   * @param events receives the events to publish; not null
   * @return the record, status UNMERGED
   */
  public MergeRecord unmerge(MergeId mergeId, Consumer<CimEvent> events) {
    MergeRecord r = merges.findById(mergeId).orElseThrow(() -> new EntityNotFoundException("merge", mergeId.value()));
    if (r.status() == MergeRecord.Status.UNMERGED) {
      return r;
    }
    if (r.status() == MergeRecord.Status.MERGING) {
      r = completeMerge(r, events);
    }
    if (r.status() == MergeRecord.Status.MERGED) {
      CustomerId survivorNow = merges.resolveAlias(r.survivorId());
      if (!survivorNow.equals(r.survivorId())) {
        throw new IllegalStateException("merge '" + mergeId + "' cannot be undone while its survivor '"
            + r.survivorId() + "' is merged into '" + survivorNow + "': undo that merge first");
      }
      if (!merges.resolveAlias(r.mergedAwayId()).equals(r.survivorId())) {
        throw new IllegalStateException("merge '" + mergeId + "' cannot be undone: customer '" + r.mergedAwayId()
            + "' no longer resolves to survivor '" + r.survivorId() + "'");
      }
      r = merges.update(r.withStatus(MergeRecord.Status.UNMERGING, clock.instant()));
    }
    return completeUnmerge(r, events);
  }

  /**
   * Completes every unfinished merge and unmerge, oldest first.
   *
   * @param events receives the events to publish; not null
   * @return the completed records
   */
  public List<MergeRecord> completeUnfinished(Consumer<CimEvent> events) {
    List<MergeRecord> done = new ArrayList<>();
    for (MergeRecord r : merges.findUnfinished()) {
      done.add(r.status() == MergeRecord.Status.MERGING ? completeMerge(r, events) : completeUnmerge(r, events));
    }
    return done;
  }

  /**
   * Links a contact point to a customer.
   *
   * @param customerId the customer, already resolved through the aliases; not null
   * @param contactPoint the contact point; not null
   * @param onConflict what to do if another customer holds it; not null
   * @param events receives the events to publish; not null
   * @return the customer as stored afterwards
   */
  public Customer link(CustomerId customerId, ContactPoint contactPoint, LinkConflict onConflict,
      Consumer<CimEvent> events) {
    Customer customer = requireCustomer(customerId);
    if (customer.hasContactPoint(contactPoint)) {
      return customer;
    }
    Optional<Customer> owner = customers.findByContactPoint(contactPoint);
    if (owner.isPresent()) {
      CustomerId ownerId = owner.get().id();
      switch (onConflict) {
        case FAIL:
          throw new ContactPointConflictException(contactPoint, ownerId, customerId);
        case MERGE:
          merge(customerId, ownerId, MergeOptions.ofDefaults(), events);
          return requireCustomer(customerId);
        case MOVE:
        default:
          updateCustomer(ownerId, c -> without(c, contactPoint));
          try {
            return updateCustomer(customerId, c -> with(c, contactPoint));
          } catch (RuntimeException e) {
            try {
              updateCustomer(ownerId, c -> with(c, contactPoint));
            } catch (RuntimeException again) {
              e.addSuppressed(again);
            }
            throw e;
          }
      }
    }
    return updateCustomer(customerId, c -> with(c, contactPoint));
  }

  private Customer with(Customer c, ContactPoint cp) {
    Set<ContactPoint> points = new HashSet<>(c.contactPoints());
    points.add(cp);
    return touched(c.withContactPoints(points));
  }

  private Customer without(Customer c, ContactPoint cp) {
    Set<ContactPoint> points = new HashSet<>(c.contactPoints());
    points.remove(cp);
    return touched(c.withContactPoints(points));
  }

  private Customer touched(Customer c) {
    Instant now = clock.instant();
    return now.isAfter(c.updatedAt()) ? c.withUpdatedAt(now) : c;
  }

  private MergeRecord completeMerge(MergeRecord r, Consumer<CimEvent> events) {
    CustomerId s = r.survivorId();
    CustomerId m = r.mergedAwayId();
    // 1. free the merged-away customer's contact points (one contact point belongs to one customer, CS-4)
    Optional<Customer> away = customers.findById(m);
    if (away.isPresent() && !away.get().contactPoints().isEmpty()) {
      updateCustomer(m, c -> touched(c.withContactPoints(Set.of())));
    }
    // 2. the survivor takes the contact points, attributes and profile by the options
    updateCustomer(s, c -> {
      Customer combined = r.applyTo(c);
      return combined.equals(c) ? c : touched(combined);
    });
    // 3. the interactions (and with them their cases and messages); also any that appeared after the plan
    for (InteractionId id : r.movedInteractions()) {
      moveInteraction(id, m, s);
    }
    for (Interaction late : interactionsOf(m)) {
      moveInteraction(late.id(), m, s);
    }
    // 4. the old id resolves to the survivor; 5. the emptied customer goes
    if (!merges.resolveAlias(m).equals(s)) {
      merges.putAlias(m, s);
    }
    customers.erase(m);
    Instant now = clock.instant();
    MergeRecord done = merges.update(current(r).withStatus(MergeRecord.Status.MERGED, now));
    Set<ContactPoint> moved = new HashSet<>(r.mergedAwayBefore().contactPoints());
    moved.removeAll(r.survivorBefore().contactPoints());
    events.accept(new CustomersMerged(r.id(), s, m, moved.size(), r.movedInteractions().size(), now));
    LOG.debug("Merge {} complete", r.id());
    return done;
  }

  private MergeRecord completeUnmerge(MergeRecord r, Consumer<CimEvent> events) {
    CustomerId s = r.survivorId();
    CustomerId m = r.mergedAwayId();
    // 1. the old id stands for itself again
    merges.removeAlias(m);
    // 2. the survivor gives back what the merge brought and nobody changed since
    updateCustomer(s, c -> {
      Customer separated = r.revert(c);
      return separated.equals(c) ? c : touched(separated);
    });
    // 3. the merged-away customer comes back as it was, with those of its contact points that are free
    if (customers.findById(m).isEmpty()) {
      Set<ContactPoint> free = new HashSet<>();
      for (ContactPoint cp : r.mergedAwayBefore().contactPoints()) {
        if (customers.findByContactPoint(cp).isEmpty()) {
          free.add(cp);
        }
      }
      customers.create(r.mergedAwayBefore().withContactPoints(free).withVersion(0));
    }
    // 4. its interactions go back; those created under the survivor after the merge stay there
    int back = 0;
    for (InteractionId id : r.movedInteractions()) {
      if (moveInteraction(id, s, m)) {
        back++;
      }
    }
    Instant now = clock.instant();
    MergeRecord done = merges.update(current(r).withStatus(MergeRecord.Status.UNMERGED, now));
    events.accept(new CustomersUnmerged(r.id(), s, m, back, now));
    LOG.debug("Unmerge {} complete", r.id());
    return done;
  }

  private MergeRecord current(MergeRecord r) {
    return merges.findById(r.id()).orElseThrow(() -> new EntityNotFoundException("merge", r.id().value()));
  }

  /** Moves an interaction from one customer to another if it is still under the first; true if it moved. */
  private boolean moveInteraction(InteractionId id, CustomerId from, CustomerId to) {
    VersionConflictException last = null;
    for (int attempt = 0; attempt < MAX_RETRIES; attempt++) {
      Optional<Interaction> current = interactions.findById(id);
      if (current.isEmpty() || !current.get().customerId().equals(from)) {
        return false;
      }
      try {
        interactions.update(current.get().withCustomerId(to));
        return true;
      } catch (VersionConflictException e) {
        last = e;
      }
    }
    throw last;
  }

  private Customer updateCustomer(CustomerId id, UnaryOperator<Customer> change) {
    VersionConflictException last = null;
    for (int attempt = 0; attempt < MAX_RETRIES; attempt++) {
      Customer current = requireCustomer(id);
      Customer changed = change.apply(current);
      if (changed.equals(current)) {
        return current;
      }
      try {
        return customers.update(changed);
      } catch (VersionConflictException e) {
        last = e;
      }
    }
    throw last;
  }

  private List<Interaction> interactionsOf(CustomerId id) {
    List<Interaction> all = new ArrayList<>();
    PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<Interaction> p = interactions.findByCustomer(id, page);
      all.addAll(p.items());
      if (p.nextCursor().isEmpty()) {
        return all;
      }
      page = PageRequest.after(PageRequest.MAX_SIZE, p.nextCursor().get());
    }
  }

  private Customer requireCustomer(CustomerId id) {
    return customers.findById(id).orElseThrow(() -> new EntityNotFoundException("customer", id.value()));
  }

  private void requireCurrentId(String field, CustomerId id) {
    CustomerId target = merges.resolveAlias(id);
    if (!target.equals(id)) {
      throw new IllegalStateException(field + " must name a current customer, but '" + id + "' was merged into '"
          + target + "'");
    }
  }
}
