package dev.cim.routing.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Not API: the plumbing the cim-routing commands share (UTF-8 streams, exit status, flag values with messages that
 * name the flag and the value).
 */
public final class Cli {

  private Cli() {}

  /** A command run in-process: arguments and streams in, exit status out. */
  @FunctionalInterface
  public interface Command {
    /**
     * Runs the command.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit status
     */
    int run(String[] args, PrintStream out, PrintStream err);
  }

  /**
   * Runs a command on UTF-8 standard streams and exits the JVM with its status.
   *
   * @param args the arguments
   * @param command the command
   */
  public static void exit(String[] args, Command command) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(command.run(args, out, err));
  }

  /**
   * Returns the value after a flag.
   *
   * @param args the arguments
   * @param i the index of the value
   * @param flag the flag, for the message
   * @return the value
   * @throws IllegalArgumentException if there is no value
   */
  public static String value(String[] args, int i, String flag) {
    if (i >= args.length) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return args[i];
  }

  /**
   * Parses a number given to a flag.
   *
   * @param v the text
   * @param flag the flag, for the message
   * @return the number
   * @throws IllegalArgumentException if {@code v} is not a number; the message names the flag and the value
   */
  public static double number(String v, String flag) {
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " must be a number, but was '" + v + "'", e);
    }
  }

  /**
   * Parses a whole number given to a flag.
   *
   * @param v the text
   * @param flag the flag, for the message
   * @return the number
   * @throws IllegalArgumentException if {@code v} is not a whole number; the message names the flag and the value
   */
  public static long whole(String v, String flag) {
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " must be a whole number, but was '" + v + "'", e);
    }
  }
}
