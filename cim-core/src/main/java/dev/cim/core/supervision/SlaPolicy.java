package dev.cim.core.supervision;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A service-level agreement: targets for the first response, each next response and the resolution of an
 * interaction, measured in business time on a {@link BusinessCalendar}. A target that is absent is not tracked.
 *
 * <ul>
 *   <li>First response: from the interaction opening to the first message by an agent or a supervisor who barged in
 *       ({@code AGENT} or {@code SUPERVISOR}; bots, system notices and whispers are not responses).
 *   <li>Next response: from a customer message that follows a response to the next response.
 *   <li>Resolution: from the interaction opening to its move to RESOLVED.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the policy's name, reported in breaches; 1 to 256 characters, not blank
 * @param calendar the working hours the targets are measured in; not null
 * @param firstResponse the first-response target, positive, if tracked; not null
 * @param nextResponse the next-response target, positive, if tracked; not null
 * @param resolution the resolution target, positive, if tracked; not null
 * @since 0.1.0
 */
public record SlaPolicy(String name, BusinessCalendar calendar, Optional<Duration> firstResponse,
    Optional<Duration> nextResponse, Optional<Duration> resolution) {

  /**
   * Validates the policy.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank or too long, or a target is zero or negative
   */
  public SlaPolicy {
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || name.length() > 256) {
      throw new IllegalArgumentException("name must be 1 to 256 characters and not blank, but was '" + name + "'");
    }
    Objects.requireNonNull(calendar, "calendar");
    checkTarget("firstResponse", firstResponse);
    checkTarget("nextResponse", nextResponse);
    checkTarget("resolution", resolution);
  }

  private static void checkTarget(String field, Optional<Duration> target) {
    Objects.requireNonNull(target, field);
    target.ifPresent(d -> {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(field + " must be positive, but was " + d);
      }
    });
  }

  /**
   * Returns a policy with no targets yet; add them with the {@code with*} methods.
   *
   * @param name the name; 1 to 256 characters, not blank
   * @param calendar the working hours; not null
   * @return the policy
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank or too long
   */
  public static SlaPolicy of(String name, BusinessCalendar calendar) {
    return new SlaPolicy(name, calendar, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Returns a copy with a first-response target.
   *
   * @param target the target in business time, positive; not null
   * @return the copy
   * @throws NullPointerException if {@code target} is null
   * @throws IllegalArgumentException if {@code target} is not positive
   */
  public SlaPolicy withFirstResponse(Duration target) {
    return new SlaPolicy(name, calendar, Optional.of(Objects.requireNonNull(target, "target")), nextResponse,
        resolution);
  }

  /**
   * Returns a copy with a next-response target.
   *
   * @param target the target in business time, positive; not null
   * @return the copy
   * @throws NullPointerException if {@code target} is null
   * @throws IllegalArgumentException if {@code target} is not positive
   */
  public SlaPolicy withNextResponse(Duration target) {
    return new SlaPolicy(name, calendar, firstResponse, Optional.of(Objects.requireNonNull(target, "target")),
        resolution);
  }

  /**
   * Returns a copy with a resolution target.
   *
   * @param target the target in business time, positive; not null
   * @return the copy
   * @throws NullPointerException if {@code target} is null
   * @throws IllegalArgumentException if {@code target} is not positive
   */
  public SlaPolicy withResolution(Duration target) {
    return new SlaPolicy(name, calendar, firstResponse, nextResponse,
        Optional.of(Objects.requireNonNull(target, "target")));
  }
}
