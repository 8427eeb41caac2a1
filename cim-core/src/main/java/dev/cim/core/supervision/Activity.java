package dev.cim.core.supervision;

import java.util.Locale;
import java.util.Objects;

/**
 * What an agent is doing or is scheduled to do: an open value type. The built-in activities are {@link #AVAILABLE},
 * {@link #BUSY}, {@link #WRAP_UP}, {@link #BREAK}, {@link #LUNCH}, {@link #TRAINING}, {@link #MEETING} and
 * {@link #OFFLINE}; a host adds its own with {@link #of(String)}, e.g. {@code Activity.of("coaching")}. Names are
 * normalised (trimmed, lower-cased), so {@code Activity.of("Break").equals(Activity.BREAK)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the normalised name: 1 to 64 characters of {@code a-z 0-9 _ - .}, starting with a letter or digit
 * @since 0.1.0
 */
public record Activity(String name) implements Comparable<Activity> {
  /** Ready for the next contact. */
  public static final Activity AVAILABLE = new Activity("available");
  /** Handling a contact. */
  public static final Activity BUSY = new Activity("busy");
  /** After-contact work. */
  public static final Activity WRAP_UP = new Activity("wrap_up");
  /** A short break. */
  public static final Activity BREAK = new Activity("break");
  /** The meal break. */
  public static final Activity LUNCH = new Activity("lunch");
  /** Training. */
  public static final Activity TRAINING = new Activity("training");
  /** A meeting. */
  public static final Activity MEETING = new Activity("meeting");
  /** Logged out, or not known to be doing anything. */
  public static final Activity OFFLINE = new Activity("offline");

  /**
   * Normalises and validates the name.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the normalised name is empty, longer than 64 characters, does not start with a
   *     letter or digit, or has other characters than {@code a-z 0-9 _ - .}
   */
  public Activity {
    Objects.requireNonNull(name, "name");
    String n = name.strip().toLowerCase(Locale.ROOT);
    boolean ok = !n.isEmpty() && n.length() <= 64 && Character.isLetterOrDigit(n.charAt(0));
    for (int i = 0; ok && i < n.length(); i++) {
      char c = n.charAt(i);
      ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
    }
    if (!ok) {
      throw new IllegalArgumentException("activity must be 1 to 64 characters of a-z 0-9 _ - . starting with a "
          + "letter or digit, but was '" + name + "'");
    }
    name = n;
  }

  /**
   * Returns the activity with the given name, built-in or not.
   *
   * @param name the name, in any case; not null
   * @return the activity
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the name is not valid
   */
  public static Activity of(String name) {
    return new Activity(name);
  }

  /**
   * Orders by name.
   *
   * @param other the other activity; not null
   * @return the comparison of the names
   */
  @Override
  public int compareTo(Activity other) {
    return name.compareTo(other.name);
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
