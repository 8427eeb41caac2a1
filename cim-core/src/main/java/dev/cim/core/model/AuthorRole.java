package dev.cim.core.model;

/** Who wrote or said a {@link Message}. */
public enum AuthorRole {
  /** The customer. */
  CUSTOMER,
  /** An agent of the company. */
  AGENT,
  /** An automated assistant. */
  BOT,
  /** The system itself (notices such as "transferred to billing"). */
  SYSTEM,
  /** A supervisor's whisper: seen by the agent only, never by the customer. */
  SUPERVISOR_WHISPER;

  /**
   * Tells whether the customer can see messages of this role.
   *
   * @return false for {@link #SUPERVISOR_WHISPER}, true otherwise
   */
  public boolean visibleToCustomer() {
    return this != SUPERVISOR_WHISPER;
  }
}
