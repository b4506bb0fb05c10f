package org.certamen.server.redis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A {@code redis-server} of a test's own, on a free port, persisting every write to an
 * append-only file in a temporary directory before it replies ({@code appendfsync always}).
 */
public final class RedisProcess implements AutoCloseable {
  private final int port;
  private final Path dir;
  private Process process;

  private RedisProcess(int port, Path dir) {
    this.port = port;
    this.dir = dir;
  }

  /** Starts a server; {@link #close} kills it and deletes its files. */
  public static RedisProcess start() {
    try {
      RedisProcess redis = new RedisProcess(freePort(), Files.createTempDirectory("certamen-redis"));
      redis.launch();
      return redis;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String uri() {
    return "redis://127.0.0.1:" + port;
  }

  /** Kills the server with SIGKILL: nothing is flushed that was not already on disk. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** SIGSTOP, then SIGCONT: while frozen, commands wait for an answer as on an overloaded server. */
  public void signal(String name) {
    try {
      new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start()
          .waitFor(10, TimeUnit.SECONDS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Starts the server again on the same port and files; returns once it serves requests. */
  public void restart() {
    launch();
  }

  @Override
  public void close() throws IOException {
    kill();
    try (var files = Files.walk(dir)) {
      files.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
    }
  }

  private void launch() {
    try {
      process = new ProcessBuilder("redis-server", "--port", Integer.toString(port),
          "--bind", "127.0.0.1", "--save", "", "--appendonly", "yes", "--appendfsync", "always",
          "--dir", dir.toString())
          .redirectErrorStream(true).start();
      BufferedReader log = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = log.readLine()) != null) {
        if (line.contains("Ready to accept connections")) {
          // Keep reading the log so that the server never blocks on a full pipe.
          Thread drain = new Thread(() -> log.lines().forEach(ignored -> { }));
          drain.setDaemon(true);
          drain.start();
          return;
        }
      }
      throw new IllegalStateException("redis-server stopped before it was ready on port " + port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
