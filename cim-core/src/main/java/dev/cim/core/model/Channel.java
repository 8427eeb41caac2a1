package dev.cim.core.model;

import java.util.List;

/**
 * A channel through which a customer and a company talk: an open value type.
 *
 * <p>The built-in channels are {@link #VOICE}, {@link #EMAIL}, {@link #CHAT}, {@link #SMS}, {@link #SOCIAL},
 * {@link #APP} and {@link #IN_PERSON}; a host adds its own with {@link #of(String)}, for example
 * {@code Channel.of("whatsapp")}. A channel's name is normalised (trimmed, lower-cased), so
 * {@code Channel.of("Voice").equals(Channel.VOICE)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the normalised name: 1 to 64 characters of {@code a-z 0-9 _ - .}, starting with a letter or digit
 */
public record Channel(String name) implements Comparable<Channel> {
  /** Telephone calls. */
  public static final Channel VOICE = new Channel("voice");
  /** Email. */
  public static final Channel EMAIL = new Channel("email");
  /** Web or in-app live chat. */
  public static final Channel CHAT = new Channel("chat");
  /** Text messages. */
  public static final Channel SMS = new Channel("sms");
  /** Social networks (public posts and direct messages). */
  public static final Channel SOCIAL = new Channel("social");
  /** A company's own mobile or web application (forms, in-app messages). */
  public static final Channel APP = new Channel("app");
  /** Face to face, in a branch or store. */
  public static final Channel IN_PERSON = new Channel("in_person");

  private static final List<Channel> BUILT_INS = List.of(VOICE, EMAIL, CHAT, SMS, SOCIAL, APP, IN_PERSON);

  /**
   * Normalises and validates the name.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the normalised name is empty, longer than 64 characters or has other
   *     characters than {@code a-z 0-9 _ - .}
   */
  public Channel {
    name = Ids.name("channel", name);
  }

  /**
   * Returns the channel with the given name, built-in or not.
   *
   * @param name the name, in any case; not null
   * @return the channel
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the name is not valid
   */
  public static Channel of(String name) {
    return new Channel(name);
  }

  /**
   * Returns the built-in channels, in declaration order.
   *
   * @return an immutable list of the seven built-in channels
   */
  public static List<Channel> builtIns() {
    return BUILT_INS;
  }

  /**
   * Tells whether this is one of the built-in channels.
   *
   * @return true for the seven built-ins, false for a host's own channel
   */
  public boolean isBuiltIn() {
    return BUILT_INS.contains(this);
  }

  /** Orders channels by name. */
  @Override
  public int compareTo(Channel other) {
    return name.compareTo(other.name);
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
