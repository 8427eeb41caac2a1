package dev.cim.core.spi;

import dev.cim.core.CimException;

/**
 * Thrown when an operation needs a stored entity that does not exist, such as updating an interaction that was never
 * created or appending a message to it.
 */
public final class EntityNotFoundException extends CimException {
  private static final long serialVersionUID = 1L;

  private final String entityType;
  private final String entityId;

  /**
   * Creates the exception.
   *
   * @param entityType the kind of entity, e.g. {@code "customer"}; not null
   * @param entityId the id that was not found; not null
   */
  public EntityNotFoundException(String entityType, String entityId) {
    super(entityType + " '" + entityId + "' does not exist");
    this.entityType = entityType;
    this.entityId = entityId;
  }

  /**
   * Returns the kind of entity.
   *
   * @return e.g. {@code "customer"}; not null
   */
  public String getEntityType() {
    return entityType;
  }

  /**
   * Returns the id that was not found.
   *
   * @return the id; not null
   */
  public String getEntityId() {
    return entityId;
  }
}
