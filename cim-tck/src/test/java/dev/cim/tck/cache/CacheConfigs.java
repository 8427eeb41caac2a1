package dev.cim.tck.cache;

import dev.cim.core.cache.CacheConfig;

/** The bounds the calibration tests use. */
final class CacheConfigs {
  /** Small bounds, so that the kit also runs through eviction; maintenance on the calling thread. */
  static final CacheConfig SMALL = CacheConfig.custom().maximumSize(16).executor(Runnable::run).build();

  private CacheConfigs() {}
}
