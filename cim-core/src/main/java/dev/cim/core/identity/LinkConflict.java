package dev.cim.core.identity;

/**
 * What {@link dev.cim.core.InteractionHub#linkContactPoint} does when the contact point already belongs to another
 * customer.
 *
 * @since 0.1.0
 */
public enum LinkConflict {
  /**
   * Refuse: throw {@link dev.cim.core.spi.ContactPointConflictException} naming both customers; nothing changes.
   */
  FAIL,
  /** Move the contact point from its owner to the customer; the owner keeps everything else. */
  MOVE,
  /**
   * Merge the owner into the customer ({@link MergeOptions#ofDefaults()}): the verified customer survives and the
   * owner's whole history joins it.
   */
  MERGE
}
