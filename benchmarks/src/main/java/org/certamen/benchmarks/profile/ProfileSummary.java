package org.certamen.benchmarks.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * What a JFR recording says of where a process's time went: its execution samples by the layer of
 * the frame they ran in (self time) and by the stages found anywhere on their stack, and its
 * garbage collections' pauses (which execution samples do not show).
 *
 * @param samples execution samples in the recording
 * @param byLayer samples by the layer of their top frame
 * @param byStage samples whose stack holds a frame of the stage, in the stages' order
 * @param collections garbage collections
 * @param totalPause their pauses summed
 * @param longestPause the longest single pause
 * @param recorded from the first event to the last
 */
public record ProfileSummary(long samples, Map<CodeLayer, Long> byLayer,
    Map<String, Long> byStage, long collections, Duration totalPause, Duration longestPause,
    Duration recorded) {

  /**
   * A named part of the work, recognised by its frames: a frame is in the stage when its
   * "package.Class.method" name holds one of {@code patterns}.
   */
  public record Stage(String label, List<String> patterns) {
    boolean matches(String frame) {
      return patterns.stream().anyMatch(frame::contains);
    }
  }

  public static ProfileSummary read(Path recording, List<Stage> stages) throws IOException {
    Map<CodeLayer, Long> byLayer = new EnumMap<>(CodeLayer.class);
    Map<String, Long> byStage = new LinkedHashMap<>();
    stages.forEach(stage -> byStage.put(stage.label(), 0L));
    long samples = 0;
    long collections = 0;
    Duration totalPause = Duration.ZERO;
    Duration longestPause = Duration.ZERO;
    Instant first = null;
    Instant last = null;
    try (RecordingFile file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        RecordedEvent event = file.readEvent();
        if (first == null || event.getStartTime().isBefore(first)) first = event.getStartTime();
        if (last == null || event.getEndTime().isAfter(last)) last = event.getEndTime();
        switch (event.getEventType().getName()) {
          case "jdk.ExecutionSample" -> {
            List<RecordedFrame> frames = event.getStackTrace() == null ? List.of()
                : event.getStackTrace().getFrames();
            if (frames.isEmpty()) continue;
            samples++;
            byLayer.merge(CodeLayer.of(className(frames.get(0))), 1L, Long::sum);
            List<String> names = frames.stream().map(ProfileSummary::name).toList();
            for (Stage stage : stages) {
              if (names.stream().anyMatch(stage::matches)) {
                byStage.merge(stage.label(), 1L, Long::sum);
              }
            }
          }
          case "jdk.GarbageCollection" -> {
            collections++;
            totalPause = totalPause.plus(event.getDuration("sumOfPauses"));
            Duration longest = event.getDuration("longestPause");
            if (longest.compareTo(longestPause) > 0) longestPause = longest;
          }
          default -> { }
        }
      }
    }
    Duration recorded = first == null ? Duration.ZERO : Duration.between(first, last);
    return new ProfileSummary(samples, byLayer, byStage, collections, totalPause, longestPause,
        recorded);
  }

  /** The share of the samples, in percent. */
  public double percent(long count) {
    return samples == 0 ? 0 : 100.0 * count / samples;
  }

  private static String className(RecordedFrame frame) {
    return frame.getMethod().getType().getName();
  }

  private static String name(RecordedFrame frame) {
    return className(frame) + "." + frame.getMethod().getName();
  }
}
