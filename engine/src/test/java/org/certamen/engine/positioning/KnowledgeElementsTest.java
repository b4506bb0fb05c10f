package org.certamen.engine.positioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certamen.engine.positioning.KnowledgeElements.INVALIDATED;
import static org.certamen.engine.positioning.KnowledgeElements.UNDETERMINED;
import static org.certamen.engine.positioning.KnowledgeElements.VALIDATED;

import org.junit.jupiter.api.Test;

class KnowledgeElementsTest {
  private final byte[] status = new byte[5];
  private final boolean[] direct = new boolean[5];

  @Test
  void aCorrectAnswerValidatesItsSkillAndEveryEasierOne() {
    KnowledgeElements.record(status, direct, 2, true);

    assertThat(status).containsExactly(VALIDATED, VALIDATED, VALIDATED, UNDETERMINED, UNDETERMINED);
    assertThat(direct).containsExactly(false, false, true, false, false);
  }

  @Test
  void aWrongAnswerInvalidatesItsSkillAndEveryHarderOne() {
    KnowledgeElements.record(status, direct, 2, false);

    assertThat(status).containsExactly(UNDETERMINED, UNDETERMINED, INVALIDATED, INVALIDATED,
        INVALIDATED);
  }

  @Test
  void aSkillAnsweredDirectlyKeepsItsAnswerWhateverAnotherAnswerImplies() {
    KnowledgeElements.record(status, direct, 3, true);
    KnowledgeElements.record(status, direct, 1, false);

    // The wrong answer invalidates skills 2 and 4, never answered, but not skill 3.
    assertThat(status).containsExactly(VALIDATED, INVALIDATED, INVALIDATED, VALIDATED,
        INVALIDATED);
  }
}
