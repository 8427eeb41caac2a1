/**
 * Supervision: SLA policies measured in business hours, supervisor alerts, and schedule adherence.
 *
 * <p>Where to start:
 * <ul>
 *   <li>{@link dev.cim.core.supervision.BusinessCalendar} (working hours) and
 *       {@link dev.cim.core.supervision.SlaPolicy} / {@link dev.cim.core.supervision.SlaPolicies} (targets per queue
 *       or segment); {@link dev.cim.core.supervision.SlaMonitor} applies them and raises
 *       {@link dev.cim.core.event.SlaBreached}.
 *   <li>{@link dev.cim.core.supervision.SupervisorMonitor} turns hub events, SLA breaches, agent activities and the
 *       clock into {@link dev.cim.core.supervision.SupervisorAlert}s for a
 *       {@link dev.cim.core.supervision.SupervisorListener}.
 *   <li>Whisper and barge-in are hub operations: {@link dev.cim.core.InteractionHub#whisper},
 *       {@link dev.cim.core.InteractionHub#bargeIn}, {@link dev.cim.core.InteractionHub#customerTranscript}.
 *   <li>{@link dev.cim.core.supervision.ScheduleAdherence} computes adherence and conformance from
 *       {@link dev.cim.core.supervision.AgentSchedule}s and {@link dev.cim.core.supervision.ActivityChange}s.
 * </ul>
 */
package dev.cim.core.supervision;
