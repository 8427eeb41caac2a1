/**
 * Bots in front of agents: the {@link dev.cim.core.bot.Bot} port a host implements, the
 * {@link dev.cim.core.bot.BotPolicy} that says where it runs, and what a hand-off carries to routing.
 *
 * <p>Start with {@link dev.cim.core.bot.BotPolicy} and {@code InteractionHub.Builder#bots}. The hub runs the bot on
 * each customer message of an interaction it handles, stores the bot's replies as {@code BOT} messages (so the agent's
 * context shows the whole bot conversation), and, on a hand-off, queues the interaction with the bot's topic and
 * fields as {@linkplain dev.cim.core.bot.BotKeys attributes}.
 *
 * @since 0.1.0
 */
package dev.cim.core.bot;
