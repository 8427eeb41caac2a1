package dev.cim.core.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Objects;

/**
 * Ready-made Jackson mappers for cim's types.
 *
 * <p>Thread-safe: the methods may be called from any thread; each returns a new mapper, which (as any configured
 * {@link ObjectMapper}) is safe to share between threads.
 */
public final class CimJson {
  private CimJson() {}

  /**
   * Returns a new mapper with cim's {@link CimJacksonModule#ofDefaults() default module}.
   *
   * @return a new mapper; not null
   * @see #newObjectMapper(CimJacksonModule)
   */
  public static ObjectMapper newObjectMapper() {
    return newObjectMapper(CimJacksonModule.ofDefaults());
  }

  /**
   * Returns a new mapper with the given module and strict reading: unknown properties, duplicate keys in an object
   * and trailing tokens after the value fail. No default typing is enabled.
   *
   * @param module the module, for example one with the host's own event types; not null
   * @return a new mapper; not null
   * @throws NullPointerException if {@code module} is null
   */
  public static ObjectMapper newObjectMapper(CimJacksonModule module) {
    Objects.requireNonNull(module, "module");
    return JsonMapper.builder()
        .addModule(module)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }
}
