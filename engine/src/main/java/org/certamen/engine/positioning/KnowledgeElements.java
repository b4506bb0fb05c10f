package org.certamen.engine.positioning;

/**
 * The national model's propagation inside one tube, over skills in ascending level: a correct
 * answer validates its skill and every easier one, a wrong answer or a skip invalidates its skill
 * and every harder one. A skill answered directly keeps its own answer: only the skills never
 * answered follow what the latest answer implies.
 */
final class KnowledgeElements {
  static final byte UNDETERMINED = 0;
  static final byte VALIDATED = 1;
  static final byte INVALIDATED = 2;

  private KnowledgeElements() {
  }

  /**
   * Records a direct answer to the skill at {@code position} of a tube.
   *
   * @param status per skill of the tube, ascending level; updated
   * @param direct per skill, true once answered directly; updated
   */
  static void record(byte[] status, boolean[] direct, int position, boolean correct) {
    status[position] = correct ? VALIDATED : INVALIDATED;
    direct[position] = true;
    if (correct) {
      for (int s = 0; s < position; s++) {
        if (!direct[s]) {
          status[s] = VALIDATED;
        }
      }
    } else {
      for (int s = position + 1; s < status.length; s++) {
        if (!direct[s]) {
          status[s] = INVALIDATED;
        }
      }
    }
  }
}
