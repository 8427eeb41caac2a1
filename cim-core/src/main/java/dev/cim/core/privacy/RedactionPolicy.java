package dev.cim.core.privacy;

import java.util.Objects;
import java.util.Optional;

/**
 * What the hub does with the personal data a {@link Redactor} finds in a channel's messages: {@link #mask()} replaces
 * it by tokens and keeps nothing else; {@link #maskKeepingEncryptedOriginal(Encryptor)} stores the same masked text and
 * keeps the unredacted original only as ciphertext, in the message attribute
 * {@link MessageRedaction#ENCRYPTED_ORIGINAL}, made by the host's {@link Encryptor}. The original is never stored in
 * plain.
 *
 * <p>Immutable and thread-safe.
 */
public final class RedactionPolicy {
  private static final RedactionPolicy MASK = new RedactionPolicy(null);

  private final Encryptor encryptor;

  private RedactionPolicy(Encryptor encryptor) {
    this.encryptor = encryptor;
  }

  /**
   * Returns the policy that masks and keeps no original.
   *
   * @return the policy; not null
   */
  public static RedactionPolicy mask() {
    return MASK;
  }

  /**
   * Returns the policy that masks the stored text and keeps the original encrypted beside it (only for messages in
   * which something was masked).
   *
   * @param encryptor the host's encryptor; not null
   * @return the policy; not null
   * @throws NullPointerException if {@code encryptor} is null
   */
  public static RedactionPolicy maskKeepingEncryptedOriginal(Encryptor encryptor) {
    return new RedactionPolicy(Objects.requireNonNull(encryptor, "encryptor"));
  }

  /**
   * Returns the encryptor that keeps originals, if this policy keeps them.
   *
   * @return the encryptor, or empty for {@link #mask()}
   */
  public Optional<Encryptor> encryptor() {
    return Optional.ofNullable(encryptor);
  }

  @Override
  public String toString() {
    return encryptor == null ? "RedactionPolicy[mask]" : "RedactionPolicy[mask, keep encrypted original]";
  }
}
