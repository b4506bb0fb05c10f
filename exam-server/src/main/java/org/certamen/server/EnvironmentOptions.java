package org.certamen.server;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Options given as environment variables, so that a container needs no command line: option
 * {@code --smtp-host} is variable {@code CERTAMEN_SMTP_HOST}, a flag such as {@code --demo} is set
 * by {@code CERTAMEN_DEMO=true}. Every option of the command has its variable; a variable that
 * names none is refused, so that a misspelt one is not silently ignored. The values are picocli's
 * defaults: an option on the command line wins over its variable.
 */
final class EnvironmentOptions implements IDefaultValueProvider {
  private static final String PREFIX = "CERTAMEN_";
  /** Variables of the prefix that are not options. */
  private static final Set<String> OTHERS = Set.of(ServerConfig.STAFF_TOKEN_VARIABLE);

  private final Map<String, String> environment;
  private final List<String> args;

  /**
   * @throws ParameterException for a variable of the prefix that names no option, or a flag set
   *     to something else than true or false
   */
  EnvironmentOptions(CommandSpec command, Map<String, String> environment, List<String> args) {
    this.environment = environment;
    this.args = args;
    Map<String, OptionSpec> optionsByVariable = new TreeMap<>();
    command.options().stream().filter(option -> !option.usageHelp())
        .forEach(option -> optionsByVariable.put(variable(option), option));
    for (Map.Entry<String, String> entry : new TreeMap<>(environment).entrySet()) {
      String name = entry.getKey();
      if (!name.startsWith(PREFIX) || OTHERS.contains(name)) {
        continue;
      }
      OptionSpec option = optionsByVariable.get(name);
      if (option == null) {
        throw new ParameterException(command.commandLine(), "Environment variable " + name
            + " names no option; known: " + String.join(", ", optionsByVariable.keySet()));
      }
      if (isFlag(option) && !entry.getValue().equals("true") && !entry.getValue().equals("false")) {
        throw new ParameterException(command.commandLine(), "Environment variable " + name
            + ": expected true or false, not '" + entry.getValue() + "'");
      }
    }
  }

  /** The variable's value, unless the option is on the command line. */
  @Override
  public String defaultValue(ArgSpec argument) {
    if (!(argument instanceof OptionSpec option) || onCommandLine(option)) {
      return null;
    }
    return environment.get(variable(option));
  }

  /** The same refusal, naming the variable when the wrong value came from it. */
  ParameterException named(ParameterException refusal) {
    if (refusal.getArgSpec() instanceof OptionSpec option && defaultValue(option) != null) {
      return new ParameterException(refusal.getCommandLine(), "Environment variable "
          + variable(option) + ": " + refusal.getMessage(), refusal, option, null);
    }
    return refusal;
  }

  /** The variable that sets {@code option}. */
  static String variable(OptionSpec option) {
    return PREFIX + option.longestName().substring(2).replace('-', '_').toUpperCase(Locale.ROOT);
  }

  private boolean onCommandLine(OptionSpec option) {
    String name = option.longestName();
    return args.stream().anyMatch(arg -> arg.equals(name) || arg.startsWith(name + "="));
  }

  private static boolean isFlag(OptionSpec option) {
    return option.arity().max() == 0;
  }
}
