package dev.cim.core.privacy;

/**
 * Encrypts the unredacted original of a message, for a channel whose {@link RedactionPolicy} keeps one. Supplied by
 * the host, which owns the keys: cim never sees a key and never decrypts.
 *
 * <p>Implementations must be thread-safe (the hub calls them from any thread), must not return the plaintext or
 * anything from which it can be read without the key, and should throw rather than return a weak result: an exception
 * makes the hub refuse the message (nothing is stored), so the original is never kept in plain.
 */
@FunctionalInterface
public interface Encryptor {
  /**
   * Encrypts a text.
   *
   * @param plaintext the unredacted text; not null
   * @return the ciphertext as text (for example Base64), at most 1 MiB long; not null
   * @throws RuntimeException if encryption fails; the hub then stores nothing
   */
  String encrypt(String plaintext);
}
