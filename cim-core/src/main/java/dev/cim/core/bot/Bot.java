package dev.cim.core.bot;

/**
 * A port the host implements to let an automated assistant (a rules engine, an LLM service, anything) answer customers
 * before an agent does. The hub calls it for every customer message of an interaction the bot handles, see
 * {@link BotPolicy}.
 *
 * <p>Contract for implementations:
 * <ol>
 *   <li>BOT-1: {@link #respond} returns a reply, never null; a null reply is treated like a failure.
 *   <li>BOT-2: it may throw; the hub then hands the interaction off to a human with reason
 *       {@link BotKeys#REASON_FAILED} and stores nothing from the bot. The customer's message is stored before the
 *       bot is called, so nothing the customer wrote is lost.
 *   <li>BOT-3: it runs on the caller's thread of {@code InteractionHub.receive} while the hub holds the customer's
 *       lock: it must not call back into the hub. If the hub's clock shows that it took longer than the policy's
 *       {@linkplain BotPolicy#timeBudget() time budget}, its reply is discarded and the interaction handed off with
 *       reason {@link BotKeys#REASON_TIMEOUT}.
 *   <li>BOT-4: it may be called from many threads at once (for different customers): it must be thread-safe.
 * </ol>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Bot {

  /**
   * Decides what to do with a customer's message.
   *
   * @param turn the message and the conversation so far; not null
   * @return the reply; not null
   */
  BotReply respond(BotTurn turn);
}
