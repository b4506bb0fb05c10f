package org.certamen.benchmarks.load;

import java.net.URI;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The options of {@code load}.
 *
 * @param targets servers, each session served by one of them in turn
 * @param rushSeconds 0: every candidate begins at once; else arrivals are spread evenly over
 *     this many seconds (the morning rush)
 * @param answers most answers each candidate gives (32: the whole test; 0: enter and start only)
 * @param connections most connections open to each target
 * @param serverPid the server's process id, to read its heap with {@code jcmd}; 0: not read
 * @param seconds 0: every test runs to its end; else candidates stop answering after this many
 *     seconds from the first arrival (a steady-state window)
 */
public record LoadOptions(
    List<URI> targets,
    String staffToken,
    int candidates,
    long thinkMillis,
    boolean json,
    int rushSeconds,
    int answers,
    int connections,
    long timeoutMillis,
    long serverPid,
    int seconds) {

  /**
   * Requests in flight to each target: enough to keep a server's event loops busy, few enough
   * that the latency measured is the server's, not a queue in front of it.
   */
  static final int DEFAULT_CONNECTIONS = 64;

  /** The same load, without reading the server's heap. */
  LoadOptions withoutHeap() {
    return new LoadOptions(targets, staffToken, candidates, thinkMillis, json, rushSeconds, answers,
        connections, timeoutMillis, 0, seconds);
  }

  /**
   * Parses the options as {@code load} reads them.
   *
   * @throws IllegalArgumentException naming the wrong option
   */
  public static LoadOptions parse(List<String> args, Map<String, String> environment) {
    LoadCommand command = new LoadCommand();
    try {
      new CommandLine(command).parseArgs(args.toArray(String[]::new));
    } catch (ParameterException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return command.options(environment);
  }

  /** An {@code http://HOST:PORT} URL; only loopback hosts may be loaded. */
  static URI target(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Option --target: not a URL: '" + url + "'");
    }
    if (!"http".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 1) {
      throw new IllegalArgumentException("Option --target: expected http://HOST:PORT, not '" + url + "'");
    }
    if (!uri.getHost().equals("127.0.0.1") && !uri.getHost().equals("localhost")) {
      throw new IllegalArgumentException("Option --target: only loopback servers may be loaded"
          + " (127.0.0.1 or localhost), not '" + uri.getHost() + "'");
    }
    return uri;
  }

  /**
   * {@code value} when it lies in [min, max].
   *
   * @throws IllegalArgumentException naming the option otherwise
   */
  static long number(String option, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException("Option " + option + ": expected a whole number from "
          + min + " to " + max + ", not '" + value + "'");
    }
    return value;
  }
}
