package dev.cim.core.identity;

/**
 * Where an observed contact point came from, and so how far it can be trusted to identify a person.
 *
 * <p>{@link #PROFILE} and {@link #VERIFIED} are certain; {@link #CHANNEL} (the address the channel itself reported:
 * caller id, an email's sender, a chat login) is nearly so; {@link #SIGNATURE} and {@link #SCRAPED} are only probable.
 *
 * @since 0.1.0
 */
public enum Evidence {
  /** Taken from the customer's profile in the host's system. */
  PROFILE(1.0),
  /** Verified by an agent or a confirmation loop (a code sent and returned). */
  VERIFIED(1.0),
  /** Reported by the channel the contact arrived on (caller id, sender address, logged-in handle). */
  CHANNEL(0.9),
  /** Read from the signature of a message. */
  SIGNATURE(0.6),
  /** Scraped from free text or a third party. */
  SCRAPED(0.4);

  private final double confidence;

  Evidence(double confidence) {
    this.confidence = confidence;
  }

  /**
   * Returns how far this evidence identifies a person, in (0, 1].
   *
   * @return the confidence; 1 for certain evidence
   */
  public double confidence() {
    return confidence;
  }

  /**
   * Tells whether this evidence is certain (confidence 1).
   *
   * @return true for {@link #PROFILE} and {@link #VERIFIED}
   */
  public boolean isCertain() {
    return confidence >= 1.0;
  }
}
