package org.certamen.benchmarks.load;

import java.util.List;

/** Runs the exam server from the tests' own class path, where Maven put the server's classes. */
final class TestLauncher {
  private TestLauncher() {
  }

  static List<String> examServer() {
    return ExamServerProcess.classPathLauncher(System.getProperty("java.class.path"));
  }
}
