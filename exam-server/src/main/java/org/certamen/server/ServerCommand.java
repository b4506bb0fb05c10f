package org.certamen.server;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.certamen.engine.TestDesign;
import org.certamen.server.exam.domain.ExtensionVersion;
import org.certamen.server.http.ConnectionLimits;
import org.certamen.server.http.PublicUrl;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.RandomIds;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The server's command line, read by picocli: each option is a setter that checks its value, so
 * that a wrong value is refused with a message naming the option. Every option can also come from
 * its environment variable (see {@link EnvironmentOptions}).
 */
@Command(name = "exam-server.jar", sortOptions = false, usageHelpWidth = 100,
    abbreviateSynopsis = true,
    description = "Serves the candidates' exam, the centres' app, the staff's console and their APIs.",
    footer = {"",
        "Environment:",
        "  " + ServerConfig.STAFF_TOKEN_VARIABLE
            + "    the staff token (generated and printed when unset)",
        "  CERTAMEN_<OPTION>       any option: --port is CERTAMEN_PORT, --demo is CERTAMEN_DEMO=true;",
        "                          an option on the command line wins over its variable"})
final class ServerCommand {
  @Spec
  private CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, order = 21,
      description = "Show this help and exit.")
  private boolean help;

  private int port = 8080;
  private Path bank;
  private String design = TestDesign.CERTAMEN;
  private String store = "memory";
  private String minExtensionVersion = "1.0.0";
  private Duration questionTimeLimit;
  private String smtpHost;
  private int smtpPort = 25;
  private String smtpFrom = "certamen@localhost";
  private int eventLoops = Runtime.getRuntime().availableProcessors();
  private String publicUrl;
  private Duration readTimeout = ConnectionLimits.defaults().requestReadTimeout();
  private Duration idleTimeout = ConnectionLimits.defaults().idleTimeout();
  private int maxConnections = ConnectionLimits.defaults().maxConnections();
  private int maxPerAddress = ConnectionLimits.defaults().maxConnectionsPerAddress();

  @Option(names = "--demo", order = 16, description = "Create a demo session and print how to use it.")
  private boolean demo;

  private String metricsToken;
  private String logFormat = "console";
  private Set<String> trustedProxies = Set.of();
  private String staffToken;

  @Option(names = "--allow-short-bank", order = 20, description = "Start even on a bank that cannot serve"
      + " whole tests (trials only).")
  private boolean allowShortBank;

  private ServerCommand() {
  }

  /**
   * Reads the options, each from the command line or else from its environment variable.
   *
   * @throws ParameterException with a message naming the wrong option or variable
   */
  static ServerCommand parse(List<String> args, Map<String, String> environment) {
    ServerCommand command = new ServerCommand();
    // As before picocli: an option given twice takes its last value.
    CommandLine commandLine = new CommandLine(command).setOverwrittenOptionsAllowed(true);
    EnvironmentOptions fromEnvironment =
        new EnvironmentOptions(commandLine.getCommandSpec(), environment, args);
    commandLine.setDefaultValueProvider(fromEnvironment);
    try {
      commandLine.parseArgs(args.toArray(String[]::new));
    } catch (ParameterException e) {
      throw fromEnvironment.named(e);
    }
    command.staffToken = environment.get(ServerConfig.STAFF_TOKEN_VARIABLE);
    return command;
  }

  boolean helpRequested() {
    return help;
  }

  void usage(PrintStream out) {
    spec.commandLine().usage(out);
  }

  boolean allowShortBank() {
    return allowShortBank;
  }

  /** The configuration read; a staff token is generated when none was set. */
  ServerConfig config() {
    boolean generated = staffToken == null || staffToken.isBlank();
    return new ServerConfig(port, bank, design, store, minExtensionVersion, demo,
        generated ? RandomIds.secret(24) : staffToken, generated, questionTimeLimit,
        smtpHost == null ? null : new ServerConfig.Smtp(smtpHost, smtpPort, smtpFrom), eventLoops,
        publicUrl, new ServerConfig.Operations(metricsToken, logFormat, trustedProxies),
        new ConnectionLimits(readTimeout, idleTimeout, maxConnections, maxPerAddress));
  }

  @Option(names = "--port", paramLabel = "N", order = 1,
      description = "HTTP port (default 8080; 0 picks a free port).")
  void port(String value) {
    port = wholeNumber("--port", value, 0, 65535);
  }

  @Option(names = "--bank", paramLabel = "FILE", order = 2,
      description = "Item bank file (default: the demo bank).")
  void bank(String value) {
    bank = Path.of(value);
  }

  @Option(names = "--design", paramLabel = "NAME", order = 3, completionCandidates = Designs.class,
      description = "${COMPLETION-CANDIDATES} (default certamen).")
  void design(String value) {
    if (!TestDesign.NAMES.contains(value)) {
      throw refused("--design", "unknown design '" + value + "'; known designs: "
          + String.join(", ", TestDesign.NAMES));
    }
    design = value;
  }

  @Option(names = "--store", paramLabel = "memory|redis://HOST:PORT|redis-cluster://HOST:PORT,...",
      order = 4, description = {"Where state is kept (default memory); a Redis Cluster is named by"
          + " one or more of its nodes."})
  void store(String value) {
    if (!value.equals("memory") && !value.matches("redis://[^/:]+:\\d{1,5}")
        && !value.matches("redis-cluster://[^/:,]+:\\d{1,5}(,[^/:,]+:\\d{1,5})*")) {
      throw refused("--store", "expected memory, redis://HOST:PORT"
          + " or redis-cluster://HOST:PORT[,HOST:PORT...], not '" + value + "'");
    }
    store = value;
  }

  @Option(names = "--min-extension-version", paramLabel = "V", order = 5,
      description = "Oldest browser extension accepted (default 1.0.0).")
  void minExtensionVersion(String value) {
    try {
      ExtensionVersion.parse(value, "--min-extension-version");
    } catch (DomainException e) {
      throw refused("--min-extension-version", "expected a version like 1.2.0, not '" + value + "'");
    }
    minExtensionVersion = value;
  }

  @Option(names = "--question-time-limit-seconds", paramLabel = "N", order = 6,
      description = "Time allowed per question (default: no limit).")
  void questionTimeLimit(String value) {
    questionTimeLimit = Duration.ofSeconds(wholeNumber("--question-time-limit-seconds", value, 1,
        24 * 3600));
  }

  @Option(names = "--smtp-host", paramLabel = "HOST", order = 7,
      description = "Mail invitations through this SMTP server (default: show links only).")
  void smtpHost(String value) {
    smtpHost = value;
  }

  @Option(names = "--smtp-port", paramLabel = "N", order = 8, description = "Its port (default 25).")
  void smtpPort(String value) {
    smtpPort = wholeNumber("--smtp-port", value, 1, 65535);
  }

  @Option(names = "--smtp-from", paramLabel = "ADDRESS", order = 9,
      description = "Sender of invitations (default certamen@localhost).")
  void smtpFrom(String value) {
    if (!value.matches("[^@\\s]+@[^@\\s]+")) {
      throw refused("--smtp-from", "expected an e-mail address, not '" + value + "'");
    }
    smtpFrom = value;
  }

  @Option(names = "--event-loops", paramLabel = "N", order = 10,
      description = "Event loops serving requests (default: one per core).")
  void eventLoops(String value) {
    eventLoops = wholeNumber("--event-loops", value, 1, 256);
  }

  @Option(names = "--public-url", paramLabel = "URL", order = 11,
      description = "The address people reach the server at, printed on documents (default: the"
          + " address each request came to).")
  void publicUrl(String value) {
    try {
      publicUrl = PublicUrl.of(value).orElse(null);
    } catch (IllegalArgumentException e) {
      throw refused("--public-url", "expected an address such as"
          + " https://certification.mon-academie.fr, not '" + value + "'");
    }
  }

  @Option(names = "--request-read-timeout-seconds", paramLabel = "N", order = 12,
      description = "Time to send a request's head, and its body (default 10).")
  void readTimeout(String value) {
    readTimeout = Duration.ofSeconds(wholeNumber("--request-read-timeout-seconds", value, 1, 600));
  }

  @Option(names = "--idle-timeout-seconds", paramLabel = "N", order = 13,
      description = "Kept-alive connection without a request closed after (default 60).")
  void idleTimeout(String value) {
    idleTimeout = Duration.ofSeconds(wholeNumber("--idle-timeout-seconds", value, 1, 3600));
  }

  @Option(names = "--max-connections", paramLabel = "N", order = 14,
      description = "Connections held at once (default: file descriptor limit - 256).")
  void maxConnections(String value) {
    maxConnections = wholeNumber("--max-connections", value, 1, 10_000_000);
  }

  @Option(names = "--max-connections-per-address", paramLabel = "N", order = 15,
      description = "Connections held at once from one address (default 512; 0: no cap).")
  void maxPerAddress(String value) {
    maxPerAddress = wholeNumber("--max-connections-per-address", value, 0, 10_000_000);
  }

  @Option(names = "--metrics-token", paramLabel = "TOKEN", order = 17,
      description = "Bearer token required by /metrics (default: open).")
  void metricsToken(String value) {
    if (value.length() < 16) {
      throw refused("--metrics-token", "expected at least 16 characters");
    }
    metricsToken = value;
  }

  @Option(names = "--log-format", paramLabel = "console|json", order = 18,
      description = "Human lines (default) or one JSON object a line, with the access log.")
  void logFormat(String value) {
    if (!ServerConfig.Operations.LOG_FORMATS.contains(value)) {
      throw refused("--log-format", "expected console or json, not '" + value + "'");
    }
    logFormat = value;
  }

  @Option(names = "--trusted-proxies", paramLabel = "ADDR[,ADDR...]", order = 19,
      description = "Proxies whose X-Request-Id is kept (default: none).")
  void trustedProxies(String value) {
    Set<String> addresses = new LinkedHashSet<>();
    for (String address : value.split(",")) {
      if (!address.matches("[0-9.]+|[0-9a-fA-F:]+")) {
        throw refused("--trusted-proxies", "expected IP addresses separated by commas, not '"
            + value + "'");
      }
      addresses.add(address);
    }
    trustedProxies = addresses;
  }

  private int wholeNumber(String option, String value, int min, int max) {
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw refused(option, "expected a whole number from " + min + " to " + max + ", not '"
        + value + "'");
  }

  /** A refusal naming the option, as "Option --port: expected ...". */
  private ParameterException refused(String option, String reason) {
    OptionSpec spec = this.spec.findOption(option);
    return new ParameterException(this.spec.commandLine(), "Option " + option + ": " + reason,
        spec, null);
  }

  /** The designs, listed in the help. */
  static final class Designs implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return TestDesign.NAMES.iterator();
    }
  }
}
