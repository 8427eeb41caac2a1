/**
 * The cim domain model: customers with contact points on many channels, interactions and their lifecycle, messages,
 * agents and skills.
 *
 * <p>Start with {@link dev.cim.core.model.Customer}, {@link dev.cim.core.model.Interaction} and
 * {@link dev.cim.core.model.ContactPoint}. Every type here is an immutable value, safe to share between threads; every
 * constructor validates its arguments and throws {@link java.lang.NullPointerException} for a null and
 * {@link java.lang.IllegalArgumentException} (or a {@link dev.cim.core.CimException}) naming the field and the value
 * for anything else it rejects. Channels, contact point kinds and skills are open: hosts add their own.
 */
package dev.cim.core.model;
