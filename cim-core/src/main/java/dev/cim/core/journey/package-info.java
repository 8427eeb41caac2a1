/**
 * Customer journeys: host-defined stages with rule-driven transitions, each customer's current stage and history,
 * and journey analytics.
 *
 * <p>Start with {@link dev.cim.core.journey.JourneyDefinition} (stages and {@link dev.cim.core.journey.TransitionRule}s),
 * feed {@link dev.cim.core.journey.JourneySignal}s to a {@link dev.cim.core.journey.JourneyTracker} (the hub's events
 * through a {@link dev.cim.core.journey.JourneyListener}, host events directly), and read
 * {@link dev.cim.core.journey.JourneyAnalytics} from it.
 *
 * @since 0.1.0
 */
package dev.cim.core.journey;
