package dev.cim.core.analytics;

/**
 * What a {@link Fact} says happened. Interaction facts ({@link #isInteractionFact()}) name an interaction and its case;
 * {@link #PRESENCE} names an agent; {@link #SURVEY} carries a {@link SurveyResponse}.
 *
 * @since 0.1.0
 */
public enum FactType {
  /** A contact opened a new interaction. */
  ARRIVED,
  /** The interaction entered a queue (again, after a transfer or a rejected offer). */
  QUEUED,
  /** The interaction was offered to an agent. */
  OFFERED,
  /** An agent took the interaction (ACTIVE from a waiting state); the fact names the agent. */
  ANSWERED,
  /** The agent put the customer on hold. */
  HOLD_STARTED,
  /** The hold ended. */
  HOLD_ENDED,
  /** The conversation ended and after-contact work began. */
  WRAP_UP_STARTED,
  /** After-contact work ended. */
  WRAP_UP_ENDED,
  /** The interaction was resolved (terminal). */
  RESOLVED,
  /** The interaction was closed without resolution (terminal). */
  CLOSED,
  /** The customer left before being served (terminal). */
  ABANDONED,
  /** The interaction was handed on to another queue or agent. */
  TRANSFERRED,
  /** The customer wrote a message (time and role only, never content). */
  CUSTOMER_MESSAGE,
  /** An agent wrote a message (time and role only, never content). */
  AGENT_MESSAGE,
  /** An agent's activity changed (host-fed); the fact names the agent and the new {@link AgentActivity}. */
  PRESENCE,
  /** A customer answered a survey (host-fed). */
  SURVEY,
  /**
   * A bot handed the interaction off to a human (it is queued next); agent response times count from here.
   *
   * @since 0.1.0
   */
  BOT_HANDOFF,
  /**
   * A bot resolved the interaction without a human (a RESOLVED fact follows).
   *
   * @since 0.1.0
   */
  BOT_RESOLVED;

  /**
   * Tells whether facts of this type are about one interaction (everything but PRESENCE and SURVEY).
   *
   * @return true for interaction facts
   */
  public boolean isInteractionFact() {
    return this != PRESENCE && this != SURVEY;
  }

  /**
   * Tells whether this type ends an interaction (RESOLVED, CLOSED, ABANDONED).
   *
   * @return true for terminal facts
   */
  public boolean isTerminal() {
    return this == RESOLVED || this == CLOSED || this == ABANDONED;
  }
}
