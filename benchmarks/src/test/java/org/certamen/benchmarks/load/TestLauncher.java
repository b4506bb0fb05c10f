package org.certamen.benchmarks.load;

import java.nio.file.Path;

/** Runs the exam server from the tests' own class path, where Maven put the server's classes. */
final class TestLauncher {
  private TestLauncher() {
  }

  /** Writes the servers' logs to {@code logs}. */
  static ServerLauncher examServer(Path logs) {
    return ServerLauncher.classPath(System.getProperty("java.class.path"), logs);
  }
}
