package dev.cim.core.supervision;

import dev.cim.core.model.AttributeKey;
import java.time.Instant;

/**
 * The interaction attributes that supervision writes. They survive a JSON round trip like every attribute.
 *
 * @since 0.1.0
 */
public final class SupervisionKeys {
  private SupervisionKeys() {}

  /**
   * The id of the supervisor who last barged in on the interaction ({@code InteractionHub.bargeIn}); absent if no
   * supervisor did.
   */
  public static final AttributeKey<String> BARGED_IN_BY = AttributeKey.of("cim.supervisor.barged_in_by", String.class);

  /** When a supervisor last barged in on the interaction; absent if no supervisor did. */
  public static final AttributeKey<Instant> BARGED_IN_AT = AttributeKey.of("cim.supervisor.barged_in_at",
      Instant.class);
}
