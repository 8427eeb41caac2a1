package dev.cim.core.privacy;

import dev.cim.core.CimException;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPointKind;
import java.util.Objects;

/**
 * Thrown when an outbound or proactive contact is refused because the contact point has not opted in to the purpose
 * (no entry, or an opt-out is the latest). Nothing was stored or sent. The message names the contact point's kind, the
 * channel and the purpose, never the contact point's value or the message text.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class ConsentRequiredException extends CimException {
  private static final long serialVersionUID = 1L;

  private final transient ContactPointKind contactPointKind;
  private final transient Channel channel;
  private final String purpose;
  private final transient ConsentStatus latest;

  /**
   * Creates the exception.
   *
   * @param contactPointKind the kind of the contact point; not null
   * @param channel the channel of the refused contact; not null
   * @param purpose the purpose of the refused contact; not null
   * @param latest the status in force, or null if the contact point has no entry for the purpose
   */
  public ConsentRequiredException(ContactPointKind contactPointKind, Channel channel, String purpose,
      ConsentStatus latest) {
    super("outbound contact on channel " + Objects.requireNonNull(channel, "channel") + " to a "
        + Objects.requireNonNull(contactPointKind, "contactPointKind") + " contact point for purpose '"
        + Objects.requireNonNull(purpose, "purpose") + "' needs an opt-in, but "
        + (latest == null ? "none was recorded" : "the latest entry is " + latest));
    this.contactPointKind = contactPointKind;
    this.channel = channel;
    this.purpose = purpose;
    this.latest = latest;
  }

  /**
   * Returns the kind of the contact point.
   *
   * @return the kind; not null
   */
  public ContactPointKind getContactPointKind() {
    return contactPointKind;
  }

  /**
   * Returns the channel of the refused contact.
   *
   * @return the channel; not null
   */
  public Channel getChannel() {
    return channel;
  }

  /**
   * Returns the purpose of the refused contact.
   *
   * @return the purpose; not null
   */
  public String getPurpose() {
    return purpose;
  }

  /**
   * Returns the status in force when the contact was refused.
   *
   * @return {@link ConsentStatus#OPTED_OUT}, or null if nothing was recorded
   */
  public ConsentStatus getLatest() {
    return latest;
  }
}
