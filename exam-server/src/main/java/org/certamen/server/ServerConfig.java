package org.certamen.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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

/**
 * The server's options, parsed from the command line and the environment.
 *
 * @param port 0 picks a free port
 * @param bank the bank file, or null for the demo bank
 * @param store {@code memory}, {@code redis://HOST:PORT} or
 *     {@code redis-cluster://HOST:PORT[,HOST:PORT...]}
 * @param staffToken from {@code CERTAMEN_STAFF_TOKEN}, else generated
 * @param staffTokenGenerated true when the token was generated (then it is printed at start)
 * @param questionTimeLimit time allowed per question, or null for none (the bank format has no
 *     per-question timer, so this is a server-wide setting)
 * @param smtp where invitations are mailed from, or null when they are only shown
 * @param eventLoops server instances, each on its own event loop, sharing the port and the store
 * @param publicUrl the address people use to reach the server, printed on documents; null to use
 *     the address each request came to
 * @param operations what operators set: metrics protection, log format, trusted proxies
 * @param connections read and idle timeouts and connection caps against slow clients
 */
public record ServerConfig(
    int port,
    Path bank,
    String design,
    String store,
    String minExtensionVersion,
    boolean demo,
    String staffToken,
    boolean staffTokenGenerated,
    Duration questionTimeLimit,
    Smtp smtp,
    int eventLoops,
    String publicUrl,
    Operations operations,
    ConnectionLimits connections) {

  /** An SMTP server that accepts mail from {@code from} without authentication. */
  public record Smtp(String host, int port, String from) {
  }

  /**
   * Settings for running the server in production.
   *
   * @param metricsToken the bearer token {@code /metrics} asks for, or null when it is open
   * @param logFormat {@code console} (human lines) or {@code json} (one JSON object a line, with
   *     the access log)
   * @param trustedProxies addresses of the reverse proxies whose {@code X-Request-Id} is kept
   */
  public record Operations(String metricsToken, String logFormat, Set<String> trustedProxies) {
    public static final List<String> LOG_FORMATS = List.of("console", "json");

    public Operations {
      trustedProxies = Set.copyOf(trustedProxies);
    }

    public static Operations defaults() {
      return new Operations(null, "console", Set.of());
    }
  }

  public static final String STAFF_TOKEN_VARIABLE = "CERTAMEN_STAFF_TOKEN";
  /** Options that take no value. */
  static final Set<String> FLAGS = Set.of("--demo");
  public static final String USAGE = String.join("\n",
      "Usage: java -jar exam-server.jar [options]",
      "  --port N                          HTTP port (default 8080; 0 picks a free port)",
      "  --bank FILE                       item bank file (default: the demo bank)",
      "  --design NAME                     " + String.join(" | ", TestDesign.NAMES) + " (default certamen)",
      "  --store memory|redis://HOST:PORT  where state is kept (default memory);",
      "        |redis-cluster://HOST:PORT,... a Redis Cluster, named by one or more of its nodes",
      "  --min-extension-version V         oldest browser extension accepted (default 1.0.0)",
      "  --question-time-limit-seconds N   time allowed per question (default: no limit)",
      "  --smtp-host HOST                  mail invitations through this SMTP server (default: show links only)",
      "  --smtp-port N                     its port (default 25)",
      "  --smtp-from ADDRESS               sender of invitations (default certamen@localhost)",
      "  --event-loops N                   event loops serving requests (default: one per core)",
      "  --public-url URL                  the address people reach the server at, printed on documents",
      "                                    (default: the address each request came to)",
      "  --request-read-timeout-seconds N  time to send a request's head, and its body (default 10)",
      "  --idle-timeout-seconds N          kept-alive connection without a request closed after (default 60)",
      "  --max-connections N               connections held at once (default: file descriptor limit - 256)",
      "  --max-connections-per-address N   connections held at once from one address (default 512; 0: no cap)",
      "  --demo                            create a demo session and print how to use it",
      "  --metrics-token TOKEN             bearer token required by /metrics (default: open)",
      "  --log-format console|json         human lines (default) or one JSON object a line, with access log",
      "  --trusted-proxies ADDR[,ADDR...]  proxies whose X-Request-Id is kept (default: none)",
      "Environment: " + STAFF_TOKEN_VARIABLE + " = the staff token (generated and printed when unset);",
      "  every option can also be set as CERTAMEN_<OPTION> (--port: CERTAMEN_PORT, --demo: CERTAMEN_DEMO=true);",
      "  an option on the command line wins over its variable");

  /** A configuration for tests and embedding: in-memory store, certamen design, no limits. */
  public static ServerConfig defaults(String staffToken) {
    return new ServerConfig(0, null, TestDesign.CERTAMEN, "memory", "1.0.0", false, staffToken,
        false, null, null, 1, null, Operations.defaults(), ConnectionLimits.defaults());
  }

  public ServerConfig withQuestionTimeLimit(Duration limit) {
    return new ServerConfig(port, bank, design, store, minExtensionVersion, demo, staffToken,
        staffTokenGenerated, limit, smtp, eventLoops, publicUrl, operations,
        connections);
  }

  public ServerConfig withPort(int newPort) {
    return new ServerConfig(newPort, bank, design, store, minExtensionVersion, demo, staffToken,
        staffTokenGenerated, questionTimeLimit, smtp, eventLoops, publicUrl, operations,
        connections);
  }

  public ServerConfig withEventLoops(int newEventLoops) {
    return new ServerConfig(port, bank, design, store, minExtensionVersion, demo, staffToken,
        staffTokenGenerated, questionTimeLimit, smtp, newEventLoops, publicUrl, operations,
        connections);
  }

  public ServerConfig withDemo(boolean newDemo) {
    return new ServerConfig(port, bank, design, store, minExtensionVersion, newDemo, staffToken,
        staffTokenGenerated, questionTimeLimit, smtp, eventLoops, publicUrl, operations,
        connections);
  }

  public ServerConfig withSmtp(Smtp newSmtp) {
    return new ServerConfig(port, bank, design, store, minExtensionVersion, demo, staffToken,
        staffTokenGenerated, questionTimeLimit, newSmtp, eventLoops, publicUrl, operations,
        connections);
  }

  public ServerConfig withPublicUrl(String newPublicUrl) {
    return new ServerConfig(port, bank, design, store, minExtensionVersion, demo, staffToken,
        staffTokenGenerated, questionTimeLimit, smtp, eventLoops, newPublicUrl, operations,
        connections);
  }

  public ServerConfig withOperations(Operations newOperations) {
    return new ServerConfig(port, bank, design, store, minExtensionVersion, demo, staffToken,
        staffTokenGenerated, questionTimeLimit, smtp, eventLoops, publicUrl, newOperations,
        connections);
  }

  public ServerConfig withConnections(ConnectionLimits newConnections) {
    return new ServerConfig(port, bank, design, store, minExtensionVersion, demo, staffToken,
        staffTokenGenerated, questionTimeLimit, smtp, eventLoops, publicUrl, operations,
        newConnections);
  }

  /**
   * Parses the options, each taken from the command line or else from its environment variable
   * (see {@link EnvironmentOptions}).
   *
   * @throws IllegalArgumentException with a message naming the wrong option or variable
   */
  public static ServerConfig parse(List<String> args, Map<String, String> environment) {
    List<String> fromEnvironment = EnvironmentOptions.options(environment, args);
    for (int i = 0; i < fromEnvironment.size(); i++) {
      String option = fromEnvironment.get(i);
      List<String> one = FLAGS.contains(option) ? List.of(option)
          : fromEnvironment.subList(i, i + 2);
      try {
        parseOptions(one, environment);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Environment variable "
            + EnvironmentOptions.variable(option) + ": " + e.getMessage());
      }
      i += one.size() - 1;
    }
    List<String> all = new ArrayList<>(fromEnvironment);
    all.addAll(args);
    return parseOptions(all, environment);
  }

  private static ServerConfig parseOptions(List<String> args, Map<String, String> environment) {
    int port = 8080;
    Path bank = null;
    String design = TestDesign.CERTAMEN;
    String store = "memory";
    String minExtensionVersion = "1.0.0";
    boolean demo = false;
    Duration questionTimeLimit = null;
    String smtpHost = null;
    int smtpPort = 25;
    String smtpFrom = "certamen@localhost";
    int eventLoops = Runtime.getRuntime().availableProcessors();
    String publicUrl = null;
    String metricsToken = null;
    String logFormat = "console";
    Set<String> trustedProxies = Set.of();
    ConnectionLimits defaults = ConnectionLimits.defaults();
    Duration readTimeout = defaults.requestReadTimeout();
    Duration idleTimeout = defaults.idleTimeout();
    int maxConnections = defaults.maxConnections();
    int maxPerAddress = defaults.maxConnectionsPerAddress();
    for (int i = 0; i < args.size(); i++) {
      String option = args.get(i);
      if (FLAGS.contains(option)) {
        demo = true;
        continue;
      }
      if (i + 1 >= args.size()) {
        throw new IllegalArgumentException(
            option.startsWith("--") ? "Option " + option + " needs a value" : "Unknown option " + option);
      }
      String value = args.get(++i);
      switch (option) {
        case "--port" -> port = integer(option, value, 0, 65535);
        case "--bank" -> bank = Path.of(value);
        case "--design" -> {
          if (!TestDesign.NAMES.contains(value)) {
            throw new IllegalArgumentException("Option --design: unknown design '" + value
                + "'; known designs: " + String.join(", ", TestDesign.NAMES));
          }
          design = value;
        }
        case "--store" -> {
          if (!value.equals("memory") && !value.matches("redis://[^/:]+:\\d{1,5}")
              && !value.matches("redis-cluster://[^/:,]+:\\d{1,5}(,[^/:,]+:\\d{1,5})*")) {
            throw new IllegalArgumentException("Option --store: expected memory, redis://HOST:PORT"
                + " or redis-cluster://HOST:PORT[,HOST:PORT...], not '" + value + "'");
          }
          store = value;
        }
        case "--min-extension-version" -> {
          try {
            ExtensionVersion.parse(value, "--min-extension-version");
          } catch (DomainException e) {
            throw new IllegalArgumentException("Option --min-extension-version: expected a version"
                + " like 1.2.0, not '" + value + "'");
          }
          minExtensionVersion = value;
        }
        case "--question-time-limit-seconds" ->
            questionTimeLimit = Duration.ofSeconds(integer(option, value, 1, 24 * 3600));
        case "--smtp-host" -> smtpHost = value;
        case "--smtp-port" -> smtpPort = integer(option, value, 1, 65535);
        case "--smtp-from" -> {
          if (!value.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("Option --smtp-from: expected an e-mail address, not '"
                + value + "'");
          }
          smtpFrom = value;
        }
        case "--event-loops" -> eventLoops = integer(option, value, 1, 256);
        case "--request-read-timeout-seconds" -> readTimeout = Duration.ofSeconds(integer(option, value, 1, 600));
        case "--idle-timeout-seconds" -> idleTimeout = Duration.ofSeconds(integer(option, value, 1, 3600));
        case "--max-connections" -> maxConnections = integer(option, value, 1, 10_000_000);
        case "--max-connections-per-address" -> maxPerAddress = integer(option, value, 0, 10_000_000);
        case "--public-url" -> {
          try {
            publicUrl = PublicUrl.of(value).orElse(null);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Option --public-url: expected an address such as"
                + " https://certification.mon-academie.fr, not '" + value + "'");
          }
        }
        case "--metrics-token" -> {
          if (value.length() < 16) {
            throw new IllegalArgumentException("Option --metrics-token: expected at least 16 characters");
          }
          metricsToken = value;
        }
        case "--log-format" -> {
          if (!Operations.LOG_FORMATS.contains(value)) {
            throw new IllegalArgumentException("Option --log-format: expected console or json, not '"
                + value + "'");
          }
          logFormat = value;
        }
        case "--trusted-proxies" -> trustedProxies = addresses(option, value);
        default -> throw new IllegalArgumentException("Unknown option " + option);
      }
    }
    String staffToken = environment.get(STAFF_TOKEN_VARIABLE);
    boolean generated = staffToken == null || staffToken.isBlank();
    return new ServerConfig(port, bank, design, store, minExtensionVersion, demo,
        generated ? RandomIds.secret(24) : staffToken, generated, questionTimeLimit,
        smtpHost == null ? null : new Smtp(smtpHost, smtpPort, smtpFrom), eventLoops, publicUrl,
        new Operations(metricsToken, logFormat, trustedProxies),
        new ConnectionLimits(readTimeout, idleTimeout, maxConnections, maxPerAddress));
  }

  private static Set<String> addresses(String option, String value) {
    Set<String> addresses = new LinkedHashSet<>();
    for (String address : value.split(",")) {
      if (!address.matches("[0-9.]+|[0-9a-fA-F:]+")) {
        throw new IllegalArgumentException("Option " + option
            + ": expected IP addresses separated by commas, not '" + value + "'");
      }
      addresses.add(address);
    }
    return addresses;
  }

  private static int integer(String option, String value, int min, int max) {
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "Option " + option + ": expected a whole number from " + min + " to " + max + ", not '" + value + "'");
  }
}
