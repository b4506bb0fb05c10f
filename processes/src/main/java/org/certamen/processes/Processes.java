package org.certamen.processes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Starting and killing the processes that tests and drills run. */
public final class Processes {
  private Processes() {
  }

  /**
   * Reads the process's output until a line contains {@code marker}, then keeps draining it in
   * the background so the process never blocks on a full pipe; every line goes to {@code copy}
   * when it is not null.
   *
   * @return the line that contained the marker
   * @throws IllegalStateException when the process ends or the marker does not come in time
   */
  public static String awaitLine(Process process, BufferedReader output, String marker, long timeoutMillis,
      Writer copy) {
    StringBuilder seen = new StringBuilder();
    CompletableFuture<String> found = CompletableFuture.supplyAsync(() -> {
      try {
        String line;
        while ((line = output.readLine()) != null) {
          seen.append(line).append('\n');
          write(copy, line);
          if (line.contains(marker)) {
            return line;
          }
        }
        return null;
      } catch (IOException e) {
        return null;
      }
    });
    try {
      String line = found.get(timeoutMillis, TimeUnit.MILLISECONDS);
      if (line == null) {
        throw new IllegalStateException("The process ended before printing '" + marker + "':\n" + seen);
      }
      Thread drain = new Thread(() -> output.lines().forEach(next -> write(copy, next)),
          "drain-" + process.pid());
      drain.setDaemon(true);
      drain.start();
      return line;
    } catch (TimeoutException e) {
      kill(process);
      throw new IllegalStateException("No '" + marker + "' within " + timeoutMillis + " ms:\n" + seen);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private static void write(Writer copy, String line) {
    if (copy == null) {
      return;
    }
    try {
      copy.write(line);
      copy.write('\n');
      copy.flush();
    } catch (IOException e) {
      // The copy is for reading after the drill; the drill goes on without it.
    }
  }

  /** SIGKILL, then waits until the process is gone. */
  public static void kill(Process process) {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroyForcibly();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("Process " + process.pid() + " survived SIGKILL");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
