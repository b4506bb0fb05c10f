package org.certamen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BenchmarksCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void printsTheHelpOfEveryCommand() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("Usage: benchmarks.jar", "jmh", "load", "ceiling", "drill",
        "profile");
    for (String command : new String[] {"jmh", "load", "ceiling", "profile", "drill"}) {
      out.getBuffer().setLength(0);
      assertThat(run(command, "--help")).as(command).isZero();
      assertThat(out.toString()).contains("Usage: benchmarks.jar " + command);
    }
    assertThat(out.toString()).as("drill, the last")
        .contains("kill, redis-restart, fuzz or slow-clients");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void refusesAMissingCommandAnUnknownDrillAndAMistypedOptionWithExitCode2() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required subcommand");
    assertThat(run("drill", "flood")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown drill 'flood'");
    assertThat(run("ceiling", "--seconds", "soon")).isEqualTo(2);
    assertThat(err.toString()).contains("'--seconds'", "'soon'");
    assertThat(run("load", "--target", "http://127.0.0.1:8080", "--staff-token", "T",
        "--candidates", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("Option --candidates: expected a whole number from 1");
    assertThat(run("profile", "--recording", "no-such-recording.jfr")).isEqualTo(2);
    assertThat(err.toString()).contains("Option --recording: cannot read 'no-such-recording.jfr'");
  }

  private int run(String... args) {
    return BenchmarksCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }
}
