package dev.cim.routing;

/**
 * An agent's presence as the routing engine sees it.
 *
 * <p>Only {@link #AVAILABLE} agents receive offers. An agent who goes {@link #OFFLINE} gives back every task that was
 * offered to them but not yet accepted; an agent who goes {@link #AWAY} keeps pending offers (they may still be
 * accepted or time out) and keeps assigned tasks.
 */
public enum Presence {
  /** Ready for work: receives offers when they have free capacity and are not in wrap-up. */
  AVAILABLE,
  /** On a break or busy with something else: receives no new offers. */
  AWAY,
  /** Logged out: receives no offers, and pending offers are returned to their queues. */
  OFFLINE
}
