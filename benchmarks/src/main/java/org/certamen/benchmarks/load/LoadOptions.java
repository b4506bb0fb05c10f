package org.certamen.benchmarks.load;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The options of {@code load}.
 *
 * @param targets servers, used round-robin
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

  public static final String USAGE = String.join("\n",
      "Usage: load --target URL | --targets URL1,URL2  --staff-token T  --candidates N  [options]",
      "  --think-ms MS        pause before each answer (default 0)",
      "  --json               print one JSON object instead of a table",
      "  --rush-seconds S     spread the candidates' arrivals over S seconds (default 0: all at once)",
      "  --answers K          answers per candidate (default 32, the whole test; 0: enter and start)",
      "  --connections C      connections per target (default 64); more candidates queue for one",
      "  --timeout-ms MS      a request without a response by then is an error (default 10000)",
      "  --server-pid PID     read the server's heap with jcmd, to report heap per candidate",
      "  --seconds S          stop answering S seconds after the first arrival (default 0: at the end)",
      "The staff token may also come from CERTAMEN_STAFF_TOKEN.");

  /**
   * Parses the options.
   *
   * @throws IllegalArgumentException naming the wrong option
   */
  public static LoadOptions parse(List<String> args, Map<String, String> environment) {
    List<URI> targets = new ArrayList<>();
    String staffToken = environment.get("CERTAMEN_STAFF_TOKEN");
    int candidates = -1;
    long think = 0;
    boolean json = false;
    int rush = 0;
    int answers = 32;
    int connections = -1;
    long timeout = 10_000;
    long pid = 0;
    int seconds = 0;
    for (int i = 0; i < args.size(); i++) {
      String option = args.get(i);
      if (option.equals("--json")) {
        json = true;
        continue;
      }
      if (i + 1 >= args.size()) {
        throw new IllegalArgumentException("Option " + option + " needs a value");
      }
      String value = args.get(++i);
      switch (option) {
        case "--target", "--targets" -> {
          for (String url : value.split(",")) {
            targets.add(target(url.strip()));
          }
        }
        case "--staff-token" -> staffToken = value;
        case "--candidates" -> candidates = (int) number(option, value, 1, 1_000_000);
        case "--think-ms" -> think = number(option, value, 0, 3_600_000);
        case "--rush-seconds" -> rush = (int) number(option, value, 0, 3600);
        case "--answers" -> answers = (int) number(option, value, 0, 1000);
        case "--connections" -> connections = (int) number(option, value, 1, 100_000);
        case "--timeout-ms" -> timeout = number(option, value, 1, 3_600_000);
        case "--server-pid" -> pid = number(option, value, 1, Long.MAX_VALUE);
        case "--seconds" -> seconds = (int) number(option, value, 0, 24 * 3600);
        default -> throw new IllegalArgumentException("Unknown option " + option);
      }
    }
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("Option --target is required");
    }
    if (staffToken == null || staffToken.isBlank()) {
      throw new IllegalArgumentException("Option --staff-token is required (or CERTAMEN_STAFF_TOKEN)");
    }
    if (candidates < 0) {
      throw new IllegalArgumentException("Option --candidates is required");
    }
    return new LoadOptions(targets, staffToken, candidates, think, json, rush, answers,
        connections > 0 ? connections : DEFAULT_CONNECTIONS, timeout, pid, seconds);
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

  private static long number(String option, String value, long min, long max) {
    try {
      long parsed = Long.parseLong(value);
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("Option " + option + ": expected a whole number from "
        + min + " to " + max + ", not '" + value + "'");
  }
}
