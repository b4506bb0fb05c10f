package org.certamen.benchmarks.load;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code load}: simulates candidates taking the exam against running servers, and reports. */
public final class LoadCommand {
  /**
   * Kept so that the setting holds: the client counts dropped connections as errors itself, and
   * during drills Vert.x would log each one.
   */
  private static final Logger CONNECTION_LOG = Logger.getLogger("io.vertx.core.net.impl.ConnectionBase");

  private LoadCommand() {
  }

  public static void main(String[] args) {
    LoadOptions options;
    try {
      options = LoadOptions.parse(List.of(args), System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(LoadOptions.USAGE);
      System.exit(2);
      return;
    }
    Vertx vertx = clientVertx();
    try {
      LoadReport report = new LoadRun(vertx, options).run();
      System.out.println(options.json() ? report.toJson().encode() : report.toText());
    } finally {
      vertx.close();
    }
  }

  /** The client's Vert.x: one event loop per core, as the machine is shared with the server. */
  static Vertx clientVertx() {
    CONNECTION_LOG.setLevel(Level.OFF);
    return Vertx.vertx(new VertxOptions()
        .setEventLoopPoolSize(Runtime.getRuntime().availableProcessors())
        .setBlockedThreadCheckInterval(60_000));
  }
}
