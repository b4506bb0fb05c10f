package org.certamen.benchmarks.load;

import java.util.ArrayList;
import java.util.List;

/** What a drill checked, each check passed or failed with what was seen. */
public final class DrillChecks {
  /** One check. */
  public record Check(String name, boolean passed, String detail) {
  }

  private final String drill;
  private final List<Check> checks = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  public DrillChecks(String drill) {
    this.drill = drill;
  }

  /** Records a check; {@code detail} says what was seen either way. */
  public void check(String name, boolean passed, String detail) {
    checks.add(new Check(name, passed, detail));
  }

  /** Records a figure that is reported but not checked. */
  public void note(String note) {
    notes.add(note);
  }

  public List<Check> checks() {
    return List.copyOf(checks);
  }

  public boolean passed() {
    return !checks.isEmpty() && checks.stream().allMatch(Check::passed);
  }

  public String toText() {
    StringBuilder text = new StringBuilder("drill " + drill + "\n");
    notes.forEach(note -> text.append("  ").append(note).append('\n'));
    checks.forEach(check -> text.append(check.passed() ? "  PASS " : "  FAIL ").append(check.name())
        .append(": ").append(check.detail()).append('\n'));
    text.append(passed() ? "drill " + drill + " passed" : "drill " + drill + " FAILED").append('\n');
    return text.toString();
  }
}
