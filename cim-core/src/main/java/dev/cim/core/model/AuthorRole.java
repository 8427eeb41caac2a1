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
  SUPERVISOR_WHISPER,
  /**
   * A supervisor who joined the conversation visibly (barge-in): seen by the customer and the agent.
   *
   * @since 0.1.0
   */
  SUPERVISOR;

  /**
   * Tells whether the customer can see messages of this role. Everything customer-facing (such as
   * {@code InteractionHub.customerTranscript}) includes only messages whose role is visible to the customer.
   *
   * @return false for {@link #SUPERVISOR_WHISPER}, true otherwise
   */
  public boolean visibleToCustomer() {
    return this != SUPERVISOR_WHISPER;
  }
}
