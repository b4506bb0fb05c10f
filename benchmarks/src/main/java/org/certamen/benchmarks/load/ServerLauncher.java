package org.certamen.benchmarks.load;

import java.nio.file.Path;
import java.util.List;

/**
 * How a drill starts exam servers.
 *
 * @param command runs the server's main class, e.g. {@code java -jar exam-server.jar}; the options
 *     follow it
 * @param logDirectory where each server's output is written: the system's temporary folder for a
 *     drill run by hand (its checks print the path), a test's own folder in tests
 */
public record ServerLauncher(List<String> command, Path logDirectory) {

  /** A built server jar. */
  public static ServerLauncher jar(String jar, Path logDirectory) {
    return new ServerLauncher(List.of(javaBinary(), "-jar", jar), logDirectory);
  }

  /** The server's main class on a class path (tests use their own). */
  public static ServerLauncher classPath(String classPath, Path logDirectory) {
    return new ServerLauncher(List.of(javaBinary(), "-cp", classPath, "org.certamen.server.Main"),
        logDirectory);
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command().orElse("java");
  }
}
