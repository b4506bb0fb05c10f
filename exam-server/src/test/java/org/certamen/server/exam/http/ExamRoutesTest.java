package org.certamen.server.exam.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import org.certamen.engine.bank.BankReader;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemBank;
import org.certamen.server.exam.domain.ExamState;
import org.certamen.server.exam.domain.AccessToken;
import org.certamen.server.exam.domain.ExamStatus;
import org.certamen.server.exam.domain.Role;
import org.junit.jupiter.api.Test;

/** What the candidate's page receives of a question. */
class ExamRoutesTest {
  private static final ItemBank DEMO_BANK = BankReader.demoBank();
  private static final QuestionIds IDS = QuestionIds.keyedBy("secret");
  private static final AccessToken CANDIDATE = new AccessToken("123456.token", Role.CANDIDATE,
      "123456", "cand0001", Instant.parse("2026-11-28T12:00:00Z"));

  @Test
  void sendsTheCodeOfAQuestionVerbatimAndNeverItsSolution() {
    Item item = DEMO_BANK.find("rec-3.4-boucles-6").orElseThrow();

    JsonObject state = ExamRoutes.stateJson(
        new ExamState(ExamStatus.IN_PROGRESS, 5, 32, 3000, item, true), IDS, CANDIDATE);

    JsonObject question = state.getJsonObject("question");
    assertThat(question.getString("code"))
        .isEqualTo("c = 0\nfor i in range(3):\n    for j in range(4):\n        c = c + 1\nprint(c)");
    assertThat(question.getString("instruction")).isEqualTo("Qu'affiche ce programme Python ?");
    assertThat(question.fieldNames()).doesNotContain("solution", "difficulty", "discrimination");
    assertThat(question.getString("id")).doesNotContain("rec", "3.4", "boucles");
    assertThat(IDS.itemId("123456", "cand0001", question.getString("id"))).contains(item.id());
    assertThat(state.getBoolean("started")).isTrue();
  }

  @Test
  void sendsANullCodeForAQuestionWithout() {
    Item item = DEMO_BANK.items().get(0);

    JsonObject question = ExamRoutes.stateJson(
        new ExamState(ExamStatus.IN_PROGRESS, 1, 32, 6300, item, true), IDS, CANDIDATE)
        .getJsonObject("question");

    assertThat(question.containsKey("code")).isTrue();
    assertThat(question.getValue("code")).isNull();
  }
}
