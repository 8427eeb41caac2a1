package dev.cim.core.identity;

import dev.cim.core.CimException;
import dev.cim.core.model.CustomerId;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when the contact points observed on one contact belong to different customers and the resolver's
 * {@link IdentityResolver.ConflictPolicy} is {@link IdentityResolver.ConflictPolicy#REFUSE}. Nothing was stored; the
 * host decides (merge the customers, or receive the contact with fewer observed contact points).
 *
 * @since 0.1.0
 */
public final class IdentityConflictException extends CimException {
  private static final long serialVersionUID = 1L;

  private final transient Resolution resolution;

  /**
   * Creates the exception.
   *
   * @param resolution the conflicting resolution; not null
   * @throws NullPointerException if {@code resolution} is null
   */
  public IdentityConflictException(Resolution resolution) {
    super("observed contact points belong to different customers " + Objects.requireNonNull(resolution, "resolution")
        .candidates().stream().map(m -> "'" + m.customer().id() + "' (rule " + m.rule() + ")").toList());
    this.resolution = resolution;
  }

  /**
   * Returns the resolution with every candidate.
   *
   * @return the resolution; not null (unless the exception was deserialised)
   */
  public Resolution getResolution() {
    return resolution;
  }

  /**
   * Returns the ids of the customers the contact points belong to, in rule order.
   *
   * @return the ids; not null
   */
  public List<CustomerId> getCustomerIds() {
    return resolution == null ? List.of() : resolution.candidateIds();
  }
}
