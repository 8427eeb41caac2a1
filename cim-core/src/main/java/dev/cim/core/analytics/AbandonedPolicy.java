package dev.cim.core.analytics;

/**
 * How abandoned contacts count in the service level, the industry's four usual choices. With {@code A} answered,
 * {@code Aw} answered within the threshold T, {@code B} abandoned, {@code Bs} abandoned after waiting less than the
 * short-abandon threshold, {@code Bt} abandoned within T:
 *
 * @since 0.1.0
 */
public enum AbandonedPolicy {
  /** {@code SL = Aw / A}: abandoned contacts are left out. */
  EXCLUDED,
  /** {@code SL = Aw / (A + B)}: every abandoned contact is a miss. */
  COUNTED_AS_MISSED,
  /** {@code SL = Aw / (A + B - Bs)}: short abandons are left out, the others are misses. */
  SHORT_EXCLUDED,
  /** {@code SL = Aw / (A + B - Bt)}: contacts abandoned within T are left out, later ones are misses. */
  WITHIN_THRESHOLD_EXCLUDED
}
