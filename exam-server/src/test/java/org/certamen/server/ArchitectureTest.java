package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the dependency directions of STYLE.md from the sources' imports: contexts depend only
 * downwards ({@code results → exam → planning → shared}, {@code centre → planning},
 * {@code campaigns → roster}), and inside a context
 * {@code http} and {@code storage} never depend on each other.
 */
class ArchitectureTest {
  private static final Path SOURCES = Path.of("src/main/java/org/certamen/server");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.certamen\\.server\\.(\\w+)\\.?(\\w*)", Pattern.MULTILINE);
  private static final Map<String, List<String>> ALLOWED = Map.of(
      "shared", List.of("shared"),
      "limits", List.of("limits", "shared"),
      "planning", List.of("planning", "shared"),
      "exam", List.of("exam", "planning", "limits", "shared"),
      "supervision", List.of("supervision", "exam", "planning", "limits", "shared"),
      "results", List.of("results", "exam", "planning", "limits", "shared"),
      "centre", List.of("centre", "limits", "planning", "shared"),
      "roster", List.of("roster", "centre", "exam", "planning", "shared"),
      "campaigns", List.of("campaigns", "roster", "limits", "shared"));

  @Test
  void contextsDependOnlyDownwardsAndLayersStayApart() throws IOException {
    List<String> violations = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path relative = SOURCES.relativize(file);
        if (relative.getNameCount() < 3) {
          continue;
        }
        checked++;
        String context = relative.getName(0).toString();
        String layer = relative.getName(1).toString();
        Matcher imported = IMPORT.matcher(Files.readString(file));
        while (imported.find()) {
          String target = imported.group(1);
          String targetLayer = imported.group(2);
          boolean domainCode = layer.equals("domain") || context.equals("shared");
          if (ALLOWED.containsKey(context) && domainCode && !ALLOWED.get(context).contains(target)) {
            violations.add(relative + " imports " + target);
          }
          if (target.equals(context) && (layer.equals("http") && targetLayer.equals("storage")
              || layer.equals("storage") && targetLayer.equals("http"))) {
            violations.add(relative + " crosses " + layer + " → " + targetLayer);
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(30);
    assertThat(violations).isEmpty();
  }
}
