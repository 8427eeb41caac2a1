package dev.cim.core.memory;

import dev.cim.core.spi.EntityNotFoundException;
import dev.cim.core.spi.VersionConflictException;

/** The version checks every in-memory store makes on create and update (CS-2/6, IS-2/4, AS-2/4). Not API. */
final class Versions {
  private Versions() {}

  /** Rejects a new entity whose version is not 0. */
  static void requireNew(String type, Object id, long version) {
    if (version != 0) {
      throw new IllegalArgumentException("version of new " + type + " '" + id + "' must be 0, but was " + version);
    }
  }

  /** Rejects an update of an entity that is not stored, or that carries a version other than the stored one. */
  static void requireCurrent(String type, String id, Long storedVersion, long givenVersion) {
    if (storedVersion == null) {
      throw new EntityNotFoundException(type, id);
    }
    if (storedVersion != givenVersion) {
      throw new VersionConflictException(type, id, givenVersion, storedVersion);
    }
  }
}
