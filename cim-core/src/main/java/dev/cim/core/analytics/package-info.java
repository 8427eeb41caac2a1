/**
 * Contact-center KPIs from an append-only stream of reporting facts. Start with
 * {@link dev.cim.core.analytics.FactRecorder#attach}, which turns the hub's events into
 * {@link dev.cim.core.analytics.Fact}s in a {@link dev.cim.core.analytics.FactLog}; compute KPIs over any window with
 * {@link dev.cim.core.analytics.Kpis} (formulas in its documentation), keep them live with
 * {@link dev.cim.core.analytics.LiveKpis}, and compute customer retention and lead conversion with
 * {@link dev.cim.core.analytics.CustomerKpis}. Facts hold no message content and no customer id or contact point,
 * so they survive a customer's erasure.
 */
package dev.cim.core.analytics;
