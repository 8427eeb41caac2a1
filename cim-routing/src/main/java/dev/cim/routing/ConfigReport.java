package dev.cim.routing;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link RoutingConfig#check(java.util.Collection)}: what would go wrong with a configuration before
 * it goes live.
 *
 * <p>Immutable and thread-safe.
 *
 * @param findings the findings, errors first; not null
 */
public record ConfigReport(List<Finding> findings) {

  /**
   * Copies the findings.
   *
   * @throws NullPointerException if {@code findings} or an element is null
   */
  public ConfigReport {
    findings = List.copyOf(findings);
  }

  /**
   * Tells whether there are no errors (warnings allowed).
   *
   * @return true if no finding is an {@link Severity#ERROR}
   */
  public boolean isValid() {
    return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * Returns the findings of one kind.
   *
   * @param kind the kind; not null
   * @return the findings, possibly empty; never null
   */
  public List<Finding> of(Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return findings.stream().filter(f -> f.kind() == kind).toList();
  }

  /** How bad a finding is. */
  public enum Severity {
    /** Will break routing: tasks will wait forever or a setting has no effect where one was meant. */
    ERROR,
    /** May hurt: long waits, settings that fight each other. */
    WARNING
  }

  /** What a finding is about. */
  public enum Kind {
    /** A relaxation step that a task can never reach, or that relaxes nothing. */
    UNREACHABLE_STEP,
    /** A queue whose tasks can wait without bound. */
    STARVING_QUEUE,
    /** Timers that conflict. */
    CONFLICTING_TIMERS,
    /** A required skill (or level) that no agent has. */
    MISSING_SKILL,
    /** Overflow targets that form a cycle. */
    OVERFLOW_CYCLE
  }

  /**
   * One finding.
   *
   * @param severity how bad; not null
   * @param kind what about; not null
   * @param subject the queue, topic or skill concerned; not null
   * @param message a sentence for a human; not null
   */
  public record Finding(Severity severity, Kind kind, String subject, String message) {
    /**
     * Validates the finding.
     *
     * @throws NullPointerException if an argument is null
     */
    public Finding {
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(message, "message");
    }
  }
}
