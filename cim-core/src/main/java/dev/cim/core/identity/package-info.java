/**
 * Identity: which customer an inbound contact belongs to, and merging two customers that turned out to be one person.
 *
 * <p>Start with {@link dev.cim.core.identity.IdentityResolver} (an ordered, configurable rule set with vetoes that
 * matches observed contact points to a customer) and {@link dev.cim.core.identity.MergeOptions} (how
 * {@link dev.cim.core.InteractionHub#merge} combines two customers). Merges are journalled as
 * {@link dev.cim.core.identity.MergeRecord}s in a {@link dev.cim.core.spi.MergeStore}, so that they survive a failure
 * half-way and can be undone.
 */
package dev.cim.core.identity;
