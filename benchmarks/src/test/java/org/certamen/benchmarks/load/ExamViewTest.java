package org.certamen.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExamViewTest {
  private static final JsonObject STATE = new JsonObject()
      .put("status", "IN_PROGRESS").put("questionIndex", 3).put("questionCount", 32)
      .put("remainingSeconds", 6000).put("started", true)
      .put("question", new JsonObject().put("id", "q-opaque").put("type", "QROCM")
          .put("instruction", "Complétez {\"la\": [\"requête\"]}").put("code", (String) null)
          .put("proposals", new JsonArray().add("site").add("filetype"))
          .put("allowedDomains", new JsonArray().add("example.org")));

  @Test
  void readsTheStatusAndTheQuestionOnScreenWhateverElseTheStateHolds() {
    ExamView view = ExamView.of(STATE.toBuffer());

    assertThat(view.isInProgress()).isTrue();
    assertThat(view.question()).isEqualTo(new ExamView.Question("q-opaque", "QROCM",
        List.of("site", "filetype")));
  }

  @Test
  void showsNoQuestionOnceTheTestEnded() {
    ExamView view = ExamView.of(new JsonObject().put("status", "COMPLETED").putNull("question")
        .toBuffer());

    assertThat(view.status()).isEqualTo("COMPLETED");
    assertThat(view.isInProgress()).isFalse();
    assertThat(view.question()).isNull();
  }

  @Test
  void refusesWhatIsNotOneWellFormedJsonObject() {
    String whole = STATE.encode();

    assertThat(ExamView.of(Buffer.buffer(whole.substring(0, whole.length() - 1)))).isNull();
    assertThat(ExamView.of(Buffer.buffer(whole + "{}"))).isNull();
    assertThat(ExamView.of(Buffer.buffer("[1]"))).isNull();
    assertThat(ExamView.of(Buffer.buffer(""))).isNull();
    assertThat(ExamView.of(null)).isNull();
  }
}
