package org.certamen.benchmarks.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap a server process uses after a full collection, read with {@code jcmd}: what its live
 * state costs, without adding an endpoint to the server.
 */
public final class ServerHeap {
  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  private ServerHeap() {
  }

  /**
   * Runs a full collection in the process, then reads its used heap.
   *
   * @throws IllegalStateException when jcmd fails or prints no heap figure
   */
  public static long usedAfterGcBytes(long pid) {
    jcmd(pid, "GC.run");
    String info = jcmd(pid, "GC.heap_info");
    Matcher used = USED.matcher(info);
    if (!used.find()) {
      throw new IllegalStateException("jcmd " + pid + " GC.heap_info printed no used heap: " + info);
    }
    return Long.parseLong(used.group(1)) * 1024;
  }

  private static String jcmd(long pid, String command) {
    try {
      Process process = new ProcessBuilder("jcmd", Long.toString(pid), command)
          .redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + output);
      }
      return output;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot run jcmd: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
