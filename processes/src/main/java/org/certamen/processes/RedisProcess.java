package org.certamen.processes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

/**
 * A {@code redis-server} of a test's or a drill's own, on a free loopback port, writing every
 * change to its append-only file before it replies ({@code appendfsync always}), in a temporary
 * directory deleted at the end.
 */
public final class RedisProcess implements AutoCloseable {
  private static final long READY_TIMEOUT_MILLIS = 20_000;

  private final int port;
  private final Path dir;
  private Process process;

  private RedisProcess(int port, Path dir) {
    this.port = port;
    this.dir = dir;
  }

  /** Starts a server and returns once it accepts connections; {@link #close} kills it and deletes its files. */
  public static RedisProcess start() {
    try {
      RedisProcess redis = new RedisProcess(FreePorts.next(),
          Files.createTempDirectory("certamen-redis"));
      redis.launch();
      return redis;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The store option of the exam server. */
  public String uri() {
    return "redis://127.0.0.1:" + port;
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

  /** SIGKILL: only what the append-only file already holds survives. */
  public void kill() {
    Processes.kill(process);
  }

  /** Starts again on the same port and files, and returns once it serves requests. */
  public void restart() {
    launch();
  }

  @Override
  public void close() {
    kill();
    try (var files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
      Processes.awaitLine(process, log, "Ready to accept connections", READY_TIMEOUT_MILLIS, null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start redis-server: " + e.getMessage(), e);
    }
  }
}
