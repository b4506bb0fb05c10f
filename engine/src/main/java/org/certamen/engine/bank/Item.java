package org.certamen.engine.bank;

import java.util.List;

/**
 * One calibrated question. {@code discrimination} (a) and {@code difficulty} (b) are the 2PL
 * parameters; {@code tube} groups items that test the same thing, of which a test shows at most one.
 * {@code allowedDomains} are the web sites the question needs (a search engine for a research
 * question, say): the browser extension leaves them reachable while the question is on screen.
 * {@code code} is a piece of source code the instruction refers to, shown apart in a monospace
 * block that keeps its indentation, or null when the question has none.
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
    boolean accessible,
    List<String> allowedDomains,
    String code) {

  public Item {
    proposals = List.copyOf(proposals);
    allowedDomains = List.copyOf(allowedDomains);
  }

  /** An item without code. */
  public Item(String id, String competence, String tube, String skill, int level,
      double discrimination, double difficulty, ItemType type, String instruction,
      List<String> proposals, Solution solution, boolean accessible, List<String> allowedDomains) {
    this(id, competence, tube, skill, level, discrimination, difficulty, type, instruction,
        proposals, solution, accessible, allowedDomains, null);
  }

  /** An item that needs no web site and has no code. */
  public Item(String id, String competence, String tube, String skill, int level,
      double discrimination, double difficulty, ItemType type, String instruction,
      List<String> proposals, Solution solution, boolean accessible) {
    this(id, competence, tube, skill, level, discrimination, difficulty, type, instruction,
        proposals, solution, accessible, List.of(), null);
  }

  /** True when the answer is correct; a malformed answer is wrong, never an exception. */
  public boolean isCorrect(Answer answer) {
    return answer != null && solution.accepts(answer);
  }
}
