package org.certamen.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.certamen.server.http.ConnectionLimits;
import picocli.CommandLine.ParameterException;

/**
 * The server's options, read from the command line and the environment by {@link ServerCommand}.
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
  }

  public static final String STAFF_TOKEN_VARIABLE = "CERTAMEN_STAFF_TOKEN";

  /**
   * A configuration for tests and embedding: a free port, one event loop, in-memory store,
   * certamen design, no limits; changed by command-line options, as in {@code defaults(token,
   * "--demo")}.
   *
   * @throws IllegalArgumentException with a message naming a wrong option
   */
  public static ServerConfig defaults(String staffToken, String... options) {
    List<String> args = new ArrayList<>(List.of("--port", "0", "--event-loops", "1"));
    args.addAll(List.of(options));
    return parse(args, Map.of(STAFF_TOKEN_VARIABLE, staffToken));
  }

  /** The same configuration on another port: instances on several event loops share one. */
  public ServerConfig withPort(int newPort) {
    return new ServerConfig(newPort, bank, design, store, minExtensionVersion, demo, staffToken,
        staffTokenGenerated, questionTimeLimit, smtp, eventLoops, publicUrl, operations,
        connections);
  }

  /** The same configuration with or without the demo: only the first instance creates it. */
  public ServerConfig withDemo(boolean newDemo) {
    return new ServerConfig(port, bank, design, store, minExtensionVersion, newDemo, staffToken,
        staffTokenGenerated, questionTimeLimit, smtp, eventLoops, publicUrl, operations,
        connections);
  }

  /**
   * Parses the options, each taken from the command line or else from its environment variable
   * (see {@link ServerCommand}).
   *
   * @throws IllegalArgumentException with a message naming the wrong option or variable
   */
  public static ServerConfig parse(List<String> args, Map<String, String> environment) {
    try {
      return ServerCommand.parse(args, environment).config();
    } catch (ParameterException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
