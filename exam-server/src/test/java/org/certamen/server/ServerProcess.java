package org.certamen.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The server's {@code main} in a process of its own, from the tests' class path, with a file
 * descriptor limit set by {@code ulimit -n}: what an operator starts, for the tests of signals and
 * descriptor exhaustion.
 */
final class ServerProcess implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private final Process process;
  private final int port;
  private final List<String> output = new CopyOnWriteArrayList<>();
  private Thread reader;

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts the server with {@code options} and returns once it listens. */
  static ServerProcess start(int descriptorLimit, String... options) {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of("/bin/sh", "-c",
        "ulimit -n " + descriptorLimit + " && exec \"$@\"", "sh",
        ProcessHandle.current().info().command().orElse("java"), "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "--port",
        Integer.toString(port), "--event-loops", "2"));
    command.addAll(List.of(options));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put(ServerConfig.STAFF_TOKEN_VARIABLE, TestServer.STAFF_TOKEN);
    try {
      ServerProcess server = new ServerProcess(builder.start(), port);
      server.awaitListening();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return port;
  }

  /** Every line printed so far. */
  String output() {
    return String.join("\n", output);
  }

  /** Sends SIGTERM, as an operator's {@code kill} or a container runtime does. */
  void terminate() {
    // Process.destroy would also close the pipe from which the server's last lines are read.
    process.toHandle().destroy();
  }

  /** The exit code, or null if the process still runs after {@code wait}; then its output is all read. */
  Integer exitCode(Duration wait) {
    try {
      if (!process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        return null;
      }
      reader.join(5_000);
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
    exitCode(Duration.ofSeconds(10));
  }

  private void awaitListening() {
    BufferedReader lines = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<Boolean> listening = new CompletableFuture<>();
    reader = new Thread(() -> {
      try {
        String line;
        while ((line = lines.readLine()) != null) {
          output.add(line);
          if (line.startsWith("Listening on")) {
            listening.complete(true);
          }
        }
      } catch (IOException e) {
        // The process ended.
      }
      listening.complete(false);
    }, "server-output-" + port);
    reader.setDaemon(true);
    reader.start();
    try {
      if (!listening.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("The server ended before listening:\n" + output());
      }
    } catch (Exception e) {
      close();
      throw new IllegalStateException("The server did not start: " + e + "\n" + output(), e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
