package org.certamen.server.evaluation.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.certamen.engine.bank.BankReader;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemBank;
import org.certamen.server.evaluation.domain.ExamState;
import org.certamen.server.session.domain.ExamStatus;
import org.junit.jupiter.api.Test;

/** What the candidate's page receives of a question. */
class ExamRoutesTest {
  private static final ItemBank DEMO_BANK = BankReader.demoBank();

  @Test
  void sendsTheCodeOfAQuestionVerbatimAndNeverItsSolution() {
    Item item = DEMO_BANK.find("rec-3.4-boucles-6").orElseThrow();

    JsonObject state = ExamRoutes.stateJson(
        new ExamState(ExamStatus.IN_PROGRESS, 5, 32, 3000, item, true));

    JsonObject question = state.getJsonObject("question");
    assertThat(question.getString("code"))
        .isEqualTo("c = 0\nfor i in range(3):\n    for j in range(4):\n        c = c + 1\nprint(c)");
    assertThat(question.getString("instruction")).isEqualTo("Qu'affiche ce programme Python ?");
    assertThat(question.fieldNames()).doesNotContain("solution", "difficulty", "discrimination");
    assertThat(state.getBoolean("started")).isTrue();
  }

  @Test
  void sendsANullCodeForAQuestionWithout() {
    Item item = DEMO_BANK.items().get(0);

    JsonObject question = ExamRoutes.stateJson(
        new ExamState(ExamStatus.IN_PROGRESS, 1, 32, 6300, item, true)).getJsonObject("question");

    assertThat(question.containsKey("code")).isTrue();
    assertThat(question.getValue("code")).isNull();
  }
}
