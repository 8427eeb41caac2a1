/**
 * Segment strategies: rules that place a customer in a segment (tier), and the service strategy each segment gets
 * (routing priority and queue, SLA policy, preferred channel for proactive contact, bot policy).
 *
 * <p>Start with {@link dev.cim.core.segment.SegmentStrategies}; give it to {@code InteractionHub.Builder#segments}.
 * The hub applies the strategy in one place, when {@code receive} opens an interaction, and passes the reason to the
 * router ({@code RoutingRequest.priorityReason()}).
 *
 * @since 0.1.0
 */
package dev.cim.core.segment;
