package org.certamen.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Options given as environment variables, so that a container needs no command line: option
 * {@code --smtp-host} is variable {@code CERTAMEN_SMTP_HOST}, a flag such as {@code --demo} is set
 * by {@code CERTAMEN_DEMO=true}. The options are those {@link ServerConfig#USAGE} lists, so a new
 * option gets its variable by being documented.
 */
final class EnvironmentOptions {
  private static final String PREFIX = "CERTAMEN_";
  private static final Pattern OPTION = Pattern.compile("^\\s+(--[a-z-]+)", Pattern.MULTILINE);
  /** Variables of the prefix that are not options. */
  private static final Set<String> OTHERS = Set.of(ServerConfig.STAFF_TOKEN_VARIABLE);

  private EnvironmentOptions() {
  }

  /** The variable that sets {@code option}. */
  static String variable(String option) {
    return PREFIX + option.substring(2).replace('-', '_').toUpperCase(Locale.ROOT);
  }

  /**
   * The options the environment sets and {@code args} does not, as arguments to parse before
   * {@code args}.
   *
   * @throws IllegalArgumentException for a variable of the prefix that names no option, or a flag
   *     set to something else than true or false
   */
  static List<String> options(Map<String, String> environment, List<String> args) {
    Map<String, String> optionsByVariable = new TreeMap<>();
    Matcher documented = OPTION.matcher(ServerConfig.USAGE);
    while (documented.find()) {
      optionsByVariable.put(variable(documented.group(1)), documented.group(1));
    }
    List<String> options = new ArrayList<>();
    for (Map.Entry<String, String> entry : new TreeMap<>(environment).entrySet()) {
      String name = entry.getKey();
      if (!name.startsWith(PREFIX) || OTHERS.contains(name)) {
        continue;
      }
      String option = optionsByVariable.get(name);
      if (option == null) {
        throw new IllegalArgumentException("Environment variable " + name + " names no option; known: "
            + optionsByVariable.keySet().stream().collect(Collectors.joining(", ")));
      }
      if (args.contains(option)) {
        continue;
      }
      String value = entry.getValue();
      if (ServerConfig.FLAGS.contains(option)) {
        if (!value.equals("true") && !value.equals("false")) {
          throw new IllegalArgumentException("Environment variable " + name
              + ": expected true or false, not '" + value + "'");
        }
        if (value.equals("true")) {
          options.add(option);
        }
      } else {
        options.add(option);
        options.add(value);
      }
    }
    return options;
  }
}
