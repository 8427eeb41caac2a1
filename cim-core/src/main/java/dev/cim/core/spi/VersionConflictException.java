package dev.cim.core.spi;

import dev.cim.core.CimException;

/**
 * Thrown when a write carries a version other than the stored one: someone else wrote the entity since it was read
 * (optimistic concurrency). Nothing was written. Read the entity again, reapply the change and retry.
 */
public final class VersionConflictException extends CimException {
  private static final long serialVersionUID = 1L;

  private final String entityType;
  private final String entityId;
  private final long expectedVersion;
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param entityType the kind of entity, e.g. {@code "customer"}; not null
   * @param entityId the entity's id; not null
   * @param expectedVersion the version the write carried (the one its caller read)
   * @param actualVersion the version in the store; {@code 0} if the entity is not stored
   */
  public VersionConflictException(String entityType, String entityId, long expectedVersion, long actualVersion) {
    super(entityType + " '" + entityId + "' was written with version " + expectedVersion + ", but the stored version is "
        + (actualVersion == 0 ? "0 (not stored)" : String.valueOf(actualVersion)));
    this.entityType = entityType;
    this.entityId = entityId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
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
   * Returns the entity's id.
   *
   * @return the id as a string; not null
   */
  public String getEntityId() {
    return entityId;
  }

  /**
   * Returns the version the write carried.
   *
   * @return the expected version
   */
  public long getExpectedVersion() {
    return expectedVersion;
  }

  /**
   * Returns the version in the store.
   *
   * @return the actual version, {@code 0} if the entity is not stored
   */
  public long getActualVersion() {
    return actualVersion;
  }
}
