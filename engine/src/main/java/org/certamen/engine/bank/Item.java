package org.certamen.engine.bank;

import java.util.List;

/**
 * One calibrated question. {@code discrimination} (a) and {@code difficulty} (b) are the 2PL
 * parameters; {@code tube} groups items that test the same thing, of which a test shows at most one.
 */
public record Item(
    String id,
    String competence,
    String tube,
    String skill,
    int level,
    double discrimination,
    double difficulty,
    ItemType type,
    String instruction,
    List<String> proposals,
    Solution solution,
    boolean accessible) {

  public Item {
    proposals = List.copyOf(proposals);
  }

  /** True when the answer is correct; a malformed answer is wrong, never an exception. */
  public boolean isCorrect(Answer answer) {
    return answer != null && solution.accepts(answer);
  }
}
