package org.certamen.benchmarks.profile;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.certamen.benchmarks.profile.ProfileSummary.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code profile}: the summary of an exam server's JFR recording that the README gives for the
 * answer path (benchmarks/answer-profile.sh records one), as Markdown tables.
 */
@Command(name = "profile", sortOptions = false,
    description = "Summarises an exam server's JFR recording: self time by layer, the answer"
        + " path's stages on the stack, garbage collection pauses.")
public final class ProfileCommand implements Callable<Integer> {
  /** The answer path's parts, from the route to the store. */
  static final List<Stage> ANSWER_PATH = List.of(
      new Stage("`ExamRoutes.answer` (an answer, from its parsed body to its reply)",
          List.of(".ExamRoutes.answer")),
      new Stage("`ExamService.answer`", List.of(".ExamService.answer")),
      new Stage("`QuestionIds` (question ids issued and read back)", List.of(".QuestionIds")),
      new Stage("`AdaptiveRun.answer` + `selectNext` (the engine)",
          List.of(".AdaptiveRun.answer", ".AdaptiveRun.selectNext")),
      new Stage("`BoundedJsonBody` + `JsonRequest.of` (request bodies)",
          List.of(".BoundedJsonBody.", ".JsonRequest.of")),
      new Stage("`JsonBytes.of` (replies)", List.of(".JsonBytes.of")),
      new Stage("`RedisExamRepository` (the answer's step and script call)",
          List.of(".RedisExamRepository.")));

  @Spec
  private CommandSpec spec;

  @Option(names = "--recording", required = true, paramLabel = "FILE",
      description = "The .jfr file (jcmd PID JFR.dump).")
  private Path recording;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ProfileSummary summary;
    try {
      summary = ProfileSummary.read(recording, ANSWER_PATH);
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), "Option --recording: cannot read '"
          + recording + "' as a JFR recording (" + e.getMessage() + ")");
    }
    out.printf(Locale.ROOT, "%,d execution samples over %d s; %d garbage collections, pauses"
        + " %d ms in all, longest %.1f ms%n%n", summary.samples(), summary.recorded().toSeconds(),
        summary.collections(), summary.totalPause().toMillis(),
        summary.longestPause().toNanos() / 1e6);
    out.println("| self time | share |");
    out.println("|---|---|");
    summary.byLayer().entrySet().stream()
        .sorted(Map.Entry.<CodeLayer, Long>comparingByValue().reversed())
        .forEach(e -> out.printf(Locale.ROOT, "| %s | %.1f %% |%n", e.getKey().label(),
            summary.percent(e.getValue())));
    out.println();
    out.println("| on the stack | share |");
    out.println("|---|---|");
    summary.byStage().forEach((label, count) -> out.printf(Locale.ROOT, "| %s | %.1f %% |%n",
        label, summary.percent(count)));
    return 0;
  }
}
