package org.certamen.benchmarks.load;

import io.vertx.core.Vertx;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.certamen.processes.FreePorts;
import org.certamen.processes.Processes;

/** An exam server in its own process, on a loopback port, that a drill can SIGKILL and restart. */
public final class ExamServerProcess implements AutoCloseable {
  private static final long START_TIMEOUT_MILLIS = 120_000;

  private final List<String> command;
  private final String staffToken;
  private final int port;
  private final Path log;
  private Process process;

  private ExamServerProcess(List<String> command, String staffToken, int port, Path log) {
    this.command = command;
    this.staffToken = staffToken;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts a server and returns once it listens.
   *
   * @param store {@code memory} or {@code redis://HOST:PORT}
   */
  public static ExamServerProcess start(ServerLauncher launcher, String store, String staffToken) {
    return start(launcher, store, staffToken, 0);
  }

  /**
   * Starts a server allowed {@code descriptorLimit} open files ({@code ulimit -n}; 0 keeps this
   * process's limit) and returns once it listens.
   */
  public static ExamServerProcess start(ServerLauncher launcher, String store, String staffToken,
      int descriptorLimit) {
    int port = FreePorts.next();
    List<String> command = new ArrayList<>();
    if (descriptorLimit > 0) {
      command.addAll(List.of("/bin/sh", "-c", "ulimit -n " + descriptorLimit + " && exec \"$@\"",
          "sh"));
    }
    command.addAll(launcher.command());
    command.addAll(List.of("--port", Integer.toString(port), "--store", store));
    ExamServerProcess server;
    try {
      server = new ExamServerProcess(command, staffToken, port,
          Files.createTempFile(launcher.logDirectory(), "certamen-drill-server-" + port + "-", ".log"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.launch();
    return server;
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** A client of this server alone, whose requests time out after 10 s. */
  public ApiClient client(Vertx vertx, int connections, LoadStats stats) {
    return new ApiClient(vertx, List.of(url()), connections, 10_000, stats);
  }

  /** The server's output, appended across restarts and kept after the drill for reading. */
  public Path log() {
    return log;
  }

  public long pid() {
    return process.pid();
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed. */
  public void kill() {
    Processes.kill(process);
  }

  /** SIGTERM, as an operator or a container runtime stops a server. */
  public void terminate() {
    // Process.destroy would also close the pipe that copies the server's last lines to the log.
    process.toHandle().destroy();
  }

  /** Waits for the process to end: its exit code, or null if it still runs after the wait. */
  public Integer awaitExit(long timeoutMillis) {
    try {
      return process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Starts again on the same port and store. */
  public void restart() {
    launch();
  }

  @Override
  public void close() {
    kill();
  }

  private void launch() {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("CERTAMEN_STAFF_TOKEN", staffToken);
    try {
      process = builder.start();
      Processes.awaitLine(process, new BufferedReader(new InputStreamReader(
          process.getInputStream(), StandardCharsets.UTF_8)), "Listening on", START_TIMEOUT_MILLIS,
          Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.APPEND));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the exam server: " + e.getMessage(), e);
    }
  }
}
