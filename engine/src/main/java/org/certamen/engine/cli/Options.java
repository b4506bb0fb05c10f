package org.certamen.engine.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options and {@code --flag} switches of one subcommand, checked up front. */
final class Options {
  private final Map<String, String> values = new HashMap<>();

  private Options() {
  }

  /**
   * @param valued options that take a value
   * @param flags options that take none
   * @throws UsageException for an unknown or repeated option, or a missing value
   */
  static Options parse(String[] args, int from, Set<String> valued, Set<String> flags)
      throws UsageException {
    Options options = new Options();
    for (int i = from; i < args.length; i++) {
      String name = args[i];
      if (!valued.contains(name) && !flags.contains(name)) {
        throw new UsageException("unknown option '" + name + "'");
      }
      String value = "";
      if (valued.contains(name)) {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
          throw new UsageException("option " + name + " needs a value");
        }
        value = args[++i];
      }
      if (options.values.put(name, value) != null) {
        throw new UsageException("option " + name + " is given twice");
      }
    }
    return options;
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  String required(String name) throws UsageException {
    String value = values.get(name);
    if (value == null) {
      throw new UsageException("option " + name + " is required");
    }
    return value;
  }

  Path path(String name) throws UsageException {
    return Path.of(required(name));
  }

  /** A required integer of at least {@code min}. */
  int integer(String name, int min) throws UsageException {
    String text = required(name);
    try {
      int value = Integer.parseInt(text);
      if (value >= min) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Reported below with the same message as a value out of range.
    }
    throw new UsageException("option " + name + " must be an integer ≥ " + min + ", not '" + text + "'");
  }

  /** An optional number, or {@code fallback} when the option is absent. */
  double decimal(String name, double fallback) throws UsageException {
    if (!has(name)) {
      return fallback;
    }
    String text = values.get(name);
    try {
      double value = Double.parseDouble(text);
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw new UsageException("option " + name + " must be a number, not '" + text + "'");
  }

  /** An optional value among {@code choices}, or {@code fallback} when the option is absent. */
  String choice(String name, List<String> choices, String fallback) throws UsageException {
    if (!has(name)) {
      return fallback;
    }
    String text = values.get(name);
    if (!choices.contains(text)) {
      throw new UsageException("option " + name + " must be one of " + String.join(", ", choices)
          + ", not '" + text + "'");
    }
    return text;
  }

  long longValue(String name) throws UsageException {
    String text = required(name);
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new UsageException("option " + name + " must be an integer, not '" + text + "'");
    }
  }
}
