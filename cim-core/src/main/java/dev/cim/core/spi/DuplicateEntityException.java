package dev.cim.core.spi;

import dev.cim.core.CimException;

/**
 * Thrown when an entity is created with an id that is already stored with different content. Creating it again with
 * equal content is not an error (creation is idempotent). Nothing was written.
 */
public final class DuplicateEntityException extends CimException {
  private static final long serialVersionUID = 1L;

  private final String entityType;
  private final String entityId;

  /**
   * Creates the exception.
   *
   * @param entityType the kind of entity, e.g. {@code "interaction"}; not null
   * @param entityId the id that is already taken; not null
   */
  public DuplicateEntityException(String entityType, String entityId) {
    super(entityType + " '" + entityId + "' already exists with different content");
    this.entityType = entityType;
    this.entityId = entityId;
  }

  /**
   * Returns the kind of entity.
   *
   * @return e.g. {@code "interaction"}; not null
   */
  public String getEntityType() {
    return entityType;
  }

  /**
   * Returns the id that is already taken.
   *
   * @return the id; not null
   */
  public String getEntityId() {
    return entityId;
  }
}
