package dev.cim.core;

import dev.cim.core.model.AgentId;
import dev.cim.core.model.Customer;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionId;
import java.util.Objects;
import java.util.Optional;

/**
 * A port through which the {@link InteractionHub} hands interactions to a routing engine; cim-routing implements it.
 *
 * <p>The hub moves an interaction to QUEUED, stores it, and then calls {@link #submit}. The engine decides, possibly
 * later (when an agent becomes free), who gets it, and reports back through the hub's
 * {@link InteractionHub#offer}, {@link InteractionHub#assign} and {@link InteractionHub#requeue}. When the
 * interaction ends before an agent takes it (the customer hangs up), the hub calls {@link #cancel}.
 *
 * <p>Contract for implementations: thread-safe; fast and non-blocking (it runs on the hub caller's thread); it must not
 * call back into the hub from inside {@code submit} or {@code cancel} (report decisions from the engine's own thread
 * or after returning). If {@code submit} throws, the hub logs a WARN and the interaction stays QUEUED in the store, to
 * be submitted again: nothing is lost. The default, {@link #NOOP}, routes nothing; interactions then wait in QUEUED
 * for the host to assign them.
 */
public interface Router {

  /** A router that routes nothing. */
  Router NOOP = new Router() {
    @Override
    public void submit(RoutingRequest request) {
      Objects.requireNonNull(request, "request");
    }

    @Override
    public void cancel(InteractionId interactionId) {
      Objects.requireNonNull(interactionId, "interactionId");
    }
  };

  /**
   * Asks for an agent for a queued interaction.
   *
   * @param request what to route; not null
   */
  void submit(RoutingRequest request);

  /**
   * Withdraws an interaction that no longer needs an agent; does nothing if the router does not hold it.
   *
   * @param interactionId the interaction; not null
   */
  void cancel(InteractionId interactionId);

  /**
   * What the hub asks a router to route.
   *
   * @param interaction the interaction, as stored in state QUEUED; not null
   * @param customer its customer (for segment-based priority); not null
   * @param lastAgent the agent who last handled this customer, if any (a preferred agent); not null
   * @param priorityReason why the interaction has its priority, for the routing explanation (e.g.
   *     {@code "priority 8 because segment GOLD"}, see {@code InteractionHub.Builder#segments}); not null
   */
  record RoutingRequest(Interaction interaction, Customer customer, Optional<AgentId> lastAgent,
      Optional<String> priorityReason) {
    /**
     * Validates the request.
     *
     * @throws NullPointerException if an argument is null
     */
    public RoutingRequest {
      Objects.requireNonNull(interaction, "interaction");
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(lastAgent, "lastAgent");
      Objects.requireNonNull(priorityReason, "priorityReason");
    }

    /**
     * A request without a priority reason.
     *
     * @param interaction the interaction; not null
     * @param customer its customer; not null
     * @param lastAgent the customer's last agent, if any; not null
     * @throws NullPointerException if an argument is null
     */
    public RoutingRequest(Interaction interaction, Customer customer, Optional<AgentId> lastAgent) {
      this(interaction, customer, lastAgent, Optional.empty());
    }
  }
}
