package dev.cim.core.model;

import dev.cim.core.CimException;
import java.util.Objects;

/**
 * Thrown when a contact point's value cannot be normalised for its kind: a phone number that is not a number, an
 * email address without {@code @}, a national phone number with no default country calling code.
 *
 * <p>The message names the kind, the rejected value and the rule it broke.
 */
public final class InvalidContactPointException extends CimException {
  private static final long serialVersionUID = 1L;

  private final ContactPointKind kind;
  private final String value;

  /**
   * Creates the exception.
   *
   * @param kind the kind the value was meant to be; not null
   * @param value the rejected value, as given; not null
   * @param reason the rule it broke, in words; not null
   */
  public InvalidContactPointException(ContactPointKind kind, String value, String reason) {
    super("invalid " + kind.name() + " contact point '" + Objects.requireNonNull(value, "value") + "': "
        + Objects.requireNonNull(reason, "reason"));
    this.kind = kind;
    this.value = value;
  }

  /**
   * Returns the kind the value was meant to be.
   *
   * @return the kind; not null
   */
  public ContactPointKind getKind() {
    return kind;
  }

  /**
   * Returns the rejected value, as given.
   *
   * @return the value; not null
   */
  public String getValue() {
    return value;
  }
}
