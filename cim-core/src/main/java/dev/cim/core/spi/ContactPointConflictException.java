package dev.cim.core.spi;

import dev.cim.core.CimException;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.CustomerId;

/**
 * Thrown when a customer is written with a contact point that already belongs to another customer: one contact point
 * belongs to at most one customer. Nothing was written.
 */
public final class ContactPointConflictException extends CimException {
  private static final long serialVersionUID = 1L;

  private final ContactPoint contactPoint;
  private final CustomerId owner;
  private final CustomerId claimant;

  /**
   * Creates the exception.
   *
   * @param contactPoint the contact point; not null
   * @param owner the customer it belongs to; not null
   * @param claimant the customer whose write claimed it; not null
   */
  public ContactPointConflictException(ContactPoint contactPoint, CustomerId owner, CustomerId claimant) {
    super("contact point " + contactPoint.kind() + " of customer '" + claimant + "' already belongs to customer '"
        + owner + "'");
    this.contactPoint = contactPoint;
    this.owner = owner;
    this.claimant = claimant;
  }

  /**
   * Returns the contact point.
   *
   * @return the contact point; not null
   */
  public ContactPoint getContactPoint() {
    return contactPoint;
  }

  /**
   * Returns the customer the contact point belongs to.
   *
   * @return the owner; not null
   */
  public CustomerId getOwner() {
    return owner;
  }

  /**
   * Returns the customer whose write claimed the contact point.
   *
   * @return the claimant; not null
   */
  public CustomerId getClaimant() {
    return claimant;
  }
}
