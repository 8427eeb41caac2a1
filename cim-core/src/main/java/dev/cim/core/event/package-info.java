/**
 * Events cim raises ({@link dev.cim.core.event.CimEvent} records) and the listener that receives them
 * ({@link dev.cim.core.event.CimListener}, one no-op default method per event). Register listeners on the
 * {@link dev.cim.core.InteractionHub} builder.
 */
package dev.cim.core.event;
