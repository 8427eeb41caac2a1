/**
 * A bot in front of agents: {@link dev.cim.examples.bot.BotHandOffExample} resolves a password reset by itself and
 * hands a billing dispute to a human with what it learned.
 */
package dev.cim.examples.bot;
